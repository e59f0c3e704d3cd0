import HattamaKit

/// What a session command that records an event prints with `--json`: one object, the journal,
/// the event's number and the anchor after it first, then what the command did, under the keys
/// `session status --json` uses for the same things (README, "Output for programs").
enum SessionEventJSON {
  /// `{"journal", "event", "anchor", …}`.
  static func event(
    journal: String, anchor: JournalAnchor, _ members: [(String, JSONValue)]
  ) -> String {
    JSONWriter().string(
      for: .object(
        [
          ("journal", .string(journal)), ("event", .number(anchor.events)),
          ("anchor", .string(anchor.description)),
        ] + members))
  }

  /// `session open`: the cases and the voting members the sitting is held with.
  static func opened(_ state: SessionState) -> [(String, JSONValue)] {
    [
      ("cases", .array(state.draft.cases.map { .string($0.id) })),
      ("members", .array(state.composition.members.map(JSONValue.string))),
    ]
  }

  /// `session attend`: the date, who is present and the quorum, as `session status` has them.
  static func attended(_ state: SessionState) -> [(String, JSONValue)] {
    [
      ("date", state.date.map { .string($0.description) } ?? .null),
      ("present", .array(state.present.map(JSONValue.string))),
      ("quorum", SessionStatus.quorum(state.quorum())),
    ]
  }

  /// `session propose`, `vote` and `tally`: the motion as `session status` shows it, with its
  /// case; with the vote just cast, for `vote`.
  static func motion(
    _ motion: SessionMotion, in state: SessionState, vote: Vote? = nil
  ) -> [(String, JSONValue)] {
    var members: [(String, JSONValue)] = []
    if let vote {
      members.append(
        (
          "vote",
          .object([("member", .string(vote.member)), ("choice", .string(vote.choice.rawValue))])
        ))
    }
    members.append(("case", .string(motion.caseID)))
    members.append(("motion", SessionStatus.motion(motion, state)))
    let decision = state.decisions[motion.caseID]
    members.append(("decidesCase", .bool(decision?.motion == motion.id)))
    return members
  }

  /// `session close`: the cases decided and those left undecided.
  static func closed(_ state: SessionState) -> [(String, JSONValue)] {
    let undecided = Set(state.undecidedCases.map(\.id))
    return [
      (
        "decided",
        .array(state.draft.cases.filter { !undecided.contains($0.id) }.map { .string($0.id) })
      ),
      ("undecided", .array(state.undecidedCases.map { .string($0.id) })),
    ]
  }
}
