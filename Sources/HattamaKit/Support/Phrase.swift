/// A sentence for a person, in each of the interface languages (SPEC.md, "The interface
/// language").
///
/// Every message the Kit gives — a finding, a refusal, the reason a file is invalid — is a
/// phrase, so that a program embedding it speaks its user's language without a catalogue of
/// its own; the program picks the language with ``text(in:)``. A phrase is made with all three
/// texts at once, so that no message can exist in one language and not the others.
public struct Phrase: Sendable, Hashable {
  /// Kazakh.
  public var kk: String
  /// Russian.
  public var ru: String
  /// English.
  public var en: String

  /// A phrase from its three texts.
  public init(kk: String, ru: String, en: String) {
    self.kk = kk
    self.ru = ru
    self.en = en
  }

  /// Text that reads the same in every language: an id, a number, a clause such as `002 ¶20`.
  ///
  /// - Parameter text: the text, the same in Kazakh, Russian and English.
  public init(verbatim text: String) {
    self.init(kk: text, ru: text, en: text)
  }

  /// The text in one language.
  ///
  /// - Parameter language: the language the user reads.
  /// - Returns: the phrase's text in it.
  public func text(in language: Language) -> String {
    switch language {
    case .kk: kk
    case .ru: ru
    case .en: en
    }
  }

  /// The phrase with each language's text changed the same way, for punctuation and wrapping.
  ///
  /// - Parameter change: what to do to each text, such as adding a full stop.
  /// - Returns: the changed phrase.
  public func map(_ change: (String) -> String) -> Phrase {
    Phrase(kk: change(kk), ru: change(ru), en: change(en))
  }

  /// Two phrases one after the other, language by language.
  public static func + (first: Phrase, second: Phrase) -> Phrase {
    Phrase(kk: first.kk + second.kk, ru: first.ru + second.ru, en: first.en + second.en)
  }
}

extension Sequence<Phrase> {
  /// The phrases with `separator` between them, language by language.
  ///
  /// - Parameter separator: the text put between the phrases, the same in every language.
  /// - Returns: one phrase.
  public func joined(separator: String) -> Phrase {
    Phrase(
      kk: map(\.kk).joined(separator: separator), ru: map(\.ru).joined(separator: separator),
      en: map(\.en).joined(separator: separator))
  }
}
