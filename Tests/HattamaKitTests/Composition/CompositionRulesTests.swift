import Testing

@testable import HattamaKit

@Suite("Composition rules (002 ¶20; 000 ¶66–¶67; 004 ¶5)") struct CompositionRulesTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var chair: PersonID? = "m1"
    var members: [PersonID] = ["m1", "m2", "h1"]
    var secretary: PersonID? = "s1"
    var methodology: Methodology = .trade2025
    var kind: BodyKind = .calibration
    var expected: [FindingCode]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "002 ¶20: a lawful composition of three has no findings", expected: []),
    Case(
      name: "002 ¶20: an even composition is refused",
      members: ["m1", "m2", "m3", "h1"], expected: [.compositionEven]),
    Case(
      name: "002 ¶20: five members are odd and enough",
      members: ["m1", "m2", "m3", "m4", "h1"], expected: []),
    Case(
      name: "002 ¶20: fewer than three members is too small",
      members: ["m1"], expected: [.compositionTooSmall, .compositionNoHRMember]),
    Case(
      name: "002 ¶20: the disputing employee may not be a member",
      members: ["m1", "e1", "h1"], expected: [.compositionDisputantMember]),
    Case(
      name: "002 ¶20: the evaluator of a case under review may not be a member",
      members: ["m1", "v1", "h1"], expected: [.compositionEvaluatorMember]),
    Case(
      name: "002 ¶20: an HR employee must be a member",
      members: ["m1", "m2", "m3"], expected: [.compositionNoHRMember]),
    Case(
      name: "000 ¶67: the secretary may not be a voting member",
      members: ["m1", "m2", "h1", "s1", "m3"], expected: [.compositionSecretaryMember]),
    Case(
      name: "000 ¶67: the secretary must work in HR",
      secretary: "m4", expected: [.compositionSecretaryNotHR]),
    Case(
      name: "000 ¶67: a secretary must be named",
      secretary: nil, expected: [.compositionSecretaryNotHR]),
    Case(
      name: "000 ¶66: the chair must be a member",
      chair: "m4", expected: [.compositionChairNotMember]),
    Case(
      name: "000 ¶66: a chair must be named",
      chair: nil, expected: [.compositionChairNotMember]),
    Case(
      name: "an id not defined in people is reported",
      members: ["m1", "m2", "zz"], expected: [.compositionNoHRMember, .compositionUnknownPerson]),
    Case(
      name: "004 ¶5: a commission needs at least five members",
      members: ["m1", "m2", "m3", "h1"], methodology: .nchr2020, kind: .commission,
      expected: [.compositionTooSmall]),
    Case(
      name: "000 ¶66: an even commission is lawful (the chair breaks ties)",
      members: ["m1", "m2", "m3", "h1"], methodology: .justice2023, kind: .commission,
      expected: []),
    Case(
      name: "000 ¶62–¶76: a commission member may evaluate a case (recused, not excluded)",
      members: ["m1", "v1", "m2"], methodology: .justice2023, kind: .commission, expected: []),
  ]

  @Test("each composition rule is reported when broken and silent when kept", arguments: cases)
  func rule(_ c: Case) throws {
    var record = Fixtures.calibration()
    record.kind = c.kind
    let composition = Composition(chair: c.chair, members: c.members, secretary: c.secretary)
    let rules = try #require(c.methodology.rules(for: c.kind))
    #expect(composition.findings(in: record, under: rules).map(\.code) == c.expected)
  }

  @Test("several broken rules are all reported at once, each with its clause and subject")
  func severalAtOnce() throws {
    let composition = Composition(chair: "x", members: ["v1", "e1", "s1", "m1"], secretary: "s1")
    let rules = try #require(Methodology.trade2025.rules(for: .calibration))
    let findings = composition.findings(in: Fixtures.calibration(), under: rules)
    #expect(
      findings.map(\.code) == [
        .compositionEven, .compositionDisputantMember, .compositionEvaluatorMember,
        .compositionSecretaryMember, .compositionChairNotMember, .compositionUnknownPerson,
      ])
    #expect(findings.allSatisfy { !$0.clause.canonical.isEmpty })
    // 002 ¶20's rules are Trade's own text; the secretary and the chair are borrowed (000 ¶66–¶67
    // by analogy), so their breaches are warnings.
    #expect(
      findings.map(\.severity) == [
        .violation, .violation, .violation, .warning, .warning, .violation,
      ])
    #expect(findings.first { $0.code == .compositionEvaluatorMember }?.subject == "v1")
    #expect(
      findings.first { $0.code == .compositionEvaluatorMember }?.message.en
        == "Person v1 (v1) evaluated case c1 and cannot be a member. Replace them with one of Person m2 (m2), Person m3 (m3), Person m4 (m4), who are neither employees nor evaluators of a case under review."
    )
  }

  @Test("an unknown id close to a defined one gets a suggestion")
  func suggestion() throws {
    let composition = Composition(chair: "m1", members: ["m1", "m2", "h1"], secretary: "s11")
    let rules = try #require(Methodology.trade2025.rules(for: .calibration))
    let finding = composition.findings(in: Fixtures.calibration(), under: rules).last
    #expect(finding?.code == .compositionUnknownPerson)
    #expect(finding?.message.en == "'s11' in secretary is not defined in people. Did you mean 's1'?")
  }

  @Test("a member listed twice is said to be, where the count matters")
  func duplicateMember() throws {
    let composition = Composition(chair: "m1", members: ["m1", "m2", "m2", "h1", "m3"], secretary: "s1")
    let rules = try #require(Methodology.trade2025.rules(for: .calibration))
    let findings = composition.findings(in: Fixtures.calibration(), under: rules)
    let even = try #require(findings.first { $0.code == .compositionEven })
    #expect(even.message.en.contains("4 members (m2 listed twice, counted once)"))
    let lawful = Composition(chair: "m1", members: ["m1", "m2", "h1"], secretary: "s1")
    #expect(!lawful.findings(in: Fixtures.calibration(), under: rules).contains { $0.message.en.contains("twice") })
  }

  @Test("advice names who may replace an excluded member, and says so when nobody may")
  func replacementAdvice() throws {
    let rules = try #require(Methodology.trade2025.rules(for: .calibration))
    var record = Fixtures.calibration()
    record.people.removeAll { ["m4", "m5", "m6", "h2"].contains($0.id) }
    let composition = Composition(chair: "m1", members: ["m1", "m2", "m3", "v1", "h1"], secretary: "s1")
    let message = composition.findings(in: record, under: rules)
      .first { $0.code == .compositionEvaluatorMember }?.message.en
    #expect(message?.hasSuffix("Replace them with someone who is neither an employee nor an evaluator of a case under review.") == true)
  }
}
