import Foundation
import HattamaJournal
import Synchronization
import Testing

@testable import HattamaCLI

/// README "Output and failures": a -o that fails while writing or syncing its temporary file
/// says why, leaves the earlier file as it was and no temporary file behind (the journal's
/// fault-injection seam, ``SystemCalls``, fails the call).
@Suite("-o: a failed write or sync is reported, the old file kept, no temporary left")
struct OutputFileFaultTests {
  enum Call: Sendable { case write, fileSync }

  struct Fault: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var call: Call
    var code: Int32
    var reason: String
  }

  static let faults: [Fault] = [
    Fault(
      testDescription: "a full disk while writing", call: .write, code: ENOSPC,
      reason: "No space left on device"),
    Fault(
      testDescription: "an I/O error while syncing", call: .fileSync, code: EIO,
      reason: "Input/output error"),
  ]

  @Test(arguments: faults)
  func failed(_ fault: Fault) throws {
    let folder = try Scratch.folder().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/report.txt"
    try Data("the earlier report\n".utf8).write(to: URL(fileURLWithPath: path))
    var system = SystemCalls.system
    let code = fault.code
    switch fault.call {
    case .write:
      system.write = { _, _, _ in
        errno = code
        return -1
      }
    case .fileSync:
      system.fsync = { _ in
        errno = code
        return -1
      }
    }
    #expect {
      try OutputFile(path: path, system: system).write("the new report\n")
    } throws: { error in
      guard let error = error as? CLIError, case .io(let file, _) = error else { return false }
      let text = error.message(commands: Commands.all, in: .en)
      return file == path && text.contains("could not be written") && text.contains(fault.reason)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "the earlier report\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.txt"])
  }

  @Test("the folder's sync fails after the rename: the new file is in place, and the failure said")
  func folderSync() throws {
    let folder = try Scratch.folder().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/report.txt"
    var system = SystemCalls.system
    let calls = Mutex(0)
    // The first sync is the temporary file's, the second the folder's.
    system.fsync = { fd in
      guard
        calls.withLock({ calls in
          calls += 1
          return calls
        }) == 2
      else { return SystemCalls.system.fsync(fd) }
      errno = EIO
      return -1
    }
    #expect {
      try OutputFile(path: path, system: system).write("the report\n")
    } throws: { error in
      (error as? CLIError)?.message(commands: Commands.all, in: .en)
        .contains("was written, but its folder could not be synced: Input/output error") == true
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "the report\n")
  }

  @Test("a file that only looks like a temporary of another run is not removed")
  func lookAlikeKept() throws {
    let folder = try Scratch.folder().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Not `.NAME.PID.16HEX.tmp`: someone else's file, which -o must leave alone.
    let lookAlike = ".report.txt.notes.tmp"
    try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/" + lookAlike))
    try OutputFile(path: folder + "/report.txt").write("the report\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        == [lookAlike, "report.txt"])
  }
}
