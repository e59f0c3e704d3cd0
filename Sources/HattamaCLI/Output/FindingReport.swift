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
  func json(in language: Language) -> String {
    let files = files.map { file in
      var members: [(String, JSONValue)] = [("file", .string(file.file))]
      if let error = file.error { members.append(("error", .string(error))) }
      members.append(
        ("findings", .array(file.findings.map { $0.advised.jsonValue(in: language) })))
      return JSONValue.object(members)
    }
    return JSONWriter().string(
      for: .object([
        ("files", .array(files)), ("violations", .number(violations)),
        ("warnings", .number(warnings)),
      ]))
  }

  /// Why each file that could not be checked was not: one sentence a file, for stderr.
  var errors: [Phrase] {
    files.compactMap { file in
      file.error.map { error in
        Phrase(kk: "Қате", ru: "Ошибка", en: "Error") + Phrase(verbatim: ": \(file.file): \(error)")
      }
    }
  }

  /// Findings grouped by file and severity, each with its code, clause and subject, then a
  /// one-line summary, in `language`; the severities in their colours where the console shows
  /// them.
  func text(in language: Language) -> ConsoleText {
    var lines: [ConsoleText] = []
    for file in files {
      let name = VisibleText.inline(file.file)
      // Its error goes to stderr (``errors``); the summary counts it.
      if file.error != nil { continue }
      guard !file.findings.isEmpty else {
        let none = Phrase(
          kk: ": бұзушылық пен ескерту табылмады.", ru: ": замечаний нет.", en: ": no findings.")
        lines.append(ConsoleText(name + none.text(in: language)))
        continue
      }
      lines.append(ConsoleText("\(name):"))
      for severity in [Severity.violation, .warning] {
        let group = file.findings.filter { $0.severity == severity }
        guard !group.isEmpty else { continue }
        var heading = ConsoleText("  ")
        heading.append(
          Self.count(group.count, severity).text(in: language), Self.colour(of: severity))
        heading.append(":")
        lines.append(heading)
        for finding in group.map(\.advised) {
          // A finding quotes the record's names and ids: each stays on its line (VisibleText).
          let clause = VisibleText.inline(finding.clause.text(in: language))
          lines.append(
            ConsoleText(
              "    \(finding.code.rawValue) [\(clause)] " + VisibleText.inline(finding.subject)))
          lines.append(
            ConsoleText("      \(VisibleText.inline(finding.message.text(in: language)))"))
        }
      }
    }
    lines.append(summary(in: language))
    return ConsoleText.lines(lines)
  }

  /// "2 violations, 1 warning in 3 files (1 not readable)."; a count above nought in its
  /// severity's colour.
  func summary(in language: Language) -> ConsoleText {
    let unreadable =
      unreadable > 0
      ? Phrase(
        kk: " (\(unreadable) файл оқылмады)", ru: " (не прочитано: \(unreadable))",
        en: " (\(unreadable) not readable)")
      : Phrase(verbatim: "")
    let inFiles =
      Phrase(kk: " — ", ru: " в ", en: " in ")
      + .counted(
        files.count, kk: "файлда", ru: ("файле", "файлах", "файлах"), en: ("file", "files"))
    var text = ConsoleText(
      Self.count(violations, .violation).text(in: language),
      violations > 0 ? Self.colour(of: .violation) : nil)
    text.append(", ")
    text.append(
      Self.count(warnings, .warning).text(in: language),
      warnings > 0 ? Self.colour(of: .warning) : nil)
    text.append((inFiles + unreadable).text(in: language) + ".")
    return text
  }

  /// The colour a severity is shown in.
  static func colour(of severity: Severity) -> TerminalColour {
    severity == .violation ? .violation : .warning
  }

  /// "2 violations", «2 бұзушылық», «2 нарушения».
  private static func count(_ count: Int, _ severity: Severity) -> Phrase {
    switch severity {
    case .violation:
      .counted(
        count, kk: "бұзушылық", ru: ("нарушение", "нарушения", "нарушений"),
        en: ("violation", "violations"))
    case .warning:
      .counted(
        count, kk: "ескерту", ru: ("предупреждение", "предупреждения", "предупреждений"),
        en: ("warning", "warnings"))
    }
  }
}
