extension BodyKind {
  /// The body's name as a heading or a table writes it, in the glossary's words.
  public var name: Phrase {
    switch self {
    case .calibration:
      Phrase(kk: "калибрлеу сессиясы", ru: "калибровочная сессия", en: "calibration session")
    case .commission:
      Phrase(
        kk: "бағалау жөніндегі комиссия", ru: "комиссия по оценке", en: "evaluation commission")
    }
  }
}
