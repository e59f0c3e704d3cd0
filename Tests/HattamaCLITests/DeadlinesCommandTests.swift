import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

@Suite("hattama deadlines") struct DeadlinesCommandTests {
  static let trade = [
    "deadlines", "--methodology", "kz-trade-2025", "--familiarized", "2025-10-14",
  ]

  @Test("every given date met: a table per body, a summary, exit 0")
  func allMet() {
    let (code, out, err) = InProcess.run(
      Self.trade + [
        "--applied", "2025-10-16", "--decided", "2025-10-20", "--sitting", "2025-10-24", "--signed",
        "2025-10-24",
      ])
    #expect(code == .success && err.isEmpty)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines.first
        == "kz-trade-2025, calibration session: periods in working days, the event's own day not counted"
    )
    #expect(
      lines.contains(
        "period       clause   rule      from                        due         given       result  skipped"
      ))
    #expect(
      lines.contains(
        "session      002 ¶21  10 after  application 2025-10-16      2025-10-31  2025-10-24  met     5: weekend, Republic Day"
      ))
    #expect(lines.contains("  2025-10-27 Mon  Republic Day, moved from Saturday 2025-10-25"))
    #expect(lines.last(where: { !$0.isEmpty }) == "All 3 given dates met their periods.")
  }

  @Test("002 ¶11: the application on its last day is met, a day later it is missed (exit 1)")
  func applicationBoundary() {
    let met = InProcess.run(Self.trade + ["--applied", "2025-10-21"])
    #expect(met.code == .success)
    #expect(met.out.hasSuffix("The given date met its period.\n"))
    let missed = InProcess.run(Self.trade + ["--applied", "2025-10-22"])
    #expect(missed.code == .failure)
    #expect(missed.out.contains("2025-10-21  2025-10-22  MISSED"))
    #expect(missed.out.hasSuffix("1 date missed its period: application (002 ¶11).\n"))
  }

  @Test(
    "001 ¶56: a commission's notice counts back from the sitting over Capital Day and its transfer")
  func commission() {
    let (code, out, _) = InProcess.run(
      [
        "deadlines", "--methodology", "kz-atyrau-2023", "--familiarized", "2023-07-12", "--sitting",
        "2023-07-10",
      ])
    #expect(code == .success)
    #expect(
      out.contains(
        "notice           001 ¶56           at least 3 before  sitting 2023-07-10                  2023-07-03  —           —       4: Capital Day, transfer, weekend"
      ))
    // 001 ¶67, ¶69 count from the decision's completion, the approval (¶66); none is given.
    #expect(
      out.contains(
        "appeal           001 ¶69, 001 ¶66  10 after           approval (else sitting) 2023-07-10  2023-07-24"
      ))
    let approved = InProcess.run([
      "deadlines", "--methodology", "kz-atyrau-2023", "--familiarized", "2023-07-14",
      "--sitting", "2023-07-10", "--approved", "2023-07-12", "--appealed", "2023-07-26",
    ])
    #expect(approved.code == .success)
    #expect(
      approved.out.contains("approval (else sitting) 2023-07-12  2023-07-14  2023-07-14  met"))
    #expect(
      approved.out.contains("approval (else sitting) 2023-07-12  2023-07-26  2023-07-26  met"))
  }

  @Test("--json: each body's periods with due date, status and skipped days")
  func json() throws {
    let (code, out, _) = InProcess.run(Self.trade + ["--applied", "2025-10-22", "--json"])
    #expect(code == .failure)
    let object = try jsonObject(out)
    #expect(object["met"] as? Bool == false)
    let bodies = try #require(object["bodies"] as? [[String: Any]])
    let periods = try #require(bodies.first?["periods"] as? [[String: Any]])
    let application = try #require(periods.first { $0["period"] as? String == "application" })
    #expect(application["due"] as? String == "2025-10-21")
    #expect(application["status"] as? String == "missed")
    #expect(application["clause"] as? String == "002 ¶11")
    #expect((application["skipped"] as? [Any])?.count == 2)
  }

  @Test("--methodology-file loads a body's own methodology")
  func methodologyFile() throws {
    var own = Methodology.trade2025
    own.id = "our-body-2025"
    own.bodies[0].periods.application = Cited(
      Period(workingDays: 7, from: .familiarization), "our ¶3")
    let path = try Scratch.file("own.json", own.encodedJSON())
    let (code, out, _) = InProcess.run(
      [
        "deadlines", "--methodology-file", path, "--familiarized", "2025-10-14", "--applied",
        "2025-10-23",
      ])
    #expect(code == .success)
    #expect(
      out.contains(
        "application  our ¶3   7 after   familiarisation 2025-10-14  2025-10-23  2025-10-23  met"))
  }

  @Test(
    "bad input exits 2",
    arguments: [
      ["deadlines", "--methodology", "kz-trade", "--familiarized", "2025-10-14"],
      ["deadlines", "--familiarized", "2025-10-14"],
      ["deadlines", "--methodology", "kz-trade-2025"],
      [
        "deadlines", "--methodology", "kz-trade-2025", "--methodology-file", "x.json",
        "--familiarized", "2025-10-14",
      ],
      ["deadlines", "--methodology", "kz-trade-2025", "--familiarized", "14.10.2025"],
      ["deadlines", "--methodology-file", "/nonexistent/m.json", "--familiarized", "2025-10-14"],
    ])
  func badInput(words: [String]) {
    let (code, out, err) = InProcess.run(words)
    #expect(code == .badInput)
    #expect(out.isEmpty && err.hasPrefix("Error: "))
  }

  @Test("an unknown methodology is named with the built-in choices")
  func unknownMethodology() {
    let err = InProcess.run([
      "deadlines", "--methodology", "kz-trade", "--familiarized", "2025-10-14",
    ])
    .err
    #expect(
      err.hasPrefix(
        "Error: The value 'kz-trade' of '--methodology' is invalid: expected one of 'kz-trade-2025', 'kz-justice-2023', 'kz-atyrau-2023', 'kz-nchr-2020'."
      ))
  }
}
