import Foundation

/// A child process run to its end, for the tests that start the real binary or a shell.
enum ChildProcess {
  /// Runs `process` with its output discarded; what it wrote on standard error.
  static func errors(of process: Process) throws -> String {
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text
  }
}
