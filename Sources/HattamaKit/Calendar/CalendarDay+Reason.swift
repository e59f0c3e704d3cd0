extension CalendarDay {
  /// Why a day is not an ordinary weekday, as facts: the holidays' names and the days a day off
  /// came from or went to. ``CalendarDay/explanation`` puts it into words, in one place.
  public enum Reason: Sendable, Equatable {
    /// An ordinary Saturday or Sunday.
    case weekend
    /// Public holidays on the day; on a Saturday or Sunday, what became of their day off.
    case holiday(names: [Phrase], weekend: WeekendDayOff?)
    /// The day off of holidays that fell on a weekend day, `from` (Labour Code art. 84).
    case movedHoliday(names: [Phrase], from: Day)
    /// A day off the built-in data transferred from a day, usually a Saturday made working.
    case transferredDayOff(from: Day)
    /// A day the built-in data made working, its day off moved `to` another; `names` when it
    /// would have been those holidays' moved day off.
    case transferredWorkday(to: Day, names: [Phrase])
    /// A transfer from a `--calendar` file, in the file's own words.
    case written(String)
  }

  /// What became of the day off of a holiday that fell on a Saturday or Sunday.
  public enum WeekendDayOff: Sendable, Equatable {
    /// It moves to that day (Labour Code art. 84).
    case movesTo(Day)
    /// It does not move: the religious holidays, Orthodox Christmas and Kurban Ait.
    case notMoved
    /// A transfer took the day it would have moved to; the transfer says where it went.
    case transferred
  }

  /// The reason in words: `Nauryz, moved from Saturday 2026-03-21`, in each language; `nil` on
  /// an ordinary working day. A `--calendar` file's names and transfers read as written.
  public var explanation: Phrase? {
    switch reason {
    case nil: nil
    case .weekend: Self.weekendWord
    case .holiday(let names, nil): Self.joined(names)
    case .holiday(let names, let dayOff?):
      Self.joined(names) + Phrase(verbatim: " (") + day.weekdayTitle + Phrase(verbatim: "; ")
        + Self.words(dayOff) + Phrase(verbatim: ")")
    case .movedHoliday(let names, let origin):
      Self.joined(names)
        + Phrase(
          kk: ": \(origin), \(Self.from[origin.weekday - 1].kk) ауыстырылған демалыс күні",
          ru: ": выходной день, перенесённый \(Self.from[origin.weekday - 1].ru) \(origin)",
          en: ", moved from \(origin.weekdayTitle.en) \(origin)")
    case .transferredDayOff(let origin):
      Phrase(
        kk: "\(origin), \(Self.from[origin.weekday - 1].kk) ауыстырылған демалыс күні",
        ru: "выходной день, перенесённый \(Self.from[origin.weekday - 1].ru) \(origin)",
        en: "day off transferred from \(origin.weekdayTitle.en) \(origin)")
    case .transferredWorkday(let target, let names) where !names.isEmpty:
      Self.joined(names)
        + Phrase(
          kk: ": демалыс күні \(Self.moves(to: target).kk)",
          ru: ": выходной день \(Self.moves(to: target).ru)",
          en: "'s day off moved to \(target.weekdayTitle.en) \(target)")
    case .transferredWorkday(let target, _):
      Phrase(
        kk: "\(day.weekdayTitle.kk) — жұмыс күні; демалыс күні \(Self.moves(to: target).kk)",
        ru: "\(day.weekdayTitle.ru) — рабочий день; выходной день \(Self.moves(to: target).ru)",
        en: "\(day.weekdayTitle.en) worked; its day off moves to "
          + "\(target.weekdayTitle.en) \(target)")
    case .written(let text): Phrase(verbatim: text)
    }
  }

  /// The reason as a narrow column names it: the holidays' names alone, `transfer` or `weekend`;
  /// `nil` on an ordinary working day.
  public var label: Phrase? {
    switch reason {
    case nil: nil
    case .weekend: Self.weekendWord
    case .holiday(let names, _), .movedHoliday(let names, _): Self.joined(names)
    case .transferredDayOff, .transferredWorkday, .written:
      Phrase(kk: "ауыстыру", ru: "перенос", en: "transfer")
    }
  }

  /// `2026-03-24 Tue  Nauryz, moved from Saturday 2026-03-21 (estimated)`: the day, its weekday
  /// and why, as a list of days shows it.
  public var summary: Phrase {
    Phrase(verbatim: "\(day) ") + day.weekdayShort + Phrase(verbatim: "  ")
      + (explanation ?? Phrase(kk: "жұмыс күні", ru: "рабочий день", en: "working day"))
      + (isEstimated
        ? Phrase(kk: " (болжамды)", ru: " (предположительно)", en: " (estimated)")
        : Phrase(verbatim: ""))
  }

  private static let weekendWord = Phrase(kk: "демалыс", ru: "выходной", en: "weekend")

  private static func words(_ dayOff: WeekendDayOff) -> Phrase {
    switch dayOff {
    case .movesTo(let target):
      Phrase(
        kk: "демалыс күні \(moves(to: target).kk)", ru: "выходной день \(moves(to: target).ru)",
        en: "its day off moves to \(target.weekdayTitle.en) \(target)")
    case .notMoved: Phrase(kk: "ауыстырылмайды", ru: "не переносится", en: "not moved")
    case .transferred:
      Phrase(
        kk: "демалыс күні қаулымен ауыстырылды", ru: "выходной день перенесён постановлением",
        en: "its day off was transferred by decree")
    }
  }

  /// "moves to Friday 2018-03-09" after «демалыс күні», «выходной день», as the decrees word it
  /// («… 31 желтоқсан, дүйсенбіге ауыстырылсын», «… на понедельник 24 октября»).
  private static func moves(to target: Day) -> (kk: String, ru: String) {
    let to = self.to[target.weekday - 1]
    return ("\(target), \(to.kk) ауыстырылады", "переносится \(to.ru) \(target)")
  }

  /// Holidays on one day, such as a Kurban Ait on another holiday.
  private static func joined(_ names: [Phrase]) -> Phrase {
    Phrase(
      kk: names.map(\.kk).joined(separator: " және "), ru: names.map(\.ru).joined(separator: " и "),
      en: names.map(\.en).joined(separator: " and "))
  }

  /// "From Monday" … "from Sunday": the Kazakh ablative, the Russian «с» and genitive.
  private static let from: [(kk: String, ru: String)] = [
    ("дүйсенбіден", "с понедельника"), ("сейсенбіден", "со вторника"), ("сәрсенбіден", "со среды"),
    ("бейсенбіден", "с четверга"), ("жұмадан", "с пятницы"), ("сенбіден", "с субботы"),
    ("жексенбіден", "с воскресенья"),
  ]

  /// "To Monday" … "to Sunday": the Kazakh dative, the Russian «на» and accusative.
  private static let to: [(kk: String, ru: String)] = [
    ("дүйсенбіге", "на понедельник"), ("сейсенбіге", "на вторник"), ("сәрсенбіге", "на среду"),
    ("бейсенбіге", "на четверг"), ("жұмаға", "на пятницу"), ("сенбіге", "на субботу"),
    ("жексенбіге", "на воскресенье"),
  ]
}
