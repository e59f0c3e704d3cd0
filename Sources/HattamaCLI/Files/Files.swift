import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading input files and writing output files, with errors a person can act on.
enum Files {
  /// The bytes of a file, or standard input for `-`.
  static func read(_ path: String) throws(CLIError) -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .input(file: path, message: "no such file. Check the path.")
    }
    guard !isDirectory.boolValue else {
      throw .input(file: path, message: "is a directory; give a file.")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .input(file: path, message: "cannot be read; check its permissions.")
    }
    return Array(data)
  }

  /// At most the first `limit` bytes of a file.
  static func readPrefix(_ path: String, upTo limit: Int) throws(CLIError) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .input(file: path, message: "cannot be read: \(errorText()).")
    }
    defer { try? handle.close() }
    do {
      return Array(try handle.read(upToCount: limit) ?? Data())
    } catch {
      throw .input(file: path, message: "cannot be read: \(error.localizedDescription).")
    }
  }

  /// Replaces `path` with `text` atomically, readable only by its owner (000 ¶21: results are
  /// confidential): a temporary file in the same folder is written, synced, and renamed.
  static func writeConfidential(_ text: String, to path: String) throws(CLIError) {
    let directory = (path as NSString).deletingLastPathComponent
    let temporary =
      (directory.isEmpty ? "." : directory)
      + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .io(file: path, message: "cannot be created: \(errorText()).") }
    // The journal's own write loop and sync: interruptions retried, a short write continued,
    // a write of nothing taken for a full disk.
    let descriptor = JournalDescriptor(fd: fd, path: temporary, system: .live)
    var failure: Int32?
    do throws(SystemError) {
      try descriptor.writeAll(Array(text.utf8))
      guard fchmod(fd, 0o600) == 0 else { throw SystemError(errno: errno) }
      try descriptor.sync()
    } catch {
      failure = error.errno
    }
    close(fd)
    guard failure == nil, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(failure ?? errno))
      unlink(temporary)
      throw .io(file: path, message: "could not be written: \(reason).")
    }
  }

  /// The text of the current `errno`.
  static func errorText() -> String { String(cString: strerror(errno)) }
}
