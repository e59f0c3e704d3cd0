import Foundation
import HattamaJournal
import Testing

@testable import HattamaCLI

#if canImport(Glibc)
  import Glibc
#endif

/// An input that cannot be opened is one sentence in the system's words after the file's name,
/// exit 2; only a refused permission adds what to do (`chmod`). The open fails through the
/// fault-injection seam, since root opens every file (`AuditErrorsTests` has the real one).
@Suite("Reading an input: a failed open says why, exit 2")
struct FilesReadTests {
  struct Failure: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var code: Int32
    var sentence: String
  }

  static let failures = [
    Failure(
      testDescription: "a refused permission says to check it", code: EACCES,
      sentence: "cannot be read: Permission denied; check its permissions."),
    Failure(
      testDescription: "an I/O error says only what happened", code: EIO,
      sentence: "cannot be read: Input/output error."),
  ]

  @Test(arguments: failures)
  func openFails(_ failure: Failure) throws {
    let path = try Scratch.file("record.json", "{}")
    var system = SystemCalls.system
    let code = failure.code
    system.open = { _, _, _ in
      errno = code
      return -1
    }
    #expect {
      try Files.read(path, system: system)
    } throws: { error in
      guard let error = error as? CLIError else { return false }
      return error.exitCode == .badInput
        && error.message(commands: Commands.all, in: .en) == "Error: \(path): \(failure.sentence)"
    }
  }

  @Test(
    "upTo: at most the first bytes, all of a shorter file",
    arguments: [(0, ""), (5, "{\"a\":"), (100, "{\"a\": 1}\n")] as [(Int, String)])
  func prefix(limit: Int, expected: String) throws {
    let path = try Scratch.file("record.json", "{\"a\": 1}\n")
    #expect(try Files.read(path, upTo: limit) == Array(expected.utf8))
  }

  @Test("upTo: a file larger than one read is cut at the limit, not at a chunk")
  func prefixAcrossChunks() throws {
    let text = String(repeating: "x", count: 200_000)
    let path = try Scratch.file("large.txt", text)
    #expect(try Files.read(path, upTo: 150_000).count == 150_000)
    #expect(try Files.read(path).count == 200_000)
  }
}
