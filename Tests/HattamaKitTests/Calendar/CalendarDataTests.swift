import Testing

@testable import HattamaKit

@Suite("Calendar data lines") struct CalendarDataTests {
  @Test("the built-in data parses")
  func builtInParses() throws {
    let data = try CalendarData.parse(
      WorkingCalendar.kazakhstanData, source: "built-in", reading: .builtIn)
    #expect(data.years.count == 10)
    #expect(data.rules.count == 18)
  }

  @Test("extra decree lines add a covered year, a day off and a working Saturday")
  func extraLines() throws {
    let text = """
      # a decree after the release
      year 2027  order No. 1 of 2026-12-01
      2027-03-20 work   Saturday worked; its day off moves to Friday 2027-03-26
      2027-03-26 off    day off transferred from Saturday 2027-03-20
      year 2028  order No. 2 of 2027-12-01
      2028-06-04 fixed  Kurban Ait, first day [estimated]
      """
    let calendar = try WorkingCalendar(extraLines: text, source: "decree.txt")
    #expect(calendar.isWorkingDay(day("2027-03-20")))
    #expect(
      calendar.nonWorkingReason(day("2027-03-26"))
        == Phrase(verbatim: "day off transferred from Saturday 2027-03-20"))
    #expect(calendar.source(ofYear: 2027)?.ru.hasSuffix("; order No. 1 of 2026-12-01") == true)
    #expect(calendar.covers(year: 2028) && calendar.isEstimated(day("2028-06-04")))
    #expect(calendar.coveredYears.last == 2028)
    #expect(WorkingCalendar.kazakhstan.isWorkingDay(day("2027-03-26")))
  }

  @Test("an extra line overrides the built-in transfer of its day")
  func override() throws {
    let calendar = try WorkingCalendar(extraLines: "2024-05-04 off  corrected\n", source: "fix.txt")
    #expect(calendar.nonWorkingReason(day("2024-05-04")) == Phrase(verbatim: "corrected"))
    #expect(WorkingCalendar.kazakhstan.isWorkingDay(day("2024-05-04")))
  }

  struct BadLine: Sendable, CustomTestStringConvertible {
    var text: String
    var message: String
    var testDescription: String { message }
  }

  static let badLines: [BadLine] = [
    BadLine(
      text: "2027-02-30 off  x",
      message: "line 1: '2027-02-30' is not a date; write it as YYYY-MM-DD (MM-DD after 'every')."),
    BadLine(
      text: "# comment\n\n2027-03-26 of  x",
      message: "line 3: 'of' is not a kind of day; use holiday, fixed, off or work."),
    BadLine(
      text: "tomorrow off x",
      message:
        "line 1: 'tomorrow' does not start a calendar line; start it with a date YYYY-MM-DD, 'every' or 'year'."
    ),
    BadLine(
      text: "2027-03-26 off",
      message: "line 1: '2027-03-26 off' ends too early; add the holiday's name or the reason."),
    BadLine(
      text: "every 13-01 .. holiday X",
      message: "line 1: '13-01' is not a date; write it as YYYY-MM-DD (MM-DD after 'every')."),
    BadLine(
      text: "every 03-01 2020-2021 holiday X",
      message:
        "line 1: '2020-2021' is not a range of years; write FROM..TO, leaving out an open end, such as 2022.. or ..2021."
    ),
    BadLine(
      text: "every 03-01 .. off X",
      message: "line 1: 'off' is not a kind of day; use holiday, fixed, off or work."),
    BadLine(
      text: "year 27 order",
      message: "line 1: '27' is not a year; write 'year YYYY' and then the source."),
    BadLine(
      text: "2027-03-26 off  a\n2027-03-26 work  b",
      message: "line 2: 2027-03-26 already has a transfer on line 1; keep one line for the day."),
  ]

  @Test("a line that cannot be read is a typed error naming its line", arguments: badLines)
  func badLine(_ item: BadLine) {
    #expect {
      _ = try WorkingCalendar(extraLines: item.text, source: "decree.txt")
    } throws: { error in
      guard let error = error as? CalendarDataError else { return false }
      return error.message.en == item.message && error.description == "decree.txt, \(item.message)"
    }
  }

  @Test("year ranges: open ends, a single year, and a 29 February rule only in leap years")
  func ranges() throws {
    let data = try CalendarData.parse(
      "every 02-29 2024..2024 holiday Leap\nevery 06-01 ..2019 holiday Old\nevery 06-02 2030.. fixed New",
      source: "t")
    #expect(data.rules.map(\.firstYear) == [2024, nil, 2030])
    #expect(data.rules.map(\.lastYear) == [2024, 2019, nil])
    #expect(data.rules.map(\.moves) == [true, true, false])
    let calendar = try WorkingCalendar(extraLines: "every 02-29 .. holiday Leap Day", source: "t")
    #expect(calendar.nonWorkingReason(day("2028-02-29")) == Phrase(verbatim: "Leap Day"))
    #expect(calendar.nonWorkingReason(day("2027-03-01")) == nil)
  }
}
