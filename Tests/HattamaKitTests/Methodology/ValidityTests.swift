import Testing

@testable import HattamaKit

/// Validity as windows (SPEC, "The force of a rule"): a day the seed fixes is certain; one that
/// depends on a first official publication the seed lacks is a window, inside which a sitting
/// gets a warning and outside of which a violation.
@Suite("Methodology validity windows") struct ValidityTests {
  struct Sitting: Sendable, CustomTestStringConvertible {
    var methodology: Methodology
    var day: String
    /// `nil`: in force; else the severity of `methodology.not-in-force`.
    var severity: Severity?
    var testDescription: String { "\(methodology.id) on \(day)" }
  }

  static let days: [Sitting] = [
    // 002 item 4: in force from signing, 2025-10-09.
    Sitting(methodology: .trade2025, day: "2025-10-08", severity: .violation),
    Sitting(methodology: .trade2025, day: "2025-10-09", severity: nil),
    // 000 No. 457 item 4: from first publication, after registration on 2023-07-10.
    Sitting(methodology: .justice2023, day: "2023-07-09", severity: .violation),
    Sitting(methodology: .justice2023, day: "2023-07-10", severity: .warning),
    Sitting(methodology: .justice2023, day: "2023-07-29", severity: .warning),
    Sitting(methodology: .justice2023, day: "2023-07-30", severity: nil),
    // 001 No. 105 item 4: after first publication, signed 2023-06-29; item 2: «31 тамызына дейін».
    Sitting(methodology: .atyrau2023, day: "2023-06-28", severity: .violation),
    Sitting(methodology: .atyrau2023, day: "2023-06-29", severity: .warning),
    Sitting(methodology: .atyrau2023, day: "2023-07-19", severity: nil),
    Sitting(methodology: .atyrau2023, day: "2023-08-30", severity: nil),
    Sitting(methodology: .atyrau2023, day: "2023-08-31", severity: .warning),
    Sitting(methodology: .atyrau2023, day: "2023-09-01", severity: .violation),
    // 004: registered 2020-09-22; repealed by No. 145 of 2024-11-21, ten days after publication.
    Sitting(methodology: .nchr2020, day: "2020-09-21", severity: .violation),
    Sitting(methodology: .nchr2020, day: "2020-09-25", severity: .warning),
    Sitting(methodology: .nchr2020, day: "2024-11-25", severity: nil),
    Sitting(methodology: .nchr2020, day: "2024-12-01", severity: nil),
    Sitting(methodology: .nchr2020, day: "2024-12-02", severity: .warning),
    Sitting(methodology: .nchr2020, day: "2024-12-21", severity: .warning),
    Sitting(methodology: .nchr2020, day: "2024-12-22", severity: .violation),
    Sitting(methodology: .nchr2020, day: "2025-03-03", severity: .violation),
  ]

  @Test("a sitting is in force, in a window (a warning), or outside every reading", arguments: days)
  func severity(_ item: Sitting) throws {
    var record = Fixtures.calibration()
    record.kind = item.methodology.bodies[0].kind
    record.methodology = item.methodology.id
    record.sitting?.date = Fixtures.day(item.day)
    let findings = Audit.findings(for: record, methodology: item.methodology)
      .filter { $0.code == .methodologyNotInForce }
    #expect(findings.map(\.severity) == (item.severity.map { [$0] } ?? []))
    if item.severity == .warning {
      #expect(findings.first?.message.en.contains("only under an assumption") == true)
    }
  }
}
