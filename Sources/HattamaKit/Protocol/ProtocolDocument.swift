/// The protocol (хаттама) of one sitting, as the form of 000 Appendix 11, 001 Appendix 11 and
/// 004 Appendix 5 lays it out, with the composition, attendance and open votes SPEC adds.
///
/// A value built once from a ``Record`` (see ``init(record:rules:journal:categoryNames:)``)
/// and written in any language and format by ``ProtocolRenderer``. It holds names, not ids, so
/// that rendering needs nothing else; the ids stay alongside for the JSON form.
public struct ProtocolDocument: Sendable, Equatable {
  /// A calibration session's protocol or a commission's: the title and the form follow it.
  public var kind: BodyKind
  /// The methodology id the record names, such as `kz-trade-2025`.
  public var methodology: String
  /// "БЕКІТЕМІН": the authorized official who approves the results (000 ¶72, 004 ¶39).
  /// The approval block, where the body's form has one (000 and 001 Appendix 11, 004
  /// Appendix 5: a commission's results are approved); `nil` for a calibration session, which
  /// no seed gives an approval of results.
  public var approval: Approval?
  /// The state body's name, as the record writes it.
  public var body: DisplayText
  /// The evaluation period, as the record writes it.
  public var period: DisplayText
  /// The day of the sitting; `nil` for a draft.
  public var sittingDate: Day?
  /// The chair, the other members and the secretary, in that order.
  public var composition: [Participant]
  /// Who of the voting members came, and whether they made a quorum (000 ¶63); `nil` without a
  /// sitting.
  public var attendance: Quorum?
  /// The table "Бағалау нәтижелері", one row per case in the record's order.
  public var results: [ResultRow]
  /// Every motion with its open vote (000 ¶65), in the record's order.
  public var motions: [MotionEntry]
  /// "Комиссия қорытындысы".
  public var conclusion: DisplayText?
  /// "Тексерілді": the secretary, the chair, then the members.
  public var signatures: [Signature]
  /// The anchor `N:HEX` of the journal the record came from, printed by the signatures.
  public var journal: JournalAnchor?
  /// Set when the protocol is written as a draft (`--draft`): marked on every page, with why.
  public var draft: Draft?
  /// The case this is the extract for (``extract(case:)``); `nil` for the whole protocol.
  public var extractOf: CaseID?

  package init(
    kind: BodyKind, methodology: String, approval: Approval?, body: DisplayText,
    period: DisplayText,
    sittingDate: Day? = nil, composition: [Participant] = [], attendance: Quorum? = nil,
    results: [ResultRow] = [], motions: [MotionEntry] = [], conclusion: DisplayText? = nil,
    signatures: [Signature] = [], journal: JournalAnchor? = nil
  ) {
    self.kind = kind
    self.methodology = methodology
    self.approval = approval
    self.body = body
    self.period = period
    self.sittingDate = sittingDate
    self.composition = composition
    self.attendance = attendance
    self.results = results
    self.motions = motions
    self.conclusion = conclusion
    self.signatures = signatures
    self.journal = journal
  }
}

extension ProtocolDocument {
  /// The approval block: "БЕКІТЕМІН / Лауазымды тұлға", surname and initials, date, signature.
  public struct Approval: Sendable, Equatable {
    /// The official's id in the record.
    public var personID: PersonID
    /// The full name as `people` gives it.
    public var name: DisplayText
    /// "Омаров Е.С.": the form asks for the surname and initials.
    public var surnameAndInitials: DisplayText
    /// The official's position, printed under "Лауазымды тұлға".
    public var position: DisplayText?
    /// The day of approval (`protocol.approvedOn`); blank on the paper when `nil`.
    public var approvedOn: Day?

    package init(
      personID: PersonID, name: DisplayText, surnameAndInitials: DisplayText,
      position: DisplayText? = nil,
      approvedOn: Day? = nil
    ) {
      self.personID = personID
      self.name = name
      self.surnameAndInitials = surnameAndInitials
      self.position = position
      self.approvedOn = approvedOn
    }
  }

  /// A part someone plays in the body.
  public enum Role: String, CaseIterable, Sendable, Codable {
    /// Leads the sitting, votes, and breaks a commission's tie (000 ¶66).
    case chair
    /// Votes on every case they are not recused from.
    case member
    /// Records the sitting and signs the protocol; never votes (000 ¶67).
    case secretary
  }

  /// One line of the composition.
  public struct Participant: Sendable, Equatable {
    /// The person's id in the record.
    public var personID: PersonID
    /// Chair, member or secretary.
    public var role: Role
    /// The full name as `people` gives it.
    public var name: DisplayText
    /// The position, printed beside the name.
    public var position: DisplayText?
    /// Whether they attended; `nil` when the record has no sitting yet.
    public var present: Bool?

    package init(
      personID: PersonID, role: Role, name: DisplayText, position: DisplayText? = nil,
      present: Bool? = nil
    ) {
      self.personID = personID
      self.role = role
      self.name = name
      self.position = position
      self.present = present
    }
  }

}
