/// Checks a journal's hash chain one line at a time, in constant memory.
///
/// Each line must carry, in `prev`, the SHA-256 of the line before it and the next `seq`. When a
/// link fails, the verifier looks at what follows to say what happened — a line edited, removed,
/// moved or spliced in — and reports the first such line.
///
/// ```swift
/// var verifier = ChainVerifier(expecting: anchor)
/// for line in lines { verifier.consume(line) }
/// let report = verifier.report(tornTail: nil)
/// ```
///
/// ## Two ways in
///
/// ``consume(_:)`` decodes every line in full and hands it back: replay (the `session`
/// commands, `audit`, `export`) uses it, so every line an outcome is built from is checked to be
/// a canonical event. ``verify(_:)`` (`hattama verify`) hands nothing back and, while the chain
/// holds, reads of a line only its header — `seq`, `prev` and `type` in the canonical form, see
/// ``JournalLineHeader`` — and hashes it. It decodes a line in full when:
///
/// - it is line 1, whose format, hash algorithm and nonce must be checked;
/// - its header is not canonical (keys reordered, white space, an uppercase `prev`: edited by
///   hand) or its type is `open`;
/// - its header does not link to the line before (`prev` or `seq` wrong): then the line before
///   it is decoded in full first, so that a malformed line is named as itself, as ``consume(_:)``
///   would name it;
/// - it is the last line: its bytes are kept and decoded at ``report(tornTail:)``;
/// - once the chain has broken, every line after, as ``consume(_:)`` does.
///
/// Skipping the full decoding of a middle line loses no tamper detection: the line's bytes are
/// pinned by the next line's `prev`, which is checked byte for byte against their SHA-256. An
/// edit of any byte of line k — a changed event, a hand reformatting, garbage after the header —
/// changes its hash, so line k+1 no longer links, line k is then decoded in full and the break is
/// reported exactly as ``consume(_:)`` reports it. The one journal the two ways judge
/// differently is one in which a middle line that is no canonical event was *also* re-chained:
/// every later `prev` recomputed by hand. That is a forgery of the whole tail, which the chain
/// cannot see for a well-formed event either; against an anchor it shows as a different head,
/// and every replay still decodes every line and refuses it as malformed.
package struct ChainVerifier: Sendable {
  private let expected: JournalAnchor?
  private var count = 0
  private var lastHash: SHA256Digest?
  private var lastSeq = 0
  private var hashAtExpected: SHA256Digest?
  private var broken: ChainBreak?
  /// A line whose `prev` did not match though its seq did; the next line tells why.
  private var unlinked: Int?
  /// A line whose seq skipped ahead: lines were removed, unless a later line fills the gap.
  private var gap: Gap?
  /// The bytes of the last line when ``verify(_:)`` read only its header; decoded in full when
  /// the next line does not link to it, or at ``report(tornTail:)``.
  private var unchecked: [UInt8] = []
  private var hasUnchecked = false

  private struct Gap: Sendable {
    var line: Int
    var expected: Int
    var found: Int
    var filledLater = false
  }

  /// A verifier for a journal that may be expected to match `anchor`.
  package init(expecting anchor: JournalAnchor? = nil) {
    self.expected = anchor
  }

  /// Checks the next line: its bytes, without the newline.
  ///
  /// - Returns: The decoded line, or `nil` when it is not a journal event.
  /// - Complexity: O(n) in the length of the line.
  @discardableResult
  package mutating func consume(_ bytes: some Collection<UInt8>) -> JournalLine? {
    let bytes = Array(bytes)
    return bytes.withUnsafeBytes { consume(buffer: $0) }
  }

  /// Checks the next line, its bytes in place, and hands it back decoded: a `vote`, `tally` or
  /// `propose` in canonical form that links on is read without a JSON tree
  /// (``JournalLine/canonicalEvent(_:linkedTo:)``), any other line in full.
  ///
  /// - Returns: The decoded line, or `nil` when it is not a journal event.
  @discardableResult
  package mutating func consume(buffer: UnsafeRawBufferPointer) -> JournalLine? {
    if count > 0, broken == nil, unlinked == nil, gap == nil, !hasUnchecked, let lastHash,
      let line = JournalLine.canonicalEvent(buffer, linkedTo: lastHash),
      line.seq == lastSeq + 1
    {
      // A canonical event, not `open`, that links on to an unbroken chain: every check of
      // ``consume(hash:decoded:)`` holds, so only the chain moves on.
      advance(hash: SHA256.hash(bufferPointer: buffer), seq: line.seq)
      return line
    }
    let decoded: Result<JournalLine, JournalLineError>
    do throws(JournalLineError) {
      decoded = .success(try JournalLine(decoding: buffer))
    } catch {
      decoded = .failure(error)
    }
    return consume(hash: SHA256.hash(bufferPointer: buffer), decoded: decoded)
  }

  /// Counts a line longer than ``JournalLine/maximumLength(ofLine:)``, whose bytes the reader
  /// did not keep: it is malformed, and its hash, which no later line can link to by accident,
  /// is taken as all zeros.
  package mutating func consumeOverlong() {
    let limit = JournalLine.maximumLength(ofLine: count + 1)
    consume(
      hash: SHA256Digest(validBytes: [UInt8](repeating: 0, count: 32)),
      decoded: .failure(.tooLong(limit: limit)))
  }

  /// Records that the bytes after the last newline are longer than any line may be: no write
  /// cut short leaves that, so it is a break, not a torn tail.
  package mutating func overlongTail() {
    checkUnchecked()
    if broken == nil {
      let number = count + 1
      broken = ChainBreak(
        line: number,
        reason: .malformed(.tooLong(limit: JournalLine.maximumLength(ofLine: number))))
    }
  }

  /// The complete lines checked so far.
  package var lineCount: Int { count }

  /// Whether the chain is already known to break at or before the last line consumed: the
  /// lines consumed while this was `false` are all before the first break.
  package var isBroken: Bool { broken != nil || unlinked != nil || gap != nil }

  /// Checks the next line, its bytes without the newline, reading only its header while the
  /// chain holds (see "Two ways in" above).
  ///
  /// - Complexity: O(n) in the length of the line: its SHA-256, and a full decoding only when
  ///   the chain breaks there.
  package mutating func verify(_ bytes: UnsafeRawBufferPointer) {
    guard count > 0, broken == nil, unlinked == nil, gap == nil, let lastHash,
      let seq = JournalLineHeader.seq(of: bytes, linkedTo: lastHash), seq == lastSeq + 1
    else {
      consume(buffer: bytes)
      return
    }
    // This line links to the last one, whose bytes are now pinned by its hash: no need to
    // decode that one any more.
    advance(hash: SHA256.hash(bufferPointer: bytes), seq: seq)
    unchecked.removeAll(keepingCapacity: true)
    unchecked.append(contentsOf: bytes)
    hasUnchecked = true
  }

  /// Counts a line that links on to an unbroken chain with this `seq`, whose hash is `hash`.
  private mutating func advance(hash: SHA256Digest, seq: Int) {
    count += 1
    if count == expected?.events { hashAtExpected = hash }
    lastHash = hash
    lastSeq = seq
  }

  /// Decodes in full the last line ``verify(_:)`` only read the header of; when it is not an
  /// event, the chain breaks there, as if ``consume(_:)`` had read it.
  private mutating func checkUnchecked() {
    guard hasUnchecked else { return }
    hasUnchecked = false
    do throws(JournalLineError) {
      _ = try JournalLine(decoding: unchecked)
    } catch {
      broken = ChainBreak(line: count, reason: .malformed(error))
      // Its seq was taken from the header; a line that does not decode gives none.
      lastSeq -= 1
    }
  }

  @discardableResult
  private mutating func consume(
    hash: SHA256Digest, decoded: Result<JournalLine, JournalLineError>
  ) -> JournalLine? {
    checkUnchecked()
    count += 1
    let number = count
    if number == expected?.events { hashAtExpected = hash }
    let line = try? decoded.get()
    defer {
      lastHash = hash
      if let line { lastSeq = line.seq }
    }

    if let previous = unlinked {
      unlinked = nil
      broken = ChainBreak(
        line: previous, reason: line?.prev == lastHash ? .splicedOrEdited : .foreign)
    }
    if let line, var open = gap, (open.expected..<open.found).contains(line.seq) {
      open.filledLater = true
      gap = open
    }
    guard broken == nil, gap == nil else { return line }
    check(number, decoded)
    return line
  }

  /// Looks for the first break at line `number`, when every line before it holds.
  private mutating func check(_ number: Int, _ decoded: Result<JournalLine, JournalLineError>) {
    let line: JournalLine
    switch decoded {
    case .success(let value): line = value
    case .failure(let error):
      broken = ChainBreak(line: number, reason: .malformed(error))
      return
    }
    if number == 1 {
      if case .open = line.event, line.seq == 1, line.prev == nil { return }
      broken = ChainBreak(line: 1, reason: .notOpen)
      return
    }
    let linked = line.prev == lastHash
    let expectedSeq = lastSeq + 1
    switch (linked, line.seq) {
    case (true, expectedSeq):
      if case .open = line.event { broken = ChainBreak(line: number, reason: .misplacedOpen) }
    case (true, _):
      broken = ChainBreak(line: number, reason: .seqChanged(found: line.seq, expected: expectedSeq))
    case (false, expectedSeq):
      unlinked = number
    case (false, let seq) where seq > expectedSeq:
      gap = Gap(line: number, expected: expectedSeq, found: seq)
    case (false, let seq):
      broken = ChainBreak(line: number, reason: .reordered(found: seq, expected: expectedSeq))
    }
  }

  /// What the lines consumed so far show, with the journal's torn tail if it has one.
  package func report(tornTail: TornTail? = nil) -> ChainReport {
    var settled = self
    settled.checkUnchecked()
    return settled.settledReport(tornTail: tornTail)
  }

  private func settledReport(tornTail: TornTail?) -> ChainReport {
    var firstBreak = broken
    if let line = unlinked { firstBreak = ChainBreak(line: line, reason: .unlinked) }
    if let gap {
      firstBreak = ChainBreak(
        line: gap.line,
        reason: gap.filledLater
          ? .reordered(found: gap.found, expected: gap.expected)
          : .removed(first: gap.expected, count: gap.found - gap.expected))
    }
    if count == 0, firstBreak == nil { firstBreak = ChainBreak(line: 1, reason: .missingOpen) }
    let head = lastHash.map { ChainHead(seq: lastSeq, hash: $0) }
    return ChainReport(
      lineCount: count, head: head, firstBreak: firstBreak, tornTail: tornTail,
      expected: expected, anchorMismatch: mismatch(firstBreak))
  }

  private func mismatch(_ firstBreak: ChainBreak?) -> AnchorMismatch? {
    guard let expected else { return nil }
    if count < expected.events { return .tooFewLines(found: count) }
    if let firstBreak, firstBreak.line <= expected.events { return .brokenBefore(firstBreak) }
    guard let found = hashAtExpected else { return .tooFewLines(found: count) }
    return found.hex == expected.head.lowercased() ? nil : .headDiffers(found: found)
  }
}
