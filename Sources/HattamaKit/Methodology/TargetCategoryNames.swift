/// A text in each language the protocol is written in.
public struct LocalizedText: Sendable, Equatable {
  /// The Kazakh text.
  public var kk: String
  /// The Russian text.
  public var ru: String
  /// The English text.
  public var en: String

  /// A text in Kazakh, Russian and English.
  public init(kk: String, ru: String, en: String) {
    self.kk = kk
    self.ru = ru
    self.en = en
  }

  /// The text in one language.
  ///
  /// - Parameter language: the protocol's language.
  /// - Returns: `kk`, `ru` or `en`.
  public func text(in language: Language) -> String {
    switch language {
    case .kk: kk
    case .ru: ru
    case .en: en
    }
  }
}

/// The methodology's own words for the four categories of an annual evaluation by targets:
/// 000 ¶55 and 001 ¶49 «Функционалдық міндеттерді тиімді орындайды» …, 004 ¶18 «өте жақсы» …
/// The Kazakh is the seed's, word for word; Russian and English translate it.
public struct TargetCategoryNames: Sendable, Equatable {
  /// Categories 1–4 in order.
  public var names: [LocalizedText]

  /// - Precondition: four names; a methodology file with another number is refused.
  ///
  /// - Parameter names: the names of categories 1–4, in order.
  public init(_ names: [LocalizedText]) {
    precondition(names.count == TargetCategory.allCases.count, "four categories need four names")  // l10n: ignore — a precondition, for developers
    self.names = names
  }

  /// The methodology's name for a category.
  ///
  /// - Parameter category: a category 1–4.
  public subscript(category: TargetCategory) -> LocalizedText { names[category.rawValue - 1] }

  /// 000 ¶55, 001 ¶49.
  static let functionalDuties = TargetCategoryNames([
    LocalizedText(
      kk: "Функционалдық міндеттерді тиімді орындайды",
      ru: "Эффективно исполняет функциональные обязанности",
      en: "Performs functional duties effectively"),
    LocalizedText(
      kk: "Функционалдық міндеттерді тиісті түрде орындайды",
      ru: "Надлежащим образом исполняет функциональные обязанности",
      en: "Performs functional duties properly"),
    LocalizedText(
      kk: "Функционалдық міндеттерін қанағаттанарлық орындайды",
      ru: "Удовлетворительно исполняет функциональные обязанности",
      en: "Performs functional duties satisfactorily"),
    LocalizedText(
      kk: "Функционалдық міндеттерін қанағаттанарлықсыз орындайды",
      ru: "Неудовлетворительно исполняет функциональные обязанности",
      en: "Performs functional duties unsatisfactorily"),
  ])

  /// 004 ¶18: its «тиімді» is the second category, not the first.
  static let nchr = TargetCategoryNames([
    LocalizedText(kk: "өте жақсы", ru: "отлично", en: "excellent"),
    LocalizedText(kk: "тиімді", ru: "эффективно", en: "effective"),
    LocalizedText(kk: "қанағаттанарлық", ru: "удовлетворительно", en: "satisfactory"),
    LocalizedText(kk: "қанағаттанарлықсыз", ru: "неудовлетворительно", en: "unsatisfactory"),
  ])
}
