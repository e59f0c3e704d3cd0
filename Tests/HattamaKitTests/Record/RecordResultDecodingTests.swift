import Testing

@testable import HattamaKit

/// SPEC "Two kinds of result": a case has a `score` or `kpiMet` and `category`, never both; a
/// correction and an outcome give one of the case's kind; `parameters` and `competencies`.
@Suite("Record decoding: scores and categories") struct RecordResultDecodingTests {
  static let scored = #""score": "3.40""#
  static func byCategory(_ fields: String) -> [UInt8] { variant(scored, fields) }
  static func categoryMotion(_ motion: String) -> [UInt8] {
    Array(
      String(decoding: withMotion(motion), as: UTF8.self)
        .replacingOccurrences(of: scored, with: #""kpiMet": 4, "category": 2"#).utf8)
  }

  @Test("a case graded by category, its correction and outcome decode and encode back")
  func roundTrip() throws {
    let text = String(
      decoding: variant(
        "  ]\n}",
        "  ],\n  \"motions\": [{\"id\": \"mo1\", \"case\": \"c1\", \"kind\": \"correct\", "
          + "\"kpiMet\": 5, \"category\": 1}],\n  \"outcomes\": [{\"case\": \"c1\", "
          + "\"finalCategory\": 1}]\n}"),
      as: UTF8.self
    ).replacingOccurrences(of: Self.scored, with: #""kpiMet": 4, "category": 2"#)
    let record = try Record.decode(Array(text.utf8))
    #expect(record.cases[0].evaluation == .category(.second, kpiMet: 4))
    #expect(record.motions?[0].kind == .correct(.category(.first, kpiMet: 5)))
    #expect(record.outcomes?[0].finalResult == .category(.first, kpiMet: nil))
    #expect(try Record.decode(Array(record.encodedJSON().utf8)) == record)
  }

  @Test("parameters and competencies decode and encode back")
  func detail() throws {
    let record = try Record.decode(
      variant(
        Self.scored,
        #""score": "3.40", "parameters": ["4.00", "3.00", "3.50", "4.00", "2.50"], "#
          + #""competencies": [{"name": "Жеделділік", "indicators": 4, "observed": 3, "#
          + #""result": "meets"}]"#))
    #expect(
      record.cases[0].parameters?.values.compactMap(\.score?.hundredths) == [
        400, 300, 350, 400, 250,
      ])
    #expect(
      record.cases[0].competencies == [
        Competency(name: "Жеделділік", indicators: 4, observed: 3, result: .meets)
      ])
    #expect(try Record.decode(Array(record.encodedJSON().utf8)) == record)
  }

  static let errors: [DecodingErrorCase] = [
    DecodingErrorCase(
      "a case with a score and a category",
      variant(Self.scored, #""score": "3.40", "category": 2"#),
      "line 15, column 87, cases[0].category: 'score' and 'category' are two kinds of result; "
        + "give one of them, not both."),
    DecodingErrorCase(
      "a case with a score and the targets met",
      variant(Self.scored, #""score": "3.40", "kpiMet": 4"#),
      "line 15, column 85, cases[0].kpiMet: 'score' and 'kpiMet' are two kinds of result; give "
        + "one of them, not both."),
    DecodingErrorCase(
      "a case with no result",
      variant(", " + Self.scored, ""),
      "line 15, column 5, cases[0]: no result is given; add 'score' (a quarterly evaluation) or "
        + "'kpiMet' and 'category' (an annual evaluation by targets)."),
    DecodingErrorCase(
      "a category without the targets met",
      Self.byCategory(#""category": 2"#),
      "line 15, column 5, cases[0]: the required field 'kpiMet' is missing; add it."),
    DecodingErrorCase(
      "the targets met without a category",
      Self.byCategory(#""kpiMet": 4"#),
      "line 15, column 5, cases[0]: the required field 'category' is missing; add it."),
    DecodingErrorCase(
      "a category 5",
      Self.byCategory(#""kpiMet": 4, "category": 5"#),
      "line 15, column 83, cases[0].category: '5' is not a category, a whole number from 1 to 4."),
    DecodingErrorCase(
      "a category 0",
      Self.byCategory(#""kpiMet": 4, "category": 0"#),
      "line 15, column 83, cases[0].category: '0' is not a category, a whole number from 1 to 4."),
    DecodingErrorCase(
      "six targets met",
      Self.byCategory(#""kpiMet": 6, "category": 1"#),
      "line 15, column 68, cases[0].kpiMet: '6' is not a number of targets met, a whole number "
        + "from 0 to 5."),
    DecodingErrorCase(
      "a category in a string",
      Self.byCategory(#""kpiMet": 4, "category": "2""#),
      "line 15, column 83, cases[0].category: expected a category, a whole number from 1 to 4, "
        + "found a string."),
    DecodingErrorCase(
      "a correction by score of a case graded by category",
      categoryMotion(#"{"id": "mo1", "case": "c1", "kind": "correct", "score": "3.80"}"#),
      "line 18, column 61, motions[0].score: case 'c1' is graded by category, so 'score' does "
        + "not apply; give its result by category."),
    DecodingErrorCase(
      "a correction by category of a scored case",
      withMotion(#"{"id": "mo1", "case": "c1", "kind": "correct", "category": 1}"#),
      "line 18, column 64, motions[0].category: case 'c1' is graded by score, so 'category' "
        + "does not apply; give its result by score."),
    DecodingErrorCase(
      "a correction with the targets met but no category",
      categoryMotion(#"{"id": "mo1", "case": "c1", "kind": "correct", "kpiMet": 5}"#),
      "line 18, column 62, motions[0].kpiMet: the required field 'category' is missing; add it."),
    DecodingErrorCase(
      "a correction with a score and a category",
      withMotion(
        #"{"id": "mo1", "case": "c1", "kind": "correct", "score": "3.80", "category": 1}"#),
      "line 18, column 81, motions[0].category: 'score' and 'category' are two kinds of result; "
        + "give one of them, not both."),
    DecodingErrorCase(
      "a confirmation with a category",
      categoryMotion(#"{"id": "mo1", "case": "c1", "kind": "confirm", "category": 1}"#),
      "line 18, column 64, motions[0].category: a 'confirm' motion keeps the evaluator's result "
        + "and takes no 'category'; remove it, or make the kind 'correct'."),
    DecodingErrorCase(
      "an outcome by category of a scored case",
      variant("  ]\n}", "  ],\n  \"outcomes\": [{\"case\": \"c1\", \"finalCategory\": 1}]\n}"),
      "line 17, column 48, outcomes[0].finalCategory: case 'c1' is graded by score, so "
        + "'finalCategory' does not apply; give its result by score."),
    DecodingErrorCase(
      "an outcome with no result",
      variant("  ]\n}", "  ],\n  \"outcomes\": [{\"case\": \"c1\"}]\n}"),
      "line 17, column 16, outcomes[0]: no result is given; add 'finalScore' or 'finalCategory'."),
    DecodingErrorCase(
      "four parameters",
      variant(Self.scored, #""score": "3.40", "parameters": ["4.00", "3.00", "3.50", "4.00"]"#),
      "line 15, column 89, cases[0].parameters: '4' is not the number of parameter scores "
        + "of the evaluation sheet, 5 (002 Appendices 1–2)."),
    DecodingErrorCase(
      "parameters beside a category",
      Self.byCategory(
        #""kpiMet": 4, "category": 2, "parameters": ["4", "4", "4", "4", "4"]"#),
      "line 15, column 100, cases[0].parameters: 'category' and 'parameters' are two kinds of "
        + "result; give one of them, not both."),
    DecodingErrorCase(
      "more indicators observed than there are",
      variant(
        Self.scored,
        #""score": "3.40", "competencies": [{"name": "Жеделділік", "indicators": 4, "#
          + #""observed": 5, "result": "meets"}]"#),
      "line 15, column 144, cases[0].competencies[0].observed: '5' is not a number of "
        + "indicators observed, a whole number from 0 to its 4 indicators."),
    DecodingErrorCase(
      "a competency result that does not exist",
      variant(
        Self.scored,
        #""score": "3.40", "competencies": [{"name": "Жеделділік", "indicators": 4, "#
          + #""observed": 3, "result": "partly"}]"#),
      "line 15, column 157, cases[0].competencies[0].result: 'partly' is not allowed here; write "
        + "'meets' or 'does-not-meet'."),
  ]

  @Test("refused with the line, column, path and one sentence", arguments: errors)
  func refused(_ item: DecodingErrorCase) {
    do {
      _ = try Record.decode(item.input)
      Issue.record("decoded a record that must be refused")
    } catch {
      #expect(error.description == item.expected)
    }
  }
}
