import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// A journal whose hash chain is whole but that this tool could not have written — its events
/// recomputed by hand around an edit — is still refused: the replay applies the rules to every
/// line, and says which line and why (exit 2).
@Suite("A journal with a whole chain that the rules refuse: exit 2, the line and the reason")
struct ForgedJournalTests {
  typealias F = SessionFixture

  enum Forgery: String, CaseIterable, CustomTestStringConvertible {
    case draftNotARecord = "line 1's draft is not a record"
    case draftWithoutComposition = "line 1's draft has no composition to sit"
    case voteOnNoMotion = "a vote on a motion nobody proposed, its hash recomputed"

    var testDescription: String { rawValue }

    /// The journal's bytes; `draft` is a lawful draft's path in the folder.
    func journal(_ directory: String) throws -> [UInt8] {
      let nonce = try #require(JournalNonce(bytes: Array(repeating: 7, count: 16)))
      switch self {
      case .draftNotARecord:
        let draft = try JournalDraft(json: Array(#"{"format": "hattama.record/1"}"#.utf8))
        return JournalLine.opening(nonce: nonce, draft: draft).encoded() + [0x0A]
      case .draftWithoutComposition:
        let text = try ExampleFiles.text("draft-compose.json")
        let draft = try JournalDraft(json: Array(text.utf8))
        return JournalLine.opening(nonce: nonce, draft: draft).encoded() + [0x0A]
      case .voteOnNoMotion:
        let journal = F.opened(directory)
        let bytes = try F.bytes(journal)
        let last = try #require(F.lines(bytes).last)
        let head = ChainHead(seq: F.lines(bytes).count, hash: SHA256.hash(last))
        let forged = JournalLine.appending(
          .vote(motion: "mo9", member: "m1", choice: .for), after: head)
        return bytes + forged.encoded() + [0x0A]
      }
    }

    var fragments: [String] {
      switch self {
      case .draftNotARecord: ["the draft in line 1 is not a valid record"]
      case .draftWithoutComposition: ["composition"]
      case .voteOnNoMotion: ["line 3 records an event the rules refuse", "mo9"]
      }
    }
  }

  /// A journal opened from `draft` by hand, with `pinned` as line 1's copy of the rules.
  static func opened(draft: String, pinned: Methodology?) throws -> [UInt8] {
    let nonce = try #require(JournalNonce(bytes: Array(repeating: 9, count: 16)))
    let line = JournalLine.opening(
      nonce: nonce, draft: try JournalDraft(json: Array(draft.utf8)),
      methodology: pinned.map(JournalMethodology.init))
    return line.encoded() + [0x0A]
  }

  @Test(
    "a journal whose draft names rules the tool does not know, none pinned: audit reports methodology.unknown"
  )
  func unknownUnpinned() throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let draft = F.draft.replacingOccurrences(of: "kz-justice-2023", with: "kz-none-2099")
      try F.write(try Self.opened(draft: draft, pinned: nil), to: path)
      let audit = F.run(["audit", path])
      #expect(audit.code == .failure, "\(audit.err)")
      #expect(audit.out.contains("methodology.unknown"))
      let status = F.run(["session", "status", path])
      #expect(status.code == .badInput)
      #expect(status.err.contains("'kz-none-2099'"))
    }
  }

  @Test(
    "a journal pinning rules that do not govern its kind of body: a finding (exit 1), nothing else checked"
  )
  func pinnedKindUnsupported() throws {
    try F.withDirectory { directory in
      let path = directory + "/J.jsonl"
      // A commission, with line 1 pinning a methodology that governs calibrations only.
      try F.write(try Self.opened(draft: F.draft, pinned: .trade2025), to: path)
      let audit = F.run(["audit", path])
      #expect(audit.code == .failure, "\(audit.err)")
      #expect(audit.out.contains("methodology.kind-unsupported"))
    }
  }

  @Test("session status and audit refuse it, naming the reason", arguments: Forgery.allCases)
  func refused(_ forgery: Forgery) throws {
    try F.withDirectory { directory in
      let path = directory + "/forged.jsonl"
      try F.write(try forgery.journal(directory), to: path)
      // The chain itself is whole: only the rules find what is wrong.
      #expect(F.run(["verify", path]).code == .success)
      for words in [["session", "status", path], ["audit", path]] {
        let run = F.run(words)
        #expect(run.code == .badInput, "\(words): \(run.out)")
        for fragment in forgery.fragments {
          #expect(run.err.contains(fragment), "\(words): \(run.err)")
        }
      }
    }
  }
}
