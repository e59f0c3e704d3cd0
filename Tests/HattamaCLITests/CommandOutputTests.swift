import Foundation
import Testing

@testable import HattamaCLI

/// What three commands print in the cases the other suites leave out: a date before its period,
/// a year the calendar has no data for, missed deadlines in a report, a sitting graded by
/// category as JSON.
@Suite("Command output: early dates, estimated years, missed deadlines, categories in JSON")
struct CommandOutputTests {
  typealias F = SessionFixture

  struct Deadlines: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var dates: [String]
    var out: String
    /// A fragment of the warning; `nil` when there is none.
    var err: String?
  }

  static let deadlines: [Deadlines] = [
    Deadlines(
      testDescription: "002 ¶11: an application dated before the familiarization is questioned",
      dates: ["--familiarized", "2025-10-14", "--applied", "2025-10-13"],
      out:
        "Check the date of application (2025-10-13): it comes before the day its period runs from.",
      err: nil),
    Deadlines(
      testDescription: "a year without calendar data: the count is marked and the warning says why",
      dates: ["--familiarized", "2099-03-02", "--applied", "2099-03-04"],
      out: "* counted over an estimated date or a year without calendar data; see the warning.",
      err: "the calendar has no data for 2099"),
  ]

  @Test(
    "deadlines: what is odd about the dates is said, and they still count (exit 0)",
    arguments: deadlines)
  func deadlinesNotes(_ test: Deadlines) {
    let run = InProcess.run(["deadlines", "--methodology", "kz-trade-2025"] + test.dates)
    #expect(run.code == .success, "\(run.err)")
    #expect(run.out.contains(test.out), "\(run.out)")
    if let warning = test.err {
      #expect(run.err.contains(warning), "\(run.err)")
    } else {
      #expect(run.err.isEmpty)
    }
  }

  @Test("report: missed deadlines are listed per period, with the count and each finding code")
  func reportDeadlines() throws {
    // The valid calibration's cases, applied for weeks before its sitting (002 ¶21).
    let data = try Data(
      contentsOf: URL(fileURLWithPath: ExampleFiles.path("calibration-valid.json")))
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let cases = try #require(object["cases"] as? [[String: Any]])
    object["cases"] = cases.map { reviewed in
      var late = reviewed
      late["appliedOn"] = "2025-09-01"
      return late
    }
    let folder = try Scratch.folder().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/late.json"
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    let json = InProcess.run(["report", path, "--format", "json"])
    #expect(json.code == .success, "\(json.err)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let periods = try #require(report["deadlinesMissed"] as? [[String: Any]])
    let period = try #require(periods.first)
    let byCode = try #require(period["byCode"] as? [String: Int])
    #expect(!byCode.isEmpty)
    let text = InProcess.run(["report", path, "--lang", "en"])
    #expect(text.code == .success)
    let row = try #require(
      text.out.split(separator: "\n").first { $0.hasPrefix("\(period["period"] ?? "")  ") })
    #expect(row.contains("\(period["missed"] ?? "")"))
    for (code, count) in byCode { #expect(row.contains("\(code) \(count)"), "\(row)") }
  }

  @Test("session status --json: a case graded by category shows its category and targets met")
  func statusCategory() throws {
    try F.withDirectory(draft: SessionCategoryTests.draft) { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--category", "1", "--kpi-met", "5"])
      let run = F.ok(["session", "status", journal, "--json"])
      let status = try #require(
        try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
      let cases = try #require(status["cases"] as? [[String: Any]])
      let c1 = try #require(cases.first { $0["id"] as? String == "c1" })
      #expect(c1["category"] as? Int == 2)
      #expect(c1["kpiMet"] as? Int == 4)
      #expect(c1["score"] == nil)
      let motion = try #require((c1["motions"] as? [[String: Any]])?.first)
      #expect(motion["category"] as? Int == 1)
      #expect(motion["kpiMet"] as? Int == 5)
      let c2 = try #require(cases.first { $0["id"] as? String == "c2" })
      #expect(c2["score"] as? String == "2.90")
    }
  }
}
