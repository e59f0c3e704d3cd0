import Testing

@testable import HattamaKit

/// Each methodology's own protocol form (DOMAIN.md, "Protocol form"): the order of its signature
/// block, and an approval block only where the body's results are approved.
@Suite("Protocol form by methodology") struct ProtocolFormTests {
  static func document(_ record: Record, _ methodology: Methodology) throws -> ProtocolDocument {
    let rules = try #require(methodology.rules(for: record.kind))
    return ProtocolDocument(record: record, rules: rules)
  }

  @Test(
    "000 and 001 Appendix 11: secretary, chair, members; 004 Appendix 5: secretary last",
    arguments: [
      (Methodology.justice2023, ["s1", "m1", "m2", "m3", "h1"]),
      (.atyrau2023, ["s1", "m1", "m2", "m3", "h1"]),
      (.nchr2020, ["m1", "m2", "m3", "h1", "s1"]),
    ])
  func signatureOrder(methodology: Methodology, order: [PersonID]) throws {
    var record = ProtocolFixture.record(kind: .commission)
    record.methodology = methodology.id
    let document = try Self.document(record, methodology)
    #expect(document.signatures.map(\.personID) == order)
    #expect(document.approval?.approvedOn == Day(iso: "2025-10-27"))
  }

  @Test("002 ¶23, 000 ¶47: a calibration session's protocol has no approval block")
  func noApproval() throws {
    let record = ProtocolFixture.record()
    for methodology in [Methodology.trade2025, .justice2023] {
      let document = try Self.document(record, methodology)
      #expect(document.approval == nil)
      #expect(document.signatures.first?.personID == "s1")
      let text = ProtocolRenderer.render(document, language: .kk, format: .text)
      #expect(!text.contains("БЕКІТЕМІН"))
    }
    let commission = try Self.document(ProtocolFixture.record(kind: .commission), .justice2023)
    #expect(ProtocolRenderer.render(commission, language: .kk, format: .text).contains("БЕКІТЕМІН"))
  }
}
