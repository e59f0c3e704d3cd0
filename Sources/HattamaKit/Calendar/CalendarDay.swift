/// What the calendar says about one day: working or not, and why.
public struct CalendarDay: Sendable, Equatable, CustomStringConvertible {
  /// Why a day is what it is.
  public enum Kind: String, CaseIterable, Sendable, Codable {
    /// An ordinary Monday to Friday.
    case workday
    /// An ordinary Saturday or Sunday.
    case weekend
    /// A public holiday (on a weekend too).
    case holiday
    /// The day off of a holiday that fell on a weekend (Labour Code art. 84).
    case movedHoliday = "moved-holiday"
    /// A day off by a transfer (Labour Code art. 85).
    case transferredDayOff = "transferred-day-off"
    /// A working day by a transfer, such as a Saturday worked for a Friday off.
    case transferredWorkday = "transferred-workday"
  }

  /// The day this entry describes.
  public var day: Day
  /// Working day, weekend, holiday, moved day off or a transfer.
  public var kind: Kind
  /// The holidays, the weekend or the transfer that make the day what it is; `nil` for an
  /// ordinary working day. ``explanation`` says it in words, ``label`` in a word or two.
  public var reason: Reason?
  /// The source only estimates this date (a future Kurban Ait).
  public var isEstimated: Bool
  /// Whether the calendar data covers the day's year; outside it only weekends and the fixed
  /// holidays count (see ``WorkingCalendar``).
  public var isCovered: Bool

  package init(day: Day, kind: Kind, reason: Reason?, isEstimated: Bool = false, isCovered: Bool) {
    self.day = day
    self.kind = kind
    self.reason = reason
    self.isEstimated = isEstimated
    self.isCovered = isCovered
  }

  /// The day is a working day: an ordinary weekday or a weekend day a transfer makes working.
  public var isWorking: Bool { kind == .workday || kind == .transferredWorkday }

  /// The ``summary`` in English, for logs and debugging; people read ``summary``.
  public var description: String { summary.en }
}

extension Day {
  /// `Monday` … `Sunday`.
  public var weekdayName: String {
    weekdayTitle.en
  }

  /// `Mon` … `Sun`.
  public var weekdayAbbreviation: String { String(weekdayName.prefix(3)) }
}
