/// A text a record displays — the body, the period, a person's name and position, the
/// conclusion, a recommendation — written once for every language or in several languages.
///
/// `hattama.record/1` writes it as a string, `"Сауда министрлігі"`, or as an object of
/// languages, `{"kk": "Сауда министрлігі", "ru": "Министерство торговли"}` (SPEC.md, "The
/// record"). ``text(in:)`` picks the text for a language: its own, else the Kazakh, else the
/// first one given. The form it was read in is kept, so that a record written back
/// (`session export`, `roster compose --json`) says what it was given.
///
/// A string literal is a plain text: `let body: DisplayText = "Сауда министрлігі"`.
public struct DisplayText: Sendable, Hashable {
  /// One language's text.
  public struct Translation: Sendable, Hashable {
    /// The language the text is written in.
    public var language: Language
    /// The text in that language.
    public var text: String

    /// The text `text` in `language`.
    public init(_ language: Language, _ text: String) {
      self.language = language
      self.text = text
    }
  }

  private enum Form: Sendable, Hashable {
    case plain(String)
    /// At least one, each language once, in the order given.
    case languages([Translation])
  }

  private let form: Form

  /// A text that is the same in every language: a record's plain string.
  public init(_ text: String) { form = .plain(text) }

  /// A text in the given languages, in this order; `nil` when there is none or a language is
  /// given twice.
  public init?(_ translations: [Translation]) {
    let languages = translations.map(\.language)
    guard !translations.isEmpty, Set(languages).count == languages.count else { return nil }
    form = .languages(translations)
  }

  /// The languages given, in their order; `nil` for a plain text.
  public var translations: [Translation]? {
    guard case .languages(let translations) = form else { return nil }
    return translations
  }

  /// The text for a language: its own, else the Kazakh, else the first one given (SPEC.md).
  ///
  /// - Parameter language: the language the reader reads.
  /// - Returns: the text to show.
  public func text(in language: Language) -> String {
    switch form {
    case .plain(let text):
      return text
    case .languages(let translations):
      let chosen =
        translations.first { $0.language == language }
        ?? translations.first { $0.language == .kk } ?? translations[0]
      return chosen.text
    }
  }

  /// The text where no language is chosen: the Kazakh, else the first one given.
  public var text: String { text(in: .kk) }

  /// The same form with each text transformed: the surname and initials of a name in every
  /// language, a text made visible on one line.
  ///
  /// - Parameter transform: what to do to each text.
  /// - Returns: the display text in the same form, plain or by language.
  public func map(_ transform: (String) -> String) -> DisplayText {
    switch form {
    case .plain(let text):
      return DisplayText(transform(text))
    case .languages(let translations):
      return DisplayText(
        languages: translations.map { Translation($0.language, transform($0.text)) })
    }
  }

  /// Translations already known to be non-empty and distinct.
  private init(languages translations: [Translation]) { form = .languages(translations) }
}

extension DisplayText: CustomStringConvertible {
  /// ``text``, so that a message naming someone reads their name, not the value's structure.
  public var description: String { text }
}

extension DisplayText: ExpressibleByStringInterpolation {
  /// A plain text, the same in every language.
  ///
  /// - Parameter value: the literal's text.
  public init(stringLiteral value: String) { self.init(value) }

  /// A plain text built by interpolation.
  ///
  /// - Parameter stringInterpolation: the interpolated text.
  public init(stringInterpolation: DefaultStringInterpolation) {
    self.init(String(stringInterpolation: stringInterpolation))
  }
}
