import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension JournalFile {
  /// Creates the journal with its `open` line: the draft and, when given, the methodology that
  /// governs the sitting.
  ///
  /// The file is created exclusively (an existing path or a symbolic link is refused and left
  /// alone), with mode 0600 whatever the umask; the line, the file and its directory are
  /// synced before this returns. On failure the new file is removed again.
  ///
  /// An `open` killed before it answered leaves a file without one complete line: empty, or
  /// the first line torn. Such a file held nothing anyone was told was recorded, so it is taken
  /// for that interrupted `open`: its bytes are moved aside to ``brokenPath`` (kept, as a
  /// repair keeps torn bytes) and the journal is created anew. A file with a complete line is
  /// a journal and is refused, whatever follows.
  ///
  /// - Returns: The anchor `1:HEX` of the new journal, and where an interrupted open's bytes
  ///   went, if there were any.
  /// - Throws: ``JournalFileError``; ``JournalFileError/lineTooLong(path:line:limit:)`` for a
  ///   draft too large for line 1.
  ///
  /// - Parameters:
  ///   - nonce: 16 random bytes the caller drew, which make the chain this journal's own.
  ///   - draft: the record the sitting is held on, without sitting or motions.
  ///   - methodology: the methodology pinned in line 1, which governs every later command.
  @discardableResult
  public func create(
    nonce: JournalNonce, draft: JournalDraft, methodology: JournalMethodology? = nil
  ) throws(JournalFileError) -> JournalCreated {
    let line = JournalLine.opening(nonce: nonce, draft: draft, methodology: methodology)
    let bytes = line.encoded()
    let limit = JournalLine.maximumLength(ofLine: 1)
    guard bytes.count <= limit else { throw .lineTooLong(path: path, line: 1, limit: limit) }
    var movedAside: String?
    let file: JournalDescriptor
    do throws(JournalFileError) {
      file = try JournalDescriptor.createExclusively(path, system: system)
    } catch {
      guard case .alreadyExists = error, try moveInterruptedOpenAside() else { throw error }
      movedAside = brokenPath
      file = try JournalDescriptor.createExclusively(path, system: system)
    }
    do throws(JournalFileError) {
      try file.lock(exclusive: true)
      do throws(SystemError) {
        try file.writeAll(bytes + [0x0A])
      } catch {
        throw .system(.write, path: path, errno: error.errno)
      }
      do throws(SystemError) {
        try file.sync()
      } catch {
        throw .system(.sync, path: path, errno: error.errno)
      }
      try JournalDescriptor.syncDirectory(of: path, system: system)
    } catch {
      // The file is ours (O_EXCL created it): a failed open leaves no journal behind. If even
      // the unlink fails, what is left has no complete line: the next `open` clears it.
      _ = system.unlink(path)
      file.close()
      throw error
    }
    file.close()
    return JournalCreated(
      anchor: JournalAnchor(events: 1, head: SHA256.hash(bytes).hex), movedAside: movedAside)
  }

  /// Moves a file without one complete line (an interrupted `open`) to ``brokenPath``, under
  /// its lock so that an `open` still writing it is waited for.
  ///
  /// - Returns: `false` when the file holds a complete line (a journal: left alone).
  package func moveInterruptedOpenAside() throws(JournalFileError) -> Bool {
    let file = try openLocked(exclusive: true)
    defer { file.close() }
    let report = try JournalLines(file).finish().report
    guard try Self.isInterruptedOpen(file, report) else { return false }
    try moveAside(file, report)
    return true
  }

  /// What an `open` killed before it answered leaves: no complete line, and bytes that are
  /// empty or begin as the journal's `open` line begins (so that no other file, a sparse file
  /// of zeros say, is taken for one).
  package static func isInterruptedOpen(
    _ file: JournalDescriptor, _ report: ChainReport
  ) throws(JournalFileError) -> Bool {
    guard report.lineCount == 0, report.firstBreak?.reason == .missingOpen else { return false }
    let start = JournalLine.openingStart
    let count = min(start.count, report.tornTail?.byteCount ?? 0)
    return try file.read(count: count, at: 0) == Array(start.prefix(count))
  }

  /// Renames the locked `file`, an interrupted open, to ``brokenPath`` and syncs the directory.
  ///
  /// - Throws: ``JournalFileError/brokenFileExists(path:)`` when ``brokenPath`` holds other
  ///   bytes; a failed rename or sync.
  package func moveAside(_ file: JournalDescriptor, _ report: ChainReport) throws(JournalFileError) {
    let bytes = try file.read(count: report.tornTail?.byteCount ?? 0, at: 0)
    if let saved = try savedBroken(limit: bytes.count), saved != bytes {
      throw .brokenFileExists(path: brokenPath)
    }
    guard system.rename(path, brokenPath) == 0 else {
      throw .system(.rename, path: path, errno: errno)
    }
    try JournalDescriptor.syncDirectory(of: path, system: system)
  }

  /// The bytes of ``brokenPath`` (at most `limit` + 1 of them, enough to tell them from
  /// `limit` bytes); `nil` when there is no such file.
  package func savedBroken(limit: Int) throws(JournalFileError) -> [UInt8]? {
    let saved: JournalDescriptor
    do throws(JournalFileError) {
      saved = try JournalDescriptor.open(brokenPath, flags: O_RDONLY, system: system)
    } catch {
      if case .notFound = error { return nil }
      throw error
    }
    defer { saved.close() }
    return try saved.readAll(limit: limit + 1)
  }
}

/// What ``JournalFile/create(nonce:draft:)`` did.
public struct JournalCreated: Sendable, Equatable {
  /// The new journal's anchor `1:HEX`.
  public var anchor: JournalAnchor
  /// Where the bytes of an interrupted earlier `open` were moved, if there was one.
  public var movedAside: String?
}
