import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A `protocol -o` ended by a signal while its temporary file exists leaves no copy of the
/// results behind (000 ¶21; README, "Output and failures").
@Suite("protocol -o stopped by a signal leaves no temporary file", .serialized)
struct OutputSignalTests {
  static let binary = SessionProcessTests.binary

  /// calibration-valid.json with a conclusion of 3 MB, so that writing takes long enough for
  /// the test to see the temporary file and signal the process while it is there.
  static func bigRecord(in folder: String) throws -> String {
    let text = try ExampleFiles.text("calibration-valid.json")
    let long = String(repeating: "x", count: 3_000_000)
    guard let range = text.range(of: #""conclusion": ""#) else {
      throw CocoaError(.fileReadCorruptFile)
    }
    let path = folder + "/big.json"
    try Data(text.replacingCharacters(in: range, with: #""conclusion": "\#(long)"#).utf8)
      .write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test(
    "SIGTERM, SIGINT or SIGHUP while the temporary file exists: it is removed, the old file kept",
    .enabled(if: binary != nil, "the hattama binary was not found next to the test runner"),
    arguments: [SIGTERM, SIGINT, SIGHUP])
  func signalled(number: Int32) throws {
    let folder = try Scratch.folder().path
    let record = try Self.bigRecord(in: folder)
    let output = try Scratch.folder().path
    let target = output + "/p.txt"
    try Data("old".utf8).write(to: URL(fileURLWithPath: target))
    // The test runner's threads may block signals, and a child inherits the mask of the thread
    // that starts it: unblock the one under test, as a shell would have it.
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, number)
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    var caught = false
    // The temporary file exists for a few milliseconds: the folder's modification time shows
    // when it is created (the test's own files were written long before); a signal that came
    // too late, after the process had finished, does not count, and the run is repeated.
    for _ in 0..<5 where !caught {
      let before = Self.modified(output)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.binary ?? "/nonexistent")
      process.arguments = ["protocol", record, "-o", target]
      // Killed at any moment, perhaps while writing its coverage profile: it writes none.
      process.environment = SessionProcessTests.withoutProfile
      try process.run()
      // Polling leaves the cores to the process (two on the CI machine).
      while process.isRunning, Self.modified(output) == before { usleep(100) }
      kill(process.processIdentifier, number)
      process.waitUntilExit()
      caught = process.terminationReason == .uncaughtSignal
      #expect(caught || process.terminationStatus == 0, "exit \(process.terminationStatus)")
      if caught { #expect(process.terminationStatus == number) }
      #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["p.txt"])
    }
    #expect(caught, "no signal landed while the process ran")
    // Before the rename the old file is kept; a signal after it finds the new one complete.
    let kept = try String(contentsOfFile: target, encoding: .utf8)
    #expect(kept == "old" || kept.contains(String(repeating: "x", count: 1000)))
  }

  /// The folder's modification time, in nanoseconds.
  static func modified(_ path: String) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { return 0 }
    return status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec
  }
}
