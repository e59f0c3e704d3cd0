// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// Reads the start of a line the journal wrote, `{"seq":N,"prev":"<hex>","type":"<type>"`,
/// without building a JSON tree: the fast path of ``ChainVerifier/verify(_:)``.
///
/// Only the exact canonical form is accepted — `seq` a positive decimal without leading zeros,
/// `prev` 64 lowercase hex digits, the keys in this order with no white space, and a type other
/// than `open` — so that any line it reads says the same seq and prev as
/// ``JournalLine/init(decoding:)`` would if that line decodes. Anything else, a hand-edited
/// header included, is `nil`, and the verifier falls back to the full decoding.
enum JournalLineHeader {
  /// The line's seq when its header is canonical, its `prev` is `hash`, and its type is an
  /// event other than `open`; `nil` otherwise.
  ///
  /// - Complexity: O(1): reads at most the first 120 bytes or so.
  static func seq(of line: UnsafeRawBufferPointer, linkedTo hash: SHA256Digest) -> Int? {
    header(of: line, linkedTo: hash)?.seq
  }

  /// The canonical header's seq and where its type's text lies (between its quotes), on the
  /// same terms as ``seq(of:linkedTo:)``.
  static func header(
    of line: UnsafeRawBufferPointer, linkedTo hash: SHA256Digest
  ) -> (seq: Int, type: Range<Int>)? {
    var at = 0
    guard expect(#"{"seq":"#, in: line, at: &at) else { return nil }
    // A positive decimal, no leading zero; 18 digits at most so that it cannot overflow.
    guard at < line.count, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(line[at]) else {
      return nil
    }
    var seq = 0
    let digitsStart = at
    while at < line.count, at - digitsStart < 18,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[at])
    {
      seq = seq * 10 + Int(line[at] - UInt8(ascii: "0"))
      at += 1
    }
    guard expect(#","prev":""#, in: line, at: &at), at + 64 <= line.count else { return nil }
    let linked = hash.withUnsafeBytes { digest in
      for index in 0..<32 {
        let byte = digest[index]
        guard line[at + 2 * index] == hexDigit(byte >> 4),
          line[at + 2 * index + 1] == hexDigit(byte & 0x0F)
        else { return false }
      }
      return true
    }
    at += 64
    guard linked, expect(#"","type":""#, in: line, at: &at) else { return nil }
    let typeStart = at
    while at < line.count, line[at] != UInt8(ascii: "\"") { at += 1 }
    // The type's closing quote, then the next key or the end of the object.
    guard at + 1 < line.count,
      line[at + 1] == UInt8(ascii: ",") || line[at + 1] == UInt8(ascii: "}"),
      isFastType(UnsafeRawBufferPointer(rebasing: line[typeStart..<at]))
    else { return nil }
    return (seq, typeStart..<at)
  }

  /// Whether `literal` stands at `at`; moves past it when it does.
  ///
  /// Literals are `StaticString`s, read in place: no array, no lazy global on this path.
  @inline(__always)
  static func expect(
    _ literal: StaticString, in line: UnsafeRawBufferPointer, at: inout Int
  ) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard line.count - at >= count else { return false }
    let bytes = literal.utf8Start
    for index in 0..<count where line[at + index] != bytes[index] { return false }
    at += count
    return true
  }

  /// Every type but `open`: an `open` after line 1 must reach the full check (misplaced open).
  private static func isFastType(_ type: UnsafeRawBufferPointer) -> Bool {
    var at = 0
    switch type.count {
    case 4: return expect("vote", in: type, at: &at)
    case 5: return expect("tally", in: type, at: &at) || expect("close", in: type, at: &at)
    case 6: return expect("attend", in: type, at: &at) || expect("repair", in: type, at: &at)
    case 7: return expect("propose", in: type, at: &at)
    default: return false
    }
  }

  /// The lowercase hex digit of a value below 16, as `SHA256Digest.hex` writes it.
  @inline(__always)
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") - 10 + value
  }
}
