// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import Dispatch
import Foundation
import HattamaKit
import Synchronization

/// `hattama report FILE...`: HR's overview across many sittings.
enum ReportCommand {
  static let spec = CommandSpec(
    path: ["report"],
    abstract: "Show HR the picture across many sittings: corrections, findings, deadlines.",
    discussion: """
      Reads records and journals (a folder stands for its .json and .jsonl files), each under
      its own methodology, and counts per state body, per unit (the employee's 'unit') and per
      evaluator the cases heard, confirmed, corrected up and down with the mean change, and
      undecided; the grades before and after; the findings of the audit by code; the deadlines
      missed by evaluation period. Files are read in parallel, with a progress line when
      standard error is a terminal.

      Formats: 'text' tables; 'html' one self-contained printable page whose charts are inline
      SVG (no script, no external file); 'json' the counts under stable keys; 'csv' one row per
      case. --lang sets the words of text and HTML, and the language a record's texts (body,
      period, names) are shown in, in every format. With -o the report is written to a file
      readable only by its owner (results are confidential, 000 ¶21), its format taken from the
      extension when --format is not given.

      A file that cannot be read is named on standard error and counted; the rest are reported.
      Exit status: 0 when every file was read, 2 when one could not be.
      """,
    arguments: [
      ArgumentSpec(name: "file", help: "Records, journals, or folders of them.", arity: .oneOrMore)
    ],
    options: [
      .value("--format", "format", help: "text, html, json or csv (default: text)."),
      .value(
        "--lang", "language",
        help: "The words of text and HTML, and the records' texts: kk, ru or en (default: kk)."),
      .value(
        "--output", short: "-o", "file", help: "Write to this file (mode 0600) instead of printing."
      ),
      CalendarCommand.calendarOption,
    ],
    run: { invocation throws(CLIError) in try run(invocation) })

  enum Format: String, CaseIterable {
    case text, html, json, csv
  }

  private static func run(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let output = invocation.value("--output").flatMap { $0 == "-" ? nil : $0 }
    let format = try invocation.choice(
      "--format", default: output.flatMap(format(ofFile:)) ?? .text)
    let language = try invocation.choice("--lang", default: Language.kk)
    let calendar = try CalendarCommand.calendar(invocation)
    let paths = try expand(invocation.arguments("file"))
    let inputs = paths + invocation.values(CalendarCommand.calendarOption.name)
    // The destination is checked before the files are read, so that nothing is read in vain.
    if let output { try OutputFile(path: output, inputs: inputs).check() }
    // Text and HTML are read by a person: names are shown on one line with their controls
    // visible (VisibleText); JSON and CSV keep the texts as written, escaped by their writers.
    let shown = format == .text || format == .html
    var overview = summarize(
      paths, calendar: calendar, shown: shown, language: language, invocation)
    for (path, problem) in overview.problems {
      invocation.console.err("Error: \(path): \(problem)")
    }
    overview.value.unreadable = overview.problems.map(\.0)
    let text: String =
      switch format {
      case .text: VisibleText.lines(ReportText(labels: .labels(language)).render(overview.value))
      case .html: VisibleText.lines(ReportHTMLWriter(language: language).write(overview.value))
      case .json: JSONWriter().string(for: overview.value.jsonValue) + "\n"
      case .csv: overview.value.csv()
      }
    if let output {
      try Files.writeConfidential(text, to: output, inputs: inputs)
    } else {
      invocation.console.writeOut(text)
    }
    if !overview.problems.isEmpty {
      invocation.console.err(
        "\(overview.problems.count) of \(paths.count) files could not be read and are left out.")
    }
    return overview.problems.isEmpty ? .success : .badInput
  }

  /// The overview of every file that could be read, and why each other one could not.
  ///
  /// Files are independent, so they are summarised on all cores at once, each into its own slot
  /// so that the order of the CSV rows is the caller's; the counts do not depend on it.
  static func summarize(
    _ paths: [String], calendar: WorkingCalendar, shown: Bool = false,
    language: Language = .kk, _ invocation: Invocation
  ) -> (value: Overview, problems: [(String, String)]) {
    let slots = Mutex([Result<SittingSummary, FileProblem>?](repeating: nil, count: paths.count))
    let progress = Progress(total: paths.count, console: invocation.console)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      let summary = summarize(
        paths[index], calendar: calendar, shown: shown, language: language, invocation)
      slots.withLock { $0[index] = summary }
      progress.advance()
    }
    progress.finish()
    var overview = Overview()
    var problems: [(String, String)] = []
    for slot in slots.withLock({ $0 }) {
      switch slot {
      case .success(let summary)?: overview.add(summary)
      case .failure(let problem)?: problems.append((problem.file, problem.message))
      case nil: break
      }
    }
    return (overview, problems)
  }

  struct FileProblem: Error {
    var file: String
    var message: String
  }

  private static func summarize(
    _ path: String, calendar: WorkingCalendar, shown: Bool, language: Language,
    _ invocation: Invocation
  ) -> Result<SittingSummary, FileProblem> {
    do throws(CLIError) {
      let sitting = try Inputs.sitting(path, invocation)
      return .success(
        SittingSummary(
          file: shown ? VisibleText.inline(path) : path,
          record: shown ? sitting.record.displayedOnOneLine : sitting.record,
          methodology: sitting.methodology,
          journalFindings: sitting.journalFindings, calendar: calendar, language: language))
    } catch {
      return .failure(
        FileProblem(
          file: path, message: error.problemText(in: invocation.console.language)))
    }
  }

  /// The files named, a folder standing for its `.json` and `.jsonl` files in name order.
  static func expand(_ paths: [String]) throws(CLIError) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        files.append(path)
        continue
      }
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
        throw .input(
          file: path, message: "is a folder that cannot be listed: \(Files.errorText()).")
      }
      let folder = path.hasSuffix("/") ? path : path + "/"
      files += names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }.sorted()
        .map { folder + $0 }
    }
    return files
  }

  private static func format(ofFile path: String) -> Format? {
    let suffix = (path as NSString).pathExtension.lowercased()
    return suffix == "txt" ? .text : Format(rawValue: suffix)
  }
}

/// The line `read 1200 of 10000 files` on standard error, rewritten in place, only when
/// standard error is a terminal: a log or a pipe gets no carriage returns.
final class Progress: Sendable {
  private let total: Int
  private let console: Console
  private let isShown: Bool
  private let done = Mutex(0)

  init(total: Int, console: Console) {
    self.total = total
    self.console = console
    isShown = isatty(STDERR_FILENO) != 0 && total > 1
  }

  func advance() {
    guard isShown else { return }
    let count = done.withLock { value -> Int in
      value += 1
      return value
    }
    // About a hundred updates in all, so that printing never slows the reading.
    if count == total || count % max(total / 100, 1) == 0 {
      show("\rread \(count) of \(total) files")
    }
  }

  func finish() {
    if isShown { show("\r\u{1B}[K") }
  }

  /// The line's own carriage return and erase-line, written past ``VisibleText`` (which would
  /// show them as `\r`): the text is the tool's, never a record's.
  private func show(_ text: String) { _ = console.write(.err, text) }
}
