import Foundation
import Testing

@testable import HattamaKit

@Suite("Competencies (004 ¶27)") struct CompetencyTests {
  /// Every pair of indicators 1…8 and observed 0…indicators.
  static let pairs: [(Int, Int)] = (1...8).flatMap { n in (0...n).map { (n, $0) } }

  /// The rule as the text words it, in exact decimal arithmetic: ¾ or more observed meets.
  static func reference(indicators: Int, observed: Int) -> CompetencyResult {
    Decimal(observed) / Decimal(indicators) >= Decimal(string: "0.75") ?? 0 ? .meets : .doesNotMeet
  }

  @Test("004 ¶27: meets exactly when at least ¾ of the indicators were observed", arguments: pairs)
  func againstReference(indicators: Int, observed: Int) {
    let competency = Competency(
      name: "Жеделділік", indicators: indicators, observed: observed, result: .meets)
    #expect(
      competency.expectedResult(threshold: Fraction(3, 4))
        == Self.reference(indicators: indicators, observed: observed))
  }

  @Test(
    "004 ¶27 at the bound: 3 of 4 meets, 2 of 3 does not, 6 of 8 meets, 5 of 7 does not",
    arguments: [
      (4, 3, CompetencyResult.meets), (3, 2, .doesNotMeet), (8, 6, .meets), (7, 5, .doesNotMeet),
    ])
  func bound(indicators: Int, observed: Int, expected: CompetencyResult) {
    let competency = Competency(
      name: "x", indicators: indicators, observed: observed, result: .meets)
    #expect(competency.expectedResult(threshold: Fraction(3, 4)) == expected)
  }
}
