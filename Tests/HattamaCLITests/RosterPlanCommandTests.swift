import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

@Suite("hattama roster plan")
struct RosterPlanCommandTests {
  /// A wave of five applications over two weeks, eight candidates, two of them HR.
  static func wave(hr: [String] = ["p1", "p2", "p3"], evaluatorOfFirst: String = "p7") -> String {
    let people =
      (1...8).map { n in
        "{\"id\": \"p\(n)\", \"name\": \"Candidate \(n)\"\(hr.contains("p\(n)") ? ", \"hr\": true" : "")}"
      } + (1...5).map { "{\"id\": \"e\($0)\", \"name\": \"Employee \($0)\"}" } + [
        "{\"id\": \"o1\", \"name\": \"O\"}"
      ]
    let applied = ["2025-10-13", "2025-10-15", "2025-10-20", "2025-11-03", "2025-11-05"]
    let cases = applied.enumerated().map { index, day in
      "{\"id\": \"c\(index + 1)\", \"employee\": \"e\(index + 1)\", \"evaluators\": [\"\(index == 0 ? evaluatorOfFirst : "p\(4 + index % 4)")\"], \"score\": \"3.40\", \"appliedOn\": \"\(day)\"}"
    }
    return """
      {"format": "hattama.record/1", "methodology": "kz-trade-2025", "kind": "calibration",
       "body": "B", "period": "2025, 3", "authorizedOfficial": "o1",
       "people": [\(people.joined(separator: ", "))],
       "candidates": ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"],
       "cases": [\(cases.joined(separator: ", "))]}
      """
  }

  @Test("--json prints {\"sittings\": [record/1 drafts]}, each of which 'roster check' accepts")
  func json() throws {
    let path = try Scratch.file("wave.json", Self.wave())
    let result = InProcess.run(["roster", "plan", path, "--json"])
    #expect(result.code == .success, "\(result.err)")
    let value = try JSONParser().parse(Array(result.out.utf8))
    guard case .object(let members) = value.content, members.map(\.key) == ["sittings"],
      case .array(let sittings) = members[0].value.content
    else {
      Issue.record("not {\"sittings\": [...]}: \(result.out)")
      return
    }
    // 10-13 and 10-15 share an approval day (002 ¶20: within 3 working days), 10-15 and 10-20
    // too, but not all three; 11-03 and 11-05 sit apart from them (002 ¶21).
    #expect(sittings.count == 3)
    var heard: [String] = []
    for sitting in sittings {
      let file = try Scratch.file("sitting.json", sitting.description)
      let check = InProcess.run(["roster", "check", file])
      #expect(check.code == .success, "\(check.out)")
      let record = try Record.decode(Array(sitting.description.utf8))
      heard += record.cases.map(\.id)
      #expect(record.sitting?.date != nil && record.candidates == nil)
    }
    #expect(heard.sorted() == ["c1", "c2", "c3", "c4", "c5"])
  }

  @Test("no lawful plan: exit 1, each case that cannot be placed named with the reason")
  func infeasible() throws {
    let path = try Scratch.file("wave.json", Self.wave(hr: ["p1", "p7"], evaluatorOfFirst: "p7"))
    let result = InProcess.run(["roster", "plan", path])
    #expect(result.code == .failure)
    #expect(
      result.out.contains(
        "Cannot be placed:\n  c1: No valid roster exists: 2 HR employees are needed"))
    #expect(result.out.contains("p7 (an evaluator of case c1, 002 ¶20)"))
    #expect(result.out.contains("Sitting 1 on "))
  }

  @Test(
    "Examples/wave.json: two sittings, each evaluator off their case's sitting, one HR employee twice"
  )
  func example() throws {
    let result = InProcess.run(["roster", "plan", ExampleFiles.path("wave.json"), "--json"])
    #expect(result.code == .success, "\(result.err)")
    let value = try JSONParser().parse(Array(result.out.utf8))
    guard case .object(let members) = value.content,
      case .array(let sittings) = members[0].value.content
    else {
      Issue.record("not {\"sittings\": [...]}")
      return
    }
    let records = try sittings.map { try Record.decode(Array($0.description.utf8)) }
    #expect(records.map { $0.cases.map(\.id) } == [["c1", "c2", "c3"], ["c4", "c5", "c6"]])
    var loads: [PersonID: Int] = [:]
    for record in records {
      let composition = try #require(record.composition)
      let seated = composition.members + [composition.secretary].compactMap { $0 }
      for person in seated { loads[person, default: 0] += 1 }
      #expect(record.cases.allSatisfy { Set(seated).isDisjoint(with: $0.evaluators) })
    }
    #expect(loads.values.sorted() == [1, 1, 1, 1, 1, 1, 2])
    #expect(["h1", "h2", "h3"].contains { loads[$0] == 2 })
  }

  @Test("a wave without candidates, or a case without appliedOn, is bad input (exit 2)")
  func badInput() throws {
    let noPool = try Scratch.file(
      "wave.json",
      Self.wave().replacingOccurrences(
        of: "\"candidates\": [\"p1\", \"p2\", \"p3\", \"p4\", \"p5\", \"p6\", \"p7\", \"p8\"],",
        with: ""))
    #expect(InProcess.run(["roster", "plan", noPool]).code == .badInput)
    let noDate = try Scratch.file(
      "wave.json", Self.wave().replacingOccurrences(of: ", \"appliedOn\": \"2025-10-15\"", with: "")
    )
    let result = InProcess.run(["roster", "plan", noDate])
    #expect(result.code == .badInput)
    #expect(result.err.contains("cases[1] ('c2') has no 'appliedOn'"))
  }
}
