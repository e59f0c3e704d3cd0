/// The four bands a quarterly score falls into (000 ¶13, 002 ¶8).
public enum ScoreBand: String, CaseIterable, Sendable, Codable {
  /// 4.00–5.00.
  case effective
  /// 3.00–3.99.
  case proper
  /// 2.00–2.99.
  case satisfactory
  /// 0.00–1.99.
  case unsatisfactory

  /// The clauses that set the bands.
  public static let clause: Citation = "000 ¶13, 002 ¶8"

  /// The band a score falls into.
  ///
  /// - Parameter score: a valid score.
  public init(_ score: Score) {
    switch score.hundredths {
    case 400...: self = .effective
    case 300..<400: self = .proper
    case 200..<300: self = .satisfactory
    default: self = .unsatisfactory
    }
  }

  /// The lowest score of the band.
  public var lowerBound: Score {
    switch self {
    case .effective: Score(validHundredths: 400)
    case .proper: Score(validHundredths: 300)
    case .satisfactory: Score(validHundredths: 200)
    case .unsatisfactory: .minimum
    }
  }

  /// The band's name as the methodologies word it; Russian and English follow the Kazakh.
  ///
  /// - Parameter language: The protocol's language.
  /// - Returns: The name: «Функционалдық міндеттерін тиімді атқарады» for 4.00–5.00 in Kazakh.
  public func name(in language: Language) -> String { name.text(in: language) }

  /// The band's name in every language.
  public var name: Phrase {
    switch self {
    case .effective:
      Phrase(
        kk: "Функционалдық міндеттерін тиімді атқарады",
        ru: "Эффективно выполняет функциональные обязанности",
        en: "Performs functional duties effectively")
    case .proper:
      Phrase(
        kk: "Функционалдық міндеттерін тиісті түрде атқарады",
        ru: "Надлежащим образом выполняет функциональные обязанности",
        en: "Performs functional duties properly")
    case .satisfactory:
      Phrase(
        kk: "Функционалдық міндеттерін қанағаттанарлық түрде атқарады",
        ru: "Удовлетворительно выполняет функциональные обязанности",
        en: "Performs functional duties satisfactorily")
    case .unsatisfactory:
      Phrase(
        kk: "Функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады",
        ru: "Неудовлетворительно выполняет функциональные обязанности",
        en: "Performs functional duties unsatisfactorily")
    }
  }
}

/// The languages a protocol and a band name are written in.
public enum Language: String, CaseIterable, Sendable, Codable {
  /// Kazakh, the state language: the seeds' own words.
  case kk
  /// Russian.
  case ru
  /// English, a translation for readers of neither.
  case en

  /// Kazakh and Russian write "3,80"; English writes "3.80".
  public var decimalSeparator: String { self == .en ? "." : "," }
}
