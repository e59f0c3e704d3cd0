/// What reading a journal found: how many complete lines, whether the hash chain holds, a
/// torn tail, and whether an expected anchor matches.
public struct ChainReport: Sendable, Equatable {
  /// Complete lines, each ended by a newline.
  public var lineCount: Int
  /// The last complete line's seq and hash; `nil` when there is none.
  package var head: ChainHead?
  /// The first line where the chain does not hold; `nil` when it is intact.
  public var firstBreak: ChainBreak?
  /// Bytes after the last newline: a crash mid-write, or a line cut by hand.
  public var tornTail: TornTail?
  /// The anchor the caller expected (`verify --expect`), if any.
  public var expected: JournalAnchor?
  /// How the journal fails the expected anchor; `nil` when it matches or none was expected.
  public var anchorMismatch: AnchorMismatch?

  package init(
    lineCount: Int, head: ChainHead?, firstBreak: ChainBreak?, tornTail: TornTail?,
    expected: JournalAnchor? = nil, anchorMismatch: AnchorMismatch? = nil
  ) {
    self.lineCount = lineCount
    self.head = head
    self.firstBreak = firstBreak
    self.tornTail = tornTail
    self.expected = expected
    self.anchorMismatch = anchorMismatch
  }

  /// The chain holds and any expected anchor matches; a torn tail alone does not make a
  /// journal tampered (SPEC: `journal.torn` is a warning).
  public var isIntact: Bool { firstBreak == nil && anchorMismatch == nil }

  /// The anchor `N:HEX` of the complete lines; `nil` for a journal without one.
  public var anchor: JournalAnchor? {
    head.map { JournalAnchor(events: lineCount, head: $0.hash.hex) }
  }
}

/// Where and how a journal's hash chain is broken.
public struct ChainBreak: Sendable, Equatable {
  /// The line to blame, from 1.
  public var line: Int
  /// What is wrong at that line.
  public var reason: ChainBreakReason

  package init(line: Int, reason: ChainBreakReason) {
    self.line = line
    self.reason = reason
  }
}

/// Why the chain is broken at a line.
public enum ChainBreakReason: Sendable, Equatable {
  /// The journal has no complete line at all.
  case missingOpen
  /// Line 1 is not an `open` event with seq 1 and no `prev`.
  case notOpen
  /// An `open` event after line 1.
  case misplacedOpen
  /// The line is not a journal event as the journal writes them.
  case malformed(JournalLineError)
  /// The line does not carry the hash of the line before, though the line after it follows it:
  /// the line before was changed after this one was written, or this line and those after it
  /// were copied from another journal. The chain cannot tell the two apart, so the break is
  /// put where the chain first fails, this line; the lines before it all link (issue 13: a
  /// spliced tail no longer blames the authentic line before it).
  case splicedOrEdited
  /// The line follows its predecessor (`prev` matches) but its seq was changed.
  case seqChanged(found: Int, expected: Int)
  /// Lines with seq `first` and the `count - 1` after it are missing before this line.
  case removed(first: Int, count: Int)
  /// The line's seq is out of order: it was moved.
  case reordered(found: Int, expected: Int)
  /// The line follows neither its predecessor nor leads to its successor: it was inserted,
  /// replaced or spliced from another journal.
  case foreign
  /// The last line does not follow the one before: either that one was edited or this one was
  /// replaced; with no line after, the two cannot be told apart.
  case unlinked
}

/// Bytes after a journal's last newline.
public struct TornTail: Sendable, Equatable {
  /// Where the torn bytes begin: the length of the complete lines.
  public var offset: Int
  /// How many torn bytes there are.
  public var byteCount: Int
  /// Their SHA-256, which the `repair` event records with their count.
  public var sha256: SHA256Digest

  package init(offset: Int, byteCount: Int, sha256: SHA256Digest) {
    self.offset = offset
    self.byteCount = byteCount
    self.sha256 = sha256
  }

  package init(offset: Int, bytes: some Collection<UInt8>) {
    self.offset = offset
    self.byteCount = bytes.count
    var hasher = SHA256()
    hasher.update(bytes)
    self.sha256 = hasher.finalize()
  }
}

/// How a journal fails an expected anchor `N:HEX` (SPEC, "Journal anchor").
public enum AnchorMismatch: Sendable, Equatable {
  /// The journal has fewer than N complete lines: lines were cut off the end.
  case tooFewLines(found: Int)
  /// The chain is broken at or before line N.
  case brokenBefore(ChainBreak)
  /// Line N hashes to another value: it was edited, or the file rewritten.
  case headDiffers(found: SHA256Digest)
}
