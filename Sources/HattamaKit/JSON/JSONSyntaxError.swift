// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// Bytes that are not a JSON document (RFC 8259), with where the parser stopped.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong with the bytes.
  public var problem: JSONSyntaxProblem
  /// Where the parser stopped: the first byte that is not JSON.
  public var position: JSONPosition
  /// The container the parser was in, `people[1]`; the root when the problem is outside one.
  public var path: JSONPath

  package init(_ problem: JSONSyntaxProblem, at position: JSONPosition, path: JSONPath = .root) {
    self.problem = problem
    self.position = position
    self.path = path
  }

  /// `line 3, column 9: expected ':' after an object key.`
  public var description: String {
    "\(position)\(path.isRoot ? "" : ", \(path)"): \(problem.message)"
  }

  /// The column, the path and the problem, without the line and the final period, for a
  /// document that is one line of a file whose number the caller names (a journal line):
  /// `column 9, present: expected ',' or ']' after an array element, found '}'`.
  package var descriptionInLine: String {
    let message = problem.message
    return "column \(position.column)\(path.isRoot ? "" : ", \(path)"): "
      + (message.hasSuffix(".") ? String(message.dropLast()) : message)
  }
}

/// What is wrong with the bytes; ``message`` is the one place it becomes a sentence.
public enum JSONSyntaxProblem: Sendable, Equatable {
  /// The input holds nothing but white space.
  case empty
  /// A value was expected; `found` is what stood there, as `describe(found:)` writes it.
  case expectedValue(found: String)
  /// The input ended where a value was expected.
  case endWhereValueExpected
  /// An object's key (a string) or its end was expected.
  case expectedKey(found: String)
  /// The colon after an object's key was expected.
  case expectedColon(found: String)
  /// A comma or the end of the object, `}`, was expected.
  case expectedCommaOrObjectEnd(found: String)
  /// A comma or the end of the array, `]`, was expected.
  case expectedCommaOrArrayEnd(found: String)
  /// A comma followed by `]` or `}`, which JSON does not allow.
  case trailingComma(before: Character)
  /// A value, then more than white space.
  case trailingContent(found: String)
  /// A number that RFC 8259's grammar does not allow (`01`, `1.`, `+1`).
  case invalidNumber(String)
  /// A string whose closing quote never came.
  case unterminatedString
  /// A byte below U+0020 inside a string; JSON requires it escaped.
  case controlCharacter(UInt8)
  /// A backslash followed by something that is no escape, `\x`.
  case invalidEscape(String)
  /// `\u` not followed by four hexadecimal digits.
  case invalidUnicodeEscape(String)
  /// A `\uD800`–`\uDFFF` escape that is not half of a surrogate pair.
  case unpairedSurrogate(String)
  /// Bytes that are not UTF-8.
  case invalidUTF8
  /// Objects and arrays nested deeper than the parser's limit.
  case tooDeep(limit: Int)

  /// One sentence, without the final period's location prefix.
  public var message: String {
    switch self {
    case .empty:
      "the document is empty; a JSON document holds one value, such as an object '{…}'."
    case .expectedValue(let found):
      "expected a value (an object, array, string, number, true, false or null), found \(found)."
    case .endWhereValueExpected:
      "the document ends where a value was expected; it may have been cut off."
    case .expectedKey(let found):
      "expected a key in double quotes, found \(found)."
    case .expectedColon(let found):
      "expected ':' after an object key, found \(found)."
    case .expectedCommaOrObjectEnd(let found):
      "expected ',' or '}' after an object member, found \(found)."
    case .expectedCommaOrArrayEnd(let found):
      "expected ',' or ']' after an array element, found \(found)."
    case .trailingComma(let bracket):
      "a comma before '\(bracket)' is not allowed in JSON; remove it."
    case .trailingContent(let found):
      "expected the end of the document after its value, found \(found)."
    case .invalidNumber(let text):
      "'\(text)' is not a JSON number; write digits with an optional '-', '.' and exponent."
    case .unterminatedString:
      "the string is not closed; add the missing '\"'."
    case .controlCharacter(0x0A):
      "a string holds a line break; write it as '\\n', or close the string before it."
    case .controlCharacter(0x09):
      "a string holds a tab; write it as '\\t'."
    case .controlCharacter(let byte):
      "a string holds the control character \(JSONSyntaxProblem.hex(byte)); write it as "
        + "'\\u00\(JSONSyntaxProblem.hex(byte).dropFirst(2))'."
    case .invalidEscape(let text):
      "'\(text)' is not an escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX."
    case .invalidUnicodeEscape(let text):
      "'\(text)' is not a \\u escape; write four hexadecimal digits, as '\\u00e9'."
    case .unpairedSurrogate(let text):
      "'\(text)' is half of a surrogate pair without its other half; write the whole pair."
    case .invalidUTF8:
      "the bytes here are not UTF-8; save the file as UTF-8."
    case .tooDeep(let limit):
      "objects and arrays are nested more than \(limit) deep; a record never needs that."
    }
  }

  /// How a message names what stood at a place: `'x'`, `'ж'`, `byte 0xFF`, `the end of the
  /// document`.
  static func describe(found bytes: ArraySlice<UInt8>) -> String {
    guard let first = bytes.first else { return "the end of the document" }
    if first < 0x20 || first == 0x7F {
      switch first {
      case 0x0A: return "a line break"
      case 0x09: return "a tab"
      default: return "the control character \(hex(first))"
      }
    }
    if first < 0x80 { return "'\(Character(Unicode.Scalar(first)))'" }
    if let (scalar, _) = UTF8Scan.scalar(in: bytes) { return "'\(Character(scalar))'" }
    return "byte \(hex(first))"
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }
}
