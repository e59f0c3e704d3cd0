import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// A commission draft, a scratch directory and the command line run in-process.
enum SessionFixture {
  /// A Justice commission (000 ¶62–¶76) of five: m1 chairs, v1 evaluated case c1 and is
  /// recused from it, s1 is the secretary; quorum 4 of 5 (000 ¶63), majority of those present
  /// and eligible, the chair deciding a tie (000 ¶66).
  static let draft = """
    {
      "format": "hattama.record/1",
      "methodology": "kz-justice-2023",
      "kind": "commission",
      "body": "Әділет департаменті",
      "period": "2022, 4-тоқсан",
      "authorizedOfficial": "o1",
      "people": [
        {"id": "o1", "name": "Сәрсенбаев Бауыржан"},
        {"id": "m1", "name": "Омарова Ләззат"},
        {"id": "m2", "name": "Досмұхамедов Талғат"},
        {"id": "m3", "name": "Кенжебаева Салтанат"},
        {"id": "m4", "name": "Жұмағалиев Асқар"},
        {"id": "v1", "name": "Әлімжанов Руслан"},
        {"id": "s1", "name": "Бекова Әсел", "hr": true},
        {"id": "e1", "name": "Исаева Динара"},
        {"id": "e2", "name": "Мұратова Жанар"},
        {"id": "e3", "name": "Қасымов Дәурен"},
        {"id": "v2", "name": "Ибраева Сәуле"}
      ],
      "composition": {"chair": "m1", "members": ["m1", "m2", "m3", "m4", "v1"], "secretary": "s1"},
      "cases": [
        {"id": "c1", "employee": "e1", "evaluators": ["v1"], "score": "3.40"},
        {"id": "c2", "employee": "e2", "evaluators": ["v2"], "score": "2.90"},
        {"id": "c3", "employee": "e3", "evaluators": ["v2"], "score": "4.10"}
      ]
    }
    """

  /// A draft of nine members for many concurrent voters; quorum 6 of 9.
  static let largeDraft = commission(members: 9)

  /// A Justice commission of `count` members m1…, m1 chairing, s1 the secretary, one case c1
  /// evaluated by v1, who is not a member.
  static func commission(members count: Int) -> String {
    let members = (1...count).map { "m\($0)" }
    let people = (["o1", "s1", "e1", "v1"] + members).map { id in
      #"{"id": "\#(id)", "name": "Person \#(id)"\#(id == "s1" ? #", "hr": true"# : "")}"#
    }
    return """
      {"format": "hattama.record/1", "methodology": "kz-justice-2023", "kind": "commission",
       "body": "B", "period": "P", "authorizedOfficial": "o1",
       "people": [\(people.joined(separator: ", "))],
       "composition": {"chair": "m1", "members": [\(members.map { "\"\($0)\"" }.joined(separator: ", "))], "secretary": "s1"},
       "cases": [{"id": "c1", "employee": "e1", "evaluators": ["v1"], "score": "3.40"}]}
      """
  }

  struct Result {
    var code: ExitCode
    var out: String
    var err: String
    var lines: [String] {
      out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter {
        !$0.isEmpty
      }
    }
  }

  /// Runs `hattama` with `words` in this process.
  @discardableResult
  static func run(
    _ words: [String], input: [String] = [], language: Language = .en
  ) -> Result {
    let (console, captured) = Console.capturing(input: input, language: language)
    let code = HattamaCLI.run(words, console: console)
    return Result(code: code, out: captured.out, err: captured.err)
  }

  /// Runs a command that must succeed.
  @discardableResult
  static func ok(
    _ words: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) -> Result {
    let result = run(words)
    #expect(result.code == .success, "\(words): \(result.err)", sourceLocation: sourceLocation)
    return result
  }

  /// A new directory with `draft.json`, removed afterwards.
  static func withDirectory(
    draft text: String = draft, _ body: (String) throws -> Void
  ) throws {
    let path = NSTemporaryDirectory() + "hattama-session-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/draft.json"))
    try body(path)
  }

  /// Opens `J.jsonl` in `directory` and records attendance of everyone but m4.
  static func opened(_ directory: String, present: [String] = ["m1", "m2", "m3", "v1", "s1"])
    -> String
  {
    let journal = directory + "/J.jsonl"
    ok(["session", "open", directory + "/draft.json", "--journal", journal])
    ok(["session", "attend", journal, "--date", "2025-10-24", "--present"] + present)
    return journal
  }

  static func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// The complete lines of a journal, without their newlines.
  static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    lines.removeLast()
    return lines
  }

  /// The record `session export` prints.
  static func export(_ journal: String) throws -> Record {
    let result = ok(["session", "export", journal])
    return try Record.decode(Array(result.out.utf8))
  }
}
