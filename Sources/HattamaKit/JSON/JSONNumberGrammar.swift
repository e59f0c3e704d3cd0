/// The number grammar of RFC 8259 §6 and the small byte classes the parser needs.
enum JSONNumberGrammar {
  /// Whether the bytes are exactly `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  static func matches(_ token: ArraySlice<UInt8>) -> Bool {
    var index = token.startIndex
    let end = token.endIndex
    func isDigit(_ i: Int) -> Bool { i < end && (0x30...0x39).contains(token[i]) }
    func skipDigits() -> Bool {
      guard isDigit(index) else { return false }
      while isDigit(index) { index += 1 }
      return true
    }
    if index < end, token[index] == UInt8(ascii: "-") { index += 1 }
    guard isDigit(index) else { return false }
    if token[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      _ = skipDigits()
    }
    if index < end, token[index] == UInt8(ascii: ".") {
      index += 1
      guard skipDigits() else { return false }
    }
    if index < end, token[index] == UInt8(ascii: "e") || token[index] == UInt8(ascii: "E") {
      index += 1
      if index < end, token[index] == UInt8(ascii: "+") || token[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard skipDigits() else { return false }
    }
    return index == end
  }

  /// Bytes that may continue a number or a literal token: ASCII letters, digits, `+ - .`.
  static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "."):
      true
    default: false
    }
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// A token as a message quotes it, cut short so that a long run cannot flood the message.
  static func quoted(_ token: ArraySlice<UInt8>) -> String {
    let limit = 40
    let text = String(decoding: token.prefix(limit), as: UTF8.self)
    return token.count > limit ? text + "…" : text
  }
}

extension JSONSyntaxProblem {
  /// `\uD800`: how a message shows one UTF-16 code unit.
  static func escape(_ unit: UInt16) -> String {
    let digits = Array("0123456789ABCDEF")
    var text = "\\u"
    for shift in stride(from: 12, through: 0, by: -4) {
      text.append(digits[Int((unit >> UInt16(shift)) & 0xF)])
    }
    return text
  }
}
