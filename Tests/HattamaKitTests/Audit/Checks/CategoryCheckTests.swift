import Testing

@testable import HattamaKit

/// `result.category-mismatch` (000 ¶55, 001 ¶49, 004 ¶18).
@Suite("Check: result.category-mismatch") struct CategoryCheckTests {
  /// A Justice commission draft with one case graded by category.
  static func record(_ evaluation: EvaluationResult, motion: EvaluationResult? = nil) -> Record {
    var record = Fixtures.calibration()
    record.methodology = "kz-justice-2023"
    record.kind = .commission
    record.sitting = nil
    record.cases = [Case(id: "c1", employee: "e1", evaluators: ["v1"], evaluation: evaluation)]
    record.motions = motion.map { [Motion(id: "mo1", caseID: "c1", kind: .correct($0))] }
    return record
  }

  static func findings(_ record: Record, _ methodology: Methodology = .justice2023) -> [Finding] {
    Audit.findings(for: record, methodology: methodology).filter {
      $0.code == .resultCategoryMismatch
    }
  }

  /// Every number of targets met with every category: a finding exactly where they disagree.
  static let table: [(Int, TargetCategory)] = (0...5).flatMap { met in
    TargetCategory.allCases.map { (met, $0) }
  }

  @Test(
    "000 ¶55: a case's category follows from its targets met, else a violation", arguments: table)
  func cases(kpiMet: Int, category: TargetCategory) {
    let expected: TargetCategory =
      kpiMet == 5 ? .first : kpiMet == 4 ? .second : kpiMet == 3 ? .third : .fourth
    let findings = Self.findings(Self.record(.category(category, kpiMet: kpiMet)))
    #expect(findings.count == (category == expected ? 0 : 1))
    #expect(
      findings.allSatisfy {
        $0.severity == .violation && $0.clause == "000 ¶55" && $0.subject == "c1"
      })
  }

  @Test("004 ¶18: a correction's category follows from the targets met it gives")
  func correction() {
    let lawful = Self.record(.category(.second, kpiMet: 4), motion: .category(.first, kpiMet: 5))
    #expect(Self.findings(lawful, .nchr2020) == [])
    let broken = Self.record(.category(.second, kpiMet: 4), motion: .category(.first, kpiMet: 4))
    let findings = Self.findings(broken, .nchr2020)
    #expect(findings.map(\.subject) == ["mo1"])
    #expect(
      findings.first?.message.en
        == "Motion mo1 gives category 1, but 4 of 5 targets met give category 2 («тиімді»).")
    // Without the targets met, a correction's category cannot be checked against them.
    #expect(
      Self.findings(
        Self.record(.category(.second, kpiMet: 4), motion: .category(.first, kpiMet: nil)),
        .nchr2020) == [])
  }

  @Test("002 grades by score only: a category under kz-trade-2025 is reported")
  func scoreOnly() {
    var record = Self.record(.category(.first, kpiMet: 5))
    record.methodology = "kz-trade-2025"
    record.kind = .calibration
    #expect(Self.findings(record, .trade2025).map(\.subject) == ["c1"])
    #expect(Self.findings(Fixtures.calibration(), .trade2025) == [])
  }
}
