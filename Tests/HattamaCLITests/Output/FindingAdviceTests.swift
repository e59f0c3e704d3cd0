import HattamaKit
import Testing

@testable import HattamaCLI

@Suite("Issue 15: the CLI adds what to type to the Kit's findings")
struct FindingAdviceTests {
  static func finding(_ code: FindingCode, _ message: String) -> Finding {
    Finding(code, clause: "SPEC", subject: "record", message: message)
  }

  @Test(
    "a finding whose remedy is a command or flag gets it; others are left as they are",
    arguments: [
      (
        finding(.methodologyUnknown, "The methodology 'x' is not built in."),
        "The methodology 'x' is not built in; name a built-in one or pass --methodology-file."
      ),
      (
        finding(.journalTorn, "The journal ends in a torn line; the events before it are intact."),
        "The journal ends in a torn line; the events before it are intact, and 'hattama session "
          + "repair' keeps those bytes aside and seals the journal again."
      ),
      (finding(.compositionEven, "The composition is even."), "The composition is even."),
    ])
  func advised(_ finding: Finding, _ printed: String) {
    #expect(finding.advised.message == printed)
    #expect(finding.advised.code == finding.code)
  }

  @Test("session open: a draft without a composition is told to compose one")
  func draftAdvice() {
    #expect(
      SessionDraftProblem.noComposition.advised.en
        == "the draft has no 'composition'; compose one with 'hattama roster compose' and open "
        + "the completed record")
    #expect(
      SessionDraftProblem.alreadyHas(field: "motions").advised
        == SessionDraftProblem.alreadyHas(field: "motions").message)
  }
}
