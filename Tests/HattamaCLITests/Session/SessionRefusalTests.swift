import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// One refused command: the setup that leads to it, the command, and what it must say.
struct RefusalCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// Commands run (and expected to succeed) before the refused one; `J` is the journal.
  var setup: [[String]] = []
  var command: [String]
  var code: ExitCode = .failure
  var message: String
  var testDescription: String { name }
}

@Suite("Every refusal of SPEC exits 1 with its sentence and leaves the journal as it was")
struct SessionRefusalTests {
  typealias F = SessionFixture

  /// The journal before each case: everyone but m4 present; c2 decided by mo1; mo2 on c1 open
  /// with m1's vote.
  static func prepare(_ directory: String) -> String {
    let journal = F.opened(directory)
    F.ok(["session", "propose", journal, "--case", "c2", "--confirm"])
    for member in ["m1", "m2", "m3", "v1"] {
      F.ok(["session", "vote", journal, "--motion", "mo1", "--member", member, "--for"])
    }
    F.ok(["session", "propose", journal, "--case", "c1", "--correct", "3.80"])
    F.ok(["session", "vote", journal, "--motion", "mo2", "--member", "m1", "--for"])
    return journal
  }

  static let closeAll = [["session", "tally", "J", "--motion", "mo2"], ["session", "close", "J"]]
  static let tallyOpen = [["session", "tally", "J", "--motion", "mo2"]]
  static let fewPresent =
    tallyOpen + [["session", "attend", "J", "--date", "2025-10-24", "--present", "m1", "m2", "s1"]]

  static let cases: [RefusalCase] =
    [
      RefusalCase(
        name: "vote.not-member: someone in people who is not a member",
        command: ["session", "vote", "J", "--motion", "mo2", "--member", "e3", "--for"],
        message:
          "Refused: Қасымов Дәурен (e3) is not a member of the composition and does not vote (000 ¶66)."
      ),
      RefusalCase(
        name: "vote.secretary: the secretary does not vote (000 ¶67)",
        command: ["session", "vote", "J", "--motion", "mo2", "--member", "s1", "--for"],
        message: "Refused: Бекова Әсел (s1) is the secretary and does not vote (000 ¶67)."),
      RefusalCase(
        name: "vote.absent: a member not recorded present",
        command: ["session", "vote", "J", "--motion", "mo2", "--member", "m4", "--against"],
        message:
          "Refused: Жұмағалиев Асқар (m4) is not recorded as present (000 ¶63); if they have arrived, record the attendance again with 'hattama session attend J --date 2025-10-24 --present ID ...'."
      ),
      RefusalCase(
        name: "vote.recused: the evaluator of the case",
        command: ["session", "vote", "J", "--motion", "mo2", "--member", "v1", "--for"],
        message:
          "Refused: Әлімжанов Руслан (v1) is the employee or an evaluator of case c1 and does not vote on it (000 ¶66)."
      ),
      RefusalCase(
        name: "vote.duplicate: a second vote",
        command: ["session", "vote", "J", "--motion", "mo2", "--member", "m1", "--against"],
        message:
          "Refused: Омарова Ләззат (m1) has already voted on motion mo2; a vote is cast once (000 ¶66)."
      ),
      RefusalCase(
        name: "a change of attendance while a motion is open: its roll is fixed",
        command: ["session", "attend", "J", "--date", "2025-10-24", "--present", "m1", "m2"],
        message:
          "Refused: Motion mo2 is still being voted on, on the attendance it was put to the vote with, so the attendance cannot change now; finish its vote, or close it with 'hattama session tally J --motion mo2'."
      ),
      RefusalCase(
        name: "motion.proposer: the secretary does not propose",
        command: ["session", "propose", "J", "--case", "c3", "--confirm", "--by", "s1"],
        message:
          "Refused: Бекова Әсел (s1) is the secretary, who records the sitting and does not propose (000 ¶67); a present member who may vote on the case proposes."
      ),
      RefusalCase(
        name: "motion.proposer: the evaluator does not propose on the case", setup: tallyOpen,
        command: ["session", "propose", "J", "--case", "c1", "--correct", "4.00", "--by", "v1"],
        message:
          "Refused: Әлімжанов Руслан (v1) is the employee or an evaluator of case c1 and cannot propose on it (000 ¶66); a present member who may vote on the case proposes."
      ),
      RefusalCase(
        name: "motion.proposer: an absent member does not propose",
        command: ["session", "propose", "J", "--case", "c3", "--confirm", "--by", "m4"],
        message:
          "Refused: Жұмағалиев Асқар (m4) is not recorded as present and cannot propose (000 ¶63); a present member who may vote on the case proposes."
      ),
      RefusalCase(
        name: "motion.proposer: someone outside the composition does not propose",
        command: ["session", "propose", "J", "--case", "c3", "--confirm", "--by", "e3"],
        message:
          "Refused: Қасымов Дәурен (e3) is not a member of the composition and cannot propose (000 ¶66); a present member who may vote on the case proposes."
      ),
      RefusalCase(
        name: "a proposal without quorum (000 ¶63)", setup: fewPresent,
        command: ["session", "propose", "J", "--case", "c3", "--confirm"],
        message:
          "Refused: The quorum is not met for case c3 (present 2 of 5; quorum 4: not met) (000 ¶63); record the members who arrive with 'hattama session attend J --date 2025-10-24 --present ID ...'."
      ),
      RefusalCase(
        name: "a proposal on a decided case",
        command: ["session", "propose", "J", "--case", "c2", "--correct", "3.00"],
        message:
          "Refused: Case c2 is already decided by motion mo1 (final score 2.90) (000 ¶66); its first adopted motion stands."
      ),
      RefusalCase(
        name: "a proposal while another motion on the case is open",
        command: ["session", "propose", "J", "--case", "c1", "--confirm"],
        message:
          "Refused: Motion mo2 on case c1 is still being voted on (000 ¶66); finish its vote, or close it with 'hattama session tally J --motion mo2'."
      ),
      RefusalCase(
        name: "score.out-of-range: a score above 5",
        command: ["session", "propose", "J", "--case", "c3", "--correct", "5.01"],
        message:
          "Refused: The score '5.01' is outside 0.00–5.00 (000 ¶13, 002 ¶8); give a score from 0.00 to 5.00 with at most two decimals, such as '3.80'."
      ),
      RefusalCase(
        name: "score.precision: more than two decimals",
        command: ["session", "propose", "J", "--case", "c3", "--correct", "3,805"],
        message:
          "Refused: The score '3,805' has more than two decimals (000 ¶13, 002 ¶8); give a score from 0.00 to 5.00 with at most two decimals, such as '3.80'."
      ),
      RefusalCase(
        name: "a vote on a closed motion",
        command: ["session", "vote", "J", "--motion", "mo1", "--member", "m4", "--for"],
        message: "Refused: The vote on motion mo1 is closed (adopted) (000 ¶66)."),
      RefusalCase(
        name: "close while a motion is open",
        command: ["session", "close", "J"],
        message:
          "Refused: Motion mo2 is still being voted on, so the sitting cannot be closed; finish its vote, or close it with 'hattama session tally J --motion mo2'."
      ),
      RefusalCase(
        name: "attendance for another day", setup: tallyOpen,
        command: ["session", "attend", "J", "--date", "2025-10-25", "--present", "m1"],
        message:
          "Refused: The sitting is recorded as held on 2025-10-24, not 2025-10-25; record late arrivals with '--date 2025-10-24'."
      ),
    ]
    + ["attend", "propose", "vote", "tally", "close"].map { event in
      let command: [String] =
        switch event {
        case "attend": ["session", "attend", "J", "--date", "2025-10-24", "--present", "m4"]
        case "propose": ["session", "propose", "J", "--case", "c3", "--confirm"]
        case "vote": ["session", "vote", "J", "--motion", "mo2", "--member", "m2", "--for"]
        case "tally": ["session", "tally", "J", "--motion", "mo2"]
        default: ["session", "close", "J"]
        }
      return RefusalCase(
        name: "'\(event)' after close", setup: closeAll, command: command,
        message:
          "Refused: The sitting is closed, so '\(event)' cannot be recorded; export it with 'hattama session export J'."
      )
    } + [
      RefusalCase(
        name: "an unknown case is bad input with a suggestion",
        command: ["session", "propose", "J", "--case", "c4", "--confirm"], code: .badInput,
        message: "Error: 'J': There is no case 'c4' in the draft; did you mean 'c1'?"),
      RefusalCase(
        name: "an unknown motion is bad input with a suggestion",
        command: ["session", "vote", "J", "--motion", "mo3", "--member", "m2", "--for"],
        code: .badInput,
        message: "Error: 'J': There is no motion 'mo3'; did you mean 'mo1'?"),
      RefusalCase(
        name: "a person not in people is bad input",
        command: ["session", "vote", "J", "--motion", "mo2", "--member", "m7", "--for"],
        code: .badInput,
        message: "Error: 'J': Nobody with the id 'm7' is in the draft's people; did you mean 'm1'?"),
      RefusalCase(
        name: "a score that is no number is a usage error",
        command: ["session", "propose", "J", "--case", "c3", "--correct", "high"], code: .badInput,
        message:
          "Error: The value 'high' of '--correct' is invalid: expected a score such as '3.80'."),
    ]

  @Test("refused, with its sentence; the journal byte for byte as it was", arguments: cases)
  func refused(_ refusal: RefusalCase) throws {
    try F.withDirectory { directory in
      let journal = Self.prepare(directory)
      let substitute = { (words: [String]) in words.map { $0 == "J" ? journal : $0 } }
      for words in refusal.setup { F.ok(substitute(words)) }
      let before = try F.bytes(journal)
      let result = F.run(substitute(refusal.command))
      #expect(result.code == refusal.code)
      #expect(result.out.isEmpty)
      let expected = refusal.message.replacingOccurrences(of: "'J'", with: "'\(journal)'")
        .replacingOccurrences(of: " J ", with: " \(journal) ")
        .replacingOccurrences(of: " J'", with: " \(journal)'")
      #expect(result.err.split(separator: "\n").first.map(String.init) == expected)
      #expect(try F.bytes(journal) == before)
    }
  }
}
