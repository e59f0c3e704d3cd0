import HattamaKit
import Testing

@Suite("Journal findings for the audit (SPEC, journal.tampered / journal.torn)")
struct ChainReportFindingsTests {
  static let digest = SHA256.hash(Array("x".utf8))

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var report: ChainReport
    var codes: [FindingCode]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "an intact journal has no finding",
      report: ChainReport(
        lineCount: 3, head: ChainHead(seq: 3, hash: digest), firstBreak: nil, tornTail: nil),
      codes: []),
    Case(
      name: "a broken chain is journal.tampered",
      report: ChainReport(
        lineCount: 3, head: ChainHead(seq: 3, hash: digest),
        firstBreak: ChainBreak(line: 2, reason: .foreign), tornTail: nil),
      codes: [.journalTampered]),
    Case(
      name: "a journal that does not match its anchor is journal.tampered",
      report: ChainReport(
        lineCount: 3, head: ChainHead(seq: 3, hash: digest), firstBreak: nil, tornTail: nil,
        expected: JournalAnchor(events: 4, head: digest.hex),
        anchorMismatch: .tooFewLines(found: 3)),
      codes: [.journalTampered]),
    Case(
      name: "a torn last line is the warning journal.torn",
      report: ChainReport(
        lineCount: 3, head: ChainHead(seq: 3, hash: digest), firstBreak: nil,
        tornTail: TornTail(offset: 300, bytes: Array("{\"seq\":".utf8))),
      codes: [.journalTorn]),
  ]

  @Test("each report gives its findings", arguments: cases)
  func findings(_ c: Case) {
    let findings = c.report.findings(subject: "J.jsonl")
    #expect(findings.map(\.code) == c.codes)
    #expect(findings.allSatisfy { $0.subject == "J.jsonl" && !$0.message.en.isEmpty })
    #expect(findings.map(\.severity) == c.codes.map(\.severity))
  }
}
