/// A rule value with the clause that sets it, where that value comes from, and a note where the
/// text is silent and the value is the tool's documented choice.
public struct Cited<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The rule's value: a size, a fraction, a period, a yes or no.
  public var value: Value
  /// `"002 ¶20"`; a choice made by analogy says so: `"000 ¶66 (by analogy)"` (a ``Citation``:
  /// that form in the JSON, the reader's language for people).
  public var clause: Citation
  /// The text itself, an analogy, or one reading of an ambiguous text (SPEC, "The force of a
  /// rule").
  public var source: RuleSource
  /// Why the tool chose this value where the text is silent or ambiguous, for `methodology show`.
  public var note: Phrase?

  /// A value with its clause; the methodology's own text unless `source` says otherwise.
  public init(_ value: Value, _ clause: Citation, source: RuleSource = .text, note: Phrase? = nil) {
    self.value = value
    self.clause = clause
    self.source = source
    self.note = note
  }

  /// The severity of a breach of this rule (SPEC, "The force of a rule").
  ///
  /// - Parameter underEveryReading: the record breaks the rule under every reading the text
  ///   allows, not only under the one this value chose.
  ///
  /// - Returns: a violation for the text, a warning for an analogy or one reading.
  public func severity(underEveryReading: Bool = false) -> Severity {
    source.severity(underEveryReading: underEveryReading)
  }

  /// Whether a breach is a violation that the live recorder must refuse.
  public var binds: Bool { severity() == .violation }
}

/// Where a rule value comes from (SPEC, "The force of a rule").
public enum RuleSource: Sendable, Equatable {
  /// The methodology's own text says it (or the body's own order adopts it).
  case text
  /// The text is silent; the value is borrowed from the clause the citation names.
  case analogy
  /// The text is ambiguous; the value is one reading, and `others` are the readings it allows
  /// besides.
  case reading(others: [Reading])

  /// A violation for the text; a warning for an analogy, and for a reading unless the record
  /// breaks every reading the text allows.
  ///
  /// - Parameter underEveryReading: the record breaks every reading the text allows.
  /// - Returns: the severity of a breach of a value from this source.
  public func severity(underEveryReading: Bool = false) -> Severity {
    switch self {
    case .text: .violation
    case .analogy: .warning
    case .reading: underEveryReading ? .violation : .warning
    }
  }
}

extension RuleSource {
  /// What a warning adds to its message so that the reader sees why it is not a violation:
  /// "taken by analogy", "a breach only under this reading, not under votes-cast or
  /// composition"; `nil` for the text and for a reading broken under every reading.
  ///
  /// - Parameter breaksEveryReading: the record breaks every reading the text allows.
  /// - Returns: the phrase, or `nil` where the breach is a violation.
  public func phrase(breaksEveryReading: Bool = false) -> Phrase? {
    switch self {
    case .text: nil
    case .analogy:
      Phrase(
        kk: "ұқсастық бойынша алынған ереже, сондықтан ескерту",
        ru: "правило, взятое по аналогии, поэтому предупреждение",
        en: "a rule taken by analogy, so a warning")
    case .reading(let others):
      breaksEveryReading
        ? nil
        : Phrase(
          kk: "таңдалған оқылым бойынша бұзушылық, "
            + "\(others.map(\.phrase.kk).joined(separator: " немесе ")) бойынша емес",
          ru: "нарушение при выбранном прочтении, но не при "
            + others.map(\.phrase.ru).joined(separator: " или "),
          en: "a breach under the reading chosen, not under "
            + others.map(\.phrase.en).joined(separator: " or "))
    }
  }
}
