// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// A JSON value as a journal line holds it.
///
/// Private to the journal: lines need only a few shapes, and an object keeps the range of its
/// bytes so that the embedded draft can be carried as its exact text.
indirect enum JournalJSONValue: Sendable, Equatable {
  case string(String)
  /// The number's text, exactly as written.
  case number(String)
  case bool(Bool)
  case null
  case array([JournalJSONValue])
  /// Members in the order written, and where the object's bytes lie in the input.
  case object([JournalJSONMember], bytes: Range<Int>)
}

/// One `"key": value` of an object.
struct JournalJSONMember: Sendable, Equatable {
  var key: String
  var value: JournalJSONValue
}

/// Where JSON text stops being valid: the byte offset and what was expected there.
struct JournalJSONSyntaxError: Error, Sendable, Equatable {
  var offset: Int
  var expected: String
}

/// A strict RFC 8259 parser over bytes, for journal lines and the drafts they embed.
///
/// Strings must be valid UTF-8; nesting deeper than ``maximumDepth`` is refused so that hostile
/// input cannot exhaust the stack.
struct JournalJSONReader {
  static let maximumDepth = 64

  private let bytes: [UInt8]
  private var index = 0

  /// Parses `bytes` as exactly one JSON value, surrounded by optional whitespace.
  static func parse(_ bytes: [UInt8]) throws(JournalJSONSyntaxError) -> JournalJSONValue {
    var reader = JournalJSONReader(bytes: bytes)
    reader.skipWhitespace()
    let value = try reader.value(depth: 0)
    reader.skipWhitespace()
    guard reader.index == bytes.count else { throw reader.error("the end of the text") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ expected: String) -> JournalJSONSyntaxError {
    JournalJSONSyntaxError(offset: index, expected: expected)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      index += 1
    }
  }

  private mutating func expect(_ byte: UInt8, _ what: String) throws(JournalJSONSyntaxError) {
    guard current == byte else { throw error(what) }
    index += 1
  }

  private mutating func value(depth: Int) throws(JournalJSONSyntaxError) -> JournalJSONValue {
    guard depth < Self.maximumDepth else { throw error("less deeply nested values") }
    switch current {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default: return .number(try number())
    }
  }

  private mutating func literal(_ word: String) throws(JournalJSONSyntaxError) {
    for byte in word.utf8 { try expect(byte, "'\(word)'") }
  }

  private mutating func object(depth: Int) throws(JournalJSONSyntaxError) -> JournalJSONValue {
    let start = index
    index += 1
    var members: [JournalJSONMember] = []
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      index += 1
      return .object(members, bytes: start..<index)
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else { throw error("a key in double quotes") }
      let key = try string()
      skipWhitespace()
      try expect(UInt8(ascii: ":"), "':' after a key")
      skipWhitespace()
      members.append(JournalJSONMember(key: key, value: try value(depth: depth + 1)))
      skipWhitespace()
      if current == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(UInt8(ascii: "}"), "',' or '}'")
      return .object(members, bytes: start..<index)
    }
  }

  private mutating func array(depth: Int) throws(JournalJSONSyntaxError) -> JournalJSONValue {
    index += 1
    var elements: [JournalJSONValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try value(depth: depth + 1))
      skipWhitespace()
      if current == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(UInt8(ascii: "]"), "',' or ']'")
      return .array(elements)
    }
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, returned as written.
  private mutating func number() throws(JournalJSONSyntaxError) -> String {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    if current == UInt8(ascii: "0") {
      index += 1
    } else {
      guard try digits() > 0 else { throw error("a JSON value") }
    }
    if current == UInt8(ascii: ".") {
      index += 1
      guard try digits() > 0 else { throw error("a digit after '.'") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard try digits() > 0 else { throw error("a digit in the exponent") }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func digits() throws(JournalJSONSyntaxError) -> Int {
    let start = index
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
    return index - start
  }

  private mutating func string() throws(JournalJSONSyntaxError) -> String {
    index += 1
    var utf8: [UInt8] = []
    while true {
      guard let byte = current else { throw error("a closing '\"'") }
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        guard let text = String(validating: utf8, as: UTF8.self) else {
          throw JournalJSONSyntaxError(offset: index - 1, expected: "valid UTF-8 in a string")
        }
        return text
      case UInt8(ascii: "\\"):
        index += 1
        try escape(into: &utf8)
      case 0..<0x20:
        throw error("no control character inside a string")
      default:
        utf8.append(byte)
        index += 1
      }
    }
  }

  private mutating func escape(into utf8: inout [UInt8]) throws(JournalJSONSyntaxError) {
    guard let byte = current else { throw error("an escape after '\\'") }
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
    case UInt8(ascii: "b"): utf8.append(0x08)
    case UInt8(ascii: "f"): utf8.append(0x0C)
    case UInt8(ascii: "n"): utf8.append(0x0A)
    case UInt8(ascii: "r"): utf8.append(0x0D)
    case UInt8(ascii: "t"): utf8.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = UInt32(try hexQuad())
      if (0xD800..<0xDC00).contains(scalar) {
        // A high surrogate must be followed by an escaped low one (RFC 8259 §7).
        try expect(UInt8(ascii: "\\"), "a low surrogate escape")
        try expect(UInt8(ascii: "u"), "a low surrogate escape")
        let low = UInt32(try hexQuad())
        guard (0xDC00..<0xE000).contains(low) else { throw error("a low surrogate") }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw error("a valid Unicode scalar") }
      utf8.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      index -= 1
      throw error("a valid escape")
    }
  }

  private mutating func hexQuad() throws(JournalJSONSyntaxError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard let byte = current else { throw error("four hex digits") }
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("four hex digits")
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }
}
