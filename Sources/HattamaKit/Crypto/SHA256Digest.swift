/// A SHA-256 digest: 32 bytes, written as 64 lowercase hex digits.
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
  /// The 32 bytes in order, held inline: every journal line read makes a digest, and one held
  /// in an array would be an allocation a line.
  private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// The 32 bytes of the digest.
  public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

  init(validBytes bytes: [UInt8]) {
    assert(bytes.count == 32)
    bytes.withUnsafeBytes { source in
      Swift.withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) }
    }
  }

  /// A digest whose bytes `fill` writes into the 32 bytes it is given.
  init(filling fill: (UnsafeMutableRawBufferPointer) -> Void) {
    Swift.withUnsafeMutableBytes(of: &storage, fill)
  }

  /// A digest from its 32 bytes, or `nil` for another count.
  ///
  /// - Parameter bytes: 32 bytes.
  public init?(bytes: [UInt8]) {
    guard bytes.count == 32 else { return nil }
    self.init(validBytes: bytes)
  }

  /// Calls `body` with the 32 bytes in place.
  ///
  /// - Parameter body: what to do with the bytes; they are valid only during the call.
  /// - Returns: what `body` returns.
  /// - Throws: what `body` throws.
  public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try Swift.withUnsafeBytes(of: storage, body)
  }

  /// Two digests are equal when their 32 bytes are.
  public static func == (lhs: SHA256Digest, rhs: SHA256Digest) -> Bool {
    lhs.storage == rhs.storage
  }

  /// Feeds the 32 bytes to `hasher`.
  ///
  /// - Parameter hasher: the hasher of a set or dictionary the digest is a key of.
  public func hash(into hasher: inout Hasher) {
    withUnsafeBytes { hasher.combine(bytes: $0) }
  }

  /// Parses 64 hex digits, either case (`sha256sum` prints lowercase); anything else is `nil`.
  ///
  /// - Parameter text: 64 hex digits, such as the HEX of an anchor.
  public init?(hex text: some StringProtocol) {
    let digits = Array(text.utf8)
    guard digits.count == 64 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    for index in stride(from: 0, to: 64, by: 2) {
      guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else {
        return nil
      }
      bytes.append(high << 4 | low)
    }
    self.init(validBytes: bytes)
  }

  /// The 64 lowercase hex digits, as `sha256sum` prints them.
  public var hex: String {
    var digits: [UInt8] = []
    digits.reserveCapacity(64)
    for byte in bytes {
      digits.append(hexDigits[Int(byte >> 4)])
      digits.append(hexDigits[Int(byte & 0x0f)])
    }
    return String(decoding: digits, as: UTF8.self)
  }

  /// The 64 lowercase hex digits.
  public var description: String { hex }
}

private let hexDigits = Array("0123456789abcdef".utf8)

/// The value of one ASCII hex digit, or `nil`.
private func hexValue(_ digit: UInt8) -> UInt8? {
  switch digit {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
  default: nil
  }
}
