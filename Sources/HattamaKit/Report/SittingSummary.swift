/// What one sitting adds to the overview: a line per case and its findings, worked out from the
/// record alone so that thousands of files can be summarised in parallel.
public struct SittingSummary: Sendable, Equatable {
  /// The file the sitting was read from, which names it in the report.
  public var file: String
  /// The evaluation period, for the deadlines missed by period.
  public var period: String
  /// One line per case, in the record's order; a case id given twice counts once.
  public var lines: [CaseLine]
  /// Every finding of the audit, the journal's own included, by code and severity.
  public var findings: [FindingKey: Int]
  /// A draft (no `sitting`): nothing was heard yet, so it adds no case and no finding.
  public var isDraft: Bool

  /// Summarises one sitting under the methodology that governs it.
  ///
  /// Each case's decision is ``Deliberation``'s (the one place motions are counted); the
  /// findings are ``Audit/findings(for:methodology:extra:)``'s with the deadlines counted on
  /// `calendar`. A record whose methodology is unknown, or has no rules for its body, has no
  /// lawful decision: its cases count as undecided, and the findings say why. A draft, which
  /// has no sitting yet, is only counted as one.
  ///
  /// - Parameters:
  ///   - file: the file the record or journal was read from.
  ///   - record: the sitting.
  ///   - methodology: the record's own (a journal's pinned copy, a given file, or the built-in
  ///     one it names); `nil` when none is known by its id.
  ///   - journalFindings: what a journal's chain showed (`journal.tampered`, `journal.torn`).
  ///   - calendar: the working days the deadlines are counted on.
  ///   - language: the language of the display texts the report shows (its `--lang`): their
  ///     own, else the Kazakh, else the first one the record gives.
  /// - Complexity: that of the audit, O(m·p + c) in the motions, members and cases.
  public init(
    file: String, record: Record, methodology: Methodology?, journalFindings: [Finding] = [],
    calendar: WorkingCalendar, language: Language = .kk
  ) {
    self.file = file
    period = record.period.text(in: language)
    isDraft = record.sitting == nil
    guard !isDraft else {
      lines = []
      findings = [:]
      return
    }
    // The audit's own recount gives the decisions: the motions are counted once.
    let audit = Audit.audit(
      record, methodology: methodology, extra: [DeadlineCheck(calendar: calendar)])
    var seen: Set<CaseID> = []
    lines = record.cases.filter { seen.insert($0.id).inserted }.map {
      CaseLine(
        file: file, record: record, case: $0, decision: audit.deliberation?.decisions[$0.id],
        language: language)
    }
    findings = [:]
    for finding in journalFindings + audit.findings {
      findings[FindingKey(code: finding.code, severity: finding.severity), default: 0] += 1
    }
  }
}

/// A finding code with the severity it was found at: the same code is a violation under a
/// rule of the text and a warning under one taken by analogy (SPEC, "The force of a rule").
public struct FindingKey: Hashable, Sendable {
  /// The rule broken.
  public var code: FindingCode
  /// The force it was found with.
  public var severity: Severity

  /// The key of `code` found at `severity`.
  public init(code: FindingCode, severity: Severity) {
    self.code = code
    self.severity = severity
  }

  /// Whether the finding is a missed period (`deadline.*`).
  public var isDeadline: Bool { code.rawValue.hasPrefix("deadline.") }
}
