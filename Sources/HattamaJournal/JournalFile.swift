import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A secretary's journal on disk: created exclusively, read under a shared lock, appended to
/// under an exclusive lock with every line synced (SPEC, "Crash safety").
///
/// Every process that writes takes the lock, reads the journal as it now is, and only then
/// decides what to append, so two terminals voting at once both succeed, one after the other,
/// with a valid chain. Files are read a chunk at a time (``JournalLines``): memory follows the
/// longest line allowed, never the file.
public struct JournalFile: Sendable {
  /// The journal's path, as the caller gave it.
  public let path: String
  package let system: SystemCalls

  /// The journal at `path`; nothing is opened until a method is called.
  ///
  /// - Parameter path: the journal file's path (`sitting.jsonl`).
  public init(path: String) {
    self.init(path: path, system: .live)
  }

  package init(path: String, system: SystemCalls) {
    self.path = path
    self.system = system
  }

  /// Where `session repair` keeps a torn line's bytes: `J.jsonl.broken`.
  public var brokenPath: String { path + ".broken" }

  /// Reads the whole journal under a shared lock, every line in memory: for tests and small
  /// tools; a replay that must not hold the file takes its lines from the closure of `append`.
  ///
  /// A broken chain or a torn tail is reported in the result's ``Journal/report``, not thrown:
  /// `verify` and `status` must show it.
  ///
  /// - Parameter anchor: the anchor from the signed paper, if the journal must match one.
  /// - Returns: the lines before the first break and the chain's report.
  /// - Throws: ``JournalFileError`` when the file cannot be opened or read.
  /// - Complexity: O(n) in the file's size, time and memory.
  public func read(expecting anchor: JournalAnchor? = nil) throws(JournalFileError) -> Journal {
    let file = try openLocked(exclusive: false)
    defer { file.close() }
    var reader = JournalReader(expecting: anchor)
    var lines: [JournalLine] = []
    try file.readChunks { chunk in reader.read(chunk) { lines.append($0) } }
    return Journal(lines: lines, report: reader.report())
  }

  /// Reads the journal under a shared lock, handing `body` its lines before the first break
  /// one at a time, straight from the file.
  ///
  /// - Returns: What `body` made of the lines, and the report on the whole file.
  /// - Complexity: O(n) time in the file's size; memory for one chunk and one line.
  package func replay<Result>(
    _ body: (JournalLines) -> Result
  ) throws(JournalFileError) -> (Result, ChainReport) {
    let file = try openLocked(exclusive: false)
    defer { file.close() }
    let lines = JournalLines(file)
    let result = body(lines)
    return (result, try lines.finish().report)
  }

  /// ``replay(_:)``, unless `body` finds the file is no journal and returns `nil`: then the
  /// rest of the file is not read (a 4 GB file of zeros is not scanned to its end).
  package func replayIfJournal<Result>(
    _ body: (JournalLines) -> Result?
  ) throws(JournalFileError) -> (Result, ChainReport)? {
    let file = try openLocked(exclusive: false)
    defer { file.close() }
    let lines = JournalLines(file)
    guard let result = body(lines) else {
      lines.stop()  // its reading thread, before the file is closed
      return nil
    }
    return (result, try lines.finish().report)
  }

  /// Checks the journal's chain under a shared lock without keeping its lines in memory.
  ///
  /// - Complexity: O(n) time in the file's size; memory for the longest line only.
  ///
  /// - Parameter anchor: the anchor from the signed paper, if the journal must match one.
  /// - Returns: the report: intact or where broken, a torn tail, and how it stands to `anchor`.
  /// - Throws: ``JournalFileError`` when the file cannot be opened or read.
  public func verify(expecting anchor: JournalAnchor? = nil) throws(JournalFileError)
    -> ChainReport
  {
    let file = try openLocked(exclusive: false)
    defer { file.close() }
    var reader = JournalReader(expecting: anchor)
    try file.readChunks { reader.read($0) }
    return reader.report()
  }

  /// Opens the journal and takes its lock, for reading (shared) or writing (exclusive,
  /// appending).
  ///
  /// A `session repair` replaces the file by a rename while others may be waiting for the
  /// lock on the old one; whoever gets a lock on a file the path no longer names opens the
  /// path again, so that nothing is ever appended to a journal that is gone.
  package func openLocked(exclusive: Bool) throws(JournalFileError) -> JournalDescriptor {
    while true {
      let file = try JournalDescriptor.open(
        path, flags: exclusive ? O_RDWR | O_APPEND : O_RDONLY, system: system)
      do {
        try file.lock(exclusive: exclusive)
      } catch {
        file.close()
        throw error
      }
      // Without an identity to compare (fstat failed) the file is used as it is.
      guard let identity = file.identity(), identity != FileIdentity(path: path) else {
        return file
      }
      file.close()
    }
  }
}
