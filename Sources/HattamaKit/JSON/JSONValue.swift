/// A JSON value as a document wrote it, with the place it starts.
///
/// Objects keep their members in the document's order and keep duplicate keys, so that a
/// strict reader can refuse them (or, for a motion's votes, report them as findings). Numbers
/// keep their literal text: a reader decides whether `5` or `2.99` is a count, a score or an
/// error, and no value passes through `Double`.
///
/// Two values are equal when their contents are; positions and byte ranges say where a value
/// was read and are not part of it.
package struct JSONValue: Sendable, Equatable, CustomStringConvertible {
  package var content: Content
  /// Where the value starts (its first byte); ``JSONPosition/none`` for a value built in code.
  package var position: JSONPosition
  /// The bytes of the document the value was read from, its brackets or quotes included;
  /// empty for a value built in code. The journal carries an embedded draft as these bytes.
  package var byteRange: Range<Int>

  /// A value holding `content`; the parser gives it the `position` it starts at and the `bytes`
  /// it was read from, which a value built in code leaves out.
  package init(_ content: Content, at position: JSONPosition = .none, bytes: Range<Int> = 0..<0) {
    self.content = content
    self.position = position
    self.byteRange = bytes
  }

  /// What a JSON value holds.
  package enum Content: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number exactly as written, `-0.5e3`; the parser has checked its grammar.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }

  package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.content == rhs.content }

  /// The kind of value, as messages name it: "a string", "an object".
  public var kindDescription: String { kind.en }

  /// What kind of value it is, in each language: «мәтіндік мән» / «строковое значение» / "a string".
  public var kind: Phrase {
    switch content {
    case .null: Phrase(verbatim: "null")
    case .bool: Phrase(kk: "логикалық мән", ru: "логическое значение", en: "a boolean")
    case .number: Phrase(kk: "сан", ru: "число", en: "a number")
    case .string: .stringKind
    case .array: Phrase(kk: "массив", ru: "массив", en: "an array")
    case .object: Phrase(kk: "нысан", ru: "объект", en: "an object")
    }
  }

  /// The value in compact JSON.
  package var description: String { JSONWriter(lineWidth: .max).string(for: self) }
}

/// One `"key": value` pair of an object, with the place its key starts.
package struct JSONMember: Sendable, Equatable {
  package var key: String
  package var keyPosition: JSONPosition
  package var value: JSONValue

  package init(_ key: String, _ value: JSONValue, keyPosition: JSONPosition = .none) {
    self.key = key
    self.keyPosition = keyPosition
    self.value = value
  }

  package static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
    lhs.key == rhs.key && lhs.value == rhs.value
  }
}

/// A place in a document: 1-based line and column.
///
/// Columns count Unicode scalars, not bytes, so that a column in a line of Kazakh text is the
/// one an editor shows.
public struct JSONPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The position of a value that was not read from a document.
  package static let none = JSONPosition(line: 0, column: 0)

  /// Document order: by line, then by column.
  public static func < (lhs: JSONPosition, rhs: JSONPosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `line 3, column 9`, as messages write it.
  public var description: String { "line \(line), column \(column)" }

  /// «3-жол, 9-баған» / «строка 3, столбец 9» / "line 3, column 9".
  public var phrase: Phrase {
    Phrase(
      kk: "\(line)-жол, \(column)-баған", ru: "строка \(line), столбец \(column)",
      en: description)
  }
}

extension JSONValue {
  /// Shorthands for building values in code (the encoders, tests).
  package static let null = JSONValue(.null)
  package static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }
  package static func string(_ value: String) -> JSONValue { JSONValue(.string(value)) }
  package static func number(_ value: Int) -> JSONValue { JSONValue(.number(String(value))) }
  package static func array(_ values: [JSONValue]) -> JSONValue { JSONValue(.array(values)) }

  /// An object with the members in the given order.
  package static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(members.map { JSONMember($0.0, $0.1) }))
  }
}

extension Phrase {
  /// A JSON string as a kind of value: «мәтіндік мән» / «строковое значение» / "a string" (not
  /// «жол» / «строка», which name a line of the file in the same messages).
  static let stringKind = Phrase(kk: "мәтіндік мән", ru: "строковое значение", en: "a string")
}
