/// Where a rule comes from: a clause as people read it in their language, and as scripts read it.
///
/// The canonical form — `"002 ¶20"`, `"000 ¶63 (by analogy)"`, `"002 order item 4"` — is what
/// the JSON carries (a finding's `clause`, a methodology file's): the same in every interface
/// language, so it is also the citation's identity (two citations are equal when their canonical
/// forms are). A person reads ``phrase``: `000 ¶63 (ұқсастық бойынша)`, `000 ¶63 (по аналогии)`.
/// A clause whose parts the tool does not know — a body's own file citing its own order — reads
/// the same in every language (``init(verbatim:)``; a string literal makes one).
public struct Citation: Sendable, Hashable, ExpressibleByStringLiteral {
  /// The citation in each interface language; its English text is the canonical form.
  public let phrase: Phrase

  /// The form the JSON carries, in no interface language: `"000 ¶63 (by analogy)"`.
  public var canonical: String { phrase.en }

  /// A clause read the same in every language: `"002 ¶20"`, or a file's own text.
  ///
  /// - Parameter clause: the clause as it is to be shown and written.
  public init(verbatim clause: String) { phrase = Phrase(verbatim: clause) }

  /// A clause read the same in every language, as ``init(verbatim:)``.
  ///
  /// - Parameter clause: the clause, such as `"002 ¶20"`.
  public init(stringLiteral clause: String) { self.init(verbatim: clause) }

  /// A citation from its three texts; the English one is the canonical form.
  init(_ phrase: Phrase) { self.phrase = phrase }

  /// The citation as a person reads it.
  ///
  /// - Parameter language: the reader's language.
  /// - Returns: the citation's text in it.
  public func text(in language: Language) -> String { phrase.text(in: language) }

  /// Whether two citations name the same clause: their canonical forms are the same.
  public static func == (lhs: Citation, rhs: Citation) -> Bool { lhs.canonical == rhs.canonical }

  /// Hashes the canonical form, the citation's identity.
  ///
  /// - Parameter hasher: the hasher to feed.
  public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }
}

extension Citation {
  /// A legal act whose item a citation names.
  public enum Act: Sendable {
    /// A minister's or head's order, бұйрық, приказ.
    case order
    /// An akimat's resolution, қаулы, постановление.
    case resolution

    /// The act as the subject of a phrase: бұйрық, приказ, order.
    var name: Phrase {
      switch self {
      case .order: Phrase(kk: "бұйрық", ru: "приказ", en: "order")
      case .resolution: Phrase(kk: "қаулы", ru: "постановление", en: "resolution")
      }
    }

    /// The act as the owner of an item: бұйрықтың, приказа.
    var owner: Phrase {
      switch self {
      case .order: Phrase(kk: "бұйрықтың", ru: "приказа", en: "order")
      case .resolution: Phrase(kk: "қаулының", ru: "постановления", en: "resolution")
      }
    }
  }

  /// The same clause borrowed where the text is silent: `000 ¶63 (by analogy)`,
  /// `000 ¶63 (ұқсастық бойынша)`, `000 ¶63 (по аналогии)`.
  public var byAnalogy: Citation {
    Citation(
      phrase
        + Phrase(kk: " (ұқсастық бойынша)", ru: " (по аналогии)", en: " (by analogy)"))
  }

  /// An appendix of a seed: `000 Appendix 11`, `000 11-қосымша`, `000 приложение 11`.
  ///
  /// - Parameters:
  ///   - number: the appendix's number, `"11"`.
  ///   - seed: the seed the appendix belongs to, `"000"`.
  /// - Returns: the citation.
  public static func appendix(_ number: String, of seed: String) -> Citation {
    Citation(
      Phrase(
        kk: "\(seed) \(number)-қосымша", ru: "\(seed) приложение \(number)",
        en: "\(seed) Appendix \(number)"))
  }

  /// Appendices of a seed: `002 Appendices 1–2`, `002 1–2-қосымшалар`, `002 приложения 1–2`.
  ///
  /// - Parameters:
  ///   - numbers: the appendices' numbers, `"1–2"`.
  ///   - seed: the seed they belong to, `"002"`.
  /// - Returns: the citation.
  public static func appendices(_ numbers: String, of seed: String) -> Citation {
    Citation(
      Phrase(
        kk: "\(seed) \(numbers)-қосымшалар", ru: "\(seed) приложения \(numbers)",
        en: "\(seed) Appendices \(numbers)"))
  }

  /// A parameter of the appendices' score sheet: `002 Appendices 1–2, parameter 5`,
  /// `002 1–2-қосымшалар, 5-параметр`, `002 приложения 1–2, параметр 5`.
  ///
  /// - Parameter number: the parameter's number on the sheet.
  /// - Returns: the citation.
  public func parameter(_ number: Int) -> Citation {
    Citation(
      phrase
        + Phrase(
          kk: ", \(number)-параметр", ru: ", параметр \(number)", en: ", parameter \(number)"))
  }

  /// An item of the act that adopts or amends a seed: `002 order item 4`,
  /// `000 order No. 457 item 4`; `000 № 457 бұйрықтың 4-тармағы`, `000 пункт 4 приказа № 457`.
  ///
  /// - Parameters:
  ///   - item: the item's number.
  ///   - act: an order or a resolution.
  ///   - number: the act's number where the seed is restated by another act, `"457"`.
  ///   - seed: the seed, `"000"`.
  /// - Returns: the citation.
  public static func item(_ item: Int, of act: Act, number: String? = nil, in seed: String)
    -> Citation
  {
    let owner = act.owner
    guard let number else {
      return Citation(
        Phrase(
          kk: "\(seed) \(owner.kk) \(item)-тармағы", ru: "\(seed) пункт \(item) \(owner.ru)",
          en: "\(seed) \(owner.en) item \(item)"))
    }
    return Citation(
      Phrase(
        kk: "\(seed) № \(number) \(owner.kk) \(item)-тармағы",
        ru: "\(seed) пункт \(item) \(owner.ru) № \(number)",
        en: "\(seed) \(owner.en) No. \(number) item \(item)"))
  }

  /// A seed's header where it records a later act: `004 header (order No. 145 of 2024-11-21)`,
  /// `004 тақырыбы (2024-11-21 № 145 бұйрық)`, `004 заголовок (приказ № 145 от 2024-11-21)`.
  ///
  /// - Parameters:
  ///   - seed: the seed, `"004"`.
  ///   - act: the kind of the later act.
  ///   - number: its number, `"145"`.
  ///   - day: the day it was signed, `"2024-11-21"`.
  /// - Returns: the citation.
  public static func header(of seed: String, naming act: Act, number: String, of day: String)
    -> Citation
  {
    let name = act.name
    return Citation(
      Phrase(
        kk: "\(seed) тақырыбы (\(day) № \(number) \(name.kk))",
        ru: "\(seed) заголовок (\(name.ru) № \(number) от \(day))",
        en: "\(seed) header (\(name.en) No. \(number) of \(day))"))
  }

  /// Several clauses read together: `000 ¶73, 000 ¶72`.
  ///
  /// - Parameter citations: the clauses, in order.
  /// - Returns: one citation listing them, separated by commas.
  public static func list(_ citations: [Citation]) -> Citation {
    Citation(citations.map(\.phrase).joined(separator: ", "))
  }
}

extension DefaultStringInterpolation {
  /// Flags `"\(citation)"` inside the package: a citation is the canonical form in data and a
  /// phrase for people, and each place must say which (`.canonical`, `text(in:)`, `.phrase.kk`).
  /// Deprecated rather than unavailable because the compiler skips an unavailable overload and
  /// takes the generic one silently; a deprecation warns at every such place.
  @available(*, deprecated, message: "use .canonical for data, .phrase for people")  // l10n: ignore
  package mutating func appendInterpolation(_ citation: Citation) {
    appendLiteral(citation.canonical)
  }

  /// Flags `"\(reading)"` inside the package, as for a citation: `.name` for data, `.phrase`
  /// for people.
  @available(*, deprecated, message: "use .name for data, .phrase for people")  // l10n: ignore
  package mutating func appendInterpolation(_ reading: Reading) {
    appendLiteral(reading.name)
  }
}
