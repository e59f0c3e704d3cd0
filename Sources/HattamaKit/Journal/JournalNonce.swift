/// The random value in a journal's first line that makes its hash chain its own.
///
/// Two journals opened from the same draft would otherwise begin with identical lines, and a
/// line of one could be spliced into the other without breaking a link (SPEC, "Journal
/// anchor"). The library takes no randomness: the caller draws the 16 bytes.
public struct JournalNonce: Sendable, Hashable, CustomStringConvertible {
  /// 32 lowercase hex digits.
  public let hex: String

  /// A nonce from 16 random bytes, or `nil` for another count.
  ///
  /// - Parameter bytes: 16 bytes from a system random generator.
  public init?(bytes: [UInt8]) {
    guard bytes.count == 16 else { return nil }
    let digits = Array("0123456789abcdef".utf8)
    self.hex = String(
      decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] },
      as: UTF8.self)
  }

  /// Parses 32 lowercase hex digits, the only form a journal writes.
  ///
  /// - Parameter text: the `nonce` of a journal's line 1.
  public init?(hex text: String) {
    let valid =
      text.utf8.count == 32
      && text.utf8.allSatisfy { byte in
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
          || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
      }
    guard valid else { return nil }
    self.hex = text
  }

  /// The 32 hex digits, as line 1 writes them.
  public var description: String { hex }
}
