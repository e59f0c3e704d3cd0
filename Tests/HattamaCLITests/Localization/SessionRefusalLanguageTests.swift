import Foundation
import Testing

@testable import HattamaCLI
@testable import HattamaKit

/// SPEC.md, "The interface language": every refusal of the live sitting exists in Kazakh,
/// Russian and English, with the same ids and clause in each; the CLI's advice too.
@Suite("Every refusal of the live sitting in three languages")
struct SessionRefusalLanguageTests {
  static let cap = Cited(Score(validHundredths: 299), "002 Appendices 1–2, parameter 5")

  /// Every case of ``SessionRefusal``, each problem of a vote and a proposal, both readings of
  /// the cap; with the ids each sentence must name.
  static let refusals: [(SessionRefusal, [String])] =
    [
      (.unknownCase("c9", known: ["c1", "c2"]), ["c9"]),
      (.unknownMotion("mo9", known: []), ["mo9"]),
      (.unknownMotion("mo9", known: ["mo1"]), ["mo9"]),
      (.unknownPerson("m9", known: ["m1"]), ["m9"]),
      (.motionIDTaken("mo1"), ["mo1"]),
      (.misplacedOpen, []),
      (.sittingClosed(event: "vote"), ["vote"]),
      (.notAttended, []),
      (.dateChanged(recorded: day(0), given: day(1)), [day(0).description, day(1).description]),
      (.caseDecided("c1", by: "mo1"), ["c1", "mo1"]),
      (.motionOpen("c1", motion: "mo2"), ["c1", "mo2"]),
      (.badScore(.tooManyDecimals("3.805")), ["3.805"]),
      (.badScore(.outOfRange("5.10")), ["5.10"]),
      (.badScore(.notANumber("x")), ["x"]),
      (.wrongScale("c1", caseScale: .category), ["c1"]),
      (.wrongScale("c1", caseScale: .score), ["c1"]),
      (
        .capExceeded("c1", score: Score(validHundredths: 461), sanction: .reprimand, breach(true)),
        ["c1", "4.61", "2.99", "4.60"]
      ),
      (
        .capExceeded("c1", score: Score(validHundredths: 350), sanction: .other, breach(false)),
        ["c1", "3.50", "2.99", "4.60"]
      ),
      (.motionClosed("mo1", .adopted), ["mo1"]),
      (.motionClosed("mo1", nil), ["mo1"]),
      (.closeWithOpenMotion("mo2"), ["mo2"]),
      (.attendanceWithOpenMotion("mo2"), ["mo2"]),
    ]
    + VoteProblem.allCases.map { (.vote($0, member: "m2", motion: "mo1", caseID: "c1"), ["m2"]) }
    + VoteProblem.allCases.map { (.proposer($0, person: "m2", caseID: "c1"), ["m2"]) }

  static func breach(_ everyReading: Bool) -> CapBreach {
    CapBreach(
      cap: cap, highest: Score(validHundredths: 460), underEveryReading: everyReading,
      severity: everyReading ? .violation : .warning, clause: cap.clause)
  }

  static func day(_ offset: Int) -> Day { Day(ordinal: 20_385 + offset) }

  /// The fixture's sitting, with two members present: too few for the quorum of 4 (000 ¶63).
  static func state() throws -> SessionState {
    let record = try Record.decode(Array(SessionFixture.draft.utf8))
    let methodology = try #require(Methodology.builtIn(id: record.methodology))
    let rules = try #require(methodology.rules(for: record.kind))
    return try SessionState(draft: record, rules: rules)
  }

  @Test("each refusal reads in kk, ru and en, naming the same ids and clause", arguments: refusals)
  func rendersInEveryLanguage(_ refusal: SessionRefusal, ids: [String]) throws {
    try Self.expectTranslated(refusal, ids: ids, in: try Self.state())
  }

  @Test("000 ¶63: the quorum's refusal reads in kk, ru and en with its count")
  func noQuorum() throws {
    let state = try Self.state()
    let quorum = Quorum(composition: state.composition, present: ["m1", "m2"], rules: state.rules)
    try Self.expectTranslated(.noQuorum(quorum, caseID: "c1"), ids: ["c1", "2"], in: state)
  }

  static func expectTranslated(
    _ refusal: SessionRefusal, ids: [String], in state: SessionState
  ) throws {
    let message = refusal.message(in: state)
    let clause = refusal.clause(under: state.rules)
    for language in Language.allCases {
      let text = message.text(in: language)
      #expect(text.hasSuffix(".") || text.hasSuffix("?"), "\(language): \(text)")
      for id in ids { #expect(text.contains(id), "\(language) lacks \(id): \(text)") }
      if let clause {
        #expect(text.contains("(\(clause.text(in: language)))"), "\(language): \(text)")
      }
    }
    // The check finds English where there is English, so that its silence below means something.
    #expect(LanguageCheck.isEnglish(message.en), "\(message.en)")
    for text in [message.kk, message.ru] {
      #expect(text != message.en)
      #expect(LanguageCheck.hasCyrillic(text))
      #expect(!LanguageCheck.isEnglish(text), "English in: \(text)")
    }
  }

  @Test("the CLI's advice is in the same language, with the same commands", arguments: refusals)
  func adviceInEveryLanguage(_ refusal: SessionRefusal, ids: [String]) throws {
    let advised = refusal.message(in: try Self.state(), journal: "J.jsonl")
    let commands = { (text: String) in
      text.matches(of: /'hattama [^']*'/).map { String($0.output) }
    }
    #expect(commands(advised.kk) == commands(advised.en))
    #expect(commands(advised.ru) == commands(advised.en))
    for text in [advised.kk, advised.ru] {
      #expect(!LanguageCheck.isEnglish(text), "English in: \(text)")
    }
  }

  @Test("a refusal reaches stderr in Kazakh and in Russian through the command line")
  func refusalEndToEnd() throws {
    try SessionFixture.withDirectory { directory in
      let journal = SessionFixture.opened(directory)
      let words = ["session", "vote", journal, "--motion", "mo1", "--member", "m4", "--for"]
      _ = SessionFixture.run(["session", "propose", journal, "--case", "c2", "--confirm"])
      for (language, expected) in [
        (Language.kk, "Жұмағалиев Асқар (m4) қатысушылар тізімінде жоқ (000 ¶63)"),
        (.ru, "Жұмағалиев Асқар (m4) нет в списке присутствующих (000 ¶63)"),
      ] {
        let (console, captured) = Console.capturing(language: language)
        #expect(HattamaCLI.run(words, console: console) == .failure)
        #expect(captured.err.contains(expected), "\(captured.err)")
      }
    }
  }
}
