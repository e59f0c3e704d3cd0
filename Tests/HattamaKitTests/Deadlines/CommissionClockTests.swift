import Testing

@testable import HattamaKit

/// 000 ¶72–¶75, 004 ¶39–¶43: a commission's familiarisation and appeal run from the decision's
/// completion, the authorized person's approval, else the sitting (SPEC, "Checking").
@Suite("A commission's clocks run from the approval") struct CommissionClockTests {
  /// A Justice commission that sat on Thu 2025-10-23; the approval is given per test.
  static func record(
    approved: String?, appeal: String? = nil, informed: String? = nil
  ) -> Record {
    var record = Fixtures.calibration()
    record.kind = .commission
    record.methodology = "kz-justice-2023"
    record.sitting?.date = Fixtures.day("2025-10-23")
    record.signing = Signing(
      signedOn: Fixtures.day("2025-10-23"), approvedOn: approved.map(Fixtures.day))
    record.appeal = appeal.map { Appeal(filedOn: Fixtures.day($0)) }
    record.outcomes = [
      Outcome(
        caseID: "c1", finalResult: .score(Fixtures.score("3.40")),
        familiarizedOn: informed.map(Fixtures.day))
    ]
    return record
  }

  static func findings(_ record: Record) throws -> [Finding] {
    let rules = try #require(Methodology.justice2023.rules(for: .commission))
    return record.deadlineFindings(under: rules, calendar: .kazakhstan)
  }

  @Test("000 ¶75: an appeal on the 10th working day after the approval is on time")
  func appealFromApproval() throws {
    // Approved Fri 10-31 (Republic Day moved to Mon 10-27 lies before it): the 10th working
    // day after is Fri 11-14; from the sitting of 10-23 it would have been 11-07.
    let record = Self.record(approved: "2025-10-31", appeal: "2025-11-14")
    #expect(try Self.findings(record).isEmpty)
  }

  @Test("000 ¶75: an appeal late even counted from the approval breaks every reading")
  func lateFromApproval() throws {
    let late = try Self.findings(Self.record(approved: "2025-10-31", appeal: "2025-11-17"))
    #expect(late.map(\.code) == [.deadlineAppeal])
    #expect(late.map(\.severity) == [.violation])
  }

  @Test("without an approval date the appeal counts from the sitting, and warns")
  func fromSitting() throws {
    let late = try Self.findings(Self.record(approved: nil, appeal: "2025-11-10"))
    #expect(late.map(\.code) == [.deadlineAppeal])
    #expect(late.map(\.severity) == [.warning])
    #expect(late.first?.message.en.contains("not under sitting") == true)
  }

  @Test("000 ¶73: familiarisation with the result within 2 working days of the approval")
  func familiarization() throws {
    #expect(try Self.findings(Self.record(approved: "2025-10-31", informed: "2025-11-04")).isEmpty)
    let late = try Self.findings(Self.record(approved: "2025-10-31", informed: "2025-11-05"))
    #expect(late.map(\.code) == [.deadlineFamiliarization])
    #expect(late.map(\.subject) == ["c1"])
    #expect(late.map(\.severity) == [.violation])
  }
}
