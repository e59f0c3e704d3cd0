/// A place in UTF-8 input that keeps its line and column as it moves.
struct ByteCursor {
  private let bytes: [UInt8]
  private(set) var index = 0
  private(set) var position = JSONPosition(line: 1, column: 1)

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isAtEnd: Bool { index >= bytes.count }

  func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

  /// What stands at the cursor, as a message names it.
  var found: String { JSONSyntaxProblem.describe(found: bytes[min(index, bytes.count)...]) }

  /// Moves past one byte. A line feed starts a new line; a UTF-8 continuation byte does not
  /// move the column, so that columns count scalars.
  mutating func advance() {
    guard index < bytes.count else { return }
    let byte = bytes[index]
    index += 1
    if byte == 0x0A {
      position.line += 1
      position.column = 1
    } else if byte & 0xC0 != 0x80 {
      position.column += 1
    }
  }

  mutating func advance(by count: Int) {
    for _ in 0..<max(0, count) { advance() }
  }

  /// Skips the insignificant white space of RFC 8259: space, tab, line feed, carriage return.
  mutating func skipWhitespace() {
    while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      advance()
    }
  }

  /// Skips a UTF-8 byte-order mark at the very start, which some Windows editors write.
  mutating func skipByteOrderMark() {
    guard index == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return }
    index = 3
  }

  /// The run of bytes at the cursor that could belong to a number or a literal; the cursor does
  /// not move. Taking letters too makes `1x` and `tru` one token that a message can quote.
  func token() -> ArraySlice<UInt8> {
    var end = index
    while end < bytes.count, JSONNumberGrammar.isTokenByte(bytes[end]) { end += 1 }
    return bytes[min(index, bytes.count)..<end]
  }

  /// Reads a string whose opening quote is at the cursor, up to and past its closing quote.
  ///
  /// - Throws: ``JSONSyntaxError`` at the offending byte or escape (at the opening quote when
  ///   the string never closes), with the root path for the caller to fill in.
  mutating func readString() throws(JSONSyntaxError) -> String {
    if let text = readPlainString() { return text }
    let start = position
    advance()
    var text: [UInt8] = []
    while true {
      guard let byte = peek() else { throw JSONSyntaxError(.unterminatedString, at: start) }
      switch byte {
      case UInt8(ascii: "\""):
        advance()
        // Every byte appended is a validated scalar or an escape's UTF-8 encoding.
        return String(decoding: text, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try readEscape(into: &text)
      case 0x00..<0x20:
        throw JSONSyntaxError(.controlCharacter(byte), at: position)
      case 0x20..<0x80:
        text.append(byte)
        advance()
      default:
        guard let (_, length) = UTF8Scan.scalar(in: bytes[index...]) else {
          throw JSONSyntaxError(.invalidUTF8, at: position)
        }
        text.append(contentsOf: bytes[index..<index + length])
        advance(by: length)
      }
    }
  }

  /// Reads a string with no escape, no control byte and only well-formed UTF-8 in one pass,
  /// or returns `nil` with the cursor unmoved, leaving the byte-by-byte reader to find the
  /// escape or the error and its exact position.
  ///
  /// Such a string holds no line feed, so only the column moves: by the two quotes and the
  /// scalars between them (bytes that are not UTF-8 continuation bytes).
  private mutating func readPlainString() -> String? {
    let open = index
    let scan: (end: Int, scalars: Int)? = bytes.withUnsafeBufferPointer { buffer in
      var end = open + 1
      var scalars = 0
      var ascii = true
      while end < buffer.count {
        let byte = buffer[end]
        if byte == UInt8(ascii: "\"") { break }
        if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
        if byte >= 0x80 { ascii = false }
        if byte & 0xC0 != 0x80 { scalars += 1 }
        end += 1
      }
      guard end < buffer.count else { return nil }
      if !ascii {
        var at = open + 1
        while at < end {
          if buffer[at] < 0x80 {
            at += 1
            continue
          }
          let rest = UnsafeBufferPointer(rebasing: buffer[at..<end])
          guard let (_, length) = UTF8Scan.scalar(in: rest) else { return nil }
          at += length
        }
      }
      return (end, scalars)
    }
    guard let scan else { return nil }
    // The bytes between the quotes were just checked to be well-formed UTF-8.
    let text = String(decoding: bytes[(open + 1)..<scan.end], as: UTF8.self)
    index = scan.end + 1
    position.column += scan.scalars + 2
    return text
  }

  /// Reads one escape, the backslash at the cursor, and appends what it stands for.
  private mutating func readEscape(into text: inout [UInt8]) throws(JSONSyntaxError) {
    let start = position
    advance()
    guard let letter = peek() else { throw JSONSyntaxError(.unterminatedString, at: start) }
    let simple: UInt8? =
      switch letter {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let simple {
      text.append(simple)
      advance()
      return
    }
    guard letter == UInt8(ascii: "u") else {
      let shown =
        letter < 0x80 && letter >= 0x20
        ? String(Character(Unicode.Scalar(letter))) : ""
      throw JSONSyntaxError(.invalidEscape("\\" + shown), at: start)
    }
    let unit = try readHexUnit(escapeAt: start)
    var scalarValue = UInt32(unit)
    if (0xD800...0xDBFF).contains(unit) {
      // A high surrogate must be followed at once by `\u` and a low surrogate.
      let lowStart = position
      guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
        throw JSONSyntaxError(.unpairedSurrogate(JSONSyntaxProblem.escape(unit)), at: start)
      }
      advance()
      let low = try readHexUnit(escapeAt: lowStart)
      guard (0xDC00...0xDFFF).contains(low) else {
        throw JSONSyntaxError(.unpairedSurrogate(JSONSyntaxProblem.escape(unit)), at: start)
      }
      scalarValue = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(unit) {
      throw JSONSyntaxError(.unpairedSurrogate(JSONSyntaxProblem.escape(unit)), at: start)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw JSONSyntaxError(.unpairedSurrogate(JSONSyntaxProblem.escape(unit)), at: start)
    }
    text.append(contentsOf: Array(String(scalar).utf8))
  }

  /// Reads `u` and four hexadecimal digits, the cursor on the `u`.
  private mutating func readHexUnit(escapeAt start: JSONPosition) throws(JSONSyntaxError)
    -> UInt16
  {
    advance()
    var unit: UInt16 = 0
    var written = "\\u"
    for _ in 0..<4 {
      guard let byte = peek(), let digit = JSONNumberGrammar.hexValue(byte) else {
        if let byte = peek(), byte >= 0x20, byte < 0x7F {
          written.append(Character(Unicode.Scalar(byte)))
        }
        throw JSONSyntaxError(.invalidUnicodeEscape(written), at: start)
      }
      written.append(Character(Unicode.Scalar(byte)))
      unit = unit << 4 | UInt16(digit)
      advance()
    }
    return unit
  }
}
