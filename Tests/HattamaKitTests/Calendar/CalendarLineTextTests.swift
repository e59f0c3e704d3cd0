import Testing

@testable import HattamaKit

/// A calendar line that stops before its text (a decree added with `--calendar`) is refused by
/// its line, saying in each language what was expected there.
@Suite("Calendar lines without their text") struct CalendarLineTextTests {
  @Test(
    "a line missing its text is refused by line, naming what it lacks in three languages",
    arguments: [
      ("year", "a year and its source"),
      ("year 2031", "the source of the year's transfers"),
      ("every 03-08 ..", "MM-DD, the years FROM..TO, the kind and the holiday's name"),
      ("2031-05-02", "a kind of day and a reason"),
    ])
  func missingText(line: String, expected: String) throws {
    let error = #expect(throws: CalendarDataError.self) {
      try CalendarData.parse("# a decree\n" + line, source: "decree.txt")
    }
    let refusal = try #require(error)
    #expect(refusal.line == 2)
    guard case .missingText(let lacking) = refusal.problem else {
      Issue.record("\(refusal.problem)")
      return
    }
    #expect(lacking.en == expected)
    for text in [lacking.kk, lacking.ru] {
      #expect(text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "\(text)")
    }
    #expect([refusal.message.kk, refusal.message.ru, refusal.message.en].allSatisfy {
      $0.contains("2")
    })
  }
}
