import Testing

@testable import HattamaKit

@Suite("Protocol: recused members (002 ¶20, 000 ¶66)") struct ProtocolRecusalTests {
  /// A commission whose member v1 evaluated case c1 and so does not vote on it.
  static var record: Record {
    var record = Fixtures.calibration(
      members: ["m1", "m2", "v1"],
      motions: [
        Motion(
          id: "mo1", caseID: "c1", kind: .confirm,
          votes: Fixtures.votes(["m1": .for, "m2": .for]))
      ])
    record.kind = .commission
    record.methodology = Methodology.justice2023.id
    return record
  }

  @Test(
    "a present member recused from the case is named beside the votes, in every language",
    arguments: Language.allCases)
  func named(language: Language) throws {
    let rules = try #require(Methodology.justice2023.rules(for: .commission))
    let document = ProtocolDocument(record: Self.record, rules: rules)
    #expect(document.motions.first?.recused == ["Person v1"])
    let labels = ProtocolLabels.labels(language, kind: .commission)
    let text = ProtocolRenderer.render(document, language: language, format: .text)
    #expect(text.contains("\(labels.recusedLabel): Person v1"))
  }

  @Test("no recusal line where every present member may vote")
  func noneRecused() throws {
    var record = Self.record
    record.composition?.members = ["m1", "m2", "m3"]
    record.sitting?.present = ["m1", "m2", "m3"]
    let rules = try #require(Methodology.justice2023.rules(for: .commission))
    #expect(ProtocolDocument(record: record, rules: rules).motions.first?.recused == [])
  }
}
