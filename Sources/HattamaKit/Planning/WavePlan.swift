/// The sittings `hattama roster plan` proposes for a wave, and the cases it cannot place.
public struct WavePlan: Sendable, Equatable {
  /// record/1 drafts, each with a composition, a `sitting.date` and its cases, by date.
  public var sittings: [Record]
  /// The cases no lawful sitting can hear, each with the reason.
  public var unplaced: [Unplaced]
  /// How many sittings each person sits in, as a member or the secretary.
  public var loads: [PersonID: Int]
  /// Whether every grouping of the cases was tried (``WavePlanner/exactLimit``).
  public var isExact: Bool
  /// The fewest sittings the periods alone allow (the sitting's and the approval's, 002 ¶20–¶21),
  /// whatever the rosters. A plan with this many sittings is the fewest possible.
  public var periodBound = 0

  /// `{"sittings": [record/1 drafts]}`, and the unplaced cases with their reasons when any.
  package var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [("sittings", .array(sittings.map(\.jsonValue)))]
    if !unplaced.isEmpty {
      members.append(
        (
          "unplaced",
          .array(
            unplaced.map {
              .object([("case", .string($0.caseID)), ("reason", .string($0.reason.description))])
            })
        ))
    }
    return .object(members)
  }

  /// The evenness of the loads.
  package var loadScore: LoadScore { LoadScore(loads.values) }
}
