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
/// with a valid chain.
public struct JournalFile: Sendable {
  public let path: String
  let system: SystemCalls

  public init(path: String) {
    self.init(path: path, system: .live)
  }

  init(path: String, system: SystemCalls) {
    self.path = path
    self.system = system
  }

  /// Where `session repair` keeps a torn line's bytes: `J.jsonl.broken`.
  public var brokenPath: String { path + ".broken" }

  /// Creates the journal with its `open` line.
  ///
  /// The file is created exclusively (an existing path or a symbolic link is refused and left
  /// alone), with mode 0600 whatever the umask; the line, the file and its directory are
  /// synced before this returns. On failure the new file is removed again.
  ///
  /// - Returns: The anchor `1:HEX` of the new journal.
  /// - Throws: ``JournalFileError``.
  @discardableResult
  public func create(
    nonce: JournalNonce, draft: JournalDraft, methodology: JournalMethodology? = nil
  ) throws(JournalFileError) -> JournalAnchor {
    let line = JournalLine.opening(nonce: nonce, draft: draft, methodology: methodology)
    let bytes = line.encoded()
    let file = try JournalDescriptor.createExclusively(path, system: system)
    do throws(JournalFileError) {
      try file.lock(exclusive: true)
      do throws(SystemError) {
        try file.writeAll(bytes + [0x0A])
      } catch {
        throw .writeFailed(path: path, errno: error.errno, rolledBack: true)
      }
      do throws(SystemError) {
        try file.sync()
      } catch {
        throw .syncFailed(path: path, errno: error.errno, rolledBack: true)
      }
      try JournalDescriptor.syncDirectory(of: path, system: system)
    } catch {
      // The file is ours (O_EXCL created it): a failed open leaves no journal behind.
      unlink(path)
      file.close()
      throw error
    }
    file.close()
    return JournalAnchor(events: 1, head: SHA256.hash(bytes).hex)
  }

  /// Reads the whole journal under a shared lock.
  ///
  /// A broken chain or a torn tail is reported in the result's ``Journal/report``, not thrown:
  /// `verify` and `status` must show it.
  ///
  /// - Throws: ``JournalFileError`` when the file cannot be opened or read.
  public func read(expecting anchor: JournalAnchor? = nil) throws(JournalFileError) -> Journal {
    let file = try JournalDescriptor.open(path, flags: O_RDONLY, system: system)
    defer { file.close() }
    try file.lock(exclusive: false)
    return try Self.readJournal(file, expecting: anchor).0
  }

  /// Checks the journal's chain under a shared lock without keeping its lines in memory.
  ///
  /// - Complexity: O(n) time in the file's size; memory for the longest line only.
  public func verify(expecting anchor: JournalAnchor? = nil) throws(JournalFileError)
    -> ChainReport
  {
    let file = try JournalDescriptor.open(path, flags: O_RDONLY, system: system)
    defer { file.close() }
    try file.lock(exclusive: false)
    var reader = JournalReader(expecting: anchor)
    try file.readChunks { reader.read($0) }
    return reader.report()
  }

  /// Appends one event under an exclusive lock, chosen from the journal as it is now.
  ///
  /// Under the lock: reads the whole journal, refuses to go on if it is torn or tampered, calls
  /// `compose` with it, writes the event's line in full, syncs it, and unlocks. `compose`
  /// decides from this fresh state (another process may have appended since the caller last
  /// looked) and throws to refuse; nothing is written then. A failed write or sync cuts the
  /// file back to its previous length and is reported, never retried.
  ///
  /// - Parameter compose: The event to append and a value to hand back to the caller, or a
  ///   thrown refusal.
  /// - Returns: The line appended, the new anchor, and what `compose` returned.
  /// - Throws: ``JournalAppendError/refused(_:)`` with `compose`'s error, or
  ///   ``JournalAppendError/file(_:)``.
  /// - Complexity: O(n) in the journal's size: the whole journal is read, nothing is rewritten.
  @discardableResult
  public func append<Output, Refusal: Error>(
    _ compose: (Journal) throws(Refusal) -> (event: JournalEvent, output: Output)
  ) throws(JournalAppendError<Refusal>) -> JournalAppended<Output> {
    let file: JournalDescriptor
    let journal: Journal
    let length: Int
    let head: ChainHead
    do throws(JournalFileError) {
      file = try JournalDescriptor.open(path, flags: O_RDWR | O_APPEND, system: system)
      do throws(JournalFileError) {
        try file.lock(exclusive: true)
        (journal, length) = try Self.readJournal(file, expecting: nil)
        head = try Self.appendableHead(journal.report, path: path)
      } catch {
        file.close()
        throw error
      }
    } catch {
      throw .file(error)
    }
    defer { file.close() }
    let composed: (event: JournalEvent, output: Output)
    do throws(Refusal) {
      composed = try compose(journal)
    } catch {
      throw .refused(error)
    }
    let line = JournalLine.appending(composed.event, after: head)
    do throws(JournalFileError) {
      let anchor = try Self.write(
        line, to: file, restoringLength: length, lineCount: journal.report.lineCount)
      return JournalAppended(line: line, anchor: anchor, output: composed.output)
    } catch {
      throw .file(error)
    }
  }

  /// Appends an event that needs no look at the journal.
  @discardableResult
  public func append(_ event: JournalEvent) throws(JournalFileError) -> JournalAppended<Void> {
    do {
      return try append { (_) throws(Never) in (event: event, output: ()) }
    } catch {
      switch error {
      case .file(let error): throw error
      case .refused(let never): switch never {}
      }
    }
  }

  /// Reads the whole open file: its journal, and its length in bytes.
  static func readJournal(
    _ file: JournalDescriptor, expecting anchor: JournalAnchor?
  ) throws(JournalFileError) -> (Journal, length: Int) {
    var reader = JournalReader(expecting: anchor)
    var lines: [JournalLine] = []
    var length = 0
    try file.readChunks { chunk in
      length += chunk.count
      reader.read(chunk) { lines.append($0) }
    }
    return (Journal(lines: lines, report: reader.report()), length)
  }

  /// The head to append after; throws when the journal is tampered or torn.
  static func appendableHead(
    _ report: ChainReport, path: String
  ) throws(JournalFileError) -> ChainHead {
    if let firstBreak = report.firstBreak { throw .tampered(path: path, firstBreak) }
    if let tornTail = report.tornTail { throw .torn(path: path, tornTail) }
    guard let head = report.head else {
      throw .tampered(path: path, ChainBreak(line: 1, reason: .missingOpen))
    }
    return head
  }

  /// Writes `line` and its newline at the end of `file` and syncs it; on failure cuts the file
  /// back to `restoringLength` bytes and reports the failure.
  ///
  /// - Returns: The anchor of the journal ending in `line`, its `lineCount + 1`-th line.
  static func write(
    _ line: JournalLine, to file: JournalDescriptor, restoringLength length: Int, lineCount: Int
  ) throws(JournalFileError) -> JournalAnchor {
    let bytes = line.encoded()
    do throws(SystemError) {
      try file.writeAll(bytes + [0x0A])
    } catch {
      let rolledBack = file.truncate(to: length)
      throw .writeFailed(path: file.path, errno: error.errno, rolledBack: rolledBack)
    }
    do throws(SystemError) {
      try file.sync()
    } catch {
      // After a failed fsync the kernel may have dropped the line's pages: the line is cut off
      // so that the file agrees with the failure reported.
      let rolledBack = file.truncate(to: length)
      throw .syncFailed(path: file.path, errno: error.errno, rolledBack: rolledBack)
    }
    return JournalAnchor(events: lineCount + 1, head: SHA256.hash(bytes).hex)
  }
}

/// What ``JournalFile/append(_:)`` wrote.
public struct JournalAppended<Output> {
  /// The line appended.
  public var line: JournalLine
  /// The journal's anchor with that line.
  public var anchor: JournalAnchor
  /// What the caller's closure returned with the event.
  public var output: Output
}

extension JournalAppended: Sendable where Output: Sendable {}
