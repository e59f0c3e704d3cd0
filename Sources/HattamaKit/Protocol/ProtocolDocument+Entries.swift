extension ProtocolDocument {
  /// One row of the table "Бағалау нәтижелері" (000 Appendix 11).
  public struct ResultRow: Sendable, Equatable {
    /// "№ р/с", from 1.
    public var number: Int
    /// The case the row reports.
    public var caseID: CaseID
    /// The employee's id in the record.
    public var employeeID: PersonID
    /// "Қызметшілердің тегі, аты, әкесінің аты (болған жағдайда)".
    public var employee: DisplayText
    /// The employee's position.
    public var position: DisplayText?
    /// "Бағалау нәтижелері туралы мәлімет": the evaluator's result.
    public var result: Grade
    /// "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)": the result an adopted
    /// motion set where it differs from the evaluator's (000 ¶71); `nil` otherwise.
    public var corrected: Grade?
    /// "Комиссияның ұсыныстары", from the recorded outcome.
    public var recommendation: DisplayText?

    package init(
      number: Int, caseID: CaseID, employeeID: PersonID, employee: DisplayText,
      position: DisplayText? = nil, result: Grade, corrected: Grade? = nil,
      recommendation: DisplayText? = nil
    ) {
      self.number = number
      self.caseID = caseID
      self.employeeID = employeeID
      self.employee = employee
      self.position = position
      self.result = result
      self.corrected = corrected
      self.recommendation = recommendation
    }
  }

  /// A result as the protocol prints it, with the methodology's words for it.
  public struct Grade: Sendable, Equatable {
    /// The score or the category.
    public var result: EvaluationResult
    /// The words for the result: for a category, the methodology's (000 ¶55, 001 ¶49,
    /// 004 ¶18); for a calibration session's quarterly score, its band (000 ¶13, 002 ¶8). A
    /// commission's score gets none: its texts grade by category, not by those bands.
    public var name: Phrase?

    package init(result: EvaluationResult, name: Phrase? = nil) {
      self.result = result
      self.name = name
    }
  }

  /// One motion and its open vote (000 ¶65–¶66).
  public struct MotionEntry: Sendable, Equatable {
    /// The motion's place in the protocol, from 1.
    public var number: Int
    /// The motion's id in the record.
    public var motionID: MotionID
    /// The case it decides.
    public var caseID: CaseID
    /// The employee whose case it concerns.
    public var employee: DisplayText
    /// Who proposed it; `nil` when the record does not say.
    public var proposer: DisplayText?
    /// Confirm the evaluator's result, or correct it to a new one.
    public var kind: MotionKind
    /// The evaluator's result the motion confirms or corrects; `nil` for an unknown case.
    public var evaluatorResult: EvaluationResult?
    /// Each vote by name, in the order cast, those that do not count among them.
    public var votes: [NamedVote]
    /// The recount of the counted votes; `nil` for a motion on a case the record does not have.
    public var tally: Tally?
    /// The recounted result, or for a motion that could not be recounted the recorded one.
    public var result: MotionResult?
    /// The chair's vote where it decided a tie (000 ¶66, 001 ¶60, 004 ¶33).
    public var castingVote: NamedVote?
    /// Members present who may not vote on the case: its evaluator or its employee, so that
    /// the protocol says why their names are missing from the votes.
    public var recused: [DisplayText]
    /// The members present when the motion was put to the vote: its roll, by name.
    public var present: [DisplayText]
    /// What the `for` votes had to be more than half of.
    public var base: MajorityBase
    /// The quorum on the motion's roll; `nil` for a motion that could not be recounted.
    public var quorum: Quorum?

    package init(
      number: Int, motionID: MotionID, caseID: CaseID, employee: DisplayText,
      proposer: DisplayText?,
      kind: MotionKind, evaluatorResult: EvaluationResult?, votes: [NamedVote], tally: Tally?,
      result: MotionResult?, castingVote: NamedVote? = nil, recused: [DisplayText] = [],
      present: [DisplayText] = [], base: MajorityBase = .votesCast, quorum: Quorum? = nil
    ) {
      self.present = present
      self.base = base
      self.quorum = quorum
      self.number = number
      self.motionID = motionID
      self.caseID = caseID
      self.employee = employee
      self.proposer = proposer
      self.kind = kind
      self.evaluatorResult = evaluatorResult
      self.votes = votes
      self.tally = tally
      self.result = result
      self.castingVote = castingVote
      self.recused = recused
    }
  }

  /// A member's open vote, by name.
  public struct NamedVote: Sendable, Equatable {
    /// The voter's id in the record.
    public var personID: PersonID
    /// The voter's full name.
    public var name: DisplayText
    /// For, against or abstaining.
    public var choice: VoteChoice
    /// `false` for a vote that must not count: by the secretary, a non-member, an absent or
    /// recused member, or a second vote (``VoteProblem``).
    public var counted: Bool

    package init(personID: PersonID, name: DisplayText, choice: VoteChoice, counted: Bool = true) {
      self.personID = personID
      self.name = name
      self.choice = choice
      self.counted = counted
    }
  }

  /// One line of "Тексерілді": a role, a name, the day signed and a line for the signature.
  public struct Signature: Sendable, Equatable {
    /// The signatory's id in the record.
    public var personID: PersonID
    /// The capacity they sign in; the form's order of roles is the methodology's (`form`).
    public var role: Role
    /// The signatory's full name.
    public var name: DisplayText
    /// The day they signed; `nil` leaves the date blank to fill in by hand.
    public var signedOn: Day?

    package init(personID: PersonID, role: Role, name: DisplayText, signedOn: Day? = nil) {
      self.personID = personID
      self.role = role
      self.name = name
      self.signedOn = signedOn
    }
  }
}
