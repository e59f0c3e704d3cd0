extension SessionState {
  /// The sitting as a `hattama.record/1`: the draft with `sitting`, the motions and their
  /// results, the outcomes of the decided cases, the conclusion and the journal's anchor.
  ///
  /// `sitting.present` is everyone recorded present at any point of the sitting; each motion
  /// carries its own roll in `present`, on which the audit and the protocol count it, as the
  /// live status did. An open motion is written without a result.
  ///
  /// - Parameter anchor: The anchor of the journal the state was read from.
  ///
  /// - Returns: the record, which `Audit` and `ProtocolDocument` take as any other.
  public func record(anchor: JournalAnchor? = nil) -> Record {
    var record = draft
    // The notice a planned sitting carries stays with the sitting as held.
    if let date {
      record.sitting = Sitting(date: date, noticeOn: draft.sitting?.noticeOn, present: attended)
    }
    if !motions.isEmpty { record.motions = motions.map(\.motion) }
    let outcomes = draft.cases.compactMap { reviewed in
      decisions[reviewed.id].map { Outcome(caseID: reviewed.id, finalResult: $0.finalResult) }
    }
    if !outcomes.isEmpty { record.outcomes = outcomes }
    record.conclusion = conclusion.map { DisplayText($0) }
    record.journal = anchor
    return record
  }

  /// The state of a journal's whole content, checked line by line, under the methodology its
  /// line 1 pins (``GoverningRules``).
  ///
  /// - Parameters:
  ///   - journal: The journal read from disk; only the lines before its first break are used.
  ///   - given: A methodology the user supplied; refused when it differs from the pinned one,
  ///     and for a journal that pins none (written before methodologies were pinned) it
  ///     governs in place of the built-in one the draft names.
  /// - Throws: ``SessionLoadError`` when line 1 holds no usable draft or methodology, or a later
  ///   event is refused by the rules.
  ///
  /// - Returns: the state after the journal's last intact line.
  /// - Complexity: O(n) in the events.
  public static func replay(
    _ journal: Journal, given: Methodology? = nil
  ) throws(SessionLoadError) -> SessionState {
    guard let first = journal.lines.first, case .open(_, let draft, let pinned) = first.event
    else { throw .noOpenLine }
    let record: Record
    let governing: GoverningRules
    do {
      record = try draft.record()
    } catch {
      throw .draftInvalid(error)
    }
    do {
      let methodology = try pinned?.methodology()
      governing = try GoverningRules.resolve(for: record, pinned: methodology, given: given)
    } catch let error as JSONDecodingError {
      throw .methodologyInvalid(error)
    } catch let error as RulesProblem {
      throw .noRules(record, error)
    } catch {
      preconditionFailure("unexpected error \(error)")  // l10n: ignore — a programming error
    }
    var state: SessionState
    do {
      state = try SessionState(draft: record, rules: governing.rules)
    } catch {
      throw .draftUnusable(error)
    }
    state.methodology = governing.methodology
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
  /// The methodology line 1 pins does not decode.
  case methodologyInvalid(JSONDecodingError)
  /// The draft cannot carry a sitting (no composition, or a sitting already in it).
  case draftUnusable(SessionDraftProblem)
  /// No rules govern the draft: its methodology is unknown, has no rules for its body, or the
  /// one given differs from the pinned one.
  case noRules(Record, RulesProblem)
  /// A later event breaks a rule: the journal was not written by this tool.
  case refused(SessionReplayError)
}
