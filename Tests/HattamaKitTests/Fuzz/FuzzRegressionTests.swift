import Testing

@testable import HattamaKit

/// Inputs the fuzz targets (fuzz/README.md) found, or led to, that once crashed, hung or
/// exhausted memory; each stays here after its fix.
@Suite("Fuzz regressions") struct FuzzRegressionTests {
  /// A score text and the error it must give.
  struct NegativeScoreCase: Sendable, CustomTestStringConvertible {
    var text: String
    var error: ScoreError
    var testDescription: String {
      text.count > 12 ? "\(text.prefix(6))… (\(text.count) characters)" : "'\(text)'"
    }
  }

  static let negativeScores: [NegativeScoreCase] = [
    NegativeScoreCase(text: "-5", error: .outOfRange("-5")),
    NegativeScoreCase(text: " - 3,40 ", error: .outOfRange(" - 3,40 ")),
    NegativeScoreCase(text: "--5", error: .notANumber("--5")),
    NegativeScoreCase(text: "-", error: .notANumber("-")),
    NegativeScoreCase(text: "-x", error: .notANumber("-x")),
    // Each minus sign was one level of recursion holding a copy of the rest of the text:
    // 200,000 of them took more than 2 GB before the fix.
    NegativeScoreCase(
      text: String(repeating: "-", count: 200_000) + "5",
      error: .notANumber(String(repeating: "-", count: 200_000) + "5")),
  ]

  @Test(
    "a minus before a score is out of range, before anything else no number",
    .timeLimit(.minutes(1)), arguments: negativeScores)
  func negativeScore(_ item: NegativeScoreCase) {
    #expect(throws: item.error) { try Score(parsing: item.text) }
  }

  @Test(
    "many strings nested deep parse in linear time: the path is built only for an error",
    .timeLimit(.minutes(1)))
  func deepStrings() throws {
    let depth = JSONParser.depthLimit - 1
    let strings = Array(repeating: "\"\"", count: 100_000).joined(separator: ",")
    let text =
      String(repeating: "[", count: depth) + strings + String(repeating: "]", count: depth)
    #expect(throws: Never.self) { try JSONParser().parse(text) }
  }

  @Test("a bad string deep in a document is still named by its path")
  func deepStringErrorPath() {
    do {
      _ = try JSONParser().parse(#"{"a": [{"b": "\q"}], "c": 1}"#)
      Issue.record("parsed an invalid escape")
    } catch {
      #expect(error.problem == .invalidEscape("\\q"))
      #expect(error.path == JSONPath([.key("a"), .index(0), .key("b")]))
    }
  }

  /// A day counted from a valid one and what it must be written as.
  struct FarDayCase: Sendable, CustomTestStringConvertible {
    var start: String
    var days: Int
    var written: String
    var testDescription: String { "\(start) \(days >= 0 ? "+" : "")\(days) days" }
  }

  static let farDays: [FarDayCase] = [
    // The fuzzer's input was `9999-12-31`; `hattama calendar add 9999-12-31 5` trapped.
    FarDayCase(start: "9999-12-31", days: 5, written: "10000-01-05"),
    FarDayCase(start: "9999-12-31", days: 0, written: "9999-12-31"),
    FarDayCase(start: "0001-01-01", days: -1, written: "0000-12-31"),
    FarDayCase(start: "0001-01-01", days: -367, written: "-0001-12-31"),
  ]

  @Test("a day past 9999 or before year 1 is written with its whole year", arguments: farDays)
  func farDay(_ item: FarDayCase) throws {
    let start = try #require(Day(iso: item.start))
    #expect(start.adding(days: item.days).description == item.written)
  }
}
