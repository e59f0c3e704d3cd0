/// Reads one Unicode scalar from UTF-8 bytes, refusing what RFC 3629 forbids.
enum UTF8Scan {
  /// The scalar at the start of `bytes` and how many bytes it takes, or `nil` when the bytes
  /// there are not well-formed UTF-8 (a stray continuation byte, an overlong form, a surrogate,
  /// a value above U+10FFFF, or a sequence cut short).
  ///
  /// The ranges are those of the Unicode Standard's table "Well-Formed UTF-8 Byte Sequences".
  static func scalar(in bytes: ArraySlice<UInt8>) -> (Unicode.Scalar, Int)? {
    bytes.withUnsafeBufferPointer { scalar(in: $0) }
  }

  /// The same, on bytes in memory: the string reader's fast path checks a whole string with it.
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
    guard let lead = bytes.first else { return nil }
    let length: Int
    let secondRange: ClosedRange<UInt8>
    var value: UInt32
    switch lead {
    case 0x00...0x7F: return Unicode.Scalar(UInt32(lead)).map { ($0, 1) }
    case 0xC2...0xDF: (length, secondRange, value) = (2, 0x80...0xBF, UInt32(lead & 0x1F))
    case 0xE0: (length, secondRange, value) = (3, 0xA0...0xBF, 0)
    case 0xED: (length, secondRange, value) = (3, 0x80...0x9F, 0x0D)
    case 0xE1...0xEF: (length, secondRange, value) = (3, 0x80...0xBF, UInt32(lead & 0x0F))
    case 0xF0: (length, secondRange, value) = (4, 0x90...0xBF, 0)
    case 0xF1...0xF3: (length, secondRange, value) = (4, 0x80...0xBF, UInt32(lead & 0x07))
    case 0xF4: (length, secondRange, value) = (4, 0x80...0x8F, 4)
    default: return nil
    }
    guard bytes.count >= length else { return nil }
    let start = bytes.startIndex
    for offset in 1..<length {
      let byte = bytes[start + offset]
      let range: ClosedRange<UInt8> = offset == 1 ? secondRange : 0x80...0xBF
      guard range.contains(byte) else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return Unicode.Scalar(value).map { ($0, length) }
  }
}
