import HattamaJournal
import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an output may replace: a regular file that is no journal and none of the inputs.
extension OutputFile {
  /// Refuses what is at the path unless it is a regular file the output may replace.
  func checkTarget(in folder: Int32) throws(CLIError) {
    if name.hasSuffix(".broken") { throw refused(.broken) }
    var status = stat()
    guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
      if errno == ENOENT { return }
      throw failure(
        Phrase(kk: "тексерілмейді", ru: "не удаётся проверить", en: "cannot be checked"), errno)
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFLNK: throw refused(.symbolicLink)
    case S_IFDIR: throw .input(file: path, message: Self.isFolder)
    default: throw refused(.notRegular)
    }
    if try holdsJournalText(in: folder) { throw refused(.journal) }
    if isInput(status) { throw refused(.input) }
  }

  private func isInput(_ target: stat) -> Bool {
    inputs.contains { input in
      var status = stat()
      return input != "-" && stat(input, &status) == 0 && status.st_dev == target.st_dev
        && status.st_ino == target.st_ino
    }
  }

  /// Whether the file begins as a journal line does, `{"seq":` (a journal, or the torn line
  /// `session repair` keeps), or its start names the journal format.
  private func holdsJournalText(in folder: Int32) throws(CLIError) -> Bool {
    let fd = retrying {
      system.openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0)
    }
    guard fd >= 0 else {
      throw failure(
        Phrase(
          kk: "тексеру үшін оқылмайды", ru: "не удаётся прочитать для проверки",
          en: "cannot be read to check it"), errno)
    }
    defer { close(fd) }
    var start = [UInt8](repeating: 0, count: 4096)
    let count = start.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }
    let head = start[0..<count]
    return head.starts(with: Array(#"{"seq":"#.utf8))
      || String(decoding: head, as: UTF8.self).contains(JournalLine.format)
  }
}
