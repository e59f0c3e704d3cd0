import Testing

@testable import HattamaKit

@Suite("Day") struct DayTests {
  @Test(
    "parses ISO dates and refuses days that do not exist",
    arguments: [
      ("2025-10-24", true), ("2024-02-29", true), ("2025-02-29", false), ("2025-13-01", false),
      ("2025-1-01", false), ("25-10-24", false), ("2025-10-24T00", false), ("", false),
    ])
  func parsing(text: String, valid: Bool) {
    #expect((Day(iso: text) != nil) == valid)
    if valid { #expect(Day(iso: text)?.description == text) }
  }

  @Test("ordinal round-trips every day from 1900 to 2100 and steps by one")
  func ordinalRoundTrip() throws {
    var previous = try #require(Day(year: 1899, month: 12, day: 31))
    for ordinal in previous.ordinal
      + 1...(try #require(Day(year: 2100, month: 12, day: 31))).ordinal
    {
      let day = Day(ordinal: ordinal)
      #expect(day.ordinal == ordinal)
      #expect(Day(year: day.year, month: day.month, day: day.day) == day)
      #expect(day > previous)
      previous = day
    }
  }

  @Test("weekday: 1970-01-01 was a Thursday, 2025-10-24 a Friday, 2026-11-22 a Sunday")
  func weekdays() throws {
    #expect(Day(ordinal: 0).weekday == 4)
    #expect(try #require(Day(iso: "2025-10-24")).weekday == 5)
    #expect(try #require(Day(iso: "2026-11-22")).weekday == 7)
    #expect(try #require(Day(iso: "2026-11-22")).isWeekend)
    #expect(try #require(Day(iso: "1969-12-31")).weekday == 3)
  }
}
