extension SessionState {
  /// The sitting as a `hattama.record/1`: the draft with `sitting`, the motions and their
  /// results, the outcomes of the decided cases, the conclusion and the journal's anchor.
  ///
  /// `sitting.present` is everyone recorded present at any point of the sitting, so that the
  /// votes of a member who left later still count; results are those counted when each vote
  /// closed (see ``SessionMotion/attendance``). An open motion is written without a result.
  ///
  /// - Parameter anchor: The anchor of the journal the state was read from.
  public func record(anchor: JournalAnchor? = nil) -> Record {
    var record = draft
    if let date { record.sitting = Sitting(date: date, present: attended) }
    if !motions.isEmpty { record.motions = motions.map(\.motion) }
    let outcomes = draft.cases.compactMap { reviewed in
      decisions[reviewed.id].map { Outcome(caseID: reviewed.id, finalResult: $0.finalResult) }
    }
    if !outcomes.isEmpty { record.outcomes = outcomes }
    record.conclusion = conclusion
    record.journal = anchor
    return record
  }

  /// The state of a journal's whole content, checked line by line.
  ///
  /// - Parameters:
  ///   - journal: The journal read from disk; only the lines before its first break are used.
  ///   - rules: The rules of the body the draft names, for the draft's own record.
  /// - Throws: ``SessionLoadError`` when line 1 holds no usable draft or a later event is
  ///   refused by the rules.
  public static func replay(
    _ journal: Journal, rules: (Record) -> BodyRules?
  ) throws(SessionLoadError) -> SessionState {
    guard let first = journal.lines.first, case .open(_, let draft) = first.event else {
      throw .noOpenLine
    }
    let record: Record
    do {
      record = try draft.record()
    } catch {
      throw .draftInvalid(error)
    }
    guard let bodyRules = rules(record) else { throw .noRules(record) }
    let state: SessionState
    do {
      state = try SessionState(draft: record, rules: bodyRules)
    } catch {
      throw .draftUnusable(error)
    }
    let valid =
      journal.report.firstBreak.map { journal.lines.prefix($0.line - 1) }
      ?? journal.lines[...]
    do {
      return try state.replaying(valid.dropFirst())
    } catch {
      throw .refused(error)
    }
  }
}

/// Why a journal's state cannot be rebuilt.
public enum SessionLoadError: Error, Sendable {
  /// Line 1 is not an `open` event.
  case noOpenLine
  /// The draft in line 1 is not a valid record.
  case draftInvalid(RecordDecodingError)
  /// The draft cannot carry a sitting (no composition, or a sitting already in it).
  case draftUnusable(SessionDraftProblem)
  /// No rules for the draft's methodology and kind of body.
  case noRules(Record)
  /// A later event breaks a rule: the journal was not written by this tool.
  case refused(SessionReplayError)
}
