// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
          subject: item.id, earlier: ("familiarisation", item.familiarizedOn),
          later: ("application", item.appliedOn),
          clause: rules.periods.application?.clause ?? rules.composedBy.clause))
      pairs.append(
        Pair(
          subject: item.id, earlier: ("application", item.appliedOn), later: ("sitting", sitting),
          clause: rules.periods.session?.clause ?? rules.composedBy.clause))
      let informed = record.outcomes?.first { $0.caseID == item.id }?.familiarizedOn
      pairs.append(
        Pair(
          subject: item.id, earlier: ("sitting", sitting),
          later: ("familiarisation with the final result", informed),
          clause: rules.periods.familiarization?.clause ?? form))
    }
    pairs.append(
      Pair(
        subject: "record",
        earlier: ("decision approving the composition", record.composition?.approvedOn),
        later: ("sitting", sitting),
        clause: rules.periods.decision?.clause ?? rules.composedBy.clause))
    pairs.append(
      Pair(
        subject: "record", earlier: ("sitting", sitting),
        later: ("signing of the protocol", record.signing?.signedOn), clause: form))
    pairs.append(
      Pair(
        subject: "record", earlier: ("signing of the protocol", record.signing?.signedOn),
        later: ("approval", record.signing?.approvedOn), clause: form))
    return pairs.compactMap(\.finding)
  }

  /// Two events of which `earlier` cannot come after `later`.
  private struct Pair {
    var subject: String
    var earlier: (name: String, day: Day?)
    var later: (name: String, day: Day?)
    var clause: String

    var finding: Finding? {
      guard let first = earlier.day, let second = later.day, second < first else { return nil }
      let scope = subject == "record" ? "" : "Case \(subject): "
      let sentence = "the \(later.name) on \(second) comes before the \(earlier.name) on \(first)"
      let text = scope.isEmpty ? sentence.prefix(1).uppercased() + sentence.dropFirst() : sentence
      return Finding(
        .datesOrder, clause: clause, subject: subject,
        message: "\(scope)\(text), which is impossible; check both dates.")
    }
  }
}
