/// A calendar date without a time or a zone, as the methodologies count them.
///
/// Records write days as `YYYY-MM-DD`. Arithmetic goes through ``ordinal``, the number of days
/// since 1970-01-01, so that adding days and finding the weekday need no `Foundation.Calendar`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, 1–9999 for a day read from a record.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, from 1.
  public let day: Int

  /// Creates a day, or `nil` when the month or day does not exist (2025-02-29, 2025-13-01).
  ///
  /// - Parameters:
  ///   - year: 1–9999.
  ///   - month: 1–12.
  ///   - day: from 1 to the month's length in that year.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.length(ofMonth: month, in: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly `YYYY-MM-DD`; anything else, or a day that does not exist, is `nil`.
  ///
  /// - Parameter text: a date as records write it, `2025-10-24`.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Days since 1970-01-01 (negative before it).
  ///
  /// The proleptic Gregorian conversion of Howard Hinnant's `days_from_civil`.
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The day with the given ordinal (days since 1970-01-01).
  ///
  /// - Parameter ordinal: days since 1970-01-01, negative before it.
  public init(ordinal: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let d = dayOfYear - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// The day `count` calendar days later (earlier when negative).
  ///
  /// - Parameter count: calendar days, not working days (see ``WorkingCalendar`` for those).
  /// - Returns: the day `count` days away.
  public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (ISO 4).
    let offset = (ordinal + 3) % 7
    return (offset < 0 ? offset + 7 : offset) + 1
  }

  /// Saturday or Sunday; whether it is a day off is the calendar's to say (transfers, holidays).
  public var isWeekend: Bool { weekday >= 6 }

  /// `YYYY-MM-DD`. A day counted past 9999-12-31 (a deadline after the last valid day) or
  /// before year 1 is written with its whole year, `10000-01-05` or `-0001-12-31`, rather than
  /// trapping, as it did before fuzzing found `calendar add 9999-12-31 5`.
  public var description: String {
    let y = String(year.magnitude), m = String(month), d = String(day)
    return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
      + (m.count == 1 ? "0" : "") + m + "-" + (d.count == 1 ? "0" : "") + d
  }

  /// Days compare in calendar order.
  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  static func length(ofMonth month: Int, in year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
