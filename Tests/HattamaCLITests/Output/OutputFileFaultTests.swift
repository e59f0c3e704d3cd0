import Foundation
import HattamaJournal
import Testing

@testable import HattamaCLI

#if canImport(Glibc)
  import Glibc
#endif

/// README "Output and failures": a -o whose system call fails says which file and why (exit 2),
/// leaves the earlier file as it was and no temporary file behind. The journal's
/// fault-injection seam, ``SystemCalls``, fails the call (`JournalFaultTests.system(_:)`).
@Suite("-o: a failed call is reported, the old file kept, no temporary left")
struct OutputFileFaultTests {
  typealias Fault = JournalFaultTests.Fault

  /// -o onto an existing file makes these calls, in this order.
  static let calls = [
    "open the folder", "open the file to check it is no journal", "create the temporary file",
    "write", "sync the file", "rename it over the file", "sync the folder",
  ]

  struct Failure: Sendable, CustomTestStringConvertible {
    var testDescription: String
    /// Which of ``calls`` fails, from 1.
    var call: Int
    var code: Int32
    /// The sentence after the file's name; `FOLDER` stands for the folder's path.
    var sentence: String
    /// Whether the new text is in place all the same (the failure came after the rename).
    var replaced = false
  }

  static let failures: [Failure] = [
    Failure(
      testDescription: "the folder cannot be opened", call: 1, code: EACCES,
      sentence: "cannot be written: the folder 'FOLDER' cannot be opened: Permission denied."),
    Failure(
      testDescription: "the file cannot be read to check it", call: 2, code: EIO,
      sentence: "cannot be read to check it: Input/output error."),
    Failure(
      testDescription: "the folder is not writable", call: 3, code: EACCES,
      sentence: "cannot be created: Permission denied."),
    Failure(
      testDescription: "a full disk while writing", call: 4, code: ENOSPC,
      sentence: "could not be written: No space left on device."),
    Failure(
      testDescription: "an I/O error while syncing", call: 5, code: EIO,
      sentence: "could not be written: Input/output error."),
    Failure(
      testDescription: "the rename is not permitted (a sticky folder)", call: 6, code: EPERM,
      sentence: "could not be written: Operation not permitted."),
    Failure(
      testDescription: "the folder's sync fails after the rename", call: 7, code: EIO,
      sentence: "was written, but its folder could not be synced: Input/output error.",
      replaced: true),
  ]

  /// A folder holding `report.txt` with the earlier report; its path and the file's.
  static func withEarlierReport(_ body: (_ folder: String, _ path: String) throws -> Void) throws {
    let folder = try Scratch.folder().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/report.txt"
    try Data("the earlier report\n".utf8).write(to: URL(fileURLWithPath: path))
    try body(folder, path)
  }

  static func text(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  static func listing(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test("-o onto an existing file makes the calls the failures below fail, in that order")
  func callOrder() throws {
    try Self.withEarlierReport { _, path in
      let count = try JournalFaultTests.callCount {
        try OutputFile(path: path, system: $0).write("the new report\n")
      }
      #expect(count == Self.calls.count)
    }
  }

  @Test(arguments: failures)
  func failed(_ failure: Failure) throws {
    try Self.withEarlierReport { (folder, path) throws in
      let system = JournalFaultTests.system(.fail(call: failure.call, errno: failure.code))
      let sentence = failure.sentence.replacingOccurrences(of: "FOLDER", with: folder)
      #expect {
        try OutputFile(path: path, system: system).write("the new report\n")
      } throws: { error in
        guard let error = error as? CLIError, case .io(let file, _) = error else { return false }
        return file == path && error.exitCode == .badInput
          && error.message(commands: Commands.all, in: .en) == "Error: \(path): \(sentence)"
      }
      let expected = failure.replaced ? "the new report\n" : "the earlier report\n"
      #expect(try Self.text(path) == expected)
      #expect(try Self.listing(folder) == ["report.txt"])
    }
  }

  @Test("the temporary file cannot be removed after a failed rename: the message names it")
  func temporaryLeft() throws {
    try Self.withEarlierReport { folder, path in
      var system = SystemCalls.system
      system.renameat = { _, _, _ in
        errno = EIO
        return -1
      }
      system.unlinkat = { _, _ in
        errno = EBUSY
        return -1
      }
      var message = ""
      #expect {
        try OutputFile(path: path, system: system).write("the new report\n")
      } throws: { error in
        message = (error as? CLIError)?.message(commands: Commands.all, in: .en) ?? ""
        return (error as? CLIError)?.exitCode == .badInput
      }
      #expect(try Self.text(path) == "the earlier report\n")
      let temporary = try #require(try Self.listing(folder).first { $0.hasSuffix(".tmp") })
      #expect(
        message
          == "Error: \(path): could not be written: Input/output error; its temporary file "
          + "'\(folder)/\(temporary)' could not be removed (Device or resource busy): delete it, "
          + "it may hold the output.")
      // What it holds stays confidential (000 ¶21).
      #expect(try JournalFileFixture.mode(folder + "/" + temporary) == 0o600)
    }
  }

  @Test("whatever call fails or is cut short: the old text or the new whole, never a part")
  func everyFault() throws {
    for fault in JournalFaultTests.faults(Self.calls.count) {
      try Self.withEarlierReport { folder, path in
        let system = JournalFaultTests.system(fault)
        let written = (try? OutputFile(path: path, system: system).write("the new report\n")) != nil
        let text = try Self.text(path)
        if written { #expect(text == "the new report\n", "\(fault.testDescription)") }
        #expect(
          ["the earlier report\n", "the new report\n"].contains(text), "\(fault.testDescription)")
        let temporaries = try Self.listing(folder).filter { $0.hasSuffix(".tmp") }
        // Only a crash leaves the temporary file, as `kill -9` does; readable by its owner only.
        if case .crash = fault {
          for temporary in temporaries {
            #expect(try JournalFileFixture.mode(folder + "/" + temporary) == 0o600)
          }
        } else {
          #expect(temporaries.isEmpty, "\(fault.testDescription)")
        }
      }
    }
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
