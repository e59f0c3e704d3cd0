/// The audit's `deadline.*` rules: every period of the body's methodology, counted in working
/// days on a calendar (002 ¶11, ¶20, ¶21, ¶23; 000 ¶18, ¶44, ¶45, ¶47, ¶62, ¶75; 001 ¶56, ¶69;
/// 004 ¶29, ¶43).
///
/// Not among ``Audit/checks``, because it needs a calendar the caller chooses (the built-in one,
/// or one with a `--calendar` file's decree): pass it as `extra`.
public struct DeadlineCheck: AuditCheck {
  /// The working days the periods are counted on.
  public var calendar: WorkingCalendar

  /// - Parameter calendar: the built-in Kazakhstan calendar, or one with a body's extra lines.
  public init(calendar: WorkingCalendar = .kazakhstan) { self.calendar = calendar }

  /// The `deadline.*` findings of the record's periods.
  ///
  /// - Parameter context: the record and its body's rules, whose `periods` are checked.
  /// - Returns: one finding per missed period (per case where the period is a case's).
  /// - Complexity: O(c·d) in the cases and the working days each period spans.
  public func findings(in context: AuditContext) -> [Finding] {
    context.record.deadlineFindings(under: context.rules, calendar: calendar)
  }
}
