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
public struct ChainVerifier: Sendable {
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

  private struct Gap: Sendable {
    var line: Int
    var expected: Int
    var found: Int
    var filledLater = false
  }

  /// A verifier for a journal that may be expected to match `anchor`.
  public init(expecting anchor: JournalAnchor? = nil) {
    self.expected = anchor
  }

  /// Checks the next line: its bytes, without the newline.
  ///
  /// - Returns: The decoded line, or `nil` when it is not a journal event.
  /// - Complexity: O(n) in the length of the line.
  @discardableResult
  public mutating func consume(_ bytes: some Collection<UInt8>) -> JournalLine? {
    count += 1
    let number = count
    let bytes = Array(bytes)
    let hash = SHA256.hash(bytes)
    if number == expected?.events { hashAtExpected = hash }
    let decoded: Result<JournalLine, JournalLineError>
    do throws(JournalLineError) {
      decoded = .success(try JournalLine(decoding: bytes))
    } catch {
      decoded = .failure(error)
    }
    let line = try? decoded.get()
    defer {
      lastHash = hash
      if let line { lastSeq = line.seq }
    }

    if let previous = unlinked {
      unlinked = nil
      broken =
        line?.prev == lastHash
        ? ChainBreak(line: previous - 1, reason: .edited(detectedAt: previous))
        : ChainBreak(line: previous, reason: .foreign)
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
  public func report(tornTail: TornTail? = nil) -> ChainReport {
    var firstBreak = broken
    if let line = unlinked { firstBreak = ChainBreak(line: line, reason: .unlinked) }
    if let gap {
      firstBreak = ChainBreak(
        line: gap.line,
        reason: gap.filledLater
          ? .reordered(found: gap.found, expected: gap.expected)
          : .removed(first: gap.expected, count: gap.found - gap.expected))
    }
    if count == 0 { firstBreak = ChainBreak(line: 1, reason: .missingOpen) }
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
