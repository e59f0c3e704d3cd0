// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// What `session attend` was told: the whole list (`--present`), or who came and who left
/// since the last one (`--arrive`, `--leave`), so that a late arrival is not a retyped list in
/// which anyone left out silently becomes absent.
struct AttendanceChange {
  var present: [PersonID]?
  var arrive: [PersonID]
  var leave: [PersonID]

  init(present: [PersonID]? = nil, arrive: [PersonID] = [], leave: [PersonID] = []) {
    self.present = present
    self.arrive = arrive
    self.leave = leave
  }

  init(_ invocation: Invocation) throws(CLIError) {
    arrive = invocation.values("--arrive")
    leave = invocation.values("--leave")
    let listed = invocation.values("--present")
    present = listed.isEmpty ? nil : listed
    if present != nil, !(arrive.isEmpty && leave.isEmpty) {
      throw .usage(
        .conflictingOptions("--present", "--arrive/--leave"), command: invocation.command.path)
    }
    if present == nil, arrive.isEmpty, leave.isEmpty {
      throw .usage(
        .missingOption("--present <id> ... (or --arrive / --leave)"),
        command: invocation.command.path)
    }
  }

  /// The new list: the one given, or the last one with the arrivals added and the departures
  /// taken out.
  func present(after state: SessionState, journal: String) throws(CLIError) -> [PersonID] {
    if let present { return present }
    guard state.date != nil else {
      throw .badInput(
        message:
          "'\(journal)': no attendance is recorded yet, so nobody can arrive or leave; give the "
          + "whole list with --present.")
    }
    if let absent = leave.first(where: { !state.present.contains($0) }) {
      throw .badInput(
        message: "'\(journal)': \(state.name(absent)) is not recorded as present, so cannot leave.")
    }
    let staying = state.present.filter { !leave.contains($0) }
    return staying + arrive.filter { !staying.contains($0) }
  }
}
