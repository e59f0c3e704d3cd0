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

  @Test("the same record, anchor and findings as the file, intact or with a torn last line", arguments: [false, true])
  func sameAsFile(torn: Bool) throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
      if torn { try F.write(try F.bytes(journal) + Array("{\"se".utf8), to: journal) }
      let link = directory + "/link.jsonl"
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: journal)
      let direct = try Inputs.sitting(journal)
      let linked = try Inputs.sitting(link)
      #expect(linked.record == direct.record)
      #expect(linked.report?.anchor == direct.report?.anchor)
      #expect(linked.isClosed == direct.isClosed)
      #expect(linked.journalFindings.map(\.code) == (torn ? [.journalTorn] : []))
      #expect(linked.record.motions?.map(\.id) == ["mo1"])
      let audit = F.run(["audit", link])
      #expect(audit.code == F.run(["audit", journal]).code)
    }
  }
}
