import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalFile {
  /// Repairs a torn last line, the only damage a crash can cause (SPEC, "Crash safety"), as a
  /// protocol that a crash at any point leaves either as it was, or repaired, or in a state
  /// the next `repair` finishes (issue 13).
  ///
  /// Under the exclusive lock, the journal `J` being its complete lines `C` and torn bytes `T`:
  ///
  /// 1. **Keep `T`.** If `J.broken` exists it must hold exactly `T` (a repair interrupted after
  ///    this step) and is used as it is; other bytes are an earlier repair's and are refused,
  ///    nothing changed. Otherwise `T` is written to `J.broken.tmp`, synced, renamed to
  ///    `J.broken`, and the directory synced: `T` is durable before anything else happens.
  /// 2. **Build the repaired journal aside.** `C` and the `repair` line (the count and SHA-256
  ///    of `T`) are written to `J.repair.tmp` and synced.
  /// 3. **Commit.** `J.repair.tmp` is renamed over `J` — one atomic step from the old journal
  ///    to the repaired one: no reader ever sees `J` cut without its repair event.
  /// 4. **Sync the directory**, so that the rename survives a power cut. The new journal is
  ///    locked from its creation until this is done: an appender who opens it after the rename
  ///    waits, so no event is acknowledged on a rename a power cut could still undo.
  ///
  /// A crash before 3 leaves the old `J` (torn, so every command still says to repair) with,
  /// at most, `J.broken` holding `T` — which step 1 recognises — and temporary files, which
  /// only ever hold copies of bytes still in `J` and are overwritten by the next run. A crash
  /// after 3 leaves the repaired journal, or after a power cut before 4 the old one again. On
  /// a journal that is not torn, a last line that is a `repair` event matching `J.broken` is
  /// an earlier repair that may have missed step 4: the file and directory are synced again
  /// and it is reported done. A failure (not a crash) before 3 removes the temporary files and
  /// leaves `J` as it was, `J.broken` kept for the next run.
  ///
  /// Processes waiting for the lock on the old `J` reopen the path once they get it
  /// (``openLocked(exclusive:)``), so nothing is appended to the file the rename replaced.
  /// A file without one complete line is an interrupted `open`: it is moved to `J.broken`
  /// for `session open` to start again. Damage anywhere else is tampering: it is refused and
  /// nothing changes.
  ///
  /// - Throws: ``JournalFileError/notTorn(path:)``, ``JournalFileError/tampered(path:_:)``,
  ///   ``JournalFileError/brokenFileExists(path:)`` with nothing changed,
  ///   ``JournalFileError/repairStopped(path:_:errno:)`` with the journal as it was, or
  ///   ``JournalFileError/repairNotFlushed(path:errno:)`` after the commit.
  ///
  /// - Returns: `repaired` with the torn bytes' file, the `repair` line and the new anchor;
  ///   `alreadyRepaired` for an earlier repair completed now; `interruptedOpen` for a file
  ///   without a complete line.
  /// - Complexity: O(n) time in the journal's size: the repaired journal is written anew.
  public func repair() throws(JournalFileError) -> JournalRepair {
    let file = try openLocked(exclusive: true)
    defer { file.close() }
    let lines = JournalLines(file)
    var last: JournalLine?
    for line in lines { last = line }
    let (report, _) = try lines.finish()
    if try Self.isInterruptedOpen(file, report) {
      try moveAside(file, report)
      return .interruptedOpen(brokenPath: brokenPath)
    }
    if let firstBreak = report.firstBreak { throw .tampered(path: path, firstBreak) }
    guard let head = report.head, let anchor = report.anchor else {
      throw .tampered(path: path, ChainBreak(line: 1, reason: .missingOpen))
    }
    guard let tornTail = report.tornTail else {
      return try finishEarlierRepair(file, last: last, anchor: anchor)
    }
    let torn = try file.read(count: tornTail.byteCount, at: tornTail.offset)
    try keepTorn(torn)
    let line = JournalLine.appending(
      .repair(tornBytes: tornTail.byteCount, tornSHA256: tornTail.sha256), after: head)
    let repairedFile = try commit(copying: tornTail.offset, of: file, then: line)
    defer { repairedFile.close() }
    do {
      try JournalDescriptor.syncDirectory(of: path, system: system)
    } catch {
      throw .repairNotFlushed(path: path, errno: Self.code(of: error))
    }
    let repaired = JournalAnchor(
      events: report.lineCount + 1, head: SHA256.hash(line.encoded()).hex)
    return .repaired(
      JournalRepaired(brokenPath: brokenPath, tornTail: tornTail, line: line, anchor: repaired))
  }

  /// Step 1: `torn` durable in ``brokenPath``, or found there already.
  private func keepTorn(_ torn: [UInt8]) throws(JournalFileError) {
    if let saved = try savedBroken(limit: torn.count) {
      guard saved == torn else { throw .brokenFileExists(path: brokenPath) }
      return
    }
    let temporary = brokenPath + ".tmp"
    try writeAside(temporary) { (copy) throws(JournalFileError) in
      try stopped(.write) { () throws(SystemError) in try copy.writeAll(torn) }
    }.close()
    guard system.rename(temporary, brokenPath) == 0 else {
      let code = errno
      _ = system.unlink(temporary)
      throw .repairStopped(path: path, .rename, errno: code)
    }
    do {
      try JournalDescriptor.syncDirectory(of: brokenPath, system: system)
    } catch {
      throw .repairStopped(path: path, .syncDirectory, errno: Self.code(of: error))
    }
  }

  /// Steps 2 and 3: the first `length` bytes of `file` and `line` written to a new file, which
  /// then replaces the journal.
  ///
  /// - Returns: The new journal, still locked, so that an appender who opens it after the
  ///   rename waits until the directory is synced: an event acknowledged on it cannot be lost
  ///   with a rename a power cut undoes.
  private func commit(
    copying length: Int, of file: JournalDescriptor, then line: JournalLine
  ) throws(JournalFileError) -> JournalDescriptor {
    let temporary = path + ".repair.tmp"
    let copy = try writeAside(temporary) { (copy) throws(JournalFileError) in
      var position = 0
      while position < length {
        let chunk = try file.read(count: min(1 << 16, length - position), at: position)
        try stopped(.write) { () throws(SystemError) in try copy.writeAll(chunk) }
        position += chunk.count
      }
      try stopped(.write) { () throws(SystemError) in try copy.writeAll(line.encoded() + [0x0A]) }
    }
    guard system.rename(temporary, path) == 0 else {
      let code = errno
      _ = system.unlink(temporary)
      copy.close()
      throw .repairStopped(path: path, .rename, errno: code)
    }
    return copy
  }

  /// Creates `temporary` (mode 0600, emptied if a crash left it) and locks it, fills it with
  /// `fill`, syncs it; on failure removes it.
  ///
  /// - Returns: The file, open and locked; the caller closes it.
  @discardableResult
  private func writeAside(
    _ temporary: String, _ fill: (JournalDescriptor) throws(JournalFileError) -> Void
  ) throws(JournalFileError) -> JournalDescriptor {
    let copy: JournalDescriptor
    do {
      copy = try JournalDescriptor.createExclusively(temporary, replacing: true, system: system)
      try copy.lock(exclusive: true)
    } catch {
      throw .repairStopped(path: path, .create, errno: Self.code(of: error))
    }
    do throws(JournalFileError) {
      try fill(copy)
      try stopped(.sync) { () throws(SystemError) in try copy.sync() }
    } catch {
      _ = system.unlink(temporary)
      copy.close()
      throw error
    }
    return copy
  }

  /// A journal that is not torn, ending in the `repair` event of the bytes in ``brokenPath``:
  /// an earlier repair, flushed again in case its last step was lost.
  private func finishEarlierRepair(
    _ file: JournalDescriptor, last: JournalLine?, anchor: JournalAnchor
  ) throws(JournalFileError) -> JournalRepair {
    guard case .repair(let count, let sha256) = last?.event,
      let saved = try savedBroken(limit: count), SHA256.hash(saved) == sha256
    else { throw .notTorn(path: path) }
    do {
      try stopped(.sync) { () throws(SystemError) in try file.sync() }
      try JournalDescriptor.syncDirectory(of: path, system: system)
    } catch {
      throw .repairNotFlushed(path: path, errno: Self.code(of: error))
    }
    return .alreadyRepaired(brokenPath: brokenPath, anchor: anchor)
  }

  private func stopped(
    _ operation: JournalFileOperation, _ call: () throws(SystemError) -> Void
  ) throws(JournalFileError) {
    do throws(SystemError) { try call() } catch {
      throw .repairStopped(path: path, operation, errno: error.errno)
    }
  }

  /// The `errno` a file error carries, for the repair's own errors.
  private static func code(of error: JournalFileError) -> Int32 {
    switch error {
    case .system(_, _, let code), .writeFailed(_, let code, _), .syncFailed(_, let code, _),
      .repairStopped(_, _, let code), .repairNotFlushed(_, let code):
      code
    default: EIO
    }
  }
}

/// What ``JournalFile/repair()`` did.
public enum JournalRepair: Sendable, Equatable {
  /// The torn line was cut, kept in `.broken` and recorded.
  case repaired(JournalRepaired)
  /// An earlier repair had done it all; its journal and directory were synced again.
  case alreadyRepaired(brokenPath: String, anchor: JournalAnchor)
  /// The file had no complete line (an `open` that never finished): moved aside whole.
  case interruptedOpen(brokenPath: String)
}

/// What a repair of a torn line did.
public struct JournalRepaired: Sendable, Equatable {
  /// Where the torn bytes were saved.
  public var brokenPath: String
  /// The torn bytes cut off: their count and SHA-256.
  public var tornTail: TornTail
  /// The `repair` line appended.
  public var line: JournalLine
  /// The journal's anchor after the repair.
  public var anchor: JournalAnchor
}
