/// One event of a sitting, as one journal line records it (SPEC, "Recording a sitting").
///
/// The state of a sitting is the replay of its events; these carry only what the secretary
/// entered, never a result the replay can recompute (a motion's tally, its automatic close).
public enum JournalEvent: Sendable, Equatable {
  /// Line 1: the journal format, its hash, a random nonce, the draft the sitting is held on and
  /// the methodology that governs it (`nil` in a journal written before methodologies were
  /// pinned: the built-in one the draft names governs it).
  case open(nonce: JournalNonce, draft: JournalDraft, methodology: JournalMethodology?)
  /// The sitting's date and who is present.
  case attend(date: Day, present: [PersonID])
  /// A motion on a case, with the id the journal gives it.
  case propose(motion: MotionID, caseID: CaseID, kind: MotionKind, by: PersonID?)
  /// One member's open vote (000 ¶65).
  case vote(motion: MotionID, member: PersonID, choice: VoteChoice)
  /// Closes a motion before every present, eligible member has voted.
  case tally(motion: MotionID)
  /// Ends the sitting; nothing may follow.
  case close(conclusion: String?)
  /// `session repair` cut a torn last line: how many bytes it had and their SHA-256, which the
  /// saved `.broken` file can be checked against.
  case repair(tornBytes: Int, tornSHA256: SHA256Digest)

  /// The line's `"type"`.
  public var type: String {
    switch self {
    case .open: "open"
    case .attend: "attend"
    case .propose: "propose"
    case .vote: "vote"
    case .tally: "tally"
    case .close: "close"
    case .repair: "repair"
    }
  }
}
