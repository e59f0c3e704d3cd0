import HattamaKit

/// Why a journal file could not be created, read, appended to or repaired.
///
/// Whatever the case, the journal is as it was before the call, except where
/// ``rolledBack`` is `false`.
public enum JournalFileError: Error, Sendable, Equatable {
  /// `session open` onto a path that exists.
  case alreadyExists(path: String)
  /// The path is a symbolic link; journals are never followed through one.
  case symbolicLink(path: String)
  /// No file at the path.
  case notFound(path: String)
  /// A directory, a device or another non-regular file.
  case notRegularFile(path: String)
  /// The journal ends in a torn line: appends wait for `session repair`.
  case torn(path: String, TornTail)
  /// The hash chain is broken (or there is no complete line): nothing is appended or repaired.
  case tampered(path: String, ChainBreak)
  /// `session repair` on a journal with no torn last line.
  case notTorn(path: String)
  /// `session repair` would save the torn bytes where a file with other bytes already is.
  case brokenFileExists(path: String)
  /// The directory the path names is a symbolic link; journals are not reached through one.
  case linkedDirectory(path: String, directory: String)
  /// Line `line` would be, or is, longer than `JournalLine.maximumLength(ofLine:)`.
  case lineTooLong(path: String, line: Int, limit: Int)
  /// `session repair` stopped before it replaced the journal: the journal is as it was.
  case repairStopped(path: String, JournalFileOperation, errno: Int32)
  /// `session repair` replaced the journal, but the directory could not be flushed.
  case repairNotFlushed(path: String, errno: Int32)
  /// A system call failed before anything was written.
  case system(JournalFileOperation, path: String, errno: Int32)
  /// Writing the line failed (a full disk, an I/O error); `rolledBack` tells whether the
  /// file was cut back to its previous length.
  case writeFailed(path: String, errno: Int32, rolledBack: Bool)
  /// `fsync` failed after the line was written, so it may not be on disk; `rolledBack` tells
  /// whether the line was cut off again.
  case syncFailed(path: String, errno: Int32, rolledBack: Bool)
}

/// The system call that failed, for messages.
public enum JournalFileOperation: Sendable, Equatable {
  /// Opening the journal.
  case open
  /// Creating it exclusively.
  case create
  /// Setting its mode to 0600.
  case chmod
  /// Taking its lock (`flock`).
  case lock
  /// Reading it.
  case read
  /// Cutting it back to a length, as after a failed write.
  case truncate
  /// Syncing its directory, so that a new or renamed file survives a power cut.
  case syncDirectory
  /// Renaming: the repaired journal over the old one, torn bytes to `J.broken`, an
  /// interrupted open's file aside.
  case rename
  /// Writing a line.
  case write
  /// Syncing the file (`fsync`).
  case sync
}

/// What an append closure's refusal or the file became: the caller's own error, untouched,
/// or a file error.
public enum JournalAppendError<Refusal: Error>: Error {
  /// The caller refused to append (a procedural rule); nothing was written.
  case refused(Refusal)
  /// The journal could not be opened, read, trusted or written; see ``JournalFileError``.
  case file(JournalFileError)
}
