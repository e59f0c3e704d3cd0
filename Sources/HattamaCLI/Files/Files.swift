import Foundation
import HattamaJournal
import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading input files and writing output files, with errors a person can act on.
enum Files {
  /// The bytes of a file, or standard input for `-`: all of them, or at most the first `limit`.
  ///
  /// A failure says what the system said (`strerror`); only a refused permission adds "check
  /// its permissions", since that is the one a person fixes with `chmod`.
  ///
  /// - Parameter system: The calls that open the file: the journal's fault-injection seam; not
  ///   ``SystemCalls/live``, since reading an input is no step a crash test counts.
  static func read(
    _ path: String, upTo limit: Int = .max, system: SystemCalls = .system
  ) throws(CLIError) -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile().prefix(limit)) }
    let fd = system.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0)
    guard fd >= 0 else { throw readFailure(path, errno) }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw readFailure(path, errno) }
    guard status.st_mode & S_IFMT != S_IFDIR else {
      throw .input(
        file: path,
        message: Phrase(
          kk: "бұл қалта; файл беріңіз.", ru: "это папка; укажите файл.",
          en: "is a directory; give a file."))
    }
    // Opened without blocking so that a FIFO nobody writes to does not hang the open; read
    // blocking, so that a pipe (`<(…)`) is read to its end.
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(Int(status.st_size), limit))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count < limit {
      let wanted = min(chunk.count, limit - bytes.count)
      let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, wanted) }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { throw readFailure(path, errno) }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  private static func readFailure(_ path: String, _ code: Int32) -> CLIError {
    let reason = String(cString: strerror(code))
    switch code {
    case ENOENT:
      return .input(
        file: path,
        message: Phrase(
          kk: "мұндай файл жоқ. Жолын тексеріңіз.", ru: "такого файла нет. Проверьте путь.",
          en: "no such file. Check the path."))
    case EACCES:
      return .input(
        file: path,
        message: Phrase(
          kk: "оқылмайды: \(reason); оның рұқсаттарын тексеріңіз.",
          ru: "не удаётся прочитать: \(reason); проверьте права доступа.",
          en: "cannot be read: \(reason); check its permissions."))
    default:
      return .io(
        file: path,
        message: Phrase(
          kk: "оқылмайды: \(reason).", ru: "не удаётся прочитать: \(reason).",
          en: "cannot be read: \(reason)."))
    }
  }

  /// Writes `text` to `path` as ``OutputFile`` does: confidential, atomic, never over a journal,
  /// an input, a link or anything but a regular file.
  static func writeConfidential(
    _ text: String, to path: String, inputs: [String] = []
  ) throws(CLIError) {
    try OutputFile(path: path, inputs: inputs).write(text)
  }

  /// The text of the current `errno`.
  static func errorText() -> String { String(cString: strerror(errno)) }
}

// `read` is shadowed by the type's own method of that name.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
