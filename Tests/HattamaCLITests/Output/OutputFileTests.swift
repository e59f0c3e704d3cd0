import Foundation
import Testing

@testable import HattamaCLI

#if canImport(Glibc)
  import Glibc
#endif

/// `protocol -o` replaces only a regular file that is not a journal, not its own input and not
/// reached through a symbolic link; anything else is refused (exit 2) and left as it was.
@Suite("protocol -o: what an output file may replace")
struct OutputFileTests {
  typealias F = SessionFixture

  /// A closed journal, every case decided, in a new folder: the protocol's input.
  static func withJournal(_ body: (_ directory: String, _ journal: String) throws -> Void) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      OutputFixture.decideAll(journal)
      try body(directory, journal)
    }
  }

  static func protocolTo(_ output: String, from input: String, _ extra: [String] = [])
    -> SessionFixture.Result
  {
    F.run(["protocol", input, "--lang", "en", "-o", output] + extra)
  }

  /// Files in `directory` whose names say they are temporary files of `-o`.
  static func temporaries(in directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }
  }

  @Test("SPEC Crash safety: -o onto its own input journal is refused and the journal kept")
  func ownInput() throws {
    try Self.withJournal { directory, journal in
      let before = try F.bytes(journal)
      let run = Self.protocolTo(journal, from: journal)
      #expect(run.code == .badInput)
      #expect(run.err.contains("'\(journal)'") || run.err.contains(journal))
      #expect(run.err.contains("journal"))
      #expect(try F.bytes(journal) == before)
      #expect(try Self.temporaries(in: directory).isEmpty)
    }
  }

  @Test("-o onto another sitting's journal is refused: a journal is never replaced")
  func otherJournal() throws {
    try Self.withJournal { directory, journal in
      let other = directory + "/other.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", other])
      let before = try F.bytes(other)
      let run = Self.protocolTo(other, from: journal)
      #expect(run.code == .badInput)
      #expect(run.err.contains("journal"))
      #expect(try F.bytes(other) == before)
    }
  }

  @Test(
    "-o onto a .broken file (a torn line's bytes, evidence) is refused",
    arguments: [
      ("J.jsonl.broken", #"{"seq":4,"prev":"ab"#),  // the name and the content of a torn line
      ("kept.txt", #"{"seq":4,"prev":"ab"#),  // the content alone
      ("J.jsonl.broken", "anything"),  // the name alone
    ])
  func broken(name: String, content: String) throws {
    try Self.withJournal { directory, journal in
      let broken = directory + "/" + name
      try F.write(Array(content.utf8), to: broken)
      let run = Self.protocolTo(broken, from: journal)
      #expect(run.code == .badInput)
      #expect(try F.bytes(broken) == Array(content.utf8))
    }
  }

  @Test("-o onto a symbolic link is refused: neither the link nor its target changes")
  func symbolicLink() throws {
    try Self.withJournal { directory, journal in
      let target = directory + "/p.txt"
      let link = directory + "/link.txt"
      try F.write(Array("old protocol".utf8), to: target)
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
      let run = Self.protocolTo(link, from: journal)
      #expect(run.code == .badInput)
      #expect(run.err.contains("symbolic link"))
      #expect(try F.bytes(target) == Array("old protocol".utf8))
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }
  }

  @Test("-o into a folder reached through a symbolic link is refused, not followed")
  func symbolicLinkFolder() throws {
    try Self.withJournal { directory, journal in
      try FileManager.default.createDirectory(
        atPath: directory + "/real", withIntermediateDirectories: false)
      try FileManager.default.createSymbolicLink(
        atPath: directory + "/linked", withDestinationPath: directory + "/real")
      let run = Self.protocolTo(directory + "/linked/p.txt", from: journal)
      #expect(run.code == .badInput)
      #expect(run.err.contains("symbolic link"))
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/real").isEmpty)
    }
  }

  // /dev/full, not /dev/null: a write there fails too, so only the message tells the refusal
  // apart; and some sandboxes make /dev/null a regular file.
  @Test("-o onto a device, a folder or a FIFO is refused", arguments: ["/dev/full", "dir", "fifo"])
  func notRegular(target: String) throws {
    try Self.withJournal { directory, journal in
      var path = target
      if target == "dir" {
        path = directory + "/dir"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      } else if target == "fifo" {
        path = directory + "/fifo"
        #expect(mkfifo(path, 0o600) == 0)
      }
      let run = Self.protocolTo(path, from: journal)
      #expect(run.code == .badInput)
      #expect(run.err.contains("not a regular file") || run.err.contains("folder"))
      #expect(try Self.temporaries(in: directory).isEmpty)
    }
  }

  @Test("-o onto the --methodology-file it reads is refused")
  func methodologyInput() throws {
    try Self.withJournal { directory, journal in
      let methodology = directory + "/m.json"
      let shown = F.ok(["methodology", "show", "kz-justice-2023", "--json"])
      try F.write(Array(shown.out.utf8), to: methodology)
      let before = try F.bytes(methodology)
      let run = Self.protocolTo(methodology, from: journal, ["--methodology-file", methodology])
      #expect(run.code == .badInput)
      #expect(run.err.contains("input"))
      #expect(try F.bytes(methodology) == before)
    }
  }

  @Test("-o replaces an earlier protocol: mode 0600, no temporary file left")
  func replacesProtocol() throws {
    try Self.withJournal { directory, journal in
      let output = directory + "/p.txt"
      try F.write(Array("an older draft\n".utf8), to: output)
      chmod(output, 0o644)
      let run = Self.protocolTo(output, from: journal)
      #expect(run.code == .success, "\(run.err)")
      #expect(try F.bytes(output) != Array("an older draft\n".utf8))
      var status = stat()
      #expect(stat(output, &status) == 0)
      #expect(status.st_mode & 0o777 == 0o600)
      #expect(try Self.temporaries(in: directory).isEmpty)
    }
  }

  @Test("a temporary file left by a killed -o (its process gone) is removed by the next one")
  func staleTemporary() throws {
    try Self.withJournal { directory, journal in
      // pid 2^22 + 1 is above Linux's pid_max default: no such process.
      let stale = directory + "/.p.txt.4194305.0123456789abcdef.tmp"
      try F.write(Array("confidential".utf8), to: stale)
      let run = Self.protocolTo(directory + "/p.txt", from: journal)
      #expect(run.code == .success, "\(run.err)")
      #expect(!FileManager.default.fileExists(atPath: stale))
    }
  }
}
