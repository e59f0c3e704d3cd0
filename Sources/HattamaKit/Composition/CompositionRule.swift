/// One rule about who sits on a collegial body.
///
/// Each rule is a type of its own in `Composition/Rules/`, states its clause, and returns its
/// findings as values; ``Composition/findings(in:under:)`` runs them all.
public protocol CompositionRule: Sendable {
  func findings(in context: CompositionContext) -> [Finding]
}

/// What a composition rule looks at.
public struct CompositionContext: Sendable {
  public var record: Record
  public var composition: Composition
  public var rules: BodyRules

  public init(record: Record, composition: Composition, rules: BodyRules) {
    self.record = record
    self.composition = composition
    self.rules = rules
  }

  /// The voting members, each once.
  public var members: [PersonID] {
    var seen: Set<PersonID> = []
    return composition.members.filter { seen.insert($0).inserted }
  }

  /// "Нұрланова Айгүл (h1)" (see ``Record/describe(_:)``).
  public func name(_ id: PersonID) -> String { record.describe(id) }
}

extension Composition {
  /// Every rule a composition must keep, in SPEC's order.
  public static let rules: [any CompositionRule] = [
    OddSizeRule(), MinimumSizeRule(), DisputantNotMemberRule(), EvaluatorNotMemberRule(),
    HRMemberRule(), SecretaryNotMemberRule(), SecretaryFromHRRule(), ChairIsMemberRule(),
    KnownPeopleRule(),
  ]

  /// The findings of every composition rule, all at once rather than the first.
  public func findings(in record: Record, under rules: BodyRules) -> [Finding] {
    let context = CompositionContext(record: record, composition: self, rules: rules)
    return Self.rules.flatMap { $0.findings(in: context) }
  }
}
