/// The words the findings' sentences share, in each interface language (docs/GLOSSARY.md).
extension BodyKind {
  /// "калибрлеу сессиясы" / "калибровочная сессия" / "calibration": the body in a sentence.
  public var name: Phrase {
    switch self {
    case .calibration:
      Phrase(kk: "калибрлеу сессиясы", ru: "калибровочная сессия", en: rawValue)
    case .commission:
      Phrase(kk: "бағалау жөніндегі комиссия", ru: "комиссия по оценке", en: rawValue)
    }
  }
}

extension Phrase {
  /// The phrase with its first letter a capital in each language, for a part that may open a
  /// sentence.
  var capitalized: Phrase { map { $0.prefix(1).uppercased() + $0.dropFirst() } }
}
