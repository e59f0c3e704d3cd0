import Foundation
import Testing

@testable import HattamaKit

/// A small valid record; the cases below each change one piece of it.
let minimalRecord = """
  {
    "format": "hattama.record/1",
    "methodology": "kz-trade-2025",
    "kind": "calibration",
    "body": "Сауда және интеграция министрлігі",
    "period": "2025, 3-тоқсан",
    "authorizedOfficial": "o1",
    "people": [
      {"id": "o1", "name": "Омаров Ерлан"},
      {"id": "e1", "name": "Қасымов Дәурен"},
      {"id": "v1", "name": "Әбдірахманов Ержан"},
      {"id": "m1", "name": "Жақсылықов Нұрлан"}
    ],
    "cases": [
      {"id": "c1", "employee": "e1", "evaluators": ["v1"], "score": "3.40"}
    ]
  }
  """

/// `minimalRecord` with one piece of text replaced.
func variant(_ original: String, _ replacement: String) -> [UInt8] {
  precondition(minimalRecord.contains(original), "the test's text '\(original)' is not there")
  return Array(minimalRecord.replacingOccurrences(of: original, with: replacement).utf8)
}

/// A motion line added to `minimalRecord`.
func withMotion(_ motion: String) -> [UInt8] {
  variant("  ]\n}", "  ],\n  \"motions\": [\n    \(motion)\n  ]\n}")
}

struct DecodingErrorCase: Sendable, CustomTestStringConvertible {
  var name: String
  var input: [UInt8]
  var expected: String
  var testDescription: String { name }

  init(_ name: String, _ input: [UInt8], _ expected: String) {
    self.name = name
    self.input = input
    self.expected = expected
  }
}

@Suite("Record decoding") struct RecordDecoderTests {
  @Test("the minimal record decodes with its defaults")
  func minimal() throws {
    let record = try Record.decode(Array(minimalRecord.utf8))
    #expect(record.people.map(\.hr) == [false, false, false, false])
    #expect(record.cases[0].sanction == .none)
    #expect(record.cases[0].score == .valid(try Score(parsing: "3.40")))
    #expect(record.composition == nil && record.sitting == nil && record.motions == nil)
  }

  static let errors: [DecodingErrorCase] = [
    DecodingErrorCase(
      "an unknown field, with the nearest allowed one",
      variant(#""score": "3.40"}"#, #""score": "3.40", "familiarisedOn": "2025-10-13"}"#),
      "line 15, column 75, cases[0].familiarisedOn: unknown field 'familiarisedOn'; did you mean "
        + "'familiarizedOn'?"),
    DecodingErrorCase(
      "an unknown field with nothing near it",
      variant(#""name": "Омаров Ерлан"}"#, #""name": "Омаров Ерлан", "xy": 1}"#),
      "line 9, column 42, people[0].xy: unknown field 'xy'; the fields allowed here are 'id', "
        + "'name', 'position', 'hr' and 'unit'."),
    DecodingErrorCase(
      "a missing field",
      variant(#", "evaluators": ["v1"]"#, ""),
      "line 15, column 5, cases[0]: the required field 'evaluators' is missing; add it."),
    DecodingErrorCase(
      "a missing top-level field",
      variant("  \"period\": \"2025, 3-тоқсан\",\n", ""),
      "line 1, column 1: the required field 'period' is missing; add it."),
    DecodingErrorCase(
      "a date that does not exist",
      variant(#""score": "3.40"}"#, #""score": "3.40", "appliedOn": "2025-02-29"}"#),
      "line 15, column 88, cases[0].appliedOn: '2025-02-29' is not a date; write it as "
        + "YYYY-MM-DD, like \"2025-10-24\"."),
    DecodingErrorCase(
      "a score that is no number",
      variant(#""3.40""#, #""3.4x""#),
      "line 15, column 67, cases[0].score: '3.4x' is not a score; write it like \"3.40\"."),
    DecodingErrorCase(
      "a score written as a number",
      variant(#""3.40""#, "3.40"),
      "line 15, column 67, cases[0].score: expected a score in a string, like \"3.40\", found a "
        + "number."),
    DecodingErrorCase(
      "a person id given twice",
      variant(#"{"id": "m1""#, #"{"id": "e1""#),
      "line 12, column 12, people[3].id: the id 'e1' is already used at people[1].id; give each "
        + "one an id of its own."),
    DecodingErrorCase(
      "an employee no person defines",
      variant(#""employee": "e1""#, #""employee": "e9""#),
      "line 15, column 30, cases[0].employee: 'e9' names no person in 'people'; add the person or "
        + "correct the id."),
    DecodingErrorCase(
      "an evaluator no person defines",
      variant(#"["v1"]"#, #"["v1", "v2"]"#),
      "line 15, column 57, cases[0].evaluators[1]: 'v2' names no person in 'people'; add the "
        + "person or correct the id."),
    DecodingErrorCase(
      "an authorized official no person defines",
      variant(#""authorizedOfficial": "o1""#, #""authorizedOfficial": "o2""#),
      "line 7, column 25, authorizedOfficial: 'o2' names no person in 'people'; add the person or "
        + "correct the id."),
    DecodingErrorCase(
      "another format",
      variant("hattama.record/1", "hattama.record/2"),
      "line 2, column 13, format: 'hattama.record/2' is not a format this tool reads; write "
        + "\"hattama.record/1\"."),
    DecodingErrorCase(
      "no format",
      variant("  \"format\": \"hattama.record/1\",\n", ""),
      "line 1, column 1: the required field 'format' is missing; add it."),
    DecodingErrorCase(
      "a field written twice",
      variant(#""score": "3.40"}"#, #""score": "3.40", "score": "3.80"}"#),
      "line 15, column 75, cases[0].score: the field 'score' appears more than once in this "
        + "object; keep one."),
    DecodingErrorCase(
      "a kind of body that does not exist",
      variant(#""calibration""#, #""session""#),
      "line 4, column 11, kind: 'session' is not allowed here; write 'calibration' or "
        + "'commission'."),
    DecodingErrorCase(
      "a sanction that does not exist",
      variant(#""score": "3.40"}"#, #""score": "3.40", "sanction": "fine"}"#),
      "line 15, column 87, cases[0].sanction: 'fine' is not allowed here; write 'none', "
        + "'reprimand' or 'other'."),
    DecodingErrorCase(
      "hr that is no boolean",
      variant(#""name": "Омаров Ерлан"}"#, #""name": "Омаров Ерлан", "hr": "yes"}"#),
      "line 9, column 48, people[0].hr: expected true or false, found a string."),
    DecodingErrorCase(
      "a document that is no object",
      Array("[]".utf8),
      "line 1, column 1: expected an object, found an array."),
    DecodingErrorCase(
      "a syntax error",
      variant(#"{"id": "o1", "name": "Омаров Ерлан"}"#, #"{"id": "o1" "name": "Омаров Ерлан"}"#),
      "line 9, column 17, people[0]: expected ',' or '}' after an object member, found '\"'."),
    DecodingErrorCase(
      "a correction without its score",
      withMotion(#"{"id": "mo1", "case": "c1", "kind": "correct", "votes": {}}"#),
      "line 18, column 5, motions[0]: no result is given; add 'score' or 'category'."),
    DecodingErrorCase(
      "a confirmation with a score",
      withMotion(#"{"id": "mo1", "case": "c1", "kind": "confirm", "score": "3.80"}"#),
      "line 18, column 61, motions[0].score: a 'confirm' motion keeps the evaluator's result and "
        + "takes no 'score'; remove it, or make the kind 'correct'."),
    DecodingErrorCase(
      "a motion of another kind",
      withMotion(#"{"id": "mo1", "case": "c1", "kind": "amend"}"#),
      "line 18, column 41, motions[0].kind: 'amend' is not allowed here; write 'confirm' or "
        + "'correct'."),
    DecodingErrorCase(
      "a motion on a case that does not exist",
      withMotion(#"{"id": "mo1", "case": "c2", "kind": "confirm"}"#),
      "line 18, column 27, motions[0].case: 'c2' names no case in 'cases'; add the case or "
        + "correct the id."),
    DecodingErrorCase(
      "a proposer that does not exist",
      withMotion(#"{"id": "mo1", "case": "c1", "kind": "confirm", "proposedBy": "m9"}"#),
      "line 18, column 66, motions[0].proposedBy: 'm9' names no person in 'people'; add the "
        + "person or correct the id."),
    DecodingErrorCase(
      "a vote that is no choice",
      withMotion(#"{"id": "mo1", "case": "c1", "kind": "confirm", "votes": {"m1": "yes"}}"#),
      "line 18, column 68, motions[0].votes.m1: 'yes' is not allowed here; write 'for', "
        + "'against' or 'abstain'."),
    DecodingErrorCase(
      "a result that does not exist",
      withMotion(#"{"id": "mo1", "case": "c1", "kind": "confirm", "result": "passed"}"#),
      "line 18, column 62, motions[0].result: 'passed' is not allowed here; write 'adopted', "
        + "'rejected' or 'unresolved'."),
    DecodingErrorCase(
      "a motion id given twice",
      withMotion(
        #"{"id": "mo1", "case": "c1", "kind": "confirm"}, "#
          + #"{"id": "mo1", "case": "c1", "kind": "confirm"}"#
      ),
      "line 18, column 60, motions[1].id: the id 'mo1' is already used at motions[0].id; give "
        + "each one an id of its own."),
    DecodingErrorCase(
      "an outcome for a case that does not exist",
      variant("  ]\n}", "  ],\n  \"outcomes\": [{\"case\": \"c7\", \"finalScore\": \"3.40\"}]\n}"),
      "line 17, column 25, outcomes[0].case: 'c7' names no case in 'cases'; add the case or "
        + "correct the id."),
    DecodingErrorCase(
      "a journal head that is no SHA-256",
      variant("  ]\n}", "  ],\n  \"journal\": {\"events\": 3, \"head\": \"ABC\"}\n}"),
      "line 17, column 36, journal.head: 'ABC' is not a journal head, the 64 lowercase "
        + "hexadecimal digits of a SHA-256."),
    DecodingErrorCase(
      "a journal of no events",
      variant("  ]\n}", "  ],\n  \"journal\": {\"events\": 0, \"head\": \"ab\"}\n}"),
      "line 17, column 25, journal.events: '0' is not a number of events, a whole number of at "
        + "least 1."),
    DecodingErrorCase(
      "null for an optional field",
      variant("  ]\n}", "  ],\n  \"conclusion\": null\n}"),
      "line 17, column 17, conclusion: expected a string or an object of languages, like "
        + #"{"kk": "…", "ru": "…"}, found null."#),
  ]

  @Test("strict decoding refuses with the line, column, path and one sentence", arguments: errors)
  func refused(_ item: DecodingErrorCase) {
    do {
      _ = try Record.decode(item.input)
      Issue.record("decoded a record that must be refused")
    } catch {
      #expect(error.description == item.expected)
    }
  }

  @Test("the error carries its line, column, path and problem as values")
  func errorValues() {
    #expect(
      throws: RecordDecodingError(
        .unknownField(
          "familiarisedOn", suggestion: "familiarizedOn", allowed: RecordDecoder.caseKeys),
        at: JSONPosition(line: 15, column: 75),
        path: JSONPath([
          .key("cases"), .index(0),
          .key("familiarisedOn"),
        ]))
    ) {
      try Record.decode(
        variant(#""score": "3.40"}"#, #""score": "3.40", "familiarisedOn": "2025-10-13"}"#))
    }
  }

  @Test("a person's optional unit is read, written back, and must be a string")
  func personUnit() throws {
    let withUnit = variant(
      #"{"id": "e1", "name": "Қасымов Дәурен"}"#,
      #"{"id": "e1", "name": "Қасымов Дәурен", "unit": "Құқық департаменті"}"#)
    let record = try Record.decode(withUnit)
    #expect(record.people[1].unit == "Құқық департаменті")
    #expect(record.people[0].unit == nil)
    #expect(try Record.decode(Array(record.encodedJSON().utf8)) == record)
    #expect(throws: RecordDecodingError.self) {
      try Record.decode(
        variant(
          #"{"id": "e1", "name": "Қасымов Дәурен"}"#, #"{"id": "e1", "name": "Қ", "unit": 5}"#))
    }
  }

  @Test("SPEC: a score written with a comma is accepted", arguments: ["3,40", "3.40", "3.4"])
  func commaScore(text: String) throws {
    let record = try Record.decode(variant(#""3.40""#, "\"\(text)\""))
    #expect(record.cases[0].score == .valid(try Score(parsing: "3.40")))
  }

  @Test(
    "a number that is no valid score is kept for the audit to report",
    arguments: [
      ("5.01", ScoreError.outOfRange("5.01")), ("3.405", .tooManyDecimals("3.405")),
      ("-1", .outOfRange("-1")),
    ])
  func invalidScoresKept(text: String, problem: ScoreError) throws {
    let record = try Record.decode(variant(#""3.40""#, "\"\(text)\""))
    #expect(record.cases[0].score == .invalid(text: text, problem))
  }

  @Test("a member voting twice is kept, in order, for vote.duplicate")
  func duplicateVotesKept() throws {
    let record = try Record.decode(
      withMotion(
        #"{"id": "mo1", "case": "c1", "kind": "confirm", "#
          + #""votes": {"m1": "for", "m2": "against", "m1": "against"}}"#
      ))
    #expect(
      record.motions?.first?.votes == [
        Vote(member: "m1", choice: .for), Vote(member: "m2", choice: .against),
        Vote(member: "m1", choice: .against),
      ])
  }

  @Test(
    "ids in the composition, candidates, attendance, votes and signatures are left to the checks")
  func unknownIDsLeftToChecks() throws {
    let bytes = variant(
      "  ]\n}",
      """
        ],
        "composition": {"chair": "x1", "members": ["x1", "x2", "x3"], "secretary": "x4"},
        "candidates": ["x5"],
        "sitting": {"date": "2025-10-22", "present": ["x6"]},
        "motions": [{"id": "mo1", "case": "c1", "kind": "confirm", "votes": {"x7": "for"}}],
        "protocol": {"signedBy": ["x8"]}
      }
      """)
    let record = try Record.decode(bytes)
    #expect(record.composition?.members == ["x1", "x2", "x3"])
    #expect(record.candidates == ["x5"])
    #expect(record.sitting?.present == ["x6"])
    #expect(record.motions?.first?.votes.map(\.member) == ["x7"])
    #expect(record.signing?.signedBy == ["x8"])
  }
}
