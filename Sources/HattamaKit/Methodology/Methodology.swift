/// A state body's evaluation methodology (әдістеме): the rules its collegial bodies keep.
///
/// Built-in profiles are in ``Methodology/builtIn``; a body's own loads from the JSON that
/// `hattama methodology show --json` prints.
public struct Methodology: Sendable, Equatable {
  /// A stable identifier such as `kz-trade-2025`.
  public var id: String
  /// The adopting act, in the seed's words.
  public var title: String
  /// The seed file the rules are read from, for citations: `"002"`.
  public var seed: String
  /// The first day the methodology is in force, or the window it falls in (``ValidityDay``).
  public var validFrom: Cited<ValidityDay>
  /// The last day it is in force, or the window it falls in; `nil` while it is in force.
  public var validThrough: Cited<ValidityDay>?
  /// The rules of each kind of body it provides for.
  public var bodies: [BodyRules]
  /// Disciplinary caps on the score.
  public var caps: DisciplinaryCaps?
  /// The words for the categories of an annual evaluation by targets (000 ¶55, 001 ¶49,
  /// 004 ¶18); `nil` where the methodology grades only by score.
  public var targetCategories: Cited<TargetCategoryNames>?
  /// The share of a competency's behaviour indicators that must be observed for it to meet the
  /// expected result (004 ¶27: ¾); `nil` where the methodology has no such rule.
  public var competencyThreshold: Cited<Fraction>?

  /// A methodology from its parts, as a body's own file or a built-in profile gives them.
  public init(
    id: String, title: String, seed: String, validFrom: Cited<ValidityDay>,
    validThrough: Cited<ValidityDay>? = nil, bodies: [BodyRules], caps: DisciplinaryCaps? = nil,
    targetCategories: Cited<TargetCategoryNames>? = nil,
    competencyThreshold: Cited<Fraction>? = nil
  ) {
    self.id = id
    self.title = title
    self.seed = seed
    self.validFrom = validFrom
    self.validThrough = validThrough
    self.bodies = bodies
    self.caps = caps
    self.targetCategories = targetCategories
    self.competencyThreshold = competencyThreshold
  }

  /// The rules for a kind of body, or `nil` when the methodology provides none.
  ///
  /// - Parameter kind: a calibration session or an evaluation commission.
  /// - Returns: the rules, or `nil` (`methodology.kind-unsupported`).
  public func rules(for kind: BodyKind) -> BodyRules? { bodies.first { $0.kind == kind } }
}

/// How one kind of collegial body is composed, counts its quorum and decides.
public struct BodyRules: Sendable, Equatable {
  /// The body these rules are for.
  public var kind: BodyKind
  /// The fewest voting members: three (002 ¶20), five in 004 ¶5.
  public var minimumSize: Cited<Int>
  /// The number of voting members must be odd (002 ¶20).
  public var oddSize: Cited<Bool>
  /// The disputing employee may not be a member.
  public var excludesDisputant: Cited<Bool>
  /// The evaluators of the cases under review may not be members.
  public var excludesEvaluators: Cited<Bool>
  /// An HR employee must be among the voting members (002 ¶20).
  public var requiresHRMember: Cited<Bool>
  /// The secretary must be an HR employee (000 ¶67).
  public var requiresHRSecretary: Cited<Bool>
  /// The body must have a chair, who leads, signs and (on a commission) breaks ties (000 ¶66).
  public var requiresChair: Cited<Bool>
  /// The share of the composition that must be present.
  public var quorum: Cited<Fraction>
  /// Whether a member recused from a case still counts toward the quorum while it is decided.
  public var recusedCountTowardQuorum: Cited<Bool>
  /// What a motion's `for` votes must be more than half of: a reading (002 ¶23, 000 ¶47, ¶66).
  public var majorityBase: Cited<MajorityBase>
  /// What a tie does: the chair decides on a commission (000 ¶66); a calibration session's tie
  /// adopts nothing (002 ¶23).
  public var tieBreak: Cited<TieBreak>
  /// The periods counted in working days.
  public var periods: Periods
  /// Where the decision is appealed.
  public var appealBody: Cited<Phrase>?
  /// The protocol's form: its signature order and whether it has an approval block.
  public var form: Cited<ProtocolForm>
  /// Who approves the composition, a list of named people (002 ¶20, 000 ¶44, ¶64, 004 ¶5).
  public var composedBy: Cited<Phrase>

  /// A body's rules, each value with its clause and force.
  public init(
    kind: BodyKind, minimumSize: Cited<Int>, oddSize: Cited<Bool>,
    excludesDisputant: Cited<Bool>, excludesEvaluators: Cited<Bool>,
    requiresHRMember: Cited<Bool>, requiresHRSecretary: Cited<Bool>, requiresChair: Cited<Bool>,
    quorum: Cited<Fraction>, recusedCountTowardQuorum: Cited<Bool>,
    majorityBase: Cited<MajorityBase>, tieBreak: Cited<TieBreak>, periods: Periods,
    appealBody: Cited<Phrase>? = nil, form: Cited<ProtocolForm>, composedBy: Cited<Phrase>
  ) {
    self.kind = kind
    self.minimumSize = minimumSize
    self.oddSize = oddSize
    self.excludesDisputant = excludesDisputant
    self.excludesEvaluators = excludesEvaluators
    self.requiresHRMember = requiresHRMember
    self.requiresHRSecretary = requiresHRSecretary
    self.requiresChair = requiresChair
    self.quorum = quorum
    self.recusedCountTowardQuorum = recusedCountTowardQuorum
    self.majorityBase = majorityBase
    self.tieBreak = tieBreak
    self.periods = periods
    self.appealBody = appealBody
    self.form = form
    self.composedBy = composedBy
  }
}

/// An exact fraction such as two thirds.
public struct Fraction: Sendable, Equatable, CustomStringConvertible {
  /// The number of parts taken: 2 in two thirds.
  public var numerator: Int
  /// The number of parts the whole is cut into: 3 in two thirds; never zero.
  public var denominator: Int

  /// The fraction `numerator`/`denominator`.
  ///
  /// - Precondition: `denominator > 0` and `numerator >= 0`.
  public init(_ numerator: Int, _ denominator: Int) {
    precondition(denominator > 0 && numerator >= 0, "a fraction needs a positive denominator")  // l10n: ignore — a precondition, for developers
    self.numerator = numerator
    self.denominator = denominator
  }

  /// The least whole number that is at least this fraction of `count`: ⌈count·n/d⌉.
  ///
  /// - Parameter count: a whole, such as the number of members of a composition.
  /// - Returns: the least number at least this share of it (the quorum of 5 at ⅔ is 4).
  public func ceiling(of count: Int) -> Int {
    (count * numerator + denominator - 1) / denominator
  }

  /// `"2/3"`.
  public var description: String { "\(numerator)/\(denominator)" }
}

/// What a motion's `for` votes must be more than half of (SPEC, "A motion is adopted…").
public enum MajorityBase: String, CaseIterable, Sendable, Codable {
  /// The votes cast for or against; abstentions do not count.
  case votesCast = "votes-cast"
  /// The members present and eligible to vote on the case.
  case present
  /// The whole composition.
  case composition
}

extension MajorityBase {
  /// The base in the reader's words; its English text is the methodology file's name.
  public var name: Phrase {
    switch self {
    case .votesCast: Phrase(kk: "берілген дауыстар", ru: "поданные голоса", en: rawValue)
    case .present: Phrase(kk: "қатысып отырғандар", ru: "присутствующие", en: rawValue)
    case .composition: Phrase(kk: "құрам", ru: "состав", en: rawValue)
    }
  }
}

/// How a tie (as many `for` as `against`) is resolved.
public enum TieBreak: String, CaseIterable, Sendable, Codable {
  /// The chair's own vote decides; with the chair absent or abstaining the tie stays
  /// unresolved (000 ¶66, 001 ¶60, 004 ¶33).
  case chairDecides = "chair-decides"
  /// A tie adopts nothing.
  case notAdopted = "not-adopted"
}

extension TieBreak {
  /// The rule in the reader's words (004 ¶33: «төрағасының дауысы шешуші болып табылады»); its
  /// English text is the methodology file's name.
  public var name: Phrase {
    switch self {
    case .chairDecides:
      Phrase(kk: "төрағаның дауысы шешуші", ru: "решающий голос председателя", en: rawValue)
    case .notAdopted: Phrase(kk: "қабылданбайды", ru: "не принимается", en: rawValue)
    }
  }
}

/// The disciplinary caps of 002 Appendices 1–2, parameter 5.
///
/// The sentence stands in parameter 5's row, so parameter 5 is bounded by the text itself.
/// Whether it bounds the final score too (the average of the five parameters) is a reading:
/// ``boundsFinalScore``. Under either reading a final score above
/// ``ScoreParameters/highestAverage(withSanctionsAtMost:)`` breaks the cap.
public struct DisciplinaryCaps: Sendable, Equatable {
  /// With a warning, reprimand or severe reprimand: at most 2.99.
  public var reprimand: Cited<Score>
  /// With any other sanction, discrediting misconduct included: at most 1.99.
  public var other: Cited<Score>
  /// Whether the cap bounds the final score as well as parameter 5.
  public var boundsFinalScore: Cited<Bool>

  /// Caps with their clauses and the reading of what they bound.
  public init(reprimand: Cited<Score>, other: Cited<Score>, boundsFinalScore: Cited<Bool>) {
    self.reprimand = reprimand
    self.other = other
    self.boundsFinalScore = boundsFinalScore
  }

  /// The highest final score a sanction allows, with its clause; `nil` without a sanction.
  ///
  /// - Parameter sanction: the employee's sanction in the quarter.
  /// - Returns: the cap, or `nil` for `.none`.
  public func cap(for sanction: Sanction) -> Cited<Score>? {
    switch sanction {
    case .none: nil
    case .reprimand: reprimand
    case .other: other
    }
  }
}
