import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

#if canImport(Glibc)
  import Glibc
#endif

@Suite("The journal as evidence: anchor, safe creation, torn lines (SPEC, Journal anchor)")
struct JournalEvidenceTests {
  typealias F = SessionFixture

  /// A closed sitting and its anchor.
  static func closed(_ directory: String, name: String = "J.jsonl") throws -> (String, String) {
    let journal = directory + "/" + name
    F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
    F.ok([
      "session", "attend", journal, "--date", "2025-10-24", "--present", "m1", "m2", "m3", "m4",
      "v1",
    ])
    F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
    for member in ["m1", "m2", "m3", "m4"] {
      F.ok(["session", "vote", journal, "--motion", "mo1", "--member", member, "--for"])
    }
    let anchor = try #require(
      F.ok(["session", "close", journal, "--conclusion", "Бекітілді."]).lines.last)
    return (journal, anchor)
  }

  enum Damage: String, CaseIterable, Sendable {
    case cutByOneLine = "a journal cut by one line"
    case editedLastLine = "an edited last line"
    case splicedLine = "a line spliced from a second journal of the same draft"
  }

  @Test("verify --expect fails (exit 1) and says what differs", arguments: Damage.allCases)
  func expectFails(_ damage: Damage) throws {
    try F.withDirectory { directory in
      let (journal, anchor) = try Self.closed(directory)
      #expect(F.run(["verify", journal, "--expect", anchor]).code == .success)
      var lines = F.lines(try F.bytes(journal))
      let expected: String
      switch damage {
      case .cutByOneLine:
        lines.removeLast()
        expected =
          "fewer than the \(lines.count + 1) the anchor records: lines were cut off its end"
      case .editedLastLine:
        let edited = String(decoding: lines[lines.count - 1], as: UTF8.self)
          .replacingOccurrences(of: "Бекітілді.", with: "Қабылданбады.")
        lines[lines.count - 1] = Array(edited.utf8)
        expected = "line \(lines.count) hashes to \(SHA256.hash(lines[lines.count - 1]).hex)"
      case .splicedLine:
        let (second, _) = try Self.closed(directory, name: "K.jsonl")
        let other = F.lines(try F.bytes(second))
        // Same draft, same events: only the nonce of line 1 differs, and with it every hash.
        #expect(other[2] != lines[2])
        lines[2] = other[2]
        expected =
          "line 3 does not belong here: it was inserted, replaced or copied from another journal"
      }
      try F.write(lines.flatMap { $0 + [0x0A] }, to: journal)
      let result = F.run(["verify", journal, "--expect", anchor])
      #expect(result.code == .failure)
      #expect(result.out.contains(expected), "\(result.out)")
    }
  }

  @Test("open refuses an existing file and a symbolic link, leaving both as they were")
  func openRefusesExisting() throws {
    try F.withDirectory { directory in
      let existing = directory + "/J.jsonl"
      try F.write(Array("keep me\n".utf8), to: existing)
      let refused = F.run(["session", "open", directory + "/draft.json", "--journal", existing])
      #expect(refused.code == .badInput)
      #expect(
        refused.err
          == "Error: '\(existing)' already exists; give a new file for the journal, or go on with that one.\n"
      )
      #expect(try F.bytes(existing) == Array("keep me\n".utf8))

      let target = directory + "/target"
      let link = directory + "/L.jsonl"
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
      let viaLink = F.run(["session", "open", directory + "/draft.json", "--journal", link])
      #expect(viaLink.code == .badInput)
      #expect(
        viaLink.err == "Error: '\(link)' is a symbolic link; give the real path of the journal.\n")
      #expect(!FileManager.default.fileExists(atPath: target))
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }
  }

  @Test("open creates the journal with mode 0600 under umask 000")
  func modeUnderUmask() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      let previous = umask(0)
      defer { umask(previous) }
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let attributes = try FileManager.default.attributesOfItem(atPath: journal)
      #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
  }

  @Test(
    "a torn tail at every byte offset of the last line is reported, blocks appends, and repair restores a journal that verifies and takes votes"
  )
  func tornAtEveryOffset() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      F.ok(["session", "vote", journal, "--motion", "mo1", "--member", "m1", "--for"])
      let whole = try F.bytes(journal)
      let lines = F.lines(whole)
      let last = try #require(lines.last)
      let start = whole.count - last.count - 1
      for kept in 1...last.count {
        let torn = Array(whole[..<(start + kept)])
        try F.write(torn, to: journal)
        try? FileManager.default.removeItem(atPath: journal + ".broken")
        let status = F.run(["session", "status", journal])
        #expect(status.err.contains("ends in a torn line of \(kept) "), "offset \(kept)")
        #expect(status.err.contains("Run 'hattama session repair \(journal)'"))
        let vote = F.run(["session", "vote", journal, "--motion", "mo1", "--member", "m2", "--for"])
        #expect(vote.code == .badInput, "offset \(kept)")
        #expect(try F.bytes(journal) == torn)
        #expect(F.run(["session", "repair", journal]).code == .success, "offset \(kept)")
        #expect(try F.bytes(journal + ".broken") == Array(last.prefix(kept)))
        #expect(F.run(["verify", journal]).code == .success, "offset \(kept)")
        let after = F.run([
          "session", "vote", journal, "--motion", "mo1", "--member", "m2", "--for",
        ])
        #expect(after.code == .success, "offset \(kept): \(after.err)")
      }
    }
  }

  @Test("repair refuses a journal damaged mid-file and changes nothing")
  func repairRefusesTampering() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      var lines = F.lines(try F.bytes(journal))
      lines.remove(at: 1)
      let damaged = lines.flatMap { $0 + [0x0A] } + Array(#"{"seq":"#.utf8)
      try F.write(damaged, to: journal)
      let result = F.run(["session", "repair", journal])
      #expect(result.code == .badInput)
      #expect(
        result.err.hasPrefix(
          "Error: Journal '\(journal)' has been altered: the line with seq 2 was removed before line 2"
        ))
      #expect(try F.bytes(journal) == damaged)
      #expect(!FileManager.default.fileExists(atPath: journal + ".broken"))
      #expect(F.run(["verify", journal]).code == .failure)
      #expect(F.run(["session", "status", journal]).code == .badInput)
    }
  }
}
