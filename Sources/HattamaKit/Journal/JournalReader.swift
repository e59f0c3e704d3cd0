/// Reads a journal's bytes in chunks of any size, splits them into lines, and checks the chain
/// as it goes, so that a long journal never needs to be in memory at once.
///
/// The bytes after the last newline are a torn tail, never a line: a line is complete only
/// when its newline is written (SPEC, "Crash safety"). No line longer than
/// ``JournalLine/maximumLength(ofLine:)`` is kept: its bytes are skipped up to its newline and
/// it counts as malformed, so memory stays bounded by that limit whatever the file holds.
package struct JournalReader: Sendable {
  private var verifier: ChainVerifier
  /// Bytes of a line whose newline has not arrived yet, at most the line's limit.
  private var partial: [UInt8] = []
  /// The line being read is longer than its limit: its bytes are skipped to its newline.
  private var skipping = false
  private var offset = 0

  /// A reader for a journal that may be expected to match `anchor`.
  package init(expecting anchor: JournalAnchor? = nil) {
    verifier = ChainVerifier(expecting: anchor)
  }

  /// Whether the chain is already known to be broken at or before the last line handed out,
  /// or at the line being read, which is already too long: every line handed out while this
  /// is `false` comes before the first break.
  package var isBroken: Bool { verifier.isBroken || skipping }

  /// Reads the next chunk, passing each complete line that decodes to `body`, in order.
  ///
  /// - Complexity: O(n) in the chunk's length.
  package mutating func read<E: Error>(
    _ chunk: some Collection<UInt8>, _ body: (JournalLine) throws(E) -> Void
  ) throws(E) {
    // The standard library's `with…` functions rethrow untyped errors: carry `E` out by hand.
    var failure: E?
    let done: Void? = chunk.withContiguousStorageIfAvailable { buffer in
      do throws(E) { try read(buffer: UnsafeRawBufferPointer(buffer), body) } catch {
        failure = error
      }
    }
    if done == nil {
      Array(chunk).withUnsafeBytes { buffer in
        do throws(E) { try read(buffer: buffer, body) } catch { failure = error }
      }
    }
    if let failure { throw failure }
  }

  /// Reads the next chunk in place, passing each complete line that decodes to `body`.
  package mutating func read<E: Error>(
    buffer chunk: UnsafeRawBufferPointer, _ body: (JournalLine) throws(E) -> Void
  ) throws(E) {
    try split(chunk) { (verifier, line) throws(E) in
      if let decoded = verifier.consume(buffer: line) { try body(decoded) }
    }
  }

  /// Reads the next chunk in place, passing to `body` only the lines before the chain's first
  /// break: the lines a replay may trust (those before ``ChainReport/firstBreak``).
  package mutating func readIntact(
    buffer chunk: UnsafeRawBufferPointer, _ body: (JournalLine) -> Void
  ) {
    split(chunk) { verifier, line in
      if let decoded = verifier.consume(buffer: line), !verifier.isBroken { body(decoded) }
    }
  }

  /// Reads the next chunk, checking its lines without handing them out: each line is checked
  /// with ``ChainVerifier/verify(_:)``, straight from the chunk's memory, which reads only its
  /// header while the chain holds.
  ///
  /// - Complexity: O(n) in the chunk's length.
  package mutating func read(_ chunk: some Collection<UInt8>) {
    let done: Void? = chunk.withContiguousStorageIfAvailable {
      read(buffer: UnsafeRawBufferPointer($0))
    }
    if done == nil { Array(chunk).withUnsafeBytes { read(buffer: $0) } }
  }

  /// Reads the next chunk in place, checking its lines without handing them out.
  package mutating func read(buffer chunk: UnsafeRawBufferPointer) {
    split(chunk) { verifier, line in verifier.verify(line) }
  }

  /// Splits `chunk` into lines, joined with the partial line before it, and hands each complete
  /// line within its limit to `line`; a longer one is counted as overlong.
  private mutating func split<E: Error>(
    _ chunk: UnsafeRawBufferPointer,
    _ line: (inout ChainVerifier, UnsafeRawBufferPointer) throws(E) -> Void
  ) throws(E) {
    offset += chunk.count
    var start = 0
    while let newline = Self.newline(in: chunk, from: start) {
      let segment = UnsafeRawBufferPointer(rebasing: chunk[start..<newline])
      start = newline + 1
      if skipping || partial.count + segment.count > limit {
        skipping = false
        partial.removeAll(keepingCapacity: false)
        verifier.consumeOverlong()
      } else if partial.isEmpty {
        try line(&verifier, segment)
      } else {
        partial.append(contentsOf: segment)
        let whole = partial
        partial.removeAll(keepingCapacity: true)
        var failure: E?
        whole.withUnsafeBytes { bytes in
          do throws(E) { try line(&verifier, bytes) } catch { failure = error }
        }
        if let failure { throw failure }
      }
    }
    let rest = UnsafeRawBufferPointer(rebasing: chunk[start...])
    if skipping { return }
    if partial.count + rest.count > limit {
      skipping = true
      partial.removeAll(keepingCapacity: false)
    } else {
      partial.append(contentsOf: rest)
    }
  }

  /// The limit of the line being read.
  private var limit: Int { JournalLine.maximumLength(ofLine: verifier.lineCount + 1) }

  /// The offset of the first line feed at or after `start`.
  ///
  /// Eight bytes at a time while they last (every byte of every line passes here): in
  /// `word ^ 0x0A…0A` a line feed is a zero byte, and `(x − 0x01…01) & ~x & 0x80…80` marks
  /// the zero bytes exactly up to the first one, whose place the trailing zero bits give.
  private static func newline(in chunk: UnsafeRawBufferPointer, from start: Int) -> Int? {
    var index = start
    while index + 8 <= chunk.count {
      let word =
        UInt64(littleEndian: chunk.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        ^ 0x0A0A_0A0A_0A0A_0A0A
      let zeros = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
      if zeros != 0 { return index + zeros.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < chunk.count {
      if chunk[index] == 0x0A { return index }
      index += 1
    }
    return nil
  }

  /// What the whole journal shows, once every chunk has been read.
  package func report() -> ChainReport {
    if skipping {
      var settled = verifier
      settled.overlongTail()
      return settled.report(tornTail: nil)
    }
    let torn = partial.isEmpty ? nil : TornTail(offset: offset - partial.count, bytes: partial)
    return verifier.report(tornTail: torn)
  }
}

/// A whole journal read into memory: its decoded lines and what the chain shows.
public struct Journal: Sendable {
  /// The complete lines that decode, in file order. Trust them only when ``report`` is intact.
  public var lines: [JournalLine]
  /// What the hash chain shows: intact, broken (where and why), torn, or not matching the anchor.
  public var report: ChainReport

  package init(lines: [JournalLine], report: ChainReport) {
    self.lines = lines
    self.report = report
  }

  /// Reads a journal's bytes.
  ///
  /// - Complexity: O(n) in the number of bytes.
  ///
  /// - Parameters:
  ///   - bytes: the journal file's bytes.
  ///   - anchor: the anchor from the signed paper, if the journal must match one.
  public init(bytes: some Collection<UInt8>, expecting anchor: JournalAnchor? = nil) {
    var reader = JournalReader(expecting: anchor)
    var lines: [JournalLine] = []
    reader.read(bytes) { lines.append($0) }
    self.init(lines: lines, report: reader.report())
  }
}
