import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lines of an open journal file, read from disk a chunk at a time as they are asked for:
/// only the lines before the chain's first break are handed out (those a replay may trust).
///
/// Once the first line is asked for, a second thread (``JournalReadAhead``) reads, splits,
/// hashes and decodes the chunks ahead, while the caller applies the lines it has: the lines,
/// their order and every check are those of a reading on one thread. Memory is a few read
/// buffers, the decoded lines of at most ``JournalReadAhead/depth`` chunks and at most one
/// line's bytes (`JournalLine.maximumLength(ofLine:)`), whatever the file's length, so a
/// replay under the append lock holds the sitting's state and not the file's history (issue
/// 13). ``finish()`` stops that thread and reads whatever was not asked for, checking it
/// without decoding, so that the chain report covers the whole file and is the same as if
/// every chunk had been read on one thread as it was asked for.
public final class JournalLines: Sequence, IteratorProtocol {
  private let file: JournalDescriptor
  /// Where the reading stands after the last chunk whose lines were handed out.
  private var state: JournalReadState
  private var readAhead: JournalReadAhead?
  /// The reading thread has finished and every chunk it read was taken.
  private var drained = false
  /// The lines of the chunk at hand not yet handed out, the next one last, so that each is
  /// moved out of the array rather than copied.
  private var current: [JournalLine] = []

  package init(_ file: JournalDescriptor, expecting anchor: JournalAnchor? = nil) {
    self.file = file
    self.state = JournalReadState(reader: JournalReader(expecting: anchor))
  }

  deinit { _ = readAhead?.stop() }

  /// The next line before the chain's first break, read from the file when needed.
  ///
  /// - Returns: the line, or `nil` at the end of the file, at the first break, or after a read
  ///   error, which `JournalFile.append` then reports.
  /// - Complexity: amortised O(1) per line; a read of 64 KiB when the chunk is used up.
  public func next() -> JournalLine? {
    while current.isEmpty {
      guard !drained, state.yieldsLines else { return nil }
      if readAhead == nil { readAhead = JournalReadAhead(file, from: state) }
      guard let chunk = readAhead?.take() else {
        if let readAhead { state = readAhead.finalState }
        drained = true
        return nil
      }
      (current, state) = (chunk.lines, chunk.after)
    }
    return current.popLast()
  }

  /// Stops reading ahead: the lines not asked for yet are not decoded. Called before the file
  /// is closed by a caller that will not ``finish()``.
  package func stop() {
    if let readAhead, let rest = readAhead.stop(), !drained { state = rest }
    readAhead = nil
    drained = true
    current = []
  }

  /// Reads the rest of the file without handing lines out, and reports the whole chain.
  ///
  /// - Returns: The chain report and the file's length in bytes.
  /// - Throws: The read that failed, here or while lines were handed out.
  package func finish() throws(JournalFileError) -> (report: ChainReport, length: Int) {
    stop()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while !state.atEnd, state.failure == nil {
      _ = state.readChunk(of: file, into: &buffer, intact: false)
    }
    if let failure = state.failure { throw failure }
    return (state.reader.report(), state.length)
  }
}
