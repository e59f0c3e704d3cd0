/// The audit's `deadline.*` rules: every period of the body's methodology, counted in working
/// days on a calendar (002 ¶11, ¶20, ¶21, ¶23; 000 ¶18, ¶44, ¶45, ¶47, ¶62, ¶75; 001 ¶56, ¶69;
/// 004 ¶29, ¶43).
///
/// Not among ``Audit/checks``, because it needs a calendar the caller chooses (the built-in one,
/// or one with a `--calendar` file's decree): pass it as `extra`.
public struct DeadlineCheck: AuditCheck {
  public var calendar: WorkingCalendar

  public init(calendar: WorkingCalendar = .kazakhstan) { self.calendar = calendar }

  public func findings(in context: AuditContext) -> [Finding] {
    context.record.deadlineFindings(under: context.rules, calendar: calendar)
  }
}
