/// The facts of a calendar data text: covered years, holiday rules and single days.
///
/// The text format is described at ``WorkingCalendar/kazakhstanData``; the parser is in
/// `CalendarData+Parsing.swift`, the reading of its names in `CalendarWords.swift`.
struct CalendarData: Sendable, Equatable {
  /// The years the data covers, each with the source of its transfers.
  var years: [Int: Phrase] = [:]
  /// Holidays that fall on the same date every year in a range.
  var rules: [HolidayRule] = []
  /// Holidays of one year: `holiday` and `fixed` day lines.
  var holidays: [HolidayDay] = []
  /// Transfers: `off` and `work` day lines.
  var transfers: [Transfer] = []

  /// Adds another text's facts; its `off` and `work` lines override earlier ones for their day.
  mutating func merge(_ other: CalendarData) {
    for (year, source) in other.years {
      years[year] = years[year].map { $0 + Phrase(verbatim: "; ") + source } ?? source
    }
    rules += other.rules
    holidays += other.holidays
    let overridden = Set(other.transfers.map(\.day))
    transfers.removeAll { overridden.contains($0.day) }
    transfers += other.transfers
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
  var name: Phrase

  func applies(in year: Int) -> Bool {
    firstYear.map { year >= $0 } != false && lastYear.map { year <= $0 } != false
  }
}

/// `YYYY-MM-DD holiday|fixed NAME [estimated]`: a holiday of one year.
struct HolidayDay: Sendable, Equatable {
  var day: Day
  /// `holiday`: its day off moves off a weekend; `fixed`: it never moves.
  var moves: Bool
  var name: Phrase
  /// The source only estimates this date (a future Kurban Ait).
  var estimated: Bool
}

/// `YYYY-MM-DD off|work TEXT [estimated]`: a transfer of a day off.
struct Transfer: Sendable, Equatable {
  var day: Day
  /// `off`: the day becomes a day off; `work`: a working day.
  var isDayOff: Bool
  var text: Text
  var estimated: Bool

  /// What the line says about the transfer.
  enum Text: Sendable, Equatable {
    /// The built-in data's: the pair's other day, where the day off came from (`off`) or went
    /// to (`work`).
    case otherDay(Day)
    /// A file's, as written.
    case written(String)
  }
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
