import Testing

@testable import HattamaCLI
import HattamaKit

@Suite("Argument parsing") struct ArgumentParserTests {
  static let attend = CommandSpec(
    path: ["session", "attend"], abstract: Phrase(verbatim: "Record who is present."),
    arguments: [ArgumentSpec(name: "journal", help: Phrase(verbatim: "The journal."))],
    options: [
      .value("--date", "date", help: Phrase(verbatim: "The sitting's date."), required: true),
      .values("--present", "id", help: Phrase(verbatim: "Members present."), required: true),
      .flag("--json", help: Phrase(verbatim: "JSON.")),
      .value("--output", short: "-o", "file", help: Phrase(verbatim: "Where to write.")),
    ],
    run: { invocation throws(CLIError) in
      invocation.console.out(
        "\(invocation.argument("journal") ?? "-") \(invocation.value("--date") ?? "-") \(invocation.values("--present")) \(invocation.flag("--json")) \(invocation.value("--output") ?? "-")"
      )
      return .success
    })

  func run(_ words: [String]) -> (ExitCode, String, String) {
    let (console, captured) = Console.capturing()
    let code = Dispatcher(commands: [Self.attend]).run(words, console: console)
    return (code, captured.out, captured.err)
  }

  @Test("options take values after a space or an equals sign, several after --present")
  func parsesForms() {
    let (code, out, _) = run([
      "session", "attend", "J.jsonl", "--date=2025-10-24", "--present", "m1", "m2", "--json", "-o",
      "x",
    ])
    #expect(code == .success)
    #expect(out == "J.jsonl 2025-10-24 [\"m1\", \"m2\"] true x\n")
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var words: [String]
    var firstLine: String
    var testDescription: String { firstLine }
  }

  static let bad: [Bad] = [
    Bad(
      words: ["session", "attend", "J", "--date", "2025-10-24", "--presnt", "m1"],
      firstLine: "Error: Unknown option '--presnt'. Did you mean '--present'?"),
    Bad(
      words: ["session", "attend", "J", "--present", "m1"],
      firstLine: "Error: Missing expected option '--date <date>'."),
    Bad(
      words: ["session", "attend", "--date", "d", "--present", "m1"],
      firstLine: "Error: Missing expected argument '<journal>'."),
    Bad(
      words: ["session", "attend", "J", "K", "--date", "d", "--present", "m1"],
      firstLine: "Error: Unexpected argument 'K'."),
    Bad(
      words: ["session", "attend", "J", "--date", "d", "--date", "e", "--present", "m1"],
      firstLine: "Error: The option '--date' was given twice; give it once."),
    Bad(
      words: ["session", "attend", "J", "--date", "d", "--present"],
      firstLine: "Error: Missing value for '--present <id> ...'."),
    Bad(
      words: ["session", "attend", "J", "--json=yes", "--date", "d", "--present", "m1"],
      firstLine: "Error: The flag '--json' takes no value."),
  ]

  @Test("bad usage exits 2 with one sentence, the usage line and where to get help", arguments: bad)
  func badUsage(_ c: Bad) {
    let (code, out, err) = run(c.words)
    let lines = err.split(separator: "\n").map(String.init)
    #expect(code == .badInput)
    #expect(out.isEmpty)
    #expect(lines.first == c.firstLine)
    #expect(
      lines.dropFirst().first
        == "Usage: hattama session attend <journal> --date <date> --present <id> ... [--json] [--output <file>]"
    )
    #expect(lines.last == "See 'hattama session attend --help'.")
  }

  @Test("--help shows overview, usage, arguments and options")
  func help() {
    let (code, out, _) = run(["session", "attend", "--help"])
    #expect(code == .success)
    #expect(
      out == """
        OVERVIEW: Record who is present.

        USAGE: hattama session attend <journal> --date <date> --present <id> ... [--json] [--output <file>]

        ARGUMENTS:
          <journal>               The journal.

        OPTIONS:
          --date <date>           The sitting's date.
          --present <id> ...      Members present.
          --json                  JSON.
          -o, --output <file>     Where to write.
          -h, --help              Show help information.

        """)
  }

  @Test("an unknown command is refused with a suggestion; a group lists its commands")
  func commands() {
    let (code, _, err) = run(["sesion", "attend"])
    #expect(code == .badInput)
    #expect(err.hasPrefix("Error: Unknown command 'sesion'. Did you mean 'session'?\n"))
    let (listed, out, _) = run(["session", "--help"])
    #expect(listed == .success)
    #expect(out.contains("  attend                  Record who is present."))
    let (bare, _, _) = run([])
    #expect(bare == .success)
  }

  @Test("a negative number is a value, not an option")
  func negativeValue() {
    let (code, out, _) = run(["session", "attend", "J", "--date", "-1", "--present", "m1"])
    #expect(code == .success)
    #expect(out.hasPrefix("J -1 "))
  }
}
