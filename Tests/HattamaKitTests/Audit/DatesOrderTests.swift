import Testing

@testable import HattamaKit

/// `dates.order`: events in an impossible order (SPEC, "Checking").
@Suite("dates.order") struct DatesOrderTests {
  struct Change: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var subject: String?
    var change: @Sendable (inout Record) -> Void
  }

  /// The lawful sitting with every date given in order.
  static var dated: Record {
    var record = AuditTests.clean
    record.cases[0].familiarizedOn = Fixtures.day("2025-10-14")
    record.cases[0].appliedOn = Fixtures.day("2025-10-16")
    record.composition?.approvedOn = Fixtures.day("2025-10-20")
    record.signing?.approvedOn = Fixtures.day("2025-10-27")
    return record
  }

  static let changes: [Change] = [
    Change(testDescription: "every date in order", subject: nil) { _ in },
    Change(testDescription: "002 ¶11: an application before the familiarisation", subject: "c1") {
      $0.cases[0].appliedOn = Fixtures.day("2025-10-13")
    },
    Change(testDescription: "002 ¶21: a sitting before the application", subject: "c1") {
      $0.cases[0].appliedOn = Fixtures.day("2025-10-27")
      $0.cases[0].familiarizedOn = nil
    },
    Change(testDescription: "002 ¶20: a sitting before the decision", subject: "record") {
      $0.composition?.approvedOn = Fixtures.day("2025-10-25")
    },
    Change(testDescription: "a protocol signed before the sitting", subject: "record") {
      $0.signing?.signedOn = Fixtures.day("2025-10-23")
      $0.signing?.approvedOn = nil
    },
    Change(testDescription: "an approval before the signing", subject: "record") {
      $0.signing?.approvedOn = Fixtures.day("2025-10-23")
    },
  ]

  @Test(
    "each impossible order is one dates.order finding; dates in order give none",
    arguments: changes)
  func order(_ item: Change) {
    var record = Self.dated
    item.change(&record)
    let findings = Audit.findings(for: record, methodology: .trade2025)
      .filter { $0.code == .datesOrder }
    #expect(findings.map(\.subject) == (item.subject.map { [$0] } ?? []))
    #expect(findings.allSatisfy { $0.severity == .violation && $0.message.en.contains("impossible") })
  }
}
