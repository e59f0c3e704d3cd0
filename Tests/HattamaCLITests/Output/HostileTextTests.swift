import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// Record text that tries to drive the terminal — clear the screen, overwrite a line, reorder
/// digits, forge a line — is shown visibly by every text output and escaped in JSON
/// (VisibleText).
@Suite("Hostile record text never reaches the terminal raw")
struct HostileTextTests {
  typealias F = SessionFixture

  /// ESC[2J, CR, backspace, RLO, a newline, C1 CSI: each raw in the draft's m2 name, the body
  /// and the conclusion.
  static let hostile = "Eve\u{1B}[2J\rX\u{08}\u{202E}08.3\nForged: adopted\u{9B}2J"
  static let shown = #"Eve\u{1B}[2J\rX\u{8}\u{202E}08.3\nForged: adopted\u{9B}2J"#

  static var draft: String {
    let escaped = JSONWriter.quoted(hostile)
    return F.draft
      .replacingOccurrences(of: #""Досмұхамедов Талғат""#, with: escaped)
      .replacingOccurrences(of: #""Әділет департаменті""#, with: escaped)
  }

  /// A closed sitting, every case decided on motions m2 proposed, with the hostile conclusion;
  /// `body` gets the output of every session command that recorded it.
  static func withClosedJournal(
    _ body: (_ directory: String, _ journal: String, _ steps: [F.Result]) throws -> Void
  ) throws {
    try F.withDirectory(draft: draft) { directory in
      let journal = F.opened(directory)
      let steps = OutputFixture.decideAll(journal, conclusion: hostile)
      // The hostile m2 as the secretary too: findings that quote the name (000 ¶67).
      let bad = draft.replacingOccurrences(of: #""secretary": "s1""#, with: #""secretary": "m2""#)
      try F.write(Array(bad.utf8), to: directory + "/bad.json")
      try body(directory, journal, steps)
    }
  }

  /// No unsafe scalar but the writer's own newlines.
  static func isClean(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0 != "\n" && VisibleText.isUnsafe($0) }
  }

  static func textCommands(_ directory: String, _ journal: String) -> [[String]] {
    [
      ["session", "status", journal],
      ["session", "run", journal],  // closed: the body and the anchor, no question asked
      ["audit", journal],
      ["audit", directory + "/bad.json"],
      ["roster", "check", directory + "/bad.json"],
      ["protocol", journal, "--lang", "en"],
      ["protocol", journal, "--format", "markdown"],
      ["protocol", journal, "--format", "html"],
    ]
  }

  @Test("text outputs of session, status, audit, roster check and protocol show them visibly")
  func textOutputs() throws {
    try Self.withClosedJournal { directory, journal, steps in
      for step in steps {
        #expect(Self.isClean(step.out), "raw control in \(step.out.debugDescription)")
        #expect(Self.isClean(step.err), "raw control in \(step.err.debugDescription)")
      }
      #expect(steps.contains { $0.out.contains(Self.shown) })
      for words in Self.textCommands(directory, journal) {
        let run = F.run(words)
        #expect(Self.isClean(run.out), "\(words): raw control in \(run.out.debugDescription)")
        #expect(Self.isClean(run.err), "\(words): raw control in \(run.err.debugDescription)")
        // Markdown writes the escape's backslash as "\\"; a clean audit names nobody.
        #expect(run.out.contains("u{1B}") || run.out.hasSuffix("0 warnings in 1 file.\n"))
      }
      // Where a record's text is a field of a line, its newline is shown, not a new line.
      let status = F.ok(["session", "status", journal])
      #expect(status.out.contains(Self.shown))
      let text = F.run(["protocol", journal, "--lang", "en"])
      #expect(text.out.contains(Self.shown), "\(text.out)")
      #expect(!text.out.split(separator: "\n").contains { $0.hasPrefix("Forged") })
    }
  }

  @Test(
    "the protocol written with -o as text or markdown holds no raw control either",
    arguments: ["p.txt", "p.md", "p.html"])
  func protocolFile(name: String) throws {
    try Self.withClosedJournal { directory, journal, _ in
      let output = directory + "/" + name
      let run = F.run(["protocol", journal, "-o", output])
      #expect(run.code == .success, "\(run.err)")
      let written = String(decoding: try F.bytes(output), as: UTF8.self)
      #expect(Self.isClean(written))
      #expect(written.contains("\\u{202E}"))
    }
  }

  @Test("JSON outputs escape every control as \\uXXXX and still read back as the same text")
  func jsonOutputs() throws {
    try Self.withClosedJournal { directory, journal, _ in
      for words in [
        ["session", "status", journal, "--json"], ["session", "export", journal],
        ["audit", directory + "/bad.json", "--json"], ["protocol", journal, "--format", "json"],
      ] {
        let run = F.run(words)
        #expect(Self.isClean(run.out), "\(words)")
        #expect(run.out.contains(#"\u001b[2J\r"#), "\(words)")
        #expect(run.out.contains(#"\u202e"#), "\(words)")
        #expect(run.out.contains(#"\u009b"#), "\(words)")
        #expect(throws: Never.self) { try JSONParser().parse(run.out) }
      }
      let record = try F.export(journal)
      #expect(record.conclusion == DisplayText(Self.hostile))
      #expect(record.person("m2")?.name == DisplayText(Self.hostile))
    }
  }
}
