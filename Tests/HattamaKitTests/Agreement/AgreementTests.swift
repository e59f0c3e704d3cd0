import Foundation
import HattamaKit
import Testing

/// One cause, one decision: for random lawful sittings, every view of every motion and case says
/// the same thing — the live status, the audit of the journal, the audit of its export, and the
/// protocol in text and JSON (SPEC: "A motion is decided by one piece of code, on its own roll").
@Suite("Agreement: live status = journal = export = audit = protocol")
struct AgreementTests {
  static let seeds: [UInt64] = Array(1...300)

  /// What one view says of a sitting: each motion's result and each case's final score.
  struct Verdict: Equatable, CustomStringConvertible {
    var motions: [MotionID: MotionResult]
    var finals: [CaseID: String]
    var description: String { "motions \(motions.sorted { $0.key < $1.key }), finals \(finals)" }
  }

  static func live(_ state: SessionState) -> Verdict {
    Verdict(
      motions: Dictionary(
        uniqueKeysWithValues: state.motions.compactMap { m in m.count.map { (m.id, $0.result) } }),
      finals: state.decisions.mapValues(\.finalResult.description))
  }

  static func recount(_ record: Record, _ rules: BodyRules) -> Verdict {
    let deliberation = Deliberation(record: record, rules: rules)
    return Verdict(
      motions: Dictionary(uniqueKeysWithValues: deliberation.counts.map { ($0.motion.id, $0.result) }),
      finals: deliberation.decisions.mapValues(\.finalResult.description))
  }

  static func protocolVerdict(_ record: Record, _ rules: BodyRules) throws -> Verdict {
    let document = ProtocolDocument(record: record, rules: rules)
    var motions: [MotionID: MotionResult] = [:]
    for entry in document.motions { motions[entry.motionID] = entry.result }
    // The results table fills the corrected column only where the score changed (000 ¶71).
    let decided = Set(document.motions.filter { $0.result == .adopted }.map(\.caseID))
    var finals: [CaseID: String] = [:]
    for row in document.results where decided.contains(row.caseID) {
      finals[row.caseID] = (row.corrected ?? row.result).result.description
    }
    return Verdict(motions: motions, finals: finals)
  }

  /// The protocol's JSON, read back: each motion's `result`.
  static func protocolJSONResults(_ record: Record, _ rules: BodyRules) throws -> [MotionID: MotionResult] {
    let document = ProtocolDocument(record: record, rules: rules)
    let text = ProtocolRenderer.render(document, language: .en, format: .json)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let motions = try #require(object["motions"] as? [[String: Any]])
    var results: [MotionID: MotionResult] = [:]
    for motion in motions {
      let id = try #require(motion["id"] as? String)
      results[id] = (motion["result"] as? String).flatMap(MotionResult.init(rawValue:))
    }
    return results
  }

  @Test("every view agrees on every motion and case", arguments: seeds)
  func agree(seed: UInt64) throws {
    let sitting = try RandomSitting(seed: seed)
    let rules = try #require(sitting.methodology.rules(for: sitting.draft.kind))
    let live = Self.live(sitting.state)

    // The journal, as another process reads it back from its bytes.
    let journal = Journal(bytes: sitting.journalBytes())
    #expect(journal.report.isIntact)
    let replayed = try SessionState.replay(journal)
    #expect(Self.live(replayed) == live)
    #expect(replayed.methodology == sitting.methodology)

    // The export, through its JSON text.
    let exported = sitting.state.record(anchor: journal.report.anchor)
    let decoded = try Record.decode(Array(exported.encodedJSON().utf8))
    #expect(Self.recount(decoded, rules) == live)

    // The audit of the export: no result or outcome disagrees, nobody absent is missing.
    let findings = Audit.findings(for: decoded, methodology: sitting.methodology)
    let disagreements: Set<FindingCode> = [.resultMismatch, .outcomeMismatch]
    #expect(findings.filter { disagreements.contains($0.code) }.isEmpty, "\(findings)")
    for missing in findings where missing.code == .voteMissing {
      let onSomeRoll = sitting.state.motions.contains { $0.roll.contains(missing.subject) }
      #expect(onSomeRoll, "\(missing.subject) was never present for a motion")
    }
    let expectedMissing = sitting.state.motions.reduce(0) { $0 + ($1.count?.missing.count ?? 0) }
    #expect(findings.count { $0.code == .voteMissing } == expectedMissing)

    // The protocol, as a document and as the JSON a program reads.
    #expect(try Self.protocolVerdict(decoded, rules) == live)
    #expect(try Self.protocolJSONResults(decoded, rules) == live.motions)
  }

  @Test("the random sittings cover what they claim to")
  func coverage() throws {
    var rules: Set<DecidingRule> = []
    var departures = 0

    var corrections = (up: 0, down: 0)
    for seed in Self.seeds {
      let sitting = try RandomSitting(seed: seed)
      for motion in sitting.state.motions {
        if let rule = motion.count?.tally.rule { rules.insert(rule) }
        guard case .correct(.score(let score)) = motion.motion.kind,
          let reviewed = sitting.draft.case(motion.caseID), let new = score.score,
          let old = reviewed.score?.score
        else { continue }
        if new > old { corrections.up += 1 } else if new < old { corrections.down += 1 }
      }
      let rolls = Set(sitting.state.motions.map { Set($0.roll) })
      if rolls.count > 1 { departures += 1 }
    }
    #expect(rules.isSuperset(of: [.majority, .castingVote, .tieNotAdopted, .tieUnresolved]))

    #expect(departures > 50)
    #expect(corrections.up > 50 && corrections.down > 50)
  }
}
