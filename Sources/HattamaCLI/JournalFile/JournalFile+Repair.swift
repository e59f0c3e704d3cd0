import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalFile {
  /// Repairs a torn last line, the only damage a crash can cause (SPEC, "Crash safety").
  ///
  /// Under the exclusive lock: saves the torn bytes to ``brokenPath`` (created exclusively,
  /// mode 0600, synced), cuts the journal back to its last newline, syncs it, and appends a
  /// `repair` event recording how many bytes were cut and their SHA-256, so the chain itself
  /// says what happened. Damage anywhere else is tampering: it is refused and nothing changes.
  ///
  /// - Returns: What was cut, where it was saved, and the journal's new anchor.
  /// - Throws: ``JournalFileError/notTorn(path:)``, ``JournalFileError/tampered(path:_:)``,
  ///   ``JournalFileError/brokenFileExists(path:)`` with nothing changed, or a failed write.
  public func repair() throws(JournalFileError) -> JournalRepaired {
    let file = try JournalDescriptor.open(path, flags: O_RDWR | O_APPEND, system: system)
    defer { file.close() }
    try file.lock(exclusive: true)
    let (journal, _) = try Self.readJournal(file, expecting: nil)
    let report = journal.report
    if let firstBreak = report.firstBreak { throw .tampered(path: path, firstBreak) }
    guard let tornTail = report.tornTail else { throw .notTorn(path: path) }
    guard let head = report.head else {
      throw .tampered(path: path, ChainBreak(line: 1, reason: .missingOpen))
    }
    let torn = try file.read(count: tornTail.byteCount, at: tornTail.offset)
    try saveBroken(torn)
    guard file.truncate(to: tornTail.offset) else {
      let code = errno
      // The journal still holds the torn bytes; the copy would only confuse a second attempt.
      unlink(brokenPath)
      throw .system(.truncate, path: path, errno: code)
    }
    let line = JournalLine.appending(
      .repair(tornBytes: tornTail.byteCount, tornSHA256: tornTail.sha256), after: head)
    let anchor = try Self.write(
      line, to: file, restoringLength: tornTail.offset, lineCount: report.lineCount)
    return JournalRepaired(brokenPath: brokenPath, tornTail: tornTail, line: line, anchor: anchor)
  }

  /// Writes the torn bytes to a new `.broken` file and syncs it and its directory.
  private func saveBroken(_ bytes: [UInt8]) throws(JournalFileError) {
    let broken: JournalDescriptor
    do throws(JournalFileError) {
      broken = try JournalDescriptor.createExclusively(brokenPath, system: system)
    } catch {
      if case .alreadyExists = error { throw .brokenFileExists(path: brokenPath) }
      throw error
    }
    defer { broken.close() }
    do throws(JournalFileError) {
      do throws(SystemError) {
        try broken.writeAll(bytes)
        try broken.sync()
      } catch {
        throw .writeFailed(path: brokenPath, errno: error.errno, rolledBack: true)
      }
      try JournalDescriptor.syncDirectory(of: brokenPath, system: system)
    } catch {
      unlink(brokenPath)
      throw error
    }
  }
}

/// What ``JournalFile/repair()`` did.
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
