// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit
import HattamaJournal

/// `hattama session open|attend|propose|vote|tally|close`: the secretary records a live
/// sitting, one synced journal event a command (SPEC, "Recording a sitting").
enum SessionCommands {
  static let journalArgument = ArgumentSpec(
    name: "journal", help: "The sitting's journal (J.jsonl).")

  /// `--json` on every command that records an event: {"journal", "event", "anchor", …}.
  static let jsonOption = OptionSpec.flag(
    "--json", help: "Print what was recorded as one JSON object (journal, event, anchor, …).")

  static let open = CommandSpec(
    path: ["session", "open"],
    abstract: "Start a sitting's journal from a record/1 draft.",
    discussion: """
      The draft needs a composition and no sitting or motions. The journal is created
      exclusively (an existing file or a symbolic link is refused), mode 0600, and synced with
      its directory before the anchor 1:HEX is printed. Line 1 carries the draft, the journal
      format, the hash and a random nonce, so no line of another journal fits in.
      """,
    arguments: [ArgumentSpec(name: "draft", help: "A hattama.record/1 draft with a composition.")],
    options: [
      .value("--journal", "file", help: "The journal to create (J.jsonl).", required: true),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runOpen(invocation) })

  static let attend = CommandSpec(
    path: ["session", "attend"],
    abstract: "Record the sitting's date and who is present.",
    discussion: """
      Repeat it when someone arrives late or leaves, with the same date: --present gives the
      whole list anew, --arrive and --leave change the last one. The latest list applies to
      motions put to the vote after it (a motion is counted on the roll it was put to the vote
      with, so attendance cannot change while one is open), and the record's 'sitting.present'
      is everyone who attended at any point. Prints the quorum ("present 5 of 7; quorum 5:
      met").
      """,
    arguments: [journalArgument],
    options: [
      .value("--date", "date", help: "The sitting's date, YYYY-MM-DD.", required: true),
      .values("--present", "id", help: "Everyone present now: members, secretary, guests."),
      .values("--arrive", "id", help: "Who has come since the last attendance."),
      .values("--leave", "id", help: "Who has left since the last attendance."),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runAttend(invocation) })

  static let propose = CommandSpec(
    path: ["session", "propose"],
    abstract: "Put a motion on a case to the vote; prints its id first.",
    discussion: """
      --confirm keeps the evaluator's result; --correct sets another score, up or down
      (002 ¶23). A case graded by category (an annual evaluation by targets, 000 ¶55, 004 ¶18)
      is corrected with --category N (1–4) instead, and --kpi-met K (0–5) where the number of
      targets met changes too. Refused without quorum, on a decided case, or while another
      motion on the case is open. The first line of output is the new motion's id alone. Exit
      status: 0 recorded; 1 refused, nothing recorded; 2 bad input or a failed write, nothing
      recorded — or the motion was recorded but the output could not be written, which stderr
      says ("recorded as event N"); 'session status' then shows it.
      """,
    arguments: [journalArgument],
    options: [
      .value("--case", "id", help: "The case.", required: true),
      .flag("--confirm", help: "Keep the evaluator's score."),
      .value("--correct", "score", help: "Set this score (0.00–5.00, two decimals at most)."),
      .value("--category", "n", help: "Set this category (1–4) on a case graded by category."),
      .value("--kpi-met", "k", help: "With --category: the targets met (0–5)."),
      .value("--by", "id", help: "Who proposes it."),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runPropose(invocation) })

  static let vote = CommandSpec(
    path: ["session", "vote"],
    abstract: "Record one member's open vote on a motion.",
    discussion: """
      Refused for a non-member, the secretary, an absent or recused member, a second vote, or
      without quorum. When every present, eligible member has voted the motion closes and its
      tally and result are printed, with the chair's casting vote where it decided a tie.
      """,
    arguments: [journalArgument],
    options: [
      .value("--motion", "id", help: "The motion.", required: true),
      .value("--member", "id", help: "The member voting.", required: true),
      .flag("--for", help: "In favour."),
      .flag("--against", help: "Against."),
      .flag("--abstain", help: "Abstaining."),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runVote(invocation) })

  static let tally = CommandSpec(
    path: ["session", "tally"],
    abstract: "Close a motion's vote early and print its result.",
    arguments: [journalArgument],
    options: [
      .value("--motion", "id", help: "The motion.", required: true), Inputs.methodologyOption,
      jsonOption,
    ],
    run: { invocation throws(CLIError) in try runTally(invocation) })

  static let close = CommandSpec(
    path: ["session", "close"],
    abstract: "Close the sitting; the last line printed is the journal's anchor N:HEX.",
    discussion: """
      Nothing can be recorded after it. Write the anchor on the signed protocol: 'hattama
      verify J --expect N:HEX' then proves the file is the one signed. If the output cannot be
      written (standard output closed, full or a pipe nobody reads), the sitting is closed all
      the same: stderr says "recorded as event N (anchor N:HEX)", the exit status is 2, and
      'hattama session status J' prints the anchor at any time.
      """,
    arguments: [journalArgument],
    options: [
      .value("--conclusion", "text", help: "The commission's conclusion."),
      Inputs.methodologyOption, jsonOption,
    ],
    run: { invocation throws(CLIError) in try runClose(invocation) })

  private static func runOpen(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let draftPath = try invocation.required("draft")
    let journalPath = invocation.value("--journal") ?? ""
    let bytes = try Files.read(draftPath)
    let draft: JournalDraft
    let record: Record
    do {
      draft = try JournalDraft(json: bytes)
    } catch {
      throw .input(file: draftPath, message: Phrase(untranslated: error.description))
    }
    do {
      record = try draft.record()
    } catch {
      throw .input(file: draftPath, message: Phrase(untranslated: error.description))
    }
    let governing = try Inputs.governing(record, file: draftPath, invocation)
    let state: SessionState
    do {
      state = try SessionState(draft: record, rules: governing.rules)
    } catch {
      throw .input(file: draftPath, message: "\(error.advised).")
    }
    try refuseUnlawful(record, under: governing.methodology, file: draftPath, invocation.console)
    var generator = SystemRandomNumberGenerator()
    let random = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    // 16 bytes always make a nonce.
    guard let nonce = JournalNonce(bytes: random) else { preconditionFailure("nonce of 16 bytes") }
    let anchor: JournalAnchor
    do {
      let created = try JournalFile(path: journalPath).create(
        nonce: nonce, draft: draft, methodology: JournalMethodology(governing.methodology))
      anchor = created.anchor
      if let movedAside = created.movedAside {
        invocation.console.err(
          "Note: '\(journalPath)' held no complete line (an earlier 'session open' that never "
            + "finished); its bytes were moved to '\(movedAside)'.")
      }
    } catch {
      throw .badInput(message: Phrase(untranslated: error.description))
    }
    let console = invocation.console
    console.health.recorded(RecordedEvent(journal: journalPath, anchor: anchor))
    if invocation.flag("--json") {
      console.out(
        SessionEventJSON.event(
          journal: journalPath, anchor: anchor, SessionEventJSON.opened(state)))
      return .success
    }
    console.out(
      "Opened '\(journalPath)': \(SessionText.body(record, language: console.language)), "
        + "\(record.cases.count) "
        + "\(record.cases.count == 1 ? "case" : "cases"), "
        + "\(state.composition.members.count) voting members."
    )
    console.out("Next: hattama session attend \(journalPath) --date YYYY-MM-DD --present ID ...")
    console.out(anchor.description)
    return .success
  }

  /// Refuses a draft that breaks a rule of its methodology as a violation — its composition,
  /// its scores — listing every finding as `roster check` does; prints the warnings (SPEC,
  /// "Recording a sitting": the live recorder refuses only what would be a violation).
  private static func refuseUnlawful(
    _ record: Record, under methodology: Methodology, file: String, _ console: Console
  ) throws(CLIError) {
    // A planned sitting has not been held: nothing in it is yet to be decided or attended.
    var draft = record
    if draft.sitting?.isPlanned == true { draft.sitting = nil }
    let findings = Audit.findings(for: draft, methodology: methodology)
    let violations = findings.filter { $0.severity == .violation }
    guard violations.isEmpty else {
      console.err(FindingReport(files: [.init(file: file, findings: findings)]).text())
      throw .refused(
        message:
          "The draft breaks \(violations.count == 1 ? "a rule" : "\(violations.count) rules") of "
          + "the methodology '\(methodology.id)', so no journal was created; correct the draft "
          + "(see 'hattama roster check \(file)') and open it again.",
        clause: nil)
    }
    for warning in findings {
      var line = ConsoleText("Warning", .warning)
      line.append(": \(warning.code.rawValue) (\(warning.clause)): \(warning.message)")
      console.err(line)
    }
  }

  private static func runAttend(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    guard let date = try invocation.day("--date") else {
      throw .usage(.missingOption("--date <date>"), command: invocation.command.path)
    }
    let change = try AttendanceChange(invocation)
    let appended = try journal.append { state throws(CLIError) in
      .attend(date: date, present: try change.present(after: state, journal: journal.path))
    }
    let state = appended.after
    if invocation.flag("--json") {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor, SessionEventJSON.attended(state)))
      return .success
    }
    let present = SessionText.names(state.present, in: state, language: journal.console.language)
    journal.console.out("Sitting of \(date): present \(present).")
    journal.console.out(state.quorum().summary)
    return .success
  }

  private static func runPropose(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    let caseID = invocation.value("--case") ?? ""
    let kind: MotionKind
    switch try invocation.exactlyOne(of: ["--confirm", "--correct", "--category"]) {
    case "--confirm":
      guard invocation.value("--kpi-met") == nil else {
        throw .usage(.needsExactlyOne(["--category"]), command: invocation.command.path)
      }
      kind = .confirm
    case "--category":
      // `exactlyOne` found `--category`, and `integer` checked its range.
      guard let number = try invocation.integer("--category", in: 1...4),
        let category = TargetCategory(rawValue: number)
      else { return .badInput }
      let kpiMet = try invocation.integer("--kpi-met", in: 0...TargetCategory.targets)
      kind = .correct(.category(category, kpiMet: kpiMet))
    default:
      guard invocation.value("--kpi-met") == nil else {
        throw .usage(.needsExactlyOne(["--category"]), command: invocation.command.path)
      }
      let text = invocation.value("--correct") ?? ""
      do {
        kind = .correct(.score(try ScoreInput(text: text)))
      } catch {
        throw .usage(
          .invalidValue(option: "--correct", value: text, expected: "a score such as '3.80'"),
          command: invocation.command.path)
      }
    }
    let by = invocation.value("--by")
    let appended = try journal.append { state throws(CLIError) in
      .propose(motion: state.nextMotionID, caseID: caseID, kind: kind, by: by)
    }
    guard let motion = appended.after.motions.last else { return .success }
    if invocation.flag("--json") {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor,
          SessionEventJSON.motion(motion, in: appended.after)))
      // The lines between the motion and who may vote are its warnings: stderr, as text.
      let lines = SessionText.proposed(
        motion, in: appended.after, language: journal.console.language)
      for warning in lines.dropFirst().dropLast() { journal.console.err(warning) }
      return .success
    }
    journal.console.out(motion.id)
    let lines = SessionText.proposed(
      motion, in: appended.after, language: journal.console.language)
    for line in lines { journal.console.out(line) }
    return .success
  }

  private static func runVote(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    let motionID = invocation.value("--motion") ?? ""
    let member = invocation.value("--member") ?? ""
    let choice: VoteChoice
    switch try invocation.exactlyOne(of: ["--for", "--against", "--abstain"]) {
    case "--for": choice = .for
    case "--against": choice = .against
    default: choice = .abstain
    }
    let appended = try journal.append { _ throws(CLIError) in
      .vote(motion: motionID, member: member, choice: choice)
    }
    if invocation.flag("--json"), let motion = appended.after.motion(motionID) {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor,
          SessionEventJSON.motion(
            motion, in: appended.after, vote: Vote(member: member, choice: choice))))
      return .success
    }
    for line in SessionText.voted(
      member, choice, on: motionID, in: appended.after, language: journal.console.language) {
      journal.console.out(line)
    }
    return .success
  }

  private static func runTally(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    let motionID = invocation.value("--motion") ?? ""
    let appended = try journal.append { _ throws(CLIError) in .tally(motion: motionID) }
    guard let motion = appended.after.motion(motionID) else { return .success }
    if invocation.flag("--json") {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor,
          SessionEventJSON.motion(motion, in: appended.after)))
      return .success
    }
    let language = journal.console.language
    for line in SessionText.closed(motion, in: appended.after, language: language) {
      journal.console.out(line)
    }
    return .success
  }

  private static func runClose(_ invocation: Invocation) throws(CLIError) -> ExitCode {
    let journal = try SessionJournal(invocation)
    let conclusion = invocation.value("--conclusion")
    let appended = try journal.append { _ throws(CLIError) in .close(conclusion: conclusion) }
    let state = appended.after
    if invocation.flag("--json") {
      journal.console.out(
        SessionEventJSON.event(
          journal: journal.path, anchor: appended.anchor, SessionEventJSON.closed(state)))
      return .success
    }
    let decided = state.draft.cases.count - state.undecidedCases.count
    journal.console.out(
      "Closed the sitting: \(decided) of \(state.draft.cases.count) cases decided"
        + (state.undecidedCases.isEmpty
          ? "." : "; undecided: \(state.undecidedCases.map(\.id).joined(separator: ", ")).")
    )
    journal.console.out(
      "Write this anchor on the signed protocol; 'hattama verify \(journal.path) --expect "
        + "ANCHOR' checks the file against it:"
    )
    journal.console.out(appended.anchor.description)
    return .success
  }
}
