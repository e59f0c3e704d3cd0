import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// Colour only on a terminal and never with `NO_COLOR` (no-color.org); never in JSON.
@Suite("Colour on a terminal only") struct ColourTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var environment: [String: String]
    var terminals: Set<String>
    /// Whether standard output, then standard error, show colour.
    var expected: [Bool]
    var testDescription: String { "\(environment) on \(terminals.sorted())" }
  }

  static let cases = [
    Case(environment: [:], terminals: ["out", "err"], expected: [true, true]),
    Case(environment: ["NO_COLOR": ""], terminals: ["out", "err"], expected: [true, true]),
    Case(environment: ["NO_COLOR": "1"], terminals: ["out", "err"], expected: [false, false]),
    Case(environment: ["NO_COLOR": "0"], terminals: ["out"], expected: [false, false]),
    Case(environment: [:], terminals: [], expected: [false, false]),
    Case(environment: [:], terminals: ["err"], expected: [false, true]),
  ]

  @Test(
    "a stream shows colour when it is a terminal and NO_COLOR is unset or empty",
    arguments: cases)
  func decision(_ item: Case) {
    let terminals = item.terminals
    let colours = TerminalColour.decision(environment: item.environment) { stream in
      terminals.contains(stream == .out ? "out" : "err")
    }
    #expect([colours(.out), colours(.err)] == item.expected)
  }

  /// `hattama` run in-process with colour on or off for both streams.
  static func run(_ words: [String], colour: Bool) -> CommandResult {
    var (console, captured) = Console.capturing()
    console.colours = { _ in colour }
    let code = HattamaCLI.run(words, console: console)
    return (code, captured.out, captured.err)
  }

  static let violations = ExampleFiles.path("calibration-violations.json")

  @Test("audit colours the severities on a terminal, and writes the same words without")
  func audit() {
    let coloured = Self.run(["audit", Self.violations], colour: true)
    let plain = Self.run(["audit", Self.violations], colour: false)
    #expect(coloured.code == .failure && plain.code == .failure)
    #expect(coloured.out.contains("\u{1B}[1;31m2 violations\u{1B}[0m:"))
    #expect(coloured.out.contains("\u{1B}[33m1 warning\u{1B}[0m:"))
    #expect(!plain.out.contains("\u{1B}"))
    let stripped = coloured.out.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(stripped == plain.out)
  }

  @Test("--json is never coloured, even on a terminal")
  func jsonPlain() {
    for words in [
      ["audit", Self.violations, "--json"], ["roster", "check", Self.violations, "--json"],
    ] {
      #expect(!Self.run(words, colour: true).out.contains("\u{1B}"), "\(words)")
    }
  }

  @Test("verify's verdict is green when intact, red when not")
  func verify() throws {
    try SessionFixture.withDirectory { directory in
      let journal = SessionFixture.opened(directory)
      let intact = Self.run(["verify", journal], colour: true)
      #expect(intact.out.contains("\u{1B}[32mintact: 2 events"))
      // Line 1 edited after line 2 was written: the chain breaks (exit 1).
      let text = String(decoding: try SessionFixture.bytes(journal), as: UTF8.self)
      let edited = text.replacingOccurrences(of: "Омарова", with: "Омаров")
      try SessionFixture.write(Array(edited.utf8), to: journal)
      let broken = Self.run(["verify", journal], colour: true)
      #expect(broken.code == .failure)
      #expect(broken.out.contains("': \u{1B}[1;31m"))
    }
  }

  @Test("a record's control characters stay visible inside a coloured run")
  func hostileInsideColour() {
    var text = ConsoleText("Eve\u{1B}[2J", .violation)
    text.append(" ok")
    #expect(text.rendered(coloured: true) == "\u{1B}[1;31mEve\\u{1B}[2J\u{1B}[0m ok")
    #expect(text.rendered(coloured: false) == "Eve\\u{1B}[2J ok")
  }
}
