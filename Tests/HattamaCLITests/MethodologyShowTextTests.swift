import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// `methodology show` as text (SPEC, "Methodologies"): every rule beside its clause and force,
/// and each note of a silent or ambiguous text once, numbered where the table refers to it.
@Suite("methodology show: each rule with its clause and force, each note once")
struct MethodologyShowTextTests {
  static func shown(_ methodology: Methodology) -> [String] {
    let run = InProcess.run(["methodology", "show", methodology.id])
    #expect(run.code == .success, "\(run.err)")
    return run.out.components(separatedBy: "\n")
  }

  /// The rows of a body's rules that the text shows, with the cited value behind each.
  static func cited(_ body: BodyRules) -> [(label: String, clause: String, source: RuleSource)] {
    [
      ("minimum size", body.minimumSize.clause.canonical, body.minimumSize.source),
      ("quorum", body.quorum.clause.canonical, body.quorum.source),
      ("majority base", body.majorityBase.clause.canonical, body.majorityBase.source),
      ("tie", body.tieBreak.clause.canonical, body.tieBreak.source),
    ]
  }

  @Test(
    "the header names the methodology, its seed and when it is in force",
    arguments: Methodology.builtIn)
  func header(_ methodology: Methodology) {
    let lines = Self.shown(methodology)
    #expect(lines.first == "\(methodology.id) (seed \(methodology.seed))")
    #expect(lines.dropFirst().first == methodology.title)
    #expect(
      lines.contains {
        $0.hasPrefix("In force ") && $0.contains(methodology.validFrom.clause.canonical)
      })
  }

  @Test("every body's rules are shown with their clause and force", arguments: Methodology.builtIn)
  func rules(_ methodology: Methodology) {
    let lines = Self.shown(methodology)
    for body in methodology.bodies {
      let heading = body.kind == .calibration ? "CALIBRATION SESSION" : "EVALUATION COMMISSION"
      let start = lines.firstIndex(of: heading)
      #expect(start != nil, "no \(heading) in \(methodology.id)")
      let section = lines[(start ?? 0)...].prefix { !$0.isEmpty }
      for row in Self.cited(body) {
        let line = section.first { $0.hasPrefix(row.label + " ") }
        #expect(line?.contains(row.clause) == true, "\(methodology.id): \(row.label)")
        let force: String =
          switch row.source {
          case .text: "text"
          case .analogy: "analogy"
          case .reading: "reading (also: "
          }
        #expect(line?.contains(force) == true, "\(methodology.id): \(row.label)")
      }
    }
  }

  @Test(
    "each note is listed once, numbered, and every number the table gives has its note",
    arguments: Methodology.builtIn)
  func notes(_ methodology: Methodology) throws {
    let lines = Self.shown(methodology)
    let start = try #require(lines.firstIndex(of: "Where the text is silent or ambiguous:"))
    let notes = lines[(start + 1)...].filter { $0.hasPrefix("  [") }
    for (index, note) in notes.enumerated() {
      #expect(note.hasPrefix("  [\(index + 1)] "))
      let reference = "[\(index + 1)]"
      #expect(
        lines[..<start].contains { $0.contains(reference) }, "\(reference) is not referred to")
    }
    #expect(Set(notes.map { $0.drop { $0 != "]" } }).count == notes.count)
  }
}
