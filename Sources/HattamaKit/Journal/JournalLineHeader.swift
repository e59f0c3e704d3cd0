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
    var at = 0
    guard expect(seqKey, in: line, at: &at) else { return nil }
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
    guard expect(prevKey, in: line, at: &at), at + 64 <= line.count else { return nil }
    let linked = hash.bytes.withUnsafeBufferPointer { digest in
      for index in 0..<32 {
        let byte = digest[index]
        guard line[at + 2 * index] == hexDigits[Int(byte >> 4)],
          line[at + 2 * index + 1] == hexDigits[Int(byte & 0x0F)]
        else { return false }
      }
      return true
    }
    at += 64
    guard linked, expect(typeKey, in: line, at: &at) else { return nil }
    let typeStart = at
    while at < line.count, line[at] != UInt8(ascii: "\"") { at += 1 }
    // The type's closing quote, then the next key or the end of the object.
    guard at + 1 < line.count,
      line[at + 1] == UInt8(ascii: ",") || line[at + 1] == UInt8(ascii: "}"),
      fastTypes.contains(where: { $0.elementsEqual(line[typeStart..<at]) })
    else { return nil }
    return seq
  }

  /// Whether `literal` stands at `at`; moves past it when it does.
  private static func expect(
    _ literal: [UInt8], in line: UnsafeRawBufferPointer, at: inout Int
  ) -> Bool {
    guard line.count - at >= literal.count,
      literal.elementsEqual(line[at..<(at + literal.count)])
    else { return false }
    at += literal.count
    return true
  }

  private static let seqKey = Array(#"{"seq":"#.utf8)
  private static let prevKey = Array(#","prev":""#.utf8)
  private static let typeKey = Array(#"","type":""#.utf8)
  private static let hexDigits = Array("0123456789abcdef".utf8)
  /// Every type but `open`: an `open` after line 1 must reach the full check (misplaced open).
  private static let fastTypes = ["attend", "propose", "vote", "tally", "close", "repair"]
    .map { Array($0.utf8) }
}
