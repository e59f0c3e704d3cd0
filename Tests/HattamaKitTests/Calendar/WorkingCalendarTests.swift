import Testing

@testable import HattamaKit

/// `"2025-10-24"` as a ``Day``; a malformed literal is a defect of the test itself.
func day(_ text: String) -> Day {
  guard let value = Day(iso: text) else { preconditionFailure("'\(text)' is not a date") }
  return value
}

@Suite("Working calendar") struct WorkingCalendarTests {
  let calendar = WorkingCalendar.kazakhstan

  struct CountCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var start: String
    var n: Int
    var expected: String
    var testDescription: String { rule }
  }

  static let counts: [CountCase] = [
    CountCase(
      rule:
        "turn of the year: 2024-12-30 + 3 skips New Year and the 3 January transfer, counts Sunday 5 January",
      start: "2024-12-30", n: 3, expected: "2025-01-06"),
    CountCase(
      rule: "turn of the year 2025-2026 without transfers", start: "2025-12-30", n: 3,
      expected: "2026-01-06"),
    CountCase(
      rule: "Nauryz 2026: Saturday and Sunday move to 24 and 25 March", start: "2026-03-19", n: 2,
      expected: "2026-03-26"),
    CountCase(
      rule: "Nauryz 2025: Saturday 22 and Sunday 23 March move to Monday and Tuesday",
      start: "2025-03-20", n: 1, expected: "2025-03-26"),
    CountCase(
      rule: "Nauryz 2024: Saturday 23 March moves to Monday 25 March", start: "2024-03-20", n: 1,
      expected: "2024-03-26"),
    CountCase(
      rule: "a holiday on a Saturday moves to Monday: Constitution Day 2025-08-30",
      start: "2025-08-29", n: 1, expected: "2025-09-02"),
    CountCase(
      rule: "a Saturday holiday moves past a Monday holiday: Defender's Day 2022-05-07 to Tuesday",
      start: "2022-05-06", n: 1, expected: "2022-05-11"),
    CountCase(
      rule: "Kurban Ait on a Sunday is not moved", start: "2024-06-14", n: 1,
      expected: "2024-06-17"),
    CountCase(
      rule: "Orthodox Christmas on a Sunday is not moved", start: "2024-01-05", n: 1,
      expected: "2024-01-08"),
    CountCase(
      rule: "a working Saturday counts: 2024-05-04", start: "2024-05-03", n: 1,
      expected: "2024-05-04"),
    CountCase(
      rule: "a working Saturday counts: 2023-07-01, and its Friday 7 July is off",
      start: "2023-06-30", n: 5, expected: "2023-07-10"),
    CountCase(
      rule: "2020: the decree kept Monday 11 May working and gave Friday 8 May off",
      start: "2020-05-06", n: 1, expected: "2020-05-11"),
    CountCase(
      rule: "Republic Day 2025-10-25 on a Saturday makes Monday 27 October a day off",
      start: "2025-10-14", n: 10, expected: "2025-10-29"),
    CountCase(
      rule: "zero working days is the day itself", start: "2025-10-25", n: 0, expected: "2025-10-25"
    ),
  ]

  @Test("the N-th working day after a day", arguments: counts)
  func workingDayAfter(_ item: CountCase) {
    let end = calendar.workingDay(item.n, after: day(item.start))
    #expect(end == day(item.expected))
    #expect(calendar.workingDays(from: day(item.start), to: end) == item.n)
  }

  @Test(
    "the N-th working day before a day: 3 before 2025-10-24 is 2025-10-21, 1 before a Monday after a moved holiday"
  )
  func workingDayBefore() {
    #expect(calendar.workingDay(3, before: day("2025-10-24")) == day("2025-10-21"))
    #expect(calendar.workingDay(1, before: day("2025-10-28")) == day("2025-10-24"))
    #expect(calendar.workingDays(from: day("2025-10-24"), to: day("2025-10-21")) == -3)
  }

  @Test(
    "the count agrees with a day-by-day reference over 2018-2028", arguments: [1, 2, 3, 5, 7, 10])
  func referenceCount(n: Int) {
    var start = day("2017-12-20")
    while start < day("2028-01-10") {
      let end = calendar.workingDay(n, after: start)
      var working = 0
      var cursor = start.adding(days: 1)
      while cursor < end {
        if calendar.isWorkingDay(cursor) { working += 1 }
        cursor = cursor.adding(days: 1)
      }
      #expect(working == n - 1 && calendar.isWorkingDay(end), "\(start) + \(n) gave \(end)")
      start = start.adding(days: 3)
    }
  }

  @Test(
    "why a day is not working",
    arguments: [
      ("2025-03-10", "International Women's Day, moved from Saturday 2025-03-08"),
      ("2025-03-24", "Nauryz, moved from Saturday 2025-03-22"),
      ("2025-03-25", "Nauryz, moved from Sunday 2025-03-23"),
      ("2024-05-08", "day off transferred from Saturday 2024-05-04"),
      ("2025-10-25", "Republic Day (Saturday; its day off moves to Monday 2025-10-27)"),
      ("2024-01-07", "Orthodox Christmas (Sunday; not moved)"),
      ("2020-05-09", "Victory Day (Saturday; its day off was transferred by decree)"),
      ("2025-10-26", "weekend"),
      ("2021-12-17", "Independence Day"),
      ("2027-03-15", "Constitution Day"),
      ("2024-05-04", nil), ("2025-01-05", nil), ("2025-10-24", nil),
      ("2022-12-01", nil), ("2021-10-25", nil),
      ("2026-08-31", nil),  // 2026 has no Constitution Day: Sunday 30 August moves nothing
    ] as [(String, String?)])
  func reasons(date: String, reason: String?) {
    #expect(calendar.nonWorkingReason(day(date))?.en == reason)
    #expect(calendar.isWorkingDay(day(date)) == (reason == nil))
  }

  @Test("future Kurban Ait dates are estimated; past ones are not")
  func estimated() throws {
    #expect(calendar.isEstimated(day("2026-05-27")))
    #expect(calendar.isEstimated(day("2027-05-16")))
    #expect(!calendar.isEstimated(day("2025-06-06")))
    #expect(!calendar.isEstimated(day("2026-05-26")))
    let kurban = try #require(
      calendar.nonWorkingDays(in: 2026).first { $0.day == day("2026-05-27") })
    #expect(kurban.isEstimated && kurban.explanation?.en == "First day of Kurban Ait")
    let count = calendar.count(3, workingDaysAfter: day("2026-05-25"))
    #expect(count.end == day("2026-05-29") && count.isEstimated)
    #expect(!calendar.count(3, workingDaysAfter: day("2026-05-04")).isEstimated)
  }

  @Test("the built-in data covers 2018-2027 and names each year's source")
  func coverage() {
    #expect(calendar.coveredYears == Array(2018...2027))
    #expect(calendar.source(ofYear: 2022)?.en.contains("No. 713 of 2021-10-06") == true)
    #expect(calendar.source(ofYear: 2028) == nil)
  }

  @Test("every covered year pairs each transferred day off with a transferred working day")
  func transfersPair() {
    for year in calendar.coveredYears {
      let special = calendar.specialDays(in: year)
      let off = special.filter { $0.kind == .transferredDayOff }.count
      let work = special.filter { $0.kind == .transferredWorkday }.count
      #expect(off == work, "\(year): \(off) days off, \(work) working days")
    }
  }

  @Test("outside the data: weekends and the rules' holidays, moved, and a flag on the count")
  func outsideCoverage() {
    let monday = calendar.day(day("2028-01-03"))
    #expect(monday.kind == .movedHoliday && !monday.isCovered)
    #expect(
      calendar.nonWorkingReason(day("2028-01-04"))?.en == "New Year, moved from Sunday 2028-01-02")
    #expect(calendar.isWorkingDay(day("2028-01-05")))
    let count = calendar.count(3, workingDaysAfter: day("2027-12-29"))
    #expect(count.end == day("2028-01-05"))
    #expect(count.uncoveredYears == [2028])
    #expect(calendar.count(3, workingDaysAfter: day("2027-12-01")).uncoveredYears.isEmpty)
  }

  @Test("the skipped days of a count are listed in date order with their reasons")
  func skipped() {
    let count = calendar.count(2, workingDaysAfter: day("2026-03-19"))
    #expect(
      count.skipped.map(\.day)
        == ["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25"].map(day))
    // The Saturday and Sunday are Nauryz itself, so none of the five is an ordinary weekend.
    #expect(count.skippedHolidays.count == 5)
    #expect(calendar.count(1, workingDaysAfter: day("2025-10-24")).skippedHolidays.count == 2)
    let back = calendar.count(3, workingDaysBefore: day("2026-03-26"))
    #expect(back.end == day("2026-03-18") && back.skipped.first?.day == day("2026-03-21"))
  }
}
