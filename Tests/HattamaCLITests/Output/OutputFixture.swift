import Foundation
import Testing

/// A sitting recorded to its end, for the tests of what the tool writes.
enum OutputFixture {
  typealias F = SessionFixture

  /// Decides SessionFixture's three cases on motions m2 proposes, every eligible present
  /// member voting for, and closes the sitting: a journal the audit finds nothing in.
  ///
  /// - Returns: The output of each command run.
  @discardableResult
  static func decideAll(_ journal: String, conclusion: String? = nil) -> [F.Result] {
    var steps: [F.Result] = []
    // v1 evaluated c1 and may not vote on it (000 ¶62).
    let voters = [
      "c1": ["m1", "m2", "m3"], "c2": ["m1", "m2", "m3", "v1"],
      "c3": ["m1", "m2", "m3", "v1"],
    ]
    for (number, caseID) in ["c1", "c2", "c3"].enumerated() {
      steps.append(
        F.ok(["session", "propose", journal, "--case", caseID, "--confirm", "--by", "m2"]))
      for member in voters[caseID] ?? [] {
        steps.append(
          F.ok([
            "session", "vote", journal, "--motion", "mo\(number + 1)", "--member", member, "--for",
          ]))
      }
    }
    steps.append(
      F.ok(["session", "close", journal] + (conclusion.map { ["--conclusion", $0] } ?? [])))
    steps.append(F.ok(["session", "status", journal]))
    return steps
  }
}
