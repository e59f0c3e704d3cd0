import Foundation
import Testing

@testable import HattamaCLI

/// The JSON object a command printed.
func jsonObject(_ text: String) throws -> [String: Any] {
  let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  return try #require(value as? [String: Any])
}

@Suite("hattama calendar") struct CalendarCommandTests {
  @Test("add: the first line is the date alone, then what was skipped")
  func add() {
    let (code, out, err) = InProcess.run(["calendar", "add", "2025-10-14", "10"])
    let lines = out.split(separator: "\n").map(String.init)
    #expect(code == .success && err.isEmpty)
    #expect(lines.first == "2025-10-29")
    #expect(
      lines.dropFirst().first == "Wednesday 2025-10-29 is 10 working days after Tuesday 2025-10-14."
    )
    #expect(lines.contains("  2025-10-27 Mon  Republic Day, moved from Saturday 2025-10-25"))
  }

  @Test("add: a negative N counts back; the turn of the year counts a working Sunday")
  func addBackAndTurnOfYear() {
    #expect(InProcess.run(["calendar", "add", "2025-10-24", "-3"]).out.hasPrefix("2025-10-21\n"))
    #expect(InProcess.run(["calendar", "add", "2024-12-30", "3"]).out.hasPrefix("2025-01-06\n"))
  }

  @Test("add: an estimated date and a year without data are warned about on standard error")
  func addWarnings() {
    let estimated = InProcess.run(["calendar", "add", "2026-05-25", "3"])
    #expect(estimated.out.hasPrefix("2026-05-29\n"))
    #expect(estimated.out.contains("First day of Kurban Ait (estimated)"))
    #expect(
      estimated.err.hasPrefix("Warning: the count goes over a date its source only estimates"))
    let uncovered = InProcess.run(["calendar", "add", "2027-12-29", "3"])
    #expect(uncovered.code == .success)
    #expect(uncovered.err.contains("the calendar has no data for 2028"))
  }

  @Test("add --json: the date, the skipped days with their kinds, the flags")
  func addJSON() throws {
    let (code, out, _) = InProcess.run(["calendar", "add", "2025-10-14", "10", "--json"])
    #expect(code == .success)
    let object = try jsonObject(out)
    #expect(object["date"] as? String == "2025-10-29")
    let skipped = try #require(object["skipped"] as? [[String: Any]])
    #expect(
      skipped.map { $0["kind"] as? String } == [
        "weekend", "weekend", "holiday", "weekend", "moved-holiday",
      ])
    #expect(object["estimated"] as? Bool == false)
  }

  @Test("--calendar adds a decree's day off; a bad line is refused with its line number")
  func extraCalendar() throws {
    let good = try Scratch.file(
      "decree.txt", "# a late decree\n2025-10-20 off  day off by a late decree\n")
    #expect(
      InProcess.run(["calendar", "add", "2025-10-14", "10", "--calendar", good]).out.hasPrefix(
        "2025-10-30\n"))
    let bad = try Scratch.file("bad.txt", "2025-10-20 of  typo\n")
    let (code, out, err) = InProcess.run(["calendar", "add", "2025-10-14", "10", "--calendar", bad])
    #expect(code == .badInput && out.isEmpty)
    #expect(
      err == "Error: \(bad): line 1: 'of' is not a kind of day; use holiday, fixed, off or work.\n")
    let missing = InProcess.run([
      "calendar", "list", "2025", "--calendar", "/nonexistent/decree.txt",
    ])
    #expect(missing.code == .badInput)
  }

  @Test(
    "bad dates and counts exit 2 with the value in quotes",
    arguments: [
      (
        ["calendar", "add", "2025-02-30", "3"],
        "Error: The value '2025-02-30' of 'date' is invalid: expected a date YYYY-MM-DD."
      ),
      (
        ["calendar", "add", "2025-10-14", "five"],
        "Error: The value 'five' of 'n' is invalid: expected a whole number from -3650 to 3650."
      ),
      (
        ["calendar", "list", "twenty"],
        "Error: The value 'twenty' of 'year' is invalid: expected a whole number from 1900 to 2200."
      ),
    ])
  func badInput(words: [String], firstLine: String) {
    let (code, _, err) = InProcess.run(words)
    #expect(code == .badInput)
    #expect(err.split(separator: "\n").first.map(String.init) == firstLine)
  }

  @Test("list: holidays, moved days off, transfers, a working Sunday and estimated dates")
  func list() {
    let (code, out, _) = InProcess.run(["calendar", "list", "2025"])
    #expect(code == .success)
    #expect(out.hasPrefix("Kazakhstan, 2025: holidays, transfers and working weekend days\n"))
    #expect(
      out.contains(
        "2025-01-05  Sun  working day  Sunday worked; its day off moves to Friday 2025-01-03"))
    #expect(out.contains("2025-03-24  Mon  day off      Nauryz, moved from Saturday 2025-03-22"))
    #expect(
      out.contains(
        "2025 has 246 working days: 16 weekdays off besides weekends, 1 weekend day worked."))
    let future = InProcess.run(["calendar", "list", "2027"]).out
    #expect(
      future.contains(
        "2027-05-16  Sun  holiday  First day of Kurban Ait (Sunday; not moved) (estimated)"))
    #expect(future.contains("Dates marked (estimated) are estimates of their source"))
  }

  @Test("list --json: every special day with its kind and flags; an uncovered year is flagged")
  func listJSON() throws {
    let object = try jsonObject(InProcess.run(["calendar", "list", "2024", "--json"]).out)
    #expect(object["covered"] as? Bool == true)
    let days = try #require(object["days"] as? [[String: Any]])
    let saturday = try #require(days.first { $0["date"] as? String == "2024-05-04" })
    #expect(
      saturday["working"] as? Bool == true && saturday["kind"] as? String == "transferred-workday")
    let (_, out, err) = InProcess.run(["calendar", "list", "2030", "--json"])
    #expect(try jsonObject(out)["covered"] as? Bool == false)
    #expect(err.contains("no data for 2030"))
  }
}
