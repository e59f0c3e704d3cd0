import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lines of an open journal file, read from disk a chunk at a time as they are asked for:
/// only the lines before the chain's first break are handed out (those a replay may trust).
///
/// Memory is one read buffer, the decoded lines of one chunk and at most one line's bytes
/// (`JournalLine.maximumLength(ofLine:)`), whatever the file's length, so a replay under the
/// append lock holds the sitting's state and not the file's history (issue 13).
/// ``finish()`` reads whatever was not asked for, so that the chain report covers the whole
/// file.
public final class JournalLines: Sequence, IteratorProtocol {
  private let file: JournalDescriptor
  private var reader: JournalReader
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private var pending: [JournalLine] = []
  private var index = 0
  /// The bytes read so far; the file's length once the end is reached.
  private(set) var length = 0
  private var atEnd = false
  private var failure: JournalFileError?

  package init(_ file: JournalDescriptor, expecting anchor: JournalAnchor? = nil) {
    self.file = file
    self.reader = JournalReader(expecting: anchor)
  }

  /// The next line before the chain's first break, read from the file when needed.
  ///
  /// - Returns: the line, or `nil` at the end of the file, at the first break, or after a read
  ///   error, which `JournalFile.append` then reports.
  /// - Complexity: amortised O(1) per line; a read of 64 KiB when the chunk is used up.
  public func next() -> JournalLine? {
    while index == pending.count {
      // Nothing after the first break is handed out.
      guard !atEnd, !reader.isBroken else { return nil }
      pending.removeAll(keepingCapacity: true)
      index = 0
      readChunk(intact: true)
    }
    defer { index += 1 }
    return pending[index]
  }

  /// Reads the rest of the file without handing lines out, and reports the whole chain.
  ///
  /// - Returns: The chain report and the file's length in bytes.
  /// - Throws: The read that failed, here or while lines were handed out.
  package func finish() throws(JournalFileError) -> (report: ChainReport, length: Int) {
    while !atEnd, failure == nil { readChunk(intact: false) }
    if let failure { throw failure }
    return (reader.report(), length)
  }

  /// Reads one chunk into the reader; lines before the first break go to ``pending`` when
  /// `intact` is set.
  private func readChunk(intact: Bool) {
    let count = buffer.withUnsafeMutableBytes { raw in
      file.pread(into: raw, at: length)
    }
    guard count > 0 else {
      if count < 0 { failure = .system(.read, path: file.path, errno: errno) }
      atEnd = true
      return
    }
    length += count
    buffer.withUnsafeBytes { raw in
      let chunk = UnsafeRawBufferPointer(rebasing: raw[0..<count])
      if intact {
        reader.readIntact(buffer: chunk) { pending.append($0) }
      } else {
        reader.read(buffer: chunk)
      }
    }
  }
}
