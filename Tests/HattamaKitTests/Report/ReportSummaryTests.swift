import Foundation
import Testing

@testable import HattamaKit

/// What the report adds up: groups of cases summed, the summary's optional rows, and the
/// deadlines missed per period in the JSON.
@Suite("report: totals add up; the summary and the JSON show what there is")
struct ReportSummaryTests {
  static let overview = ReportWritersTests.overview()

  @Test("totals of two halves of the cases, added, are the totals of all of them")
  func totalsAdd() throws {
    let lines = Self.overview.lines
    try #require(lines.count > 2)
    var first = ReportTotals()
    var second = ReportTotals()
    for line in lines.prefix(lines.count / 2) { first.add(line) }
    for line in lines.dropFirst(lines.count / 2) { second.add(line) }
    #expect(first != Self.overview.totals)
    first.add(second)
    #expect(first == Self.overview.totals)
    #expect(first.scoreUp.count + first.categoryUp.count == first.correctedUp)
  }

  struct Rows: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var incomparable: Int
    var unreadable: [String]
  }

  static let rows: [Rows] = [
    Rows(testDescription: "none of either: neither row", incomparable: 0, unreadable: []),
    Rows(
      testDescription: "incomparable cases and unreadable files: both rows", incomparable: 2,
      unreadable: ["a.json", "b.json", "c.json"]),
  ]

  @Test(
    "the HTML summary has an incomparable row and an unreadable row only when there are some",
    arguments: rows)
  func summaryRows(_ test: Rows) {
    var overview = Self.overview
    overview.totals.incomparable = test.incomparable
    overview.unreadable = test.unreadable
    let labels = ReportLabels.labels(.en)
    let html = ReportHTMLWriter(language: .en).write(overview)
    let incomparable =
      "<tr><td>\(labels.incomparable)</td><td class=\"n\">\(test.incomparable)</td></tr>"
    let unreadable =
      "<tr><td>\(labels.unreadable)</td><td class=\"n\">\(test.unreadable.count)</td></tr>"
    #expect(html.contains(incomparable) == (test.incomparable > 0))
    #expect(html.contains(unreadable) == !test.unreadable.isEmpty)
  }

  @Test("the JSON lists each period's missed deadlines, in all and by finding code")
  func deadlinesJSON() throws {
    let text = JSONWriter().string(for: Self.overview.jsonValue)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let periods = try #require(object["deadlinesMissed"] as? [[String: Any]])
    let expected = Self.overview.deadlinePeriods
    #expect(!expected.isEmpty)
    #expect(periods.map { $0["period"] as? String } == expected.map(\.period))
    for (entry, period) in zip(periods, expected) {
      let byCode = try #require(entry["byCode"] as? [String: Int])
      #expect(
        byCode
          == Dictionary(uniqueKeysWithValues: period.missed.map { ($0.code.rawValue, $0.count) }))
      #expect(entry["missed"] as? Int == period.missed.reduce(0) { $0 + $1.count })
    }
  }
}
