import Foundation
import Testing

@testable import HattamaCLI

/// Commissions graded by target category (000 ¶55) are reported on their own scale.
@Suite("hattama report: categories before and after") struct ReportCommandCategoryTests {
  @Test("000 ¶55: a correction from the 2nd category to the 1st is a correction up by one")
  func categories() {
    let run = InProcess.run(["report", ExampleFiles.path("commission-categories.json"), "--format", "json"])
    #expect(run.code == .success, "\(run.err)")
    #expect(run.out.contains(#""correctedUp": 1"#))
    #expect(run.out.contains(#""meanCategoryChangeUp": "1.00""#))
    #expect(run.out.contains(#""meanChangeUp": null"#))
  }
}
