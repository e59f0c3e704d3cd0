import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// A journal reached through a symbolic link is not opened as the journal store opens one (it
/// never follows a link); it is read whole and replayed from memory, and must give the same
/// sitting, anchor and findings as the file itself.
@Suite("Inputs.sitting: a journal through a symbolic link reads as the journal itself")
struct JournalThroughLinkTests {
  typealias F = SessionFixture

  enum State: String, CaseIterable, CustomTestStringConvertible {
    case intact, torn = "with a torn last line", tampered = "with line 2 edited"
    var testDescription: String { rawValue }
    var findings: [FindingCode] {
      switch self {
      case .intact: []
      case .torn: [.journalTorn]
      case .tampered: [.journalTampered]
      }
    }
  }

  @Test("the same record, anchor and findings as the file", arguments: State.allCases)
  func sameAsFile(_ state: State) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      switch state {
      case .intact: break
      case .torn: try F.write(try F.bytes(journal) + Array("{\"se".utf8), to: journal)
      case .tampered:
        var lines = F.lines(try F.bytes(journal))
        lines[1] = Array(
          String(decoding: lines[1], as: UTF8.self)
            .replacingOccurrences(of: "\"m1\"", with: "\"m4\"").utf8)
        try F.write(lines.flatMap { $0 + [0x0A] }, to: journal)
      }
      let link = directory + "/link.jsonl"
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: journal)
      let direct = try Inputs.sitting(journal)
      let linked = try Inputs.sitting(link)
      #expect(linked.record == direct.record)
      #expect(linked.report?.anchor == direct.report?.anchor)
      #expect(linked.isClosed == direct.isClosed)
      #expect(linked.journalFindings.map(\.code) == state.findings)
      #expect(direct.journalFindings.map(\.code) == state.findings)
      let audit = F.run(["audit", link])
      #expect(audit.code == F.run(["audit", journal]).code)
    }
  }
}
