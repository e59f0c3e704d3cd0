import Foundation
import Testing

@testable import HattamaCLI

#if canImport(Glibc)
  import Glibc
#endif

/// An unreadable file is an error on stderr, in the system's words; the report of the others
/// is on stdout (SPEC: "Errors go to stderr").
@Suite("audit: errors on stderr, with what the system said")
struct AuditErrorsTests {
  @Test("a missing file is named on stderr, not stdout; the readable one is still audited")
  func missingOnStderr() throws {
    let folder = try Scratch.folder().path
    let missing = folder + "/none.json"
    let valid = ExampleFiles.path("calibration-valid.json")
    let run = InProcess.run(["audit", missing, valid])
    #expect(run.code == .badInput)
    #expect(run.err == "Error: \(missing): no such file. Check the path.\n")
    #expect(!run.out.contains("none.json"))
    #expect(run.out.contains("\(valid): no findings."))
    #expect(run.out.hasSuffix("0 violations, 0 warnings in 2 files (1 not readable).\n"))
  }

  @Test("--json keeps the error in its file's entry and says it on stderr too")
  func jsonError() throws {
    let missing = try Scratch.folder().path + "/none.json"
    let run = InProcess.run(["audit", missing, "--json"])
    #expect(run.code == .badInput)
    #expect(run.out.contains(#""error": "no such file. Check the path.""#))
    #expect(run.err == "Error: \(missing): no such file. Check the path.\n")
  }

  @Test("an I/O error says what happened, not 'check its permissions'")
  func systemWords() throws {
    let folder = try Scratch.folder().path
    let loop = folder + "/loop.json"
    #expect(symlink(loop, loop) == 0)
    let run = InProcess.run(["audit", loop])
    let reason = String(cString: strerror(ELOOP))
    #expect(run.err == "Error: \(loop): cannot be read: \(reason).\n")
    #expect(!run.err.contains("permissions"))
  }

  @Test(
    "only a refused permission says 'check its permissions'",
    .enabled(if: getuid() != 0, "root reads every file"))
  func permissionDenied() throws {
    let path = try Scratch.file("r.json", "{}")
    chmod(path, 0)
    let run = InProcess.run(["audit", path])
    let reason = String(cString: strerror(EACCES))
    #expect(run.err == "Error: \(path): cannot be read: \(reason); check its permissions.\n")
  }
}
