// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Every message about a journal file, in one place: one sentence saying what is wrong and what
// to do, with the path in single quotes.

extension JournalFileError: CustomStringConvertible {
  /// One sentence saying what is wrong and what to do, with the path in single quotes.
  public var description: String {
    switch self {
    case .alreadyExists(let path):
      "'\(path)' already exists; give a new file for the journal, or go on with that one."
    case .symbolicLink(let path):
      "'\(path)' is a symbolic link; give the real path of the journal."
    case .notFound(let path):
      "Journal '\(path)' does not exist; check the path, or start one with 'hattama session open'."
    case .notRegularFile(let path):
      "'\(path)' is not a regular file; give the path of a journal."
    case .torn(let path, let tornTail):
      "Journal '\(path)' ends in \(tornTail), so nothing more can be recorded; run "
        + "'hattama session repair \(path)' to keep those bytes in '\(path).broken' and go on."
    case .tampered(let path, let chainBreak):
      "Journal '\(path)' has been altered: \(chainBreak); nothing was written, so keep the file "
        + "as it is and check it with 'hattama verify \(path)'."
    case .notTorn(let path):
      "Journal '\(path)' does not end in a torn line; there is nothing to repair."
    case .brokenFileExists(let path):
      "'\(path)' already exists and holds other bytes than the ones to keep now (an earlier "
        + "repair's); nothing was changed: move it aside, then run the repair again."
    case .linkedDirectory(let path, let directory):
      "The directory '\(directory)' of journal '\(path)' is a symbolic link; give the journal's "
        + "path through its real directory."
    case .lineTooLong(let path, let line, let limit):
      "Line \(line) of journal '\(path)' would be longer than \(limit) bytes, the most a journal "
        + "line may have; nothing was written."
    case .repairStopped(let path, let operation, let code):
      "Repairing '\(path)' stopped: cannot \(operation) (\(Self.reason(code))); the journal is "
        + "as it was, and any torn bytes already kept stay in '\(path).broken': fix the disk, "
        + "then run 'hattama session repair \(path)' again."
    case .repairNotFlushed(let path, let code):
      "'\(path)' was repaired, but flushing its directory failed (\(Self.reason(code))), so a "
        + "power cut could undo it: run 'hattama session repair \(path)' again to flush it."
    case .system(let operation, let path, let code):
      "Cannot \(operation) '\(path)': \(Self.reason(code))."
    case .writeFailed(let path, let code, let rolledBack):
      "Writing to '\(path)' failed (\(Self.reason(code)))\(Self.consequence(path, rolledBack))"
    case .syncFailed(let path, let code, let rolledBack):
      "Flushing '\(path)' to disk failed (\(Self.reason(code)))"
        + Self.consequence(path, rolledBack)
    }
  }

  private static func consequence(_ path: String, _ rolledBack: Bool) -> String {
    rolledBack
      ? "; the event was not recorded: fix the disk, then enter it again."
      : "; the journal may now end in a torn line: run 'hattama session repair \(path)' "
        + "before going on."
  }

  /// The system's text for an `errno`, without a final period.
  private static func reason(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}

extension JournalFileOperation: CustomStringConvertible {
  /// The operation's name, as the system call's failure message words it.
  public var description: String {
    switch self {
    case .open: "open"
    case .create: "create"
    case .chmod: "set the mode of"
    case .lock: "lock"
    case .read: "read"
    case .truncate: "cut the torn line off"
    case .syncDirectory: "flush the directory"
    case .rename: "rename"
    case .write: "write"
    case .sync: "flush to disk"
    }
  }
}
