import HattamaKit
import Testing

@Suite("Issue 15: a refusal's message gives reason and clause, never the CLI's commands")
struct SessionRefusalMessageTests {
  static let refusals: [SessionRefusal] = [
    .unknownCase("c9", known: ["c1", "c2"]),
    .unknownMotion("mo9", known: []),
    .motionIDTaken("mo1"),
    .misplacedOpen,
    .sittingClosed(event: "vote"),
    .notAttended,
    .motionOpen("c1", motion: "mo2"),
    .closeWithOpenMotion("mo2"),
    .attendanceWithOpenMotion("mo2"),
    .badScore(.tooManyDecimals("3.805")),
    .wrongScale("c1", caseScale: .score),
  ]

  static func state() throws -> SessionState {
    let sitting = try RandomSitting(seed: 1)
    let rules = try #require(sitting.methodology.rules(for: sitting.draft.kind))
    return try SessionState(draft: sitting.draft, rules: rules)
  }

  @Test("the Kit's sentence names no command or flag of the CLI", arguments: refusals)
  func noAdvice(_ refusal: SessionRefusal) throws {
    let message = refusal.message(in: try Self.state()).en
    #expect(!message.contains("hattama"))
    #expect(!message.contains("--"))
    #expect(!message.contains(";"))
    #expect(message.hasSuffix("."))
  }

  @Test("000 ¶63: the clause stays in the Kit's sentence; a program's advice follows it")
  func clauseThenAdvice() throws {
    let state = try Self.state()
    let bare = SessionRefusal.notAttended.message(in: state).en
    let clause = try #require(SessionRefusal.notAttended.clause(under: state.rules))
    #expect(bare.hasSuffix("(\(clause.canonical))."))
    let advice = Phrase(kk: "кім бар екенін сұраңыз", ru: "спросите, кто присутствует", en: "ask who is present")
    let advised = SessionRefusal.notAttended.sentence(in: state, then: advice)
    #expect(advised.en == bare.dropLast() + "; ask who is present.")
    #expect(advised.ru.hasSuffix("; спросите, кто присутствует."))
    let question = Phrase(kk: "солай ма?", ru: "так ли?", en: "did you mean it?")
    #expect(SessionRefusal.notAttended.sentence(in: state, then: question).en.hasSuffix("it?"))
    #expect(SessionRefusal.notAttended.sentence(in: state, then: question).kk.hasSuffix("ма?"))
  }
}
