/// Writes one journal line: a flat JSON object whose keys come in the order the caller adds
/// them.
///
/// The output is canonical, so that equal events give equal bytes and equal hashes: no
/// whitespace, integers in decimal, strings escaped only where JSON requires it (`"`, `\` and
/// control characters; `\u00XX` in lowercase hex where no short escape exists), everything else
/// as raw UTF-8.
struct JournalJSONWriter {
  private var bytes: [UInt8] = [UInt8(ascii: "{")]

  mutating func field(_ key: String, _ value: String) {
    name(key)
    string(value)
  }

  mutating func field(_ key: String, _ value: Int) {
    name(key)
    bytes.append(contentsOf: String(value).utf8)
  }

  mutating func field(_ key: String, _ values: [String]) {
    name(key)
    bytes.append(UInt8(ascii: "["))
    for (position, value) in values.enumerated() {
      if position > 0 { bytes.append(UInt8(ascii: ",")) }
      string(value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Adds a value that is already compact JSON text, such as the draft.
  mutating func field(_ key: String, json: [UInt8]) {
    name(key)
    bytes.append(contentsOf: json)
  }

  /// The finished object.
  consuming func finish() -> [UInt8] {
    bytes.append(UInt8(ascii: "}"))
    return bytes
  }

  private mutating func name(_ key: String) {
    if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
    string(key)
    bytes.append(UInt8(ascii: ":"))
  }

  private mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    // Most values need no escape: copy them in one go rather than byte by byte.
    let needsEscape = text.utf8.contains {
      $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
    }
    if !needsEscape {
      bytes.append(contentsOf: text.utf8)
      bytes.append(UInt8(ascii: "\""))
      return
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: Array("\\u00".utf8))
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
