/// The record's events happened in an order that is possible (`dates.order`): an application
/// after the familiarisation it answers (002 ¶11, 000 ¶18), a sitting after the application and
/// the decision that convened it (002 ¶20–¶21, 000 ¶44–¶45), the protocol signed after the
/// sitting and approved after it was signed (the form's "Тексерілді" and "БЕКІТЕМІН" blocks),
/// the employee familiarised with the final result after the sitting (000 ¶73, 004 ¶40).
///
/// The periods count forwards from each event; a day before its start is not a late day but a
/// wrong one, reported here once rather than as a missed period.
struct DatesOrderCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    let record = context.record, rules = context.rules
    let sitting = record.sitting?.date
    let form = rules.form.clause
    var pairs: [Pair] = []
    for item in record.cases {
      pairs.append(
        Pair(
          subject: item.id, earlier: (.familiarisation, item.familiarizedOn),
          later: (.application, item.appliedOn),
          clause: rules.periods.application?.clause ?? rules.composedBy.clause))
      pairs.append(
        Pair(
          subject: item.id, earlier: (.application, item.appliedOn), later: (.sitting, sitting),
          clause: rules.periods.session?.clause ?? rules.composedBy.clause))
      let informed = context.outcome(of: item.id)?.familiarizedOn
      pairs.append(
        Pair(
          subject: item.id, earlier: (.sitting, sitting),
          later: (.informed, informed),
          clause: rules.periods.familiarization?.clause ?? form))
    }
    pairs.append(
      Pair(
        subject: "record",
        earlier: (.decision, record.composition?.approvedOn),
        later: (.sitting, sitting),
        clause: rules.periods.decision?.clause ?? rules.composedBy.clause))
    pairs.append(
      Pair(
        subject: "record", earlier: (.sitting, sitting),
        later: (.signing, record.signing?.signedOn), clause: form))
    pairs.append(
      Pair(
        subject: "record", earlier: (.signing, record.signing?.signedOn),
        later: (.approval, record.signing?.approvedOn), clause: form))
    return pairs.compactMap(\.finding)
  }

  /// Two events of which `earlier` cannot come after `later`.
  private struct Pair {
    var subject: String
    var earlier: (event: Event, day: Day?)
    var later: (event: Event, day: Day?)
    var clause: Citation

    var finding: Finding? {
      guard let first = earlier.day, let second = later.day, second < first else { return nil }
      let (before, after) = (earlier.event, later.event)
      let sentence = Phrase(
        kk: "\(after.kk) (\(second)) \(before.kkFrom) (\(first)) бұрын көрсетілген, бұл мүмкін "
          + "емес; екі күнді де тексеріңіз.",
        ru: "\(after.ru) (\(second)) предшествует \(before.ruTo) (\(first)), что невозможно; "
          + "проверьте обе даты.",
        en: "the \(after.en) on \(second) comes before the \(before.en) on \(first), which is "
          + "impossible; check both dates.")
      let scope = Phrase(kk: "\(subject) ісі: ", ru: "Дело \(subject): ", en: "Case \(subject): ")
      return Finding(
        .datesOrder, clause: clause, subject: subject,
        message: subject == "record" ? sentence.capitalized : scope + sentence)
    }
  }
}

extension DatesOrderCheck {
  /// An event in the two sentence positions: the later one as the subject (nominative), the
  /// earlier one it cannot precede (Kazakh ablative, Russian dative).
  fileprivate struct Event {
    var kk: String, kkFrom: String, ru: String, ruTo: String, en: String

    static let familiarisation = Event(
      kk: "таныстыру", kkFrom: "таныстырудан", ru: "ознакомление", ruTo: "ознакомлению",
      en: "familiarisation")
    static let application = Event(
      kk: "өтініш", kkFrom: "өтініштен", ru: "заявление", ruTo: "заявлению", en: "application")
    static let sitting = Event(
      kk: "отырыс", kkFrom: "отырыстан", ru: "заседание", ruTo: "заседанию", en: "sitting")
    static let informed = Event(
      kk: "қорытынды нәтижемен таныстыру", kkFrom: "қорытынды нәтижемен таныстырудан",
      ru: "ознакомление с итоговым результатом", ruTo: "ознакомлению с итоговым результатом",
      en: "familiarisation with the final result")
    static let decision = Event(
      kk: "құрамды бекіту туралы шешім", kkFrom: "құрамды бекіту туралы шешімнен",
      ru: "решение об утверждении состава", ruTo: "решению об утверждении состава",
      en: "decision approving the composition")
    static let signing = Event(
      kk: "хаттамаға қол қою", kkFrom: "хаттамаға қол қоюдан", ru: "подписание протокола",
      ruTo: "подписанию протокола", en: "signing of the protocol")
    static let approval = Event(
      kk: "бекіту", kkFrom: "бекітуден", ru: "утверждение", ruTo: "утверждению", en: "approval")
  }
}
