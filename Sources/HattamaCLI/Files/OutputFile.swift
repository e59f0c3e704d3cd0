import HattamaJournal
import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file a command writes with `-o`: confidential (000 ¶21), replaced atomically, and never
/// put where it would destroy something (README, "Output and failures").
///
/// It may replace only a regular file that is none of the command's inputs and no journal —
/// neither a file whose first line is a journal line or names `hattama.journal/1`, nor a
/// `.broken` file `session repair` keeps. A symbolic link is refused, whether it is the file or
/// the folder that holds it (the folder as named; folders further up are resolved as usual), so
/// that nothing is written somewhere the path does not show. Devices, FIFOs, sockets and folders
/// are refused. Every refusal is exit 2 and leaves everything as it was.
///
/// The text goes to a temporary file `.NAME.PID.RANDOM.tmp` (mode 0600) in the same folder,
/// which is synced, renamed over NAME, and the folder synced. A failure, SIGINT, SIGTERM or
/// SIGHUP removes the temporary file; after a `kill -9` it stays, readable by its owner only,
/// and the next `-o` to the same name removes it once its process is gone.
struct OutputFile {
  let path: String
  /// The paths the command reads, which the output must not replace.
  var inputs: [String] = []
  /// The calls that open the folder and the files, write, sync, rename and remove them: the
  /// journal's fault-injection seam.
  var system: SystemCalls = .live

  var directory: String { JournalDescriptor.directoryName(of: path) }
  var name: String { path.split(separator: "/").last.map(String.init) ?? "" }

  /// Refuses a path the text may not be written to; changes nothing.
  func check() throws(CLIError) {
    let folder = try openDirectory()
    defer { close(folder) }
    try checkTarget(in: folder)
  }

  /// Writes `text` to the path, replacing the regular file there, if any.
  func write(_ text: String) throws(CLIError) {
    let folder = try openDirectory()
    defer { close(folder) }
    try checkTarget(in: folder)
    removeStaleTemporaries(in: folder)
    let temporary = temporaryName()
    // Armed before the file exists, so that no signal finds it unwatched; a name that was never
    // created or is already renamed is simply not there to remove.
    TemporaryFileGuard.arm(directory: folder, name: temporary)
    defer { TemporaryFileGuard.disarm() }
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
    let fd = retrying { system.openat(folder, temporary, flags, 0o600) }
    guard fd >= 0 else {
      let code = errno
      throw failure(
        Phrase(kk: "жасалмайды", ru: "не удаётся создать", en: "cannot be created"), code)
    }
    // The journal's own write loop and sync: interruptions retried, a short write continued,
    // a write of nothing taken for a full disk.
    let descriptor = JournalDescriptor(fd: fd, path: temporary, system: system)
    var code: Int32?
    do throws(SystemError) {
      try descriptor.writeAll(Array(text.utf8))
      guard fchmod(fd, 0o600) == 0 else { throw SystemError(errno: errno) }
      try descriptor.sync()
    } catch {
      code = error.errno
    }
    close(fd)
    if code == nil, retrying({ system.renameat(folder, temporary, name) }) != 0 { code = errno }
    if let code {
      let left = remove(temporary, in: folder)
      throw failure(
        Phrase(kk: "жазылмады", ru: "не удалось записать", en: "could not be written"), code,
        then: left)
    }
    // The new name must survive a crash as the data does.
    guard retrying({ system.fsync(folder) }) == 0 else {
      throw failure(
        Phrase(
          kk: "жазылды, бірақ оның қалтасы синхрондалмады",
          ru: "записан, но его папку не удалось синхронизировать",
          en: "was written, but its folder could not be synced"), errno)
    }
  }

  /// The folder, opened without following a symbolic link in its last component.
  private func openDirectory() throws(CLIError) -> Int32 {
    guard !name.isEmpty, name != ".", name != "..", !path.hasSuffix("/") else {
      throw .input(file: path, message: Self.isFolder)
    }
    let fd = retrying { system.open(directory, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0) }
    guard fd < 0 else { return fd }
    let code = errno
    var status = stat()
    if lstat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
      throw .input(
        file: path,
        message: Phrase(
          kk: "жазылмайды: оның '\(directory)' қалтасы — символдық сілтеме, hattama ол арқылы "
            + "жазбайды. Сілтеме көрсететін қалтаның жолын беріңіз.",
          ru: "не удаётся записать: его папка '\(directory)' — символическая ссылка, через "
            + "которую hattama не пишет. Укажите путь к папке, на которую она указывает.",
          en: "cannot be written: its folder '\(directory)' is a symbolic link, which hattama "
            + "does not write through. Give the path of the folder it points to."))
    }
    if code == ENOENT {
      throw .input(
        file: path,
        message: Phrase(
          kk: "жазылмайды: '\(directory)' қалтасы жоқ.",
          ru: "не удаётся записать: папки '\(directory)' нет.",
          en: "cannot be written: the folder '\(directory)' does not exist."))
    }
    throw failure(
      Phrase(
        kk: "жазылмайды: '\(directory)' қалтасы ашылмайды",
        ru: "не удаётся записать: папку '\(directory)' не удаётся открыть",
        en: "cannot be written: the folder '\(directory)' cannot be opened"), code)
  }

  func refused(_ reason: OutputRefusal) -> CLIError {
    .input(file: path, message: reason.sentence)
  }

  /// "WHAT: REASON." after the file's name; `end` instead of the full stop.
  func failure(
    _ what: Phrase, _ code: Int32, then end: Phrase = Phrase(verbatim: ".")
  ) -> CLIError {
    .io(file: path, message: what + Phrase(verbatim: ": \(String(cString: strerror(code)))") + end)
  }

  static let isFolder = Phrase(
    kk: "бұл қалта; шығысқа файл атауын беріңіз.", ru: "это папка; укажите имя файла для вывода.",
    en: "is a folder; give a file name for the output.")
}
