/// The methodology's own words for the four categories of an annual evaluation by targets:
/// 000 ¶55 and 001 ¶49 «Функционалдық міндеттерді тиімді орындайды» …, 004 ¶18 «өте жақсы» …
/// The Kazakh is the seed's, word for word; Russian and English translate it.
public struct TargetCategoryNames: Sendable, Equatable {
  /// Categories 1–4 in order.
  public var names: [Phrase]

  /// - Precondition: four names; a methodology file with another number is refused.
  ///
  /// - Parameter names: the names of categories 1–4, in order.
  public init(_ names: [Phrase]) {
    precondition(names.count == TargetCategory.allCases.count, "four categories need four names")  // l10n: ignore — a precondition, for developers
    self.names = names
  }

  /// The methodology's name for a category.
  ///
  /// - Parameter category: a category 1–4.
  public subscript(category: TargetCategory) -> Phrase { names[category.rawValue - 1] }

  /// 000 ¶55, 001 ¶49.
  static let functionalDuties = TargetCategoryNames([
    Phrase(
      kk: "Функционалдық міндеттерді тиімді орындайды",
      ru: "Эффективно исполняет функциональные обязанности",
      en: "Performs functional duties effectively"),
    Phrase(
      kk: "Функционалдық міндеттерді тиісті түрде орындайды",
      ru: "Надлежащим образом исполняет функциональные обязанности",
      en: "Performs functional duties properly"),
    Phrase(
      kk: "Функционалдық міндеттерін қанағаттанарлық орындайды",
      ru: "Удовлетворительно исполняет функциональные обязанности",
      en: "Performs functional duties satisfactorily"),
    Phrase(
      kk: "Функционалдық міндеттерін қанағаттанарлықсыз орындайды",
      ru: "Неудовлетворительно исполняет функциональные обязанности",
      en: "Performs functional duties unsatisfactorily"),
  ])

  /// 004 ¶18: its «тиімді» is the second category, not the first.
  static let nchr = TargetCategoryNames([
    Phrase(kk: "өте жақсы", ru: "отлично", en: "excellent"),
    Phrase(kk: "тиімді", ru: "эффективно", en: "effective"),
    Phrase(kk: "қанағаттанарлық", ru: "удовлетворительно", en: "satisfactory"),
    Phrase(kk: "қанағаттанарлықсыз", ru: "неудовлетворительно", en: "unsatisfactory"),
  ])
}
