/// Kazakhstan's working days: Monday to Friday, minus public holidays and the days off that
/// transfers make, plus the weekend days that transfers make working (DOMAIN.md, "Working days").
///
/// Built from the data embedded in the library (2018–2027, `kazakhstanData`), plus any lines a
/// `--calendar` file adds for a decree that came out after the release.
///
/// **Outside the covered years** the calendar still answers, from what it knows without a decree:
/// weekends, the holidays whose `every` rule runs into that year (with the weekend rule), and no
/// transfers or Kurban Ait. Every such day says ``CalendarDay/isCovered`` `false`, and a
/// ``WorkingDayCount`` lists the ``WorkingDayCount/uncoveredYears`` it crossed, so that a caller
/// can warn.
public struct WorkingCalendar: Sendable, Equatable {
  private let data: CalendarData
  private let tables: [Int: YearTable]

  private init(data: CalendarData) {
    self.data = data
    var tables: [Int: YearTable] = [:]
    for year in data.years.keys { tables[year] = YearTable(year: year, data: data) }
    self.tables = tables
  }

  /// The built-in calendar: Kazakhstan, 2018–2027.
  public static let kazakhstan: WorkingCalendar = {
    do throws(CalendarDataError) {
      return WorkingCalendar(
        data: try CalendarData.parse(
          kazakhstanData, source: "built-in calendar data", reading: .builtIn))  // l10n: ignore
    } catch {
      // The text is part of the library and a test parses it; a failure here is a build defect.
      preconditionFailure(error.description)
    }
  }()

  /// The built-in calendar with extra lines from a `--calendar` file.
  ///
  /// The lines use the format of the built-in data; an `off` or `work` line overrides what the
  /// built-in data says for its day, and a `year` line adds a covered year.
  /// - Parameters:
  ///   - text: the file's content.
  ///   - source: the file's name, for error messages.
  /// - Throws: ``CalendarDataError`` naming the first line that cannot be read.
  public init(extraLines text: String, source: String) throws(CalendarDataError) {
    self = try WorkingCalendar.kazakhstan.adding(lines: text, source: source)
  }

  /// This calendar with extra lines (see ``init(extraLines:source:)``).
  ///
  /// - Parameters:
  ///   - text: lines in the built-in data's format.
  ///   - source: the file's name, for error messages.
  /// - Returns: the calendar with those lines' days and years added or overridden.
  /// - Throws: ``CalendarDataError`` naming the first line that cannot be read.
  public func adding(lines text: String, source: String) throws(CalendarDataError)
    -> WorkingCalendar
  {
    var merged = data
    merged.merge(try CalendarData.parse(text, source: source))
    return WorkingCalendar(data: merged)
  }

  /// The years the data covers, in order.
  public var coveredYears: [Int] { data.years.keys.sorted() }

  /// Whether the data covers a year (it knows its transfers and its Kurban Ait).
  ///
  /// - Parameter year: a year.
  /// - Returns: whether the data lists that year's transfers and movable holidays.
  public func covers(year: Int) -> Bool { data.years[year] != nil }

  /// Who set a covered year's transfers: `Government decree No. 864 of 2017 …`, in each
  /// language; a `--calendar` file's `year` line adds its own words as written.
  ///
  /// - Parameter year: a covered year.
  /// - Returns: the decree that set it, or `nil` for a year the data does not cover.
  public func source(ofYear year: Int) -> Phrase? { data.years[year] }

  /// What the calendar says about a day.
  ///
  /// - Parameter day: any day.
  /// - Returns: its kind and reason; outside the covered years only weekends and fixed holidays.
  public func day(_ day: Day) -> CalendarDay {
    (tables[day.year] ?? YearTable(year: day.year, data: data)).day(day)
  }

  /// Whether a day is a working day (002 ¶11, ¶20–¶21 count periods in them).
  ///
  /// - Parameter day: any day.
  /// - Returns: `true` for a weekday that is no holiday or day off, or a weekend day a transfer
  ///   makes working.
  public func isWorkingDay(_ day: Day) -> Bool { self.day(day).isWorking }

  /// Why a day is not working, in words: the holiday's name, `weekend`, or the transfer; `nil`
  /// on a working day.
  ///
  /// - Parameter day: any day.
  /// - Returns: the ``CalendarDay/explanation``, or `nil`.
  public func nonWorkingReason(_ day: Day) -> Phrase? {
    let entry = self.day(day)
    return entry.isWorking ? nil : entry.explanation
  }

  /// Whether the day's status rests on an estimated date (a future Kurban Ait).
  ///
  /// - Parameter day: any day.
  /// - Returns: `true` when the data only estimates the date that decides it.
  public func isEstimated(_ day: Day) -> Bool { self.day(day).isEstimated }

  /// The days of a year that are not an ordinary weekday or weekend: holidays (those on a weekend
  /// too), moved days off, transfers — working weekend days included — in date order.
  ///
  /// - Parameter year: any year.
  /// - Returns: the year's special days.
  public func specialDays(in year: Int) -> [CalendarDay] {
    (tables[year] ?? YearTable(year: year, data: data)).specialDays
  }

  /// The non-working days of a year other than ordinary weekends, in date order; each has its
  /// reason and says whether it is estimated.
  ///
  /// - Parameter year: any year.
  /// - Returns: the year's days off besides weekends.
  public func nonWorkingDays(in year: Int) -> [CalendarDay] {
    specialDays(in: year).filter { !$0.isWorking }
  }
}
