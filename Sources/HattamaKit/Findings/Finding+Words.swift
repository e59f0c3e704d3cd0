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

  /// `c1 ісі` / `дело c1` / `case c1`: a case named in a sentence.
  static func caseNamed(_ id: CaseID) -> Phrase {
    Phrase(kk: "\(id) ісі", ru: "дело \(id)", en: "case \(id)")
  }

  /// `m1 ұсынысы` / `предложение m1` / `motion m1`.
  static func motionNamed(_ id: MotionID) -> Phrase {
    Phrase(kk: "\(id) ұсынысы", ru: "предложение \(id)", en: "motion \(id)")
  }
}
