import HattamaKit
import Testing

@Suite("Issue 15: the Kit's findings and draft problems name no command or flag of the CLI")
struct KitMessagesTests {
  @Test("an unknown methodology is reported by name, without '--methodology-file'")
  func unknownMethodology() throws {
    let finding = try #require(Audit.findings(for: AuditTests.clean, methodology: nil).first)
    #expect(finding.code == .methodologyUnknown)
    #expect(finding.message == "The methodology '\(AuditTests.clean.methodology)' is not built in.")
  }

  @Test("a draft without a composition says so, without 'hattama roster compose'")
  func noComposition() {
    #expect(SessionDraftProblem.noComposition.message.en == "the draft has no 'composition'")
  }
}
