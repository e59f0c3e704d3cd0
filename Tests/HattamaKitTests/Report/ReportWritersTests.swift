import Testing

@testable import HattamaKit

@Suite("report: the HTML page and the CSV rows")
struct ReportWritersTests {
  static func overview(body: String = "Сауда министрлігі") -> Overview {
    var generated = GeneratedSittings(count: 40, seed: 5)
    generated.records = generated.records.map { entry in
      var record = entry.record
      record.body = DisplayText(body)
      // Late sittings, so that the deadlines chart has something to draw.
      record.cases = record.cases.map { reviewed in
        var late = reviewed
        late.appliedOn = Day(year: record.sitting?.date.year ?? 2025, month: 10, day: 1)
        return late
      }
      return (entry.file, record, entry.methodology)
    }
    return Overview(
      generated.records.map {
        SittingSummary(
          file: $0.file, record: $0.record, methodology: $0.methodology, calendar: .kazakhstan)
      })
  }

  @Test(
    "SPEC: one self-contained page — no script, no external file — with its four charts",
    arguments: Language.allCases)
  func selfContained(language: Language) {
    let overview = Self.overview()
    let html = ReportHTMLWriter(language: language).write(overview)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    for forbidden in [
      "<script", "<link", "src=", "href=", "url(", "@import", "http://www.w3.org/1999/xlink",
    ] {
      #expect(!html.contains(forbidden), "found \(forbidden)")
    }
    // Only the SVG namespace names a URL.
    #expect(
      html.components(separatedBy: "http").count - 1 == html.components(separatedBy: "<svg").count
        - 1)
    // Corrections by evaluator and by unit, the band matrix, the deadlines by period.
    #expect(html.components(separatedBy: "<svg ").count - 1 == 4)
    let labels = ReportLabels.labels(language)
    for heading in [
      labels.correctionsByEvaluator, labels.correctionsByUnit, labels.bandMatrix, labels.deadlines,
    ] {
      #expect(html.contains("<h2>\(heading)</h2>"))
    }
    #expect(overview.deadlinePeriods.isEmpty == false)
  }

  @Test("record text is inert in the page and in the charts")
  func escaped() {
    let html = ReportHTMLWriter(language: .en).write(
      Self.overview(body: "<script>alert('x')</script>"))
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
  }

  @Test("CSV: a header and one row per case, cells with commas or quotes quoted")
  func csv() throws {
    let overview = Self.overview(body: "Body, \"quoted\"")
    let rows = overview.csv().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(rows.count == overview.lines.count + 1)
    #expect(rows.first.map(String.init) == Overview.csvHeader.joined(separator: ","))
    let first = try #require(rows.dropFirst().first)
    #expect(first.hasPrefix("generated/0.json,\"Body, \"\"quoted\"\"\","))
    let line = try #require(
      overview.lines.first { if case .correctedDown = $0.outcome { true } else { false } })
    guard case .correctedDown(let by) = line.outcome else { return }
    let row = Overview.cells(line)
    #expect(row[13] == "corrected-down")
    // The tool's own signed change stays a number; a record's text is never a formula.
    #expect(Overview.inert("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
    #expect(Overview.inert("-1+2") == "'-1+2" && Overview.inert("@SUM(A1)") == "'@SUM(A1)")
    #expect(Overview.inert("Заң департаменті") == "Заң департаменті")
    #expect(row[14] == "-" + (Score(hundredths: by)?.description ?? ""))
  }
}

@Suite("report: labels")
struct ReportLabelsTests {
  @Test("every deadline code has a short name in every language", arguments: Language.allCases)
  func deadlineNames(language: Language) {
    let codes = FindingCode.allCases.filter { $0.rawValue.hasPrefix("deadline.") }
    let names = ReportLabels.labels(language).deadlineNames
    #expect(codes.allSatisfy { names[$0] != nil }, "\(codes.filter { names[$0] == nil })")
  }
}
