import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalFile {
  /// Appends one event under an exclusive lock, chosen from the journal as it is now.
  ///
  /// Under the lock: hands `compose` the journal's lines before its first break, read from the
  /// file as `compose` asks for them (so that a replay holds the sitting's state, never the
  /// file), then reads whatever `compose` left, refuses to go on if the journal is torn or
  /// tampered (whatever `compose` said), writes the event's line in full, syncs it, and
  /// unlocks. `compose` decides from this fresh state (another process may have appended since
  /// the caller last looked) and throws to refuse; nothing is written then. A failed write or
  /// sync cuts the file back to its previous length and is reported, never retried.
  ///
  /// - Parameter compose: The event to append and a value to hand back to the caller, or a
  ///   thrown refusal.
  /// - Returns: The line appended, the new anchor, and what `compose` returned.
  /// - Throws: ``JournalAppendError/refused(_:)`` with `compose`'s error, or
  ///   ``JournalAppendError/file(_:)``.
  /// - Complexity: O(n) time in the journal's size, memory for one chunk, one line and what
  ///   `compose` keeps; nothing is rewritten.
  @discardableResult
  public func append<Output, Refusal: Error>(
    _ compose: (JournalLines) throws(Refusal) -> (event: JournalEvent, output: Output)
  ) throws(JournalAppendError<Refusal>) -> JournalAppended<Output> {
    let file: JournalDescriptor
    do throws(JournalFileError) {
      file = try openLocked(exclusive: true)
    } catch {
      throw .file(error)
    }
    defer { file.close() }
    let lines = JournalLines(file)
    let composed = Result { () throws(Refusal) in try compose(lines) }
    let report: ChainReport
    let length: Int
    let head: ChainHead
    do throws(JournalFileError) {
      (report, length) = try lines.finish()
      head = try Self.appendableHead(report, path: path)
    } catch {
      throw .file(error)
    }
    let event: JournalEvent
    let output: Output
    do throws(Refusal) {
      (event, output) = try composed.get()
    } catch {
      throw .refused(error)
    }
    let line = JournalLine.appending(event, after: head)
    do throws(JournalFileError) {
      let anchor = try Self.write(
        line, to: file, restoringLength: length, lineCount: report.lineCount)
      return JournalAppended(line: line, anchor: anchor, output: output)
    } catch {
      throw .file(error)
    }
  }

  /// Appends an event that needs no look at the journal.
  ///
  /// - Parameter event: the event to append, already checked by the caller.
  /// - Returns: the line appended and the new anchor.
  /// - Throws: ``JournalFileError`` when the journal cannot be opened, locked, read, is torn or
  ///   tampered, or the line cannot be written and synced; nothing is appended then.
  /// - Complexity: O(n) time in the journal's size, which is read to find the chain's head.
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

  /// The head to append after; throws when the journal is tampered or torn.
  package static func appendableHead(
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
  package static func write(
    _ line: JournalLine, to file: JournalDescriptor, restoringLength length: Int, lineCount: Int
  ) throws(JournalFileError) -> JournalAnchor {
    let bytes = line.encoded()
    let limit = JournalLine.maximumLength(ofLine: lineCount + 1)
    guard bytes.count <= limit else {
      throw .lineTooLong(path: file.path, line: lineCount + 1, limit: limit)
    }
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
