import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

@Suite("Inputs.sitting: a record/1 file or a journal") struct InputsSittingTests {
  typealias F = SessionFixture

  @Test("a journal is replayed into its record with its anchor and chain report")
  func journal() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      let loaded = try Inputs.sitting(journal)
      let report = try #require(loaded.report)
      #expect(report.isIntact)
      #expect(loaded.record.journal == report.anchor)
      #expect(loaded.record.motions?.map(\.id) == ["mo1"])
      #expect(loaded.journalFindings.isEmpty)
      try F.write(try F.bytes(journal) + Array("{\"se".utf8), to: journal)
      #expect(try Inputs.sitting(journal).journalFindings.map(\.code) == [.journalTorn])
    }
  }

  @Test("a record/1 file is read as it is, with no chain report")
  func record() throws {
    try F.withDirectory { directory in
      let loaded = try Inputs.sitting(directory + "/draft.json")
      #expect(loaded.report == nil)
      #expect(loaded.record.cases.count == 3)
      #expect(loaded.journalFindings.isEmpty)
    }
  }
}
