extension AuditContext {
  /// The results a motion's votes give under each other majority base the text allows (the
  /// `readings` of ``BodyRules/majorityBase``); empty where the base is the text's own.
  func resultsUnderOtherBases(of count: Deliberation.Count) -> [MotionResult] {
    guard case .reading(let others) = rules.majorityBase.source,
      let reviewed = self.case(count.motion.caseID)
    else { return [] }
    let composition = record.composition ?? Composition(chair: nil, members: [], secretary: nil)
    return others.compactMap { MajorityBase(rawValue: $0.name) }.map { base in
      var alternative = rules
      alternative.majorityBase.value = base
      return Deliberation.count(
        count.motion, roll: count.roll, case: reviewed, composition: composition,
        rules: alternative
      ).result
    }
  }

  /// The severity of a recorded result that differs from the recount: a warning when another
  /// reading of the majority base gives the recorded result (SPEC, "The force of a rule").
  func severity(ofRecorded recorded: MotionResult, in count: Deliberation.Count) -> Severity {
    let otherwise = resultsUnderOtherBases(of: count).contains(recorded)
    return rules.majorityBase.severity(underEveryReading: !otherwise)
  }

  /// `" (majority base present: a breach under the reading chosen, not under votes-cast)"` for
  /// a warning; empty for a violation.
  func basePhrase(_ severity: Severity) -> Phrase {
    guard severity == .warning, let phrase = rules.majorityBase.source.phrase() else {
      return Phrase(verbatim: "")
    }
    let base = rules.majorityBase.value.name
    return Phrase(
      kk: " (көпшілік негізі \(base.kk): \(phrase.kk))",
      ru: " (база большинства \(base.ru): \(phrase.ru))",
      en: " (majority base \(base.en): \(phrase.en))")
  }

  /// Whether a case no motion decided under the chosen base would be decided under another.
  func decidedUnderAnotherBase(_ caseID: CaseID) -> Bool {
    deliberation.counts.contains { count in
      count.motion.caseID == caseID && resultsUnderOtherBases(of: count).contains(.adopted)
    }
  }
}
