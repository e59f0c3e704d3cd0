/// Reads a journal's bytes in chunks of any size, splits them into lines, and checks the chain
/// as it goes, so that a long journal never needs to be in memory at once.
///
/// The bytes after the last newline are a torn tail, never a line: a line is complete only
/// when its newline is written (SPEC, "Crash safety").
public struct JournalReader: Sendable {
  private var verifier: ChainVerifier
  /// Bytes of a line whose newline has not arrived yet.
  private var partial: [UInt8] = []
  private var offset = 0

  /// A reader for a journal that may be expected to match `anchor`.
  public init(expecting anchor: JournalAnchor? = nil) {
    verifier = ChainVerifier(expecting: anchor)
  }

  /// Reads the next chunk, passing each complete line that decodes to `body`, in order.
  ///
  /// - Complexity: O(n) in the chunk's length.
  public mutating func read<E: Error>(
    _ chunk: some Collection<UInt8>, _ body: (JournalLine) throws(E) -> Void
  ) throws(E) {
    let chunk = Array(chunk)
    offset += chunk.count
    var start = 0
    while let newline = chunk[start...].firstIndex(of: 0x0A) {
      let line: JournalLine?
      if partial.isEmpty {
        line = verifier.consume(chunk[start..<newline])
      } else {
        partial.append(contentsOf: chunk[start..<newline])
        line = verifier.consume(partial)
        partial.removeAll(keepingCapacity: true)
      }
      start = newline + 1
      if let line { try body(line) }
    }
    partial.append(contentsOf: chunk[start...])
  }

  /// Reads the next chunk, checking its lines without handing them out: each line is checked
  /// with ``ChainVerifier/verify(_:)``, straight from the chunk's memory, which reads only its
  /// header while the chain holds.
  ///
  /// - Complexity: O(n) in the chunk's length.
  public mutating func read(_ chunk: some Collection<UInt8>) {
    let done: Void? = chunk.withContiguousStorageIfAvailable {
      verifyLines(UnsafeRawBufferPointer($0))
    }
    if done == nil { Array(chunk).withUnsafeBytes { verifyLines($0) } }
  }

  private mutating func verifyLines(_ chunk: UnsafeRawBufferPointer) {
    offset += chunk.count
    var start = 0
    while let newline = Self.newline(in: chunk, from: start) {
      if partial.isEmpty {
        verifier.verify(UnsafeRawBufferPointer(rebasing: chunk[start..<newline]))
      } else {
        partial.append(contentsOf: chunk[start..<newline])
        let line = partial
        line.withUnsafeBytes { verifier.verify($0) }
        partial.removeAll(keepingCapacity: true)
      }
      start = newline + 1
    }
    partial.append(contentsOf: chunk[start...])
  }

  /// The offset of the first line feed at or after `start`.
  private static func newline(in chunk: UnsafeRawBufferPointer, from start: Int) -> Int? {
    var index = start
    while index < chunk.count {
      if chunk[index] == 0x0A { return index }
      index += 1
    }
    return nil
  }

  /// What the whole journal shows, once every chunk has been read.
  public func report() -> ChainReport {
    let torn = partial.isEmpty ? nil : TornTail(offset: offset - partial.count, bytes: partial)
    return verifier.report(tornTail: torn)
  }
}

/// A whole journal read into memory: its decoded lines and what the chain shows.
public struct Journal: Sendable {
  /// The complete lines that decode, in file order. Trust them only when ``report`` is intact.
  public var lines: [JournalLine]
  public var report: ChainReport

  public init(lines: [JournalLine], report: ChainReport) {
    self.lines = lines
    self.report = report
  }

  /// Reads a journal's bytes.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public init(bytes: some Collection<UInt8>, expecting anchor: JournalAnchor? = nil) {
    var reader = JournalReader(expecting: anchor)
    var lines: [JournalLine] = []
    reader.read(bytes) { lines.append($0) }
    self.init(lines: lines, report: reader.report())
  }
}
