import Testing

@testable import HattamaKit

/// `score.cap-exceeded` (002 Appendices 1–2, parameter 5): the text bounds parameter 5; the
/// final score only under a reading, except above what a capped parameter 5 can average.
@Suite("Check: score.cap-exceeded and its readings") struct CapCheckTests {
  static func findings(
    sanction: Sanction, score: String, parameters: [String]? = nil,
    methodology: Methodology = .trade2025
  ) -> [Finding] {
    var record = Fixtures.calibration()
    record.sitting = nil
    record.cases = [
      Case(
        id: "c1", employee: "e1", evaluators: ["v1"], evaluation: .score(Fixtures.score(score)),
        sanction: sanction, parameters: parameters.map { ScoreParameters($0.map(Fixtures.score)) })
    ]
    return Audit.findings(for: record, methodology: methodology).filter {
      $0.code == .scoreCapExceeded
    }
  }

  struct Bound: Sendable, CustomTestStringConvertible {
    var sanction: Sanction
    var score: String
    var expected: Severity?
    var testDescription: String { "\(sanction.rawValue) \(score): \(expected?.rawValue ?? "none")" }
  }

  static let bounds: [Bound] = [
    Bound(sanction: .none, score: "5.00", expected: nil),
    Bound(sanction: .reprimand, score: "2.99", expected: nil),
    Bound(sanction: .reprimand, score: "3.00", expected: .warning),
    Bound(sanction: .reprimand, score: "4.60", expected: .warning),
    Bound(sanction: .reprimand, score: "4.61", expected: .violation),
    Bound(sanction: .other, score: "1.99", expected: nil),
    Bound(sanction: .other, score: "2.00", expected: .warning),
    Bound(sanction: .other, score: "4.40", expected: .warning),
    Bound(sanction: .other, score: "4.41", expected: .violation),
  ]

  @Test(
    "002 Appendices 1–2: each side of the cap and of the highest capped average", arguments: bounds)
  func finalScore(_ bound: Bound) {
    let findings = Self.findings(sanction: bound.sanction, score: bound.score)
    #expect(findings.map(\.severity) == (bound.expected.map { [$0] } ?? []))
  }

  @Test("the warning names the reading and the other one")
  func readingMessage() {
    #expect(
      Self.findings(sanction: .reprimand, score: "3.00").map(\.message.en) == [
        "Case c1 ends with 3.00 but a reprimand sanction caps the score at 2.99, reading the cap as bounding the final score; read as bounding parameter 5 only, it allows up to 4.60."
      ])
  }

  @Test("002 Appendices 1–2: parameter 5 above the cap breaks the text itself")
  func parameterFive() {
    let lawful = Self.findings(
      sanction: .reprimand, score: "2.79", parameters: ["3.00", "3.00", "2.00", "2.95", "2.99"])
    #expect(lawful == [])
    let broken = Self.findings(
      sanction: .reprimand, score: "2.80", parameters: ["3.00", "3.00", "2.00", "2.99", "3.00"])
    #expect(broken.map(\.severity) == [.violation])
    #expect(
      broken.first?.message.en
        == "Parameter 5 of case c1 is 3.00 but a reprimand sanction caps it at 2.99.")
  }

  @Test("a body that reads the cap as bounding parameter 5 only: no warning, the bound stays")
  func otherReading() {
    var methodology = Methodology.trade2025
    methodology.caps?.boundsFinalScore.value = false
    #expect(Self.findings(sanction: .reprimand, score: "4.60", methodology: methodology) == [])
    #expect(
      Self.findings(sanction: .reprimand, score: "4.61", methodology: methodology).map(\.severity)
        == [.violation])
  }

  @Test("a body whose own order adopts the reading as text: a violation above the cap")
  func adoptedReading() {
    var methodology = Methodology.trade2025
    methodology.caps?.boundsFinalScore.source = .text
    #expect(
      Self.findings(sanction: .reprimand, score: "3.00", methodology: methodology).map(\.severity)
        == [.violation])
  }
}
