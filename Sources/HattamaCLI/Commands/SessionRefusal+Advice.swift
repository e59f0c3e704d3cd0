// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

// What to type after a refused event: the CLI's own commands, added to the reason and clause
// the Kit gives (issue 15: Kit messages free of CLI advice).

extension SessionRefusal {
  /// The Kit's sentence with what to type next, naming the journal in the commands it suggests.
  func message(in state: SessionState, journal: String) -> String {
    sentence(in: state, then: advice(in: state, journal: journal))
  }

  private func advice(in state: SessionState, journal: String) -> String? {
    let attend =
      "'hattama session attend \(journal) --date \(state.date?.description ?? "DATE") "
      + "--present ID ...'"
    switch self {
    case .unknownCase(let id, let known), .unknownMotion(let id, let known),
      .unknownPerson(let id, let known):
      return id.nearest(in: known).map { "did you mean '\($0)'?" }
        ?? (known.isEmpty ? nil : "known: " + known.map { "'\($0)'" }.joined(separator: ", "))
    case .motionIDTaken, .misplacedOpen:
      return "the journal was not written by this tool"
    case .sittingClosed:
      return "export it with 'hattama session export \(journal)'"
    case .notAttended:
      return "record who is present first with \(attend)"
    case .dateChanged(let recorded, _):
      return "record late arrivals with '--date \(recorded)'"
    case .vote(.absent, _, _, _):
      return "if they have arrived, record the attendance again with \(attend)"
    case .vote:
      return nil
    case .noQuorum:
      return "record the members who arrive with \(attend)"
    case .caseDecided:
      return "its first adopted motion stands"
    case .proposer:
      return "a present member who may vote on the case proposes"
    case .motionOpen(_, let motion), .closeWithOpenMotion(let motion),
      .attendanceWithOpenMotion(let motion):
      return
        "finish its vote, or close it with 'hattama session tally \(journal) --motion \(motion)'"
    case .badScore:
      return "give a score from 0.00 to 5.00 with at most two decimals, such as '3.80'"
    case .capExceeded(_, _, _, let breach):
      return
        "propose a score of at most \(breach.underEveryReading ? breach.highest : breach.cap.value)"
    case .wrongScale(_, .category):
      return
        "propose '--correct --category N' (1–4), with '--kpi-met K' where the targets met change"
    case .wrongScale(_, .score):
      return "propose '--correct SCORE', such as '--correct 3.80'"
    case .motionClosed(_, let result):
      return result == .adopted ? nil : "propose a new motion on the case instead"
    }
  }
}
