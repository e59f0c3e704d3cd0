import HattamaJournal
// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// `hattama session status|export|repair` and `hattama verify`: reading a journal, sealing a
/// torn one again, and checking it against the anchor on the signed protocol.
enum SessionReadCommands {
  static let status = CommandSpec(
    path: ["session", "status"],
    abstract: "Show who is present, the quorum, each case with its motions, and the anchor.",
    discussion: """
      The first line gives the journal's anchor N:HEX; for a closed sitting it is the anchor
      'session close' printed, to write on the signed protocol, so it is never lost with that
      command's output. --json has it as "anchor", with "closed".
      """,
    arguments: [SessionCommands.journalArgument],
    options: [.flag("--json", help: "Print the status as JSON."), Inputs.methodologyOption],
    run: { invocation throws(CLIError) in
      let journal = try SessionJournal(invocation)
      let (state, report) = try journal.load()
      invocation.console.out(
        invocation.flag("--json")
          ? SessionStatus.json(state, report: report)
          : SessionStatus.text(state, report: report, language: invocation.console.language))
      return .success
    })

  static let export = CommandSpec(
    path: ["session", "export"],
    abstract: "Print the sitting as a hattama.record/1, with the journal's anchor.",
    discussion: """
      'sitting.present' is everyone recorded present at any point; each motion's result is the
      one counted when its vote closed; 'journal' holds the anchor {events, head}.
      """,
    arguments: [SessionCommands.journalArgument],
    options: [Inputs.methodologyOption],
    run: { invocation throws(CLIError) in
      let journal = try SessionJournal(invocation)
      let (state, report) = try journal.load()
      invocation.console.out(state.record(anchor: report.anchor).encodedJSON())
      return .success
    })

  static let repair = CommandSpec(
    path: ["session", "repair"],
    abstract: "Cut a torn last line (kept in J.jsonl.broken) and record a repair event.",
    discussion: """
      Only a torn last line — bytes after the last newline, as a crash mid-write leaves them —
      is repaired. Damage anywhere else is tampering: it is refused and nothing changes.
      --json prints {"journal", "repair": "cut" | "already-repaired" | "interrupted-open",
      "broken", "cutBytes", "cutSHA256", "event", "anchor"} (the last four null where they do
      not apply).
      """,
    arguments: [SessionCommands.journalArgument],
    options: [.flag("--json", help: "Print what was repaired as one JSON object.")],
    run: { invocation throws(CLIError) in
      let path = try invocation.required("journal")
      let repair: JournalRepair
      do throws(JournalFileError) {
        repair = try JournalFile(path: path).repair()
      } catch {
        throw .badInput(message: Phrase(untranslated: error.description))
      }
      let console = invocation.console
      if invocation.flag("--json") {
        console.out(repairJSON(repair, journal: path))
        if case .repaired(let repaired) = repair {
          console.health.recorded(RecordedEvent(journal: path, anchor: repaired.anchor))
        }
        return .success
      }
      switch repair {
      case .repaired(let repaired):
        console.health.recorded(RecordedEvent(journal: path, anchor: repaired.anchor))
        console.out(
          "Cut \(repaired.tornTail) from '\(path)', kept in '\(repaired.brokenPath)' "
            + "(sha256 \(repaired.tornTail.sha256.hex)); recorded as event \(repaired.line.seq).")
        console.out(
          "Every event acknowledged before the crash is intact; re-enter the one that was being "
            + "written, if any."
        )
        console.out(repaired.anchor.description)
      case .alreadyRepaired(let brokenPath, let anchor):
        console.health.recorded(RecordedEvent(journal: path, anchor: anchor))
        console.out(
          "'\(path)' was already repaired (its last event records the bytes kept in "
            + "'\(brokenPath)'); it is flushed to disk again.")
        console.out(anchor.description)
      case .interruptedOpen(let brokenPath):
        console.out(
          "'\(path)' held no complete line: a 'session open' that never finished. Its bytes are "
            + "kept in '\(brokenPath)'; run 'hattama session open' again.")
      }
      return .success
    })

  /// `session repair --json`: what was done, the bytes cut and where they are kept.
  static func repairJSON(_ repair: JournalRepair, journal: String) -> String {
    let kind: String
    var broken: String
    var cut: (bytes: JSONValue, sha256: JSONValue) = (.null, .null)
    var anchor: JournalAnchor?
    switch repair {
    case .repaired(let repaired):
      (kind, broken, anchor) = ("cut", repaired.brokenPath, repaired.anchor)
      cut = (.number(repaired.tornTail.byteCount), .string(repaired.tornTail.sha256.hex))
    case .alreadyRepaired(let brokenPath, let last):
      (kind, broken, anchor) = ("already-repaired", brokenPath, last)
    case .interruptedOpen(let brokenPath):
      (kind, broken) = ("interrupted-open", brokenPath)
    }
    return JSONWriter().string(
      for: .object([
        ("journal", .string(journal)), ("repair", .string(kind)), ("broken", .string(broken)),
        ("cutBytes", cut.bytes), ("cutSHA256", cut.sha256),
        ("event", anchor.map { .number($0.events) } ?? .null),
        ("anchor", anchor.map { .string($0.description) } ?? .null),
      ]))
  }

  static let verify = CommandSpec(
    path: ["verify"],
    abstract: "Check a journal's hash chain, and that it matches the anchor on the protocol.",
    discussion: """
      Exit status: 0 when the chain is intact (and matches --expect), 1 naming the first line
      edited, removed or reordered, or what differs from the anchor: fewer lines, line N
      changed, the chain broken before N; 2 when the file cannot be read or is not a journal
      at all (its first line is not a journal's 'open' line). '-' reads the journal from
      standard input. --json prints {"file", "intact", "events", "anchor", "findings"}, the
      findings as 'audit --json' writes them (journal.tampered, journal.torn).
      """,
    arguments: [
      ArgumentSpec(
        name: "journal", help: "The sitting's journal (J.jsonl), or '-' for standard input.")
    ],
    options: [
      .value(
        "--expect", "N:HEX",
        help: "The anchor printed by 'session close' and on the signed protocol."),
      .flag("--json", help: "Print the result as JSON."),
    ],
    run: { invocation throws(CLIError) in
      let path = try invocation.required("journal")
      var expected: JournalAnchor?
      if let text = invocation.value("--expect") {
        do throws(JournalAnchorError) {
          expected = try JournalAnchor(parsing: text)
        } catch {
          throw .usage(
            .invalidValue(
              option: "--expect", value: text, expected: "N:HEX as 'session close' prints it"),
            command: invocation.command.path)
        }
      }
      let report: ChainReport
      var head: [UInt8]? = nil
      if path == "-" {
        let bytes = try Files.read(path)
        head = Array(bytes.prefix(1 << 16))
        report = Journal(bytes: bytes, expecting: expected).report
      } else {
        do throws(JournalFileError) {
          report = try JournalFile(path: path).verify(expecting: expected)
        } catch {
          throw .badInput(message: Phrase(untranslated: error.description))
        }
      }
      if report.firstBreak?.line == 1, head == nil {
        head = try Files.readPrefix(path, upTo: 1 << 16)
      }
      if report.firstBreak?.line == 1, !Self.namesJournalFormat(head ?? []) {
        throw .input(
          file: path,
          message:
            "is not a journal: its first line is not the 'open' line of a \(JournalLine.format) "
            + "journal. A record/1 file is checked with 'hattama audit \(path)'.")
      }
      if invocation.flag("--json") {
        invocation.console.out(Self.json(report, file: path))
        return report.isIntact ? .success : .failure
      }
      // The verdict in green or red where standard output shows colour.
      var verdict = ConsoleText("'\(path)': ")
      verdict.append(report.description, report.isIntact ? .intact : .violation)
      invocation.console.out(verdict)
      if report.isIntact, report.tornTail != nil {
        invocation.console.err(
          "Warning: run 'hattama session repair \(path)' before recording more.")
      }
      return report.isIntact ? .success : .failure
    })

  /// `{"file", "intact", "events", "anchor", "findings"}`: what a script needs of a check.
  static func json(_ report: ChainReport, file: String) -> String {
    JSONWriter().string(
      for: .object([
        ("file", .string(file)), ("intact", .bool(report.isIntact)),
        ("events", .number(report.lineCount)),
        ("anchor", report.anchor.map { .string($0.description) } ?? .null),
        ("findings", .array(report.findings(subject: "record").map(\.jsonValue))),
      ]))
  }

  /// Whether the file's first line names the journal format: then a break at line 1 is damage
  /// to a journal (exit 1), otherwise the file was never one (exit 2).
  static func namesJournalFormat(_ head: [UInt8]) -> Bool {
    let marker = Array("\"format\":\"\(JournalLine.format)\"".utf8)
    let firstLine = head.prefix { $0 != 0x0A }
    return firstLine.count >= marker.count
      && (0...(firstLine.count - marker.count)).contains { start in
        firstLine.dropFirst(start).starts(with: marker)
      }
  }
}
