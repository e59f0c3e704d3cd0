import Testing

@testable import HattamaKit

/// The score is the average of the five parameters (002 Appendices 1–2, the sheet's note),
/// reported as a warning under `outcome.mismatch` (SPEC has no code of its own for it).
@Suite("Check: the score is the parameters' average") struct ParameterAverageCheckTests {
  static func findings(score: String, parameters: [String]) -> [Finding] {
    var record = Fixtures.calibration()
    record.sitting = nil
    record.cases = [
      Case(
        id: "c1", employee: "e1", evaluators: ["v1"], evaluation: .score(Fixtures.score(score)),
        parameters: ScoreParameters(parameters.map(Fixtures.score)))
    ]
    return Audit.findings(for: record, methodology: .trade2025).filter {
      $0.code == .outcomeMismatch
    }
  }

  /// Parameters summing to 19.99: the average 3.998 rounds to 3.99 or 4.00.
  static let sheet = ["4.00", "4.00", "4.00", "4.00", "3.99"]

  @Test(
    "002 Appendices 1–2: the average rounded down or up is the score; anything else a warning",
    arguments: [("3.98", true), ("3.99", false), ("4.00", false), ("4.01", true)])
  func average(score: String, reported: Bool) {
    let findings = Self.findings(score: score, parameters: Self.sheet)
    #expect(findings.count == (reported ? 1 : 0))
    #expect(findings.allSatisfy { $0.severity == .warning && $0.clause == "002 Appendices 1–2" })
  }

  @Test("an invalid parameter is reported by the score check, not averaged")
  func invalidParameter() {
    #expect(Self.findings(score: "4.00", parameters: ["4", "4", "4", "4", "5.01"]) == [])
  }
}
