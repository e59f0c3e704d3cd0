import HattamaKit

/// `hattama session status|export|repair` and `hattama verify`: reading a journal, sealing a
/// torn one again, and checking it against the anchor on the signed protocol.
enum SessionReadCommands {
  static let status = CommandSpec(
    path: ["session", "status"],
    abstract: "Show who is present, the quorum, each case with its motions, and the anchor.",
    arguments: [SessionCommands.journalArgument],
    options: [.flag("--json", help: "Print the status as JSON."), Inputs.methodologyOption],
    run: { invocation throws(CLIError) in
      let journal = try SessionJournal(invocation)
      let (state, report) = try journal.load()
      invocation.console.out(
        invocation.flag("--json")
          ? SessionStatus.json(state, report: report) : SessionStatus.text(state, report: report))
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
      """,
    arguments: [SessionCommands.journalArgument],
    run: { invocation throws(CLIError) in
      let path = try invocation.required("journal")
      let repair: JournalRepair
      do throws(JournalFileError) {
        repair = try JournalFile(path: path).repair()
      } catch {
        throw .badInput(message: error.description)
      }
      let console = invocation.console
      switch repair {
      case .repaired(let repaired):
        console.out(
          "Cut \(repaired.tornTail) from '\(path)', kept in '\(repaired.brokenPath)' "
            + "(sha256 \(repaired.tornTail.sha256.hex)); recorded as event \(repaired.line.seq).")
        console.out(
          "Every event acknowledged before the crash is intact; re-enter the one that was being "
            + "written, if any."
        )
        console.out(repaired.anchor.description)
      case .alreadyRepaired(let brokenPath, let anchor):
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

  static let verify = CommandSpec(
    path: ["verify"],
    abstract: "Check a journal's hash chain, and that it matches the anchor on the protocol.",
    discussion: """
      Exit status: 0 when the chain is intact (and matches --expect), 1 naming the first line
      edited, removed or reordered, or what differs from the anchor: fewer lines, line N
      changed, the chain broken before N; 2 when the file cannot be read.
      """,
    arguments: [SessionCommands.journalArgument],
    options: [
      .value(
        "--expect", "N:HEX",
        help: "The anchor printed by 'session close' and on the signed protocol.")
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
      do throws(JournalFileError) {
        report = try JournalFile(path: path).verify(expecting: expected)
      } catch {
        throw .badInput(message: error.description)
      }
      invocation.console.out("'\(path)': \(report)")
      if report.isIntact, report.tornTail != nil {
        invocation.console.err(
          "Warning: run 'hattama session repair \(path)' before recording more.")
      }
      return report.isIntact ? .success : .failure
    })
}
