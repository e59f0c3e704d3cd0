import Testing

@testable import HattamaKit

/// `competency.mismatch` (004 ¶27).
@Suite("Check: competency.mismatch") struct CompetencyCheckTests {
  static func findings(
    _ competencies: [Competency], _ methodology: Methodology = .nchr2020
  ) -> [Finding] {
    var record = CategoryCheckTests.record(.category(.second, kpiMet: 4))
    record.methodology = methodology.id
    record.cases[0].competencies = competencies
    return Audit.findings(for: record, methodology: methodology).filter {
      $0.code == .competencyMismatch
    }
  }

  static let pairs: [(Int, Int)] = (1...8).flatMap { n in (0...n).map { (n, $0) } }

  @Test(
    "004 ¶27: a recorded result other than the indicators give is a violation", arguments: pairs)
  func everyPair(indicators: Int, observed: Int) {
    let meets = CompetencyTests.reference(indicators: indicators, observed: observed) == .meets
    for recorded in CompetencyResult.allCases {
      let findings = Self.findings([
        Competency(
          name: "Шешім қабылдау", indicators: indicators, observed: observed, result: recorded)
      ])
      #expect(findings.count == ((recorded == .meets) == meets ? 0 : 1))
      #expect(findings.allSatisfy { $0.severity == .violation && $0.clause == "004 ¶27" })
    }
  }

  @Test("the message names the competency, the count and the threshold")
  func message() {
    let findings = Self.findings([
      Competency(name: "Ынтымақтастық", indicators: 4, observed: 2, result: .meets)
    ])
    #expect(
      findings.map(\.message.en) == [
        "Competency 'Ынтымақтастық' of case c1 is recorded as meets, but 2 of 4 indicators observed fall short of 3/4, which gives does-not-meet."
      ])
  }

  @Test("a methodology without the rule (000) checks no competency")
  func noRule() {
    let competency = Competency(name: "x", indicators: 4, observed: 0, result: .meets)
    #expect(Self.findings([competency], .justice2023) == [])
  }
}
