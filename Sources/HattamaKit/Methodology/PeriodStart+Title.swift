extension PeriodStart {
  /// The event a period runs from, as a table writes it: `familiarisation`, `таныстыру`.
  public var title: Phrase {
    switch self {
    case .evaluationEnd:
      Phrase(kk: "бағалаудың аяқталуы", ru: "окончание оценки", en: "evaluation end")
    case .familiarization: Phrase(kk: "таныстыру", ru: "ознакомление", en: "familiarisation")
    case .application: Phrase(kk: "өтініш", ru: "заявление", en: "application")
    case .decision: Phrase(kk: "шешім", ru: "решение", en: "decision")
    case .sitting: Phrase(kk: "отырыс", ru: "заседание", en: "sitting")
    case .signing: Phrase(kk: "қол қою", ru: "подписание", en: "signing")
    case .approval:
      Phrase(
        kk: "бекіту (болмаса отырыс)", ru: "утверждение (иначе заседание)",
        en: "approval (else sitting)")
    }
  }
}
