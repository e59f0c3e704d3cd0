import HattamaKit

extension MethodologyDescription.Table {
  /// The rows of one body's rules, under the body's name.
  mutating func add(_ body: BodyRules) {
    typealias W = MethodologyDescription.Words
    heading(body.kind.name.map { $0.uppercased() })
    add(Phrase(kk: "ең аз құрам", ru: "минимальный состав", en: "minimum size"), body.minimumSize) {
      Phrase(verbatim: "\($0)")
    }
    for (label, flag) in Self.compositionFlags { add(label, body[keyPath: flag], W.yesNo) }
    add(Phrase(kk: "кворум", ru: "кворум", en: "quorum"), body.quorum) {
      Phrase(kk: "құрамның \($0)", ru: "\($0) состава", en: "\($0) of the composition")
    }
    add(
      Phrase(
        kk: "дауыс бермейтіндер кворумға кіреді", ru: "не голосующие входят в кворум",
        en: "recused count to quorum"), body.recusedCountTowardQuorum,
      MethodologyDescription.Words.yesNo)
    add(
      Phrase(kk: "көпшілік негізі", ru: "основа большинства", en: "majority base"),
      body.majorityBase, \.name)
    add(Phrase(kk: "тең дауыс", ru: "равенство голосов", en: "tie"), body.tieBreak, \.name)
    let p = body.periods
    for (period, cited) in [
      (DeadlinePeriod.application, p.application), (.decision, p.decision), (.session, p.session),
      (.posting, p.posting),
    ] {
      add(period.title, cited, W.period)
    }
    add(DeadlinePeriod.notice.title, p.notice, W.notice)
    add(DeadlinePeriod.familiarization.title, p.familiarization, W.period)
    add(DeadlinePeriod.appeal.title, p.appeal, W.period)
    add(
      Phrase(kk: "шағым беру органы", ru: "куда обжалуется", en: "appeal to"), body.appealBody
    ) { $0 }
    add(Phrase(kk: "құрамды бекітеді", ru: "состав утверждает", en: "composed by"), body.composedBy)
    {
      $0
    }
    add(Phrase(kk: "хаттама нысаны", ru: "форма протокола", en: "protocol form"), body.form, W.form)
  }

  /// The composition rules that are a yes or a no, in the order the table lists them.
  private static let compositionFlags: [(Phrase, KeyPath<BodyRules, Cited<Bool>> & Sendable)] = [
    (
      Phrase(kk: "құрам тақ болуы керек", ru: "нечётный состав обязателен", en: "odd size required"),
      \.oddSize
    ),
    (
      Phrase(kk: "дауласушы құрамға кірмейді", ru: "спорящий исключён", en: "disputant excluded"),
      \.excludesDisputant
    ),
    (
      Phrase(
        kk: "бағалаушылар құрамға кірмейді", ru: "оценивающие исключены", en: "evaluators excluded"),
      \.excludesEvaluators
    ),
    (
      Phrase(kk: "HR мүшесі міндетті", ru: "член из HR обязателен", en: "HR member required"),
      \.requiresHRMember
    ),
    (
      Phrase(
        kk: "HR хатшысы міндетті", ru: "секретарь из HR обязателен", en: "HR secretary required"),
      \.requiresHRSecretary
    ),
    (
      Phrase(kk: "төраға міндетті", ru: "председатель обязателен", en: "chair required"),
      \.requiresChair
    ),
  ]
}
