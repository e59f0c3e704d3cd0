import Foundation
import Testing

@testable import HattamaCLI

/// SPEC "Exit status": bad input is one clear message naming the file and what is wrong, exit 2;
/// a rule that refuses, or a check that finds a violation, is exit 1. Each case runs a command
/// on files written for it into a fresh folder (`$D` in the words) and checks what the user sees.
@Suite("Bad input: one message naming the file and what is wrong, exit 2 (a refusal 1)")
struct BadInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var testDescription: String
    /// Files written into the folder before the run: name → text.
    var files: [String: String] = [:]
    /// Words of the command line; `$D` is the folder.
    var words: [String]
    var code: ExitCode
    /// Fragments the message must contain (the file's name among them).
    var fragments: [String]
    /// Fragments the standard output must contain, when the command prints something.
    var output: [String] = []
  }

  static let draftCompose = (try? ExampleFiles.text("draft-compose.json")) ?? ""
  static let valid = (try? ExampleFiles.text("commission-valid.json")) ?? ""
  static let people =
    "id,name,hr,official\no1,O1,no,yes\nh1,H1,yes,\nh2,H2,yes,\ne1,E1,,\nv1,V1,,\n"
  static let cases = "id,employee,evaluators,score\nc1,e1,v1,3.40\n"

  static let refusals: [Case] =
    [
      Case(
        testDescription: "roster check: a record with no composition is told to run roster compose",
        files: ["draft.json": draftCompose], words: ["roster", "check", "$D/draft.json"],
        code: .badInput, fragments: ["draft.json", "has no 'composition'", "roster compose"]),
      Case(
        testDescription: "roster compose: a record with no candidates is refused",
        files: ["record.json": valid], words: ["roster", "compose", "$D/record.json"],
        code: .badInput, fragments: ["record.json", "has no 'candidates'"]),
      Case(
        testDescription:
          "roster compose: a methodology the tool does not know cannot govern the draft (exit 1)",
        files: [
          "draft.json": draftCompose.replacingOccurrences(of: "kz-trade-2025", with: "kz-none-2099")
        ],
        words: ["roster", "compose", "$D/draft.json"], code: .failure,
        fragments: ["draft.json", "'kz-none-2099'", "roster check"]),
      Case(
        testDescription:
          "roster check: a methodology the tool does not know is a finding, not a crash (exit 1)",
        files: [
          "record.json": valid.replacingOccurrences(of: "kz-justice-2023", with: "kz-none-2099")
        ],
        words: ["roster", "check", "$D/record.json"], code: .failure, fragments: [],
        output: ["methodology.unknown", "kz-none-2099"]),
      Case(
        testDescription: "roster check: a record that is not JSON names its file, line and column",
        files: ["bad.json": "{\n  \"format\": \"hattama.record/1\",\n  oops\n}\n"],
        words: ["roster", "check", "$D/bad.json"], code: .badInput,
        fragments: ["bad.json", "line 3"]),
      Case(
        testDescription: "audit: a folder where a file is expected",
        words: ["audit", "$D"], code: .badInput, fragments: ["is a directory"]),
      Case(
        testDescription: "audit: a file the system cannot read (EIO) says what the system said",
        words: ["audit", "/proc/self/mem"], code: .badInput,
        fragments: ["/proc/self/mem", "cannot be read", "Input/output error"]),
      Case(
        testDescription:
          "audit: a --methodology-file that is not a methodology is named, not the record read",
        files: ["record.json": valid, "rules.json": "{\"id\": 1}"],
        words: ["audit", "$D/record.json", "--methodology-file", "$D/rules.json"],
        code: .badInput, fragments: ["rules.json"]),
      Case(
        testDescription: "draft new: a mistyped methodology id is answered with the nearest one",
        files: ["people.csv": people, "cases.csv": cases],
        words: [
          "draft", "new", "--people", "$D/people.csv", "--cases", "$D/cases.csv",
          "--methodology", "kz-trade-2024", "--kind", "calibration",
        ],
        code: .badInput, fragments: ["'kz-trade-2024'", "'kz-trade-2025'"]),
      Case(
        testDescription: "draft new: a --kind that is neither calibration nor commission",
        files: ["people.csv": people, "cases.csv": cases],
        words: [
          "draft", "new", "--people", "$D/people.csv", "--cases", "$D/cases.csv",
          "--methodology", "kz-trade-2025", "--kind", "board",
        ],
        code: .badInput, fragments: ["--kind", "'board'", "'calibration' or 'commission'"]),
      Case(
        testDescription: "draft new: a quoted cell never closed names the sheet and the line",
        files: ["people.csv": people, "cases.csv": "id,employee\n\"c1,e1\n"],
        words: [
          "draft", "new", "--people", "$D/people.csv", "--cases", "$D/cases.csv",
          "--methodology", "kz-trade-2025", "--kind", "calibration",
        ],
        code: .badInput, fragments: ["cases.csv", "line 2", "never closed"]),
      Case(
        testDescription: "calendar list: a --calendar file that is not UTF-8",
        files: ["days.txt": "2026-03-23 \u{FFFD}"],
        words: ["calendar", "list", "2026", "--calendar", "$D/latin1.txt"],
        code: .badInput, fragments: ["latin1.txt", "not UTF-8"]),
      Case(
        testDescription: "verify: an --expect that is not N:HEX is a usage error",
        files: ["J.jsonl": "{}\n"], words: ["verify", "$D/J.jsonl", "--expect", "seven"],
        code: .badInput, fragments: ["--expect", "'seven'", "N:HEX"]),
      Case(
        testDescription: "session open: a draft that is not a JSON object names the draft",
        files: ["draft.json": "[1, 2]"],
        words: ["session", "open", "$D/draft.json", "--journal", "$D/J.jsonl"],
        code: .badInput, fragments: ["draft.json"]),
      Case(
        testDescription: "session open: a JSON object that is not a record names the missing field",
        files: ["draft.json": "{\"format\": \"hattama.record/1\"}"],
        words: ["session", "open", "$D/draft.json", "--journal", "$D/J.jsonl"],
        code: .badInput, fragments: ["draft.json", "the required field"]),
      Case(
        testDescription: "protocol --case: a case the record lacks is answered with the ids it has",
        files: ["record.json": valid], words: ["protocol", "$D/record.json", "--case", "zz"],
        code: .badInput, fragments: ["'zz'", "one of 'c1'"]),
      Case(
        testDescription: "session open: a draft naming a methodology the tool does not know",
        files: [
          "draft.json": SessionFixture.draft.replacingOccurrences(
            of: "kz-justice-2023", with: "kz-none-2099")
        ],
        words: ["session", "open", "$D/draft.json", "--journal", "$D/J.jsonl"],
        code: .badInput, fragments: ["draft.json", "'kz-none-2099'", "methodology list"]),
      Case(
        testDescription:
          "audit: a commission under a methodology that governs only calibrations is a finding (exit 1)",
        files: [
          "record.json": valid.replacingOccurrences(of: "kz-justice-2023", with: "kz-trade-2025")
        ],
        words: ["audit", "$D/record.json"], code: .failure, fragments: [],
        output: ["methodology.kind-unsupported"]),
      Case(
        testDescription: "audit: an empty file is no record",
        files: ["empty.json": ""], words: ["audit", "$D/empty.json"], code: .badInput,
        fragments: ["empty.json"]),
      Case(
        testDescription:
          "audit: a file that begins as a journal line does but is none is read as a record",
        files: ["odd.jsonl": "{\"seq\":1,\"type\":\"vote\"}\n"], words: ["audit", "$D/odd.jsonl"],
        code: .badInput, fragments: ["odd.jsonl"]),
      Case(
        testDescription: "audit: an unknown option is named with the nearest one",
        files: ["record.json": valid], words: ["audit", "$D/record.json", "--jsn"],
        code: .badInput, fragments: ["'--jsn'", "'--json'"]),
      Case(
        testDescription: "audit: after '--' a word beginning with '-' is a file, not an option",
        words: ["audit", "--", "-no-such-record.json"], code: .badInput,
        fragments: ["-no-such-record.json", "no such file"]),
      Case(
        testDescription: "session: a mistyped subcommand is named with the nearest one",
        words: ["session", "statu", "$D/J.jsonl"], code: .badInput,
        fragments: ["'statu'", "'status'", "hattama session --help"]),
    ]
    + outputPaths.map { name, path, fragments in
      Case(
        testDescription: "report -o: \(name)", files: ["record.json": valid],
        words: ["report", "$D/record.json", "-o", path], code: .badInput, fragments: fragments)
    }

  /// SPEC "Output and failures": -o writes only a regular file at a path it can check.
  static let outputPaths: [(String, String, [String])] = [
    ("the root folder is no file name", "/", ["is a folder; give a file name"]),
    ("a path ending in '/' is no file name", "$D/", ["is a folder; give a file name"]),
    ("'..' is no file name", "$D/..", ["is a folder; give a file name"]),
    (
      "a file where a folder is expected", "$D/record.json/report.txt",
      ["record.json/report.txt", "cannot be opened", "Not a directory"]
    ),
    (
      "a name longer than the system allows", "$D/" + String(repeating: "x", count: 300),
      ["cannot be checked", "File name too long"]
    ),
  ]

  @Test(arguments: refusals)
  func refused(_ test: Case) throws {
    let folder = try Scratch.folder().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for (name, text) in test.files {
      try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }
    // Latin-1 bytes, which no UTF-8 decoder accepts.
    try Data([0x32, 0x30, 0x32, 0x36, 0x20, 0xE9, 0x0A]).write(
      to: URL(fileURLWithPath: folder + "/latin1.txt"))
    let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let run = InProcess.run(test.words.map { $0.replacingOccurrences(of: "$D", with: folder) })
    #expect(run.code == test.code, "\(run.err)")
    for fragment in test.fragments {
      #expect(run.err.contains(fragment), "\(fragment) not in: \(run.err)")
    }
    for fragment in test.output {
      #expect(run.out.contains(fragment), "\(fragment) not in: \(run.out)")
    }
    // Nothing was written: the folder holds what the test put there, unchanged.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
    for (name, text) in test.files {
      #expect(try String(contentsOfFile: folder + "/" + name, encoding: .utf8) == text)
    }
  }
}
