/// The facts of a calendar data text: covered years, holiday rules and single days.
///
/// The text format is described at the top of ``WorkingCalendar/kazakhstanData``; the parser is
/// in `CalendarData+Parsing.swift`.
struct CalendarData: Sendable, Equatable {
  /// The years the data covers, each with the source of its transfers.
  var years: [Int: String] = [:]
  /// Holidays that fall on the same date every year in a range.
  var rules: [HolidayRule] = []
  /// Single days: holidays of one year and transfers.
  var days: [DayLine] = []

  /// Adds another text's facts; its `off` and `work` lines override earlier ones for their day.
  mutating func merge(_ other: CalendarData) {
    for (year, source) in other.years {
      years[year] = years[year].map { "\($0); \(source)" } ?? source
    }
    rules += other.rules
    let overridden = Set(other.days.filter(\.kind.isTransfer).map(\.day))
    days.removeAll { $0.kind.isTransfer && overridden.contains($0.day) }
    days += other.days
  }
}

/// `every MM-DD FROM..TO KIND NAME`: a holiday on one date of every year in a range.
struct HolidayRule: Sendable, Equatable {
  var month: Int
  var day: Int
  /// The first year it is in force; `nil` when it has been since before any data.
  var firstYear: Int?
  /// The last year it is in force; `nil` while it is.
  var lastYear: Int?
  /// Whether its day off moves when it falls on a weekend.
  var moves: Bool
  var name: String

  func applies(in year: Int) -> Bool {
    firstYear.map { year >= $0 } != false && lastYear.map { year <= $0 } != false
  }
}

/// `YYYY-MM-DD KIND TEXT [estimated]`: one day.
struct DayLine: Sendable, Equatable {
  var day: Day
  var kind: LineKind
  var text: String
  /// The source only estimates this date (a future Kurban Ait).
  var estimated: Bool
}

/// What a line says about its day.
enum LineKind: String, CaseIterable, Sendable {
  /// A public holiday whose day off moves to the next working day when it falls on a weekend.
  case holiday
  /// A public holiday that never moves: Orthodox Christmas, the first day of Kurban Ait.
  case fixed
  /// A day off by a transfer.
  case off
  /// A working day by a transfer.
  case work

  var isTransfer: Bool { self == .off || self == .work }
}
