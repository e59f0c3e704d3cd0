import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// Every finding code of SPEC.md, triggered through `hattama audit` from a record or a journal
/// that breaks one rule of an otherwise lawful sitting (the valid examples).
@Suite("Audit: every finding code of SPEC from a file") struct EveryFindingCodeTests {
  struct Trigger: Sendable, CustomTestStringConvertible {
    var code: FindingCode
    var example = "calibration-valid.json"
    /// The force of the rule broken: kz-trade-2025 borrows its secretary, chair, quorum and
    /// protocol form from 000 by analogy, so their breaches are warnings.
    var severity: Severity = .violation
    var change: @Sendable (inout Record) -> Void
    var testDescription: String { code.rawValue }
  }

  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }
  static func score(_ text: String) -> ScoreInput {
    (try? ScoreInput(text: text)) ?? .valid(.minimum)
  }

  static let triggers: [Trigger] = [
    Trigger(code: .compositionEven) { $0.composition?.members.removeAll { $0 == "m4" } },
    Trigger(code: .compositionTooSmall) { $0.composition?.members = ["m1", "h1"] },
    Trigger(code: .compositionDisputantMember) { $0.composition?.members.append("e1") },
    Trigger(code: .compositionEvaluatorMember) { $0.composition?.members.append("v1") },
    Trigger(code: .compositionNoHRMember) { $0.composition?.members = ["m1", "m2", "m3"] },
    Trigger(code: .compositionSecretaryMember) { $0.composition?.members.append("s1") },
    Trigger(code: .compositionSecretaryNotHR, severity: .warning) {
      $0.composition?.secretary = "o1"
    },
    Trigger(code: .compositionChairNotMember, severity: .warning) { $0.composition?.chair = "o1" },
    Trigger(code: .compositionUnknownPerson) { $0.composition?.members.append("zz") },
    Trigger(code: .quorumNotMet, example: "commission-valid.json") {
      $0.sitting?.present = ["m1", "m2"]
    },
    Trigger(code: .voteNotMember) { $0.motions?[0].votes.append(Vote(member: "o1", choice: .for)) },
    Trigger(code: .voteSecretary) {
      $0.motions?[0].votes.append(Vote(member: "s1", choice: .for))
    },
    Trigger(code: .voteAbsent) { $0.sitting?.present.removeAll { $0 == "m4" } },
    Trigger(code: .voteRecused) {
      $0.composition?.members += ["v1", "v2"]
      $0.sitting?.present += ["v1", "v2"]
      $0.motions?[0].votes.append(Vote(member: "v1", choice: .for))
    },
    Trigger(code: .voteDuplicate) { $0.motions?[0].votes.append(Vote(member: "m1", choice: .for)) },
    Trigger(code: .voteMissing, severity: .warning) { $0.motions?[1].votes.removeLast() },
    Trigger(code: .resultMismatch) { $0.motions?[1].result = .rejected },
    Trigger(code: .motionProposer) { $0.motions?[0].proposedBy = "s1" },
    Trigger(code: .resultTieUnresolved, example: "commission-valid.json") {
      // 000 ¶66: the chair abstains on c2, and m2 and m4 tie 1–1: no casting vote was cast.
      $0.motions?[1].votes = [
        Vote(member: "m1", choice: .abstain), Vote(member: "m2", choice: .for),
        Vote(member: "m4", choice: .against), Vote(member: "m5", choice: .abstain),
      ]
    },
    Trigger(code: .outcomeMismatch) { $0.outcomes?[0].finalScore = score("3.90") },
    Trigger(code: .outcomeUndecided) { $0.motions = [] },
    Trigger(code: .scoreOutOfRange) { $0.outcomes?[0].finalScore = score("5.10") },
    Trigger(code: .scorePrecision) { $0.cases[0].score = score("3.405") },
    Trigger(code: .scoreCapExceeded) { $0.cases[0].sanction = .other },
    Trigger(code: .deadlineApplication) { $0.cases[0].appliedOn = day("2025-10-21") },
    Trigger(code: .deadlineDecision) { $0.composition?.approvedOn = day("2025-10-23") },
    Trigger(code: .deadlineSession) { $0.sitting?.date = day("2025-11-05") },
    Trigger(code: .deadlinePosting) { $0.signing?.postedOn = day("2025-11-05") },
    Trigger(code: .deadlineNotice, example: "commission-valid.json") {
      let date = $0.sitting?.date
      $0.sitting?.noticeOn = date
    },
    Trigger(code: .deadlineAppeal, example: "commission-valid.json") {
      $0.appeal = Appeal(filedOn: day("2023-10-30"))
    },
    Trigger(code: .protocolUnsigned, severity: .warning) {
      $0.signing?.signedBy.removeAll { $0 == "m1" }
    },
    Trigger(code: .protocolNotApproved, example: "commission-valid.json") {
      $0.signing?.approvedOn = nil
    },
    Trigger(code: .deadlineFamiliarization, example: "commission-valid.json") {
      $0.outcomes?[2].familiarizedOn = day("2023-09-20")
    },
    Trigger(code: .datesOrder) { $0.signing?.signedOn = day("2025-10-21") },
    Trigger(code: .methodologyUnknown) { $0.methodology = "kz-trade-2024" },
    Trigger(code: .methodologyNotInForce, example: "commission-valid.json") {
      $0.methodology = "kz-atyrau-2023"
    },
    Trigger(code: .methodologyKindUnsupported) { $0.kind = .commission },
  ]

  static func codes(of path: String) throws -> [String] {
    let result = InProcess.run(["audit", path, "--json"])
    let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
    let file = (json?["files"] as? [[String: Any]])?.first
    return (file?["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
  }

  @Test("the valid examples give no finding")
  func clean() throws {
    for example in ["calibration-valid.json", "commission-valid.json"] {
      #expect(try Self.codes(of: ExampleFiles.path(example)) == [])
    }
  }

  @Test(
    "each rule broken gives its code; exit 1 for a violation, 0 for a warning", arguments: triggers)
  func trigger(_ trigger: Trigger) throws {
    var record = try Record.decode(Array(try ExampleFiles.text(trigger.example).utf8))
    trigger.change(&record)
    let path = try Scratch.file("record.json", record.encodedJSON())
    #expect(try Self.codes(of: path).contains(trigger.code.rawValue))
    let exit: ExitCode = trigger.severity == .violation ? .failure : .success
    #expect(InProcess.run(["audit", path]).code == exit)
  }

  /// A journal recorded from the calibration draft: open, attendance, one motion.
  static func journal() throws -> String {
    var draft = try Record.decode(Array(try ExampleFiles.text("calibration-valid.json").utf8))
    (draft.sitting, draft.motions, draft.outcomes, draft.signing) = (nil, nil, nil, nil)
    draft.conclusion = nil
    let folder = try Scratch.folder().path
    try Data(draft.encodedJSON().utf8).write(to: URL(fileURLWithPath: folder + "/draft.json"))
    let journal = folder + "/J.jsonl"
    for words in [
      ["session", "open", folder + "/draft.json", "--journal", journal],
      [
        "session", "attend", journal, "--date", "2025-10-22", "--present", "m1", "m2", "m3", "m4",
        "h1",
      ],
      ["session", "propose", journal, "--case", "c1", "--confirm"],
    ] {
      #expect(InProcess.run(words).code == .success)
    }
    return journal
  }

  @Test("journal.tampered: a line edited in the middle of a journal")
  func tampered() throws {
    let journal = try Self.journal()
    var text = try String(contentsOfFile: journal, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"2025-10-22\"", with: "\"2025-10-21\"")
    try text.write(toFile: journal, atomically: false, encoding: .utf8)
    #expect(try Self.codes(of: journal).contains(FindingCode.journalTampered.rawValue))
  }

  @Test("journal.torn: a warning, exit 0 when nothing else is wrong with the journal's events")
  func torn() throws {
    let journal = try Self.journal()
    let handle = try #require(FileHandle(forWritingAtPath: journal))
    handle.seekToEndOfFile()
    handle.write(Data("{\"seq\":4,\"pr".utf8))
    try handle.close()
    #expect(try Self.codes(of: journal).contains(FindingCode.journalTorn.rawValue))
  }

  @Test("the table above covers every finding code SPEC lists")
  func coverage() {
    let covered = Set(Self.triggers.map(\.code)).union([.journalTampered, .journalTorn])
    #expect(covered == Set(FindingCode.allCases))
  }
}
