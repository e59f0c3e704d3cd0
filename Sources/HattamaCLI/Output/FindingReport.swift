// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// The findings of one or more files, as `roster check` and `audit` print them.
struct FindingReport: Sendable {
  struct FileFindings: Sendable {
    var file: String
    var findings: [Finding]
    /// Why the file could not be checked at all, if it could not.
    var error: String?
  }

  var files: [FileFindings] = []

  var violations: Int { files.reduce(0) { $0 + $1.findings.count { $0.severity == .violation } } }
  var warnings: Int { files.reduce(0) { $0 + $1.findings.count { $0.severity == .warning } } }
  var unreadable: Int { files.count { $0.error != nil } }

  /// 2 when a file could not be read, else 1 when a violation was found, else 0.
  var exitCode: ExitCode {
    unreadable > 0 ? .badInput : violations > 0 ? .failure : .success
  }

  /// `{"files": [{"file", "findings": [...]}], "violations": N, "warnings": N}` (SPEC.md); a file
  /// that could not be read carries an `"error"` and no findings.
  func json() -> String {
    let files = files.map { file in
      var members: [(String, JSONValue)] = [("file", .string(file.file))]
      if let error = file.error { members.append(("error", .string(error))) }
      members.append(("findings", .array(file.findings.map(\.advised.jsonValue))))
      return JSONValue.object(members)
    }
    return JSONWriter().string(
      for: .object([
        ("files", .array(files)), ("violations", .number(violations)),
        ("warnings", .number(warnings)),
      ]))
  }

  /// Why each file that could not be checked was not: one sentence a file, for stderr.
  var errors: [String] {
    files.compactMap { file in file.error.map { "Error: \(file.file): \($0)" } }
  }

  /// Findings grouped by file and severity, each with its code, clause and subject, then a
  /// one-line summary; the severities in their colours where the console shows them.
  func text() -> ConsoleText {
    var lines: [ConsoleText] = []
    for file in files {
      let name = VisibleText.inline(file.file)
      // Its error goes to stderr (``errors``); the summary counts it.
      if file.error != nil { continue }
      guard !file.findings.isEmpty else {
        lines.append(ConsoleText("\(name): no findings."))
        continue
      }
      lines.append(ConsoleText("\(name):"))
      for severity in [Severity.violation, .warning] {
        let group = file.findings.filter { $0.severity == severity }
        guard !group.isEmpty else { continue }
        var heading = ConsoleText("  ")
        heading.append(plural(group.count, severity.rawValue), Self.colour(of: severity))
        heading.append(":")
        lines.append(heading)
        for finding in group.map(\.advised) {
          // A finding quotes the record's names and ids: each stays on its line (VisibleText).
          lines.append(
            ConsoleText(
              "    \(finding.code.rawValue) [\(VisibleText.inline(finding.clause))] "
                + VisibleText.inline(finding.subject)))
          lines.append(ConsoleText("      \(VisibleText.inline(finding.message))"))
        }
      }
    }
    lines.append(summary)
    return ConsoleText.lines(lines)
  }

  /// "2 violations, 1 warning in 3 files (1 not readable)."; a count above nought in its
  /// severity's colour.
  var summary: ConsoleText {
    let files = plural(self.files.count, "file")
    let unreadable = unreadable > 0 ? " (\(unreadable) not readable)" : ""
    var text = ConsoleText(
      plural(violations, "violation"), violations > 0 ? Self.colour(of: .violation) : nil)
    text.append(", ")
    text.append(plural(warnings, "warning"), warnings > 0 ? Self.colour(of: .warning) : nil)
    text.append(" in \(files)\(unreadable).")
    return text
  }

  /// The colour a severity is shown in.
  static func colour(of severity: Severity) -> TerminalColour {
    severity == .violation ? .violation : .warning
  }

  private func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
