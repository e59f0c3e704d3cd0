// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import Foundation
import HattamaKit
import HattamaJournal

/// `hattama session run J`: the live sitting, guided from the keyboard.
///
/// Asks who is present, then takes each undecided case in turn, asks each eligible member's
/// vote by name and announces the result; at the end asks for the conclusion and closes. Every
/// answer is appended and synced at once through the same path as `session attend`,
/// `propose`, `vote` and `close`, so an interruption (Ctrl-C, end of input) loses nothing
/// recorded, and running it again resumes where it stopped.
enum SessionRunCommand {
  static let spec = CommandSpec(
    path: ["session", "run"],
    abstract: "Record a live sitting interactively: attendance, each case, each member's vote.",
    discussion: """
      Answers: at a case, 'confirm', 'correct SCORE' (e.g. 'correct 3.80'), 'skip',
      'arrive ID ...' or 'leave ID ...' for late arrivals and departures, or 'attend' to give
      the whole list again; then who proposes it. At a vote, 'f' (for), 'a' (against), 'b'
      (abstain), or 't' to close the vote now (asked again when nobody has voted). Before the
      sitting is closed with cases undecided, it asks. Each answer is recorded and synced when
      entered; Ctrl-C or the end of input stops without losing anything recorded, says so, and
      running the command again resumes where it stopped.
      """,
    arguments: [SessionCommands.journalArgument],
    options: [Inputs.methodologyOption],
    run: { invocation throws(CLIError) in
      try SessionRun(journal: SessionJournal(invocation)).run()
    })
}

/// One guided run over a journal.
struct SessionRun {
  let journal: SessionJournal
  var console: Console { journal.console }

  /// Thrown when the input ends: the run stops cleanly.
  private struct EndOfInput: Error {}

  func run() throws(CLIError) -> ExitCode {
    InterruptNotice.arm(
      "\nInterrupted: every answer already entered is recorded; resume with "
        + "'hattama session run \(journal.path)'.\n")
    defer { InterruptNotice.disarm() }
    var skipped: Set<CaseID> = []
    var announced = false
    while true {
      let (state, report) = try journal.load()
      if let tornTail = report.tornTail {
        throw .badInput(message: Phrase(untranslated: JournalFileError.torn(path: journal.path, tornTail).description))
      }
      if !announced {
        console.out(
          "Sitting: \(SessionText.body(state.draft, language: console.language)), "
            + "\(VisibleText.inline(state.draft.period.text(in: console.language))).")
        announced = true
      }
      if state.isClosed {
        console.out("The sitting is closed; its anchor:")
        console.out(report.anchor?.description ?? "")
        return .success
      }
      do throws(EndOfInput) {
        if state.date == nil {
          try askAttendance(state)
        } else if let open = state.motions.first(where: \.isOpen) {
          try askVote(open, in: state)
        } else if let next = state.undecidedCases.first(where: { !skipped.contains($0.id) }) {
          if try askCase(next, in: state) == .skip { skipped.insert(next.id) }
        } else if try askConclusion(state) == .reconsider {
          skipped = []
        }
      } catch {
        console.out("")
        console.out(
          "Stopped; nothing recorded is lost; resume with 'hattama session run \(journal.path)'.")
        return .success
      }
    }
  }

  /// A line of input, or ``EndOfInput``.
  private func ask(_ prompt: String) throws(EndOfInput) -> String {
    console.writeOut(prompt + " ")
    // A secretary who cannot see the questions must not go on recording answers.
    guard console.health.failure(of: .out) == nil else { throw EndOfInput() }
    guard let line = console.readLine() else { throw EndOfInput() }
    return line.trimmingCharacters(in: .whitespaces)
  }

  /// Appends through the commands' own path; a refusal is printed and `false` returned so that
  /// the question is asked again.
  private func record(_ event: @escaping (SessionState) -> JournalEvent) throws(CLIError)
    -> SessionAppend?
  {
    do {
      return try journal.append { state throws(CLIError) in event(state) }
    } catch {
      guard case .refused = error else { throw error }
      console.err(error.message(commands: Commands.all, in: console.language))
      return nil
    }
  }

  private func askAttendance(_ state: SessionState) throws(EndOfInput) {
    var date: Day?
    while date == nil {
      let today = SessionRun.today()
      let answer = try ask("Date of the sitting (YYYY-MM-DD; Enter = \(today)):")
      date = answer.isEmpty ? today : Day(iso: answer)
      if date == nil { console.err("'\(answer)' is not a date; write it as 2025-10-24.") }
    }
    try askPresent(state, date: date ?? SessionRun.today())
  }

  private func askPresent(_ state: SessionState, date: Day) throws(EndOfInput) {
    let members = state.composition.members
    console.out("Members: \(SessionText.names(members, in: state, language: console.language)).")
    while true {
      let answer = try ask("Who is present? (ids separated by spaces; Enter = all members):")
      let ids = answer.isEmpty ? members : answer.split(separator: " ").map(String.init)
      let known = state.draft.people.map(\.id)
      if let unknown = ids.first(where: { !known.contains($0) }) {
        let hint = unknown.nearest(in: known).map { " Did you mean '\($0)'?" } ?? ""
        console.err("Nobody with the id '\(unknown)' is in the draft's people.\(hint)")
        continue
      }
      do {
        if let appended = try record({ _ in .attend(date: date, present: ids) }) {
          console.out(appended.after.quorum().summary)
          return
        }
      } catch {
        console.err(error.message(commands: Commands.all, in: console.language))
        return
      }
    }
  }

  private enum CaseAnswer { case recorded, skip }

  /// A yes/no question whose default, on Enter, is no.
  private func confirm(_ question: String) throws(EndOfInput) -> Bool {
    ["y", "yes", "иә", "да"].contains(try ask(question + " [y/N]").lowercased())
  }

  /// Records an arrival or a departure typed at a case: `arrive m4`, `leave m2 m3`.
  private func changeAttendance(_ words: [String], in state: SessionState) throws(EndOfInput) {
    let ids = Array(words.dropFirst())
    let change =
      words.first == "arrive" ? AttendanceChange(arrive: ids) : AttendanceChange(leave: ids)
    do {
      let date = state.date ?? SessionRun.today()
      // The list follows from the state the question was asked on; a change is refused
      // (printed, and the question asked again) before anything is written.
      let present = try change.present(after: state, journal: journal.path)
      if let appended = try record({ _ in .attend(date: date, present: present) }) {
        let present = SessionText.names(
          appended.after.present, in: appended.after, language: console.language)
        console.out("Present: \(present).")
        console.out(appended.after.quorum().summary)
      }
    } catch {
      console.err(error.message(commands: Commands.all, in: console.language))
    }
  }

  /// Who proposes: a present member eligible on the case (002 ¶23), or nobody recorded.
  private func askProposer(_ reviewed: Case, in state: SessionState) throws(EndOfInput)
    -> PersonID?
  {
    let roll = state.roll(for: reviewed)
    let eligible = state.composition.members.filter { roll.eligible.contains($0) }
    while true {
      let answer = try ask(
        "Who proposes it? (\(eligible.joined(separator: ", ")); Enter = not recorded):")
      if answer.isEmpty { return nil }
      if eligible.contains(answer) { return answer }
      let hint = answer.nearest(in: eligible).map { " Did you mean '\($0)'?" } ?? ""
      console.err("'\(answer)' may not propose on this case: give a present, eligible member.\(hint)")
    }
  }

  private func askCase(_ reviewed: Case, in state: SessionState) throws(EndOfInput) -> CaseAnswer {
    console.out("")
    console.out(SessionText.caseLine(reviewed, in: state, language: console.language))
    console.out(state.quorum(for: reviewed.id).summary)
    while true {
      let byCategory = reviewed.evaluation.scale == .category
      let answer = try ask(
        byCategory
          ? "confirm / correct CATEGORY [TARGETS MET] / skip (or 'arrive ID', 'leave ID', 'attend'):"
          : "confirm / correct SCORE / skip (or 'arrive ID', 'leave ID', 'attend'):")
      let words = answer.split(separator: " ").map { $0.lowercased() }
      let kind: MotionKind
      switch words.first {
      case "confirm", "c": kind = .confirm
      case "skip", "s": return .skip
      case "attend":
        try askPresent(state, date: state.date ?? SessionRun.today())
        return .recorded
      case "arrive" where words.count > 1, "leave" where words.count > 1:
        try changeAttendance(answer.split(separator: " ").map(String.init), in: state)
        return .recorded
      case "correct" where byCategory && (2...3).contains(words.count):
        // 000 ¶55, 004 ¶18: a category 1–4, and the targets met 0–5 where they change.
        let met = words.count == 3 ? Int(words[2]) : nil
        guard let category = Int(words[1]).flatMap(TargetCategory.init(rawValue:)),
          words.count == 2 || met.map({ (0...TargetCategory.targets).contains($0) }) == true
        else {
          console.err(
            "Write the category 1–4 and, if they change, the targets met 0–5: 'correct 1 5'.")
          continue
        }
        kind = .correct(.category(category, kpiMet: met))
      case "correct" where !byCategory && words.count == 2:
        guard let score = try? ScoreInput(text: words[1]) else {
          console.err("'\(words[1])' is not a score; write it like 'correct 3.80'.")
          continue
        }
        kind = .correct(.score(score))
      default:
        console.err(
          byCategory
            ? "Answer 'confirm', 'correct 1 5' (a category and the targets met), 'skip',"
              + " 'arrive ID', 'leave ID' or 'attend'."
            : "Answer 'confirm', 'correct 3.80' (a score), 'skip',"
              + " 'arrive ID', 'leave ID' or 'attend'.")
        continue
      }
      let proposer = try askProposer(reviewed, in: state)
      do {
        if let appended = try record({
          .propose(motion: $0.nextMotionID, caseID: reviewed.id, kind: kind, by: proposer)
        }),
          let motion = appended.after.motions.last
        {
          let lines = SessionText.proposed(
            motion, in: appended.after, language: console.language)
          for line in lines { console.out(line) }
          return .recorded
        }
      } catch {
        console.err(error.message(commands: Commands.all, in: console.language))
        throw EndOfInput()
      }
    }
  }

  private func askVote(_ motion: SessionMotion, in state: SessionState) throws(EndOfInput) {
    guard let member = state.awaiting(motion).first else {
      // Nobody left to ask (a member left the sitting): close the vote with the votes cast.
      try closeVote(motion)
      return
    }
    while true {
      let answer = try ask(
        "\(motion.id) (\(SessionText.proposal(motion.motion, in: state))): "
          + "\(SessionText.name(member, in: state, language: console.language)) — "
          + "for / against / abstain [f/a/b], "
          + "or t to close the vote:"
      )
      let event: JournalEvent
      switch answer.lowercased() {
      case "f", "for": event = .vote(motion: motion.id, member: member, choice: .for)
      case "a", "against": event = .vote(motion: motion.id, member: member, choice: .against)
      case "b", "abstain": event = .vote(motion: motion.id, member: member, choice: .abstain)
      case "t", "tally":
        if motion.motion.votes.isEmpty,
          try !confirm("Nobody has voted on \(motion.id); close the vote with no votes?")
        {
          continue
        }
        event = .tally(motion: motion.id)
      default:
        console.err("Answer f (for), a (against), b (abstain), or t to close the vote now.")
        continue
      }
      do {
        guard let appended = try record({ _ in event }) else { continue }
        if case .vote(_, let member, let choice) = event {
          for line in SessionText.voted(
            member, choice, on: motion.id, in: appended.after, language: console.language) {
            console.out(line)
          }
        } else if let closed = appended.after.motion(motion.id) {
          let lines = SessionText.closed(
            closed, in: appended.after, language: console.language)
          for line in lines { console.out(line) }
        }
        return
      } catch {
        console.err(error.message(commands: Commands.all, in: console.language))
        throw EndOfInput()
      }
    }
  }

  /// Closes a vote nobody is left to answer; a failure stops the run rather than loop.
  private func closeVote(_ motion: SessionMotion) throws(EndOfInput) {
    do {
      if let appended = try record({ _ in .tally(motion: motion.id) }),
        let closed = appended.after.motion(motion.id)
      {
        let lines = SessionText.closed(
          closed, in: appended.after, language: console.language)
        for line in lines { console.out(line) }
        return
      }
    } catch {
      console.err(error.message(commands: Commands.all, in: console.language))
    }
    throw EndOfInput()
  }

  private enum Closing { case closed, reconsider }

  /// Closes the sitting with its conclusion; with cases undecided it asks first, and going back
  /// takes them up again.
  private func askConclusion(_ state: SessionState) throws(EndOfInput) -> Closing {
    console.out("")
    let undecided = state.undecidedCases.map(\.id)
    if !undecided.isEmpty {
      let question =
        "Undecided: \(undecided.joined(separator: ", ")). Close the sitting for good with "
        + "them undecided? (Enter = no, take them up again)"
      guard try confirm(question) else { return .reconsider }
    }
    let answer = try ask("Conclusion (Enter for none), then the sitting closes:")
    do {
      if let appended = try record({ _ in .close(conclusion: answer.isEmpty ? nil : answer) }) {
        console.out("Closed. Write this anchor on the signed protocol:")
        console.out(appended.anchor.description)
      }
    } catch {
      console.err(error.message(commands: Commands.all, in: console.language))
      throw EndOfInput()
    }
    return .closed
  }

  /// Today in the local calendar, the default date of the sitting.
  static func today() -> Day {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? Day(ordinal: 0)
  }
}
