import Testing

@testable import HattamaCLI

/// README "hattama report": on a terminal, reading many files shows `read N of M files` on
/// standard error, rewritten in place and erased at the end; a log or a pipe gets nothing.
@Suite("report: the progress line on standard error") struct ReportProgressTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var isTerminal: Bool
    var total: Int
    var shown: String
  }

  static let cases: [Case] = [
    Case(
      testDescription: "on a terminal, every file counted in place, then the line erased",
      isTerminal: true, total: 3,
      shown: "\rread 1 of 3 files\rread 2 of 3 files\rread 3 of 3 files\r\u{1B}[K"),
    Case(
      testDescription: "on a terminal, 250 files: about a hundred updates, the last one 250",
      isTerminal: true, total: 250,
      shown: (1...125).map { "\rread \($0 * 2) of 250 files" }.joined() + "\r\u{1B}[K"),
    Case(
      testDescription: "a log or a pipe gets no carriage returns", isTerminal: false, total: 3,
      shown: ""),
    Case(
      testDescription: "one file alone needs no progress", isTerminal: true, total: 1, shown: ""),
  ]

  @Test(arguments: cases)
  func progress(_ test: Case) {
    let (console, captured) = Console.capturing()
    let progress = Progress(total: test.total, console: console, isTerminal: test.isTerminal)
    for _ in 0..<test.total { progress.advance() }
    progress.finish()
    #expect(captured.err == test.shown)
    #expect(captured.out.isEmpty)
  }
}
