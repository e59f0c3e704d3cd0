import Foundation
import HattamaJournal
import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary file `.NAME.PID.RANDOM.tmp` an output is written to before it is renamed.
extension OutputFile {
  /// A new temporary file's name: this process's id, so that a later run can tell whether it
  /// is still being written, and 64 random bits.
  func temporaryName() -> String {
    var generator = SystemRandomNumberGenerator()
    let hex = String(generator.next() as UInt64, radix: 16)
    let random = String(repeating: "0", count: 16 - hex.count) + hex
    return ".\(name).\(getpid()).\(random).tmp"
  }

  /// Temporary files of earlier runs for this name whose process no longer exists (killed).
  func removeStaleTemporaries(in folder: Int32) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return
    }
    let prefix = ".\(name)."
    for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
      let parts = entry.dropFirst(prefix.count).dropLast(4).split(separator: ".")
      guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, parts[1].count == 16 else {
        continue
      }
      if kill(pid, 0) == -1, errno == ESRCH { _ = system.unlinkat(folder, entry) }
    }
  }

  /// Removes the temporary file of a write that failed; the end of the failure's sentence,
  /// which names the file when it stays, since it may hold the confidential text (000 ¶21).
  func remove(_ temporary: String, in folder: Int32) -> Phrase {
    guard retrying({ system.unlinkat(folder, temporary) }) != 0 else {
      return Phrase(verbatim: ".")
    }
    let (file, reason) = ("\(directory)/\(temporary)", String(cString: strerror(errno)))
    return Phrase(
      kk: "; оның уақытша файлы '\(file)' жойылмады (\(reason)): оны жойыңыз, онда шығыс мәтіні "
        + "болуы мүмкін.",
      ru: "; его временный файл '\(file)' не удалось удалить (\(reason)): удалите его, в нём "
        + "может быть текст вывода.",
      en: "; its temporary file '\(file)' could not be removed (\(reason)): delete it, it may "
        + "hold the output.")
  }
}
