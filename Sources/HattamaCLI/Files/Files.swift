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
