import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// SPEC "hattama methodology list": the built-in methodologies, as a table or as JSON a script
/// reads — each with its id, seed, title, validity and the bodies it governs.
@Suite("methodology list --json: every built-in methodology with its validity and bodies")
struct MethodologyListTests {
  @Test("the JSON lists the built-ins in order, an open-ended validity as null")
  func json() throws {
    let run = InProcess.run(["methodology", "list", "--json"])
    #expect(run.code == .success)
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
    #expect(list.map { $0["id"] as? String } == Methodology.builtIn.map(\.id))
    #expect(list.map { $0["seed"] as? String } == Methodology.builtIn.map(\.seed))
    #expect(list.map { $0["title"] as? String } == Methodology.builtIn.map(\.title))
    #expect(
      list.map { $0["bodies"] as? [String] }
        == Methodology.builtIn.map { $0.bodies.map(\.kind.rawValue) })
    let trade = try #require(list.first { $0["id"] as? String == "kz-trade-2025" })
    #expect(trade["validThrough"] is NSNull)
    #expect(trade["validFrom"] != nil)
    let atyrau = try #require(list.first { $0["id"] as? String == "kz-atyrau-2023" })
    #expect(!(atyrau["validThrough"] is NSNull))
    #expect(atyrau["validThrough"] != nil)
  }
}
