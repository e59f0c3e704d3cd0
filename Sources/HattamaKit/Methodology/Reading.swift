/// One way of reading an ambiguous text, by the name the JSON gives it and as people read it.
///
/// The name — `"votes-cast"`, `"recused members do not count"` — is what a methodology file's
/// `readings` carries: the same in every interface language, and the reading's identity (two
/// readings are equal when their names are). A person reads ``phrase``. A file's own reading
/// reads as its name in every language (``init(verbatim:)``; a string literal makes one).
public struct Reading: Sendable, Hashable, ExpressibleByStringLiteral {
  /// The name a methodology file gives the reading: `"votes-cast"`.
  public let name: String
  /// The reading in each interface language.
  public let phrase: Phrase

  /// A reading named the same in every language: a file's own.
  ///
  /// - Parameter name: the reading's name, as shown and written.
  public init(verbatim name: String) {
    self.name = name
    phrase = Phrase(verbatim: name)
  }

  /// A reading named the same in every language, as ``init(verbatim:)``.
  ///
  /// - Parameter name: the reading's name.
  public init(stringLiteral name: String) { self.init(verbatim: name) }

  /// A reading the JSON calls `name` and people read as `phrase`.
  init(name: String, phrase: Phrase) {
    self.name = name
    self.phrase = phrase
  }

  /// A reading whose English text is its name.
  init(_ phrase: Phrase) { self.init(name: phrase.en, phrase: phrase) }

  /// Whether two readings are the same: their names are.
  public static func == (lhs: Reading, rhs: Reading) -> Bool { lhs.name == rhs.name }

  /// Hashes the name, the reading's identity.
  ///
  /// - Parameter hasher: the hasher to feed.
  public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
