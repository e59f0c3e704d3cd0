import Testing

@testable import HattamaKit

/// SPEC, "The force of a rule": every rule the audit applies, broken once, under each source.
/// The text's breach is a violation; an analogy's a warning; a reading's a warning unless the
/// record breaks every reading the text allows.
@Suite("The force of a rule: severity by source") struct RuleForceTests {
  struct Rule: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var code: FindingCode
    /// Sets the source of the rule under test.
    var force: @Sendable (inout BodyRules, RuleSource) -> Void
    /// Breaks the rule in the lawful record.
    var breach: @Sendable (inout Record) -> Void
    /// The severity of a breach of a reading: `.violation` where it breaks every reading.
    var reading: Severity = .warning
  }

  static let reading = RuleSource.reading(others: ["another"])

  /// The majority base's readings are the other bases, which the audit recounts.
  static let majority: @Sendable (inout BodyRules, RuleSource) -> Void = { rules, source in
    rules.majorityBase.source =
      source == reading
      ? .reading(others: [Reading(verbatim: MajorityBase.votesCast.rawValue)]) : source
  }

  static let rules: [Rule] = [
    Rule(
      testDescription: "002 ¶20 odd size", code: .compositionEven, force: { $0.oddSize.source = $1 }
    ) {
      $0.composition?.members.removeLast()
      $0.composition?.members.append(contentsOf: ["m5", "h1"])
    },
    Rule(
      testDescription: "002 ¶20 minimum size", code: .compositionTooSmall,
      force: {
        $0.minimumSize.source = $1; $0.minimumSize.value = 7
      }
    ) { _ in },
    Rule(
      testDescription: "002 ¶20 disputant excluded", code: .compositionDisputantMember,
      force: { $0.excludesDisputant.source = $1 }
    ) { $0.composition?.members[3] = "e1" },
    Rule(
      testDescription: "002 ¶20 evaluators excluded", code: .compositionEvaluatorMember,
      force: { $0.excludesEvaluators.source = $1 }
    ) { $0.composition?.members[3] = "v1" },
    Rule(
      testDescription: "002 ¶20 HR member", code: .compositionNoHRMember,
      force: { $0.requiresHRMember.source = $1 }
    ) { $0.composition?.members[4] = "m5" },
    Rule(
      testDescription: "000 ¶67 HR secretary", code: .compositionSecretaryNotHR,
      force: { $0.requiresHRSecretary.source = $1 }
    ) { $0.composition?.secretary = "m6" },
    Rule(
      testDescription: "000 ¶66 chair", code: .compositionChairNotMember,
      force: { $0.requiresChair.source = $1 }
    ) { $0.composition?.chair = nil },
    Rule(
      testDescription: "002 ¶20 named composition", code: .compositionUnknownPerson,
      force: { $0.composedBy.source = $1 }
    ) { $0.composition?.secretary = "zz" },
    Rule(
      testDescription: "000 ¶63 quorum", code: .quorumNotMet, force: { $0.quorum.source = $1 }
    ) { $0.sitting?.present = ["m1", "m2", "h1"] },
    Rule(
      testDescription: "000 ¶66 casting vote", code: .resultTieUnresolved,
      force: {
        $0.tieBreak.source = $1; $0.tieBreak.value = .chairDecides
      }
    ) {
      $0.motions?[0].votes = Fixtures.votes([
        "m1": .abstain, "m2": .for, "m3": .for, "m4": .against, "h1": .against,
      ])
      $0.motions?[0].result = .unresolved
      $0.outcomes = nil
    },
    Rule(
      testDescription: "002 ¶23 majority base, adopted under votes cast",
      code: .resultMismatch, force: majority
    ) {
      $0.motions?[0].votes = Fixtures.votes([
        "m1": .for, "m2": .for, "m3": .against, "m4": .abstain, "h1": .abstain,
      ])
      $0.outcomes = nil
    },
    Rule(
      testDescription: "002 ¶23 majority base, a result no base gives",
      code: .resultMismatch, force: majority,
      breach: { $0.motions?[1].result = .unresolved }, reading: .violation),
    Rule(
      testDescription: "002 ¶21 session period", code: .deadlineSession,
      force: { $0.periods.session?.source = $1 }
    ) { $0.cases[0].appliedOn = Fixtures.day("2025-10-01") },
    Rule(
      testDescription: "000 Appendix 11 signatures", code: .protocolUnsigned,
      force: { $0.form.source = $1 }
    ) { $0.signing?.signedBy.removeAll { $0 == "m1" } },
  ]

  static let sources: [(String, RuleSource)] = [
    ("text", .text), ("analogy", .analogy), ("reading", reading),
  ]

  @Test("a warning under one reading names the majority base in the reader's words")
  func baseInWords() throws {
    var record = AuditTests.clean
    let rule = try #require(Self.rules.first { $0.testDescription.hasSuffix("under votes cast") })
    rule.breach(&record)
    var methodology = Methodology.trade2025
    rule.force(&methodology.bodies[0], Self.reading)
    let finding = try #require(
      Audit.findings(for: record, methodology: methodology).first { $0.code == .resultMismatch })
    #expect(finding.severity == .warning)
    #expect(finding.message.kk.contains("(көпшілік негізі қатысып отырғандар: "))
    #expect(finding.message.ru.contains("(база большинства присутствующие: "))
    #expect(finding.message.en.contains("(majority base present: "))
  }

  @Test("each rule's breach has the severity its source prescribes", arguments: rules, [0, 1, 2])
  func severity(rule: Rule, source index: Int) throws {
    let source = Self.sources[index].1
    var record = AuditTests.clean
    rule.breach(&record)
    var methodology = Methodology.trade2025
    rule.force(&methodology.bodies[0], source)
    let findings = Audit.findings(
      for: record, methodology: methodology, extra: [DeadlineCheck()])
    let finding = try #require(findings.first { $0.code == rule.code })
    let expected: Severity =
      switch source {
      case .text: .violation
      case .analogy: .warning
      case .reading: rule.reading
      }
    #expect(finding.severity == expected, "\(Self.sources[index].0): \(finding.message)")
  }
}
