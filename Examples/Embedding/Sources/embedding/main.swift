// Run from the repository root: `swift run --package-path Examples/Embedding embedding`.
// Audits an example record, then records a short lawful sitting into a new journal through the
// libraries alone, and prints the journal's path on its last line.
import Foundation
import HattamaJournal
import HattamaKit

/// Stops with a message on standard error, as an HR system would log it.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("embedding: \(message)\n".utf8))
  exit(1)
}

// 1. The audit of a record made elsewhere.
let path = "Examples/calibration-valid.json"
guard let bytes = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
let record: Record
let governing: GoverningRules
do {
  record = try Record.decode(Array(bytes))
  governing = try GoverningRules.resolve(for: record)
} catch {
  fail("\(path): \(error)")
}
let findings = Audit.findings(for: record, methodology: governing.methodology)
print("\(path): \(findings.count) finding(s) under \(governing.methodology.id)")
for finding in findings {
  let (clause, message) = (finding.clause.text(in: .en), finding.message.text(in: .en))
  print("  \(finding.severity.rawValue) \(finding.code.rawValue) (\(clause)): \(message)")
}

// 2. A live sitting on the same people and cases: the draft without what the sitting records.
var draft = record
(draft.sitting, draft.motions, draft.outcomes, draft.conclusion) = (nil, nil, nil, nil)
(draft.signing, draft.appeal, draft.journal) = (nil, nil, nil)
let journalPath = NSTemporaryDirectory() + "embedding-\(UUID().uuidString).jsonl"
let journal = JournalFile(path: journalPath)
var generator = SystemRandomNumberGenerator()
guard let nonce = JournalNonce(bytes: (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
else { fail("a nonce of 16 bytes") }

/// Appends one event under the journal's lock, checked by the rules against the journal as it
/// is then; a refusal leaves the journal as it was.
func record(_ event: JournalEvent) -> SessionState {
  do {
    return try journal.append { lines throws(SessionRefusal) in
      let state: SessionState
      do {
        state = try SessionState.replay(streaming: lines)
      } catch {
        fail("the journal cannot be replayed: \(error)")
      }
      return (event, try state.applying(event))
    }.output
  } catch {
    fail("refused: \(error)")
  }
}

do {
  try journal.create(
    nonce: nonce, draft: JournalDraft(record: draft),
    methodology: JournalMethodology(governing.methodology))
} catch {
  fail("cannot create \(journalPath): \(error)")
}
let members = draft.composition?.members ?? []
let day = record.sitting?.date ?? Day(ordinal: 0)
_ = record(.attend(date: day, present: members + [draft.composition?.secretary].compactMap { $0 }))
for reviewed in draft.cases {
  var state = record(.propose(motion: "m-\(reviewed.id)", caseID: reviewed.id, kind: .confirm, by: nil))
  for member in state.awaiting(state.motions.last!) {
    state = record(.vote(motion: "m-\(reviewed.id)", member: member, choice: .for))
  }
  print("\(reviewed.id): \(state.decisions[reviewed.id].map { "decided by \($0.motion)" } ?? "undecided")")
}
_ = record(.close(conclusion: "Recorded by an embedding system."))
print(journalPath)
