import Testing

@testable import HattamaKit

@Suite("Composing a roster (002 ¶20)") struct RosterComposerTests {
  let rules = Fixtures.calibrationRules()

  func draft(_ candidates: [PersonID]) -> Record {
    var record = Fixtures.calibration()
    record.composition = nil
    record.candidates = candidates
    return record
  }

  func check(_ record: Record, _ composition: Composition) -> [Finding] {
    var composed = record
    composed.composition = composition
    composed.candidates = nil
    return composition.findings(in: composed, under: rules)
  }

  @Test("the composed roster passes every composition rule and explains who was left out")
  func composes() throws {
    let record = draft(["e1", "m1", "v1", "h1", "m2", "m3", "s1", "zz"])
    let roster = try RosterComposer(record: record, rules: rules).compose()
    #expect(roster.composition.members == ["m1", "h1", "m2"])
    #expect(roster.composition.chair == "m1")
    #expect(roster.composition.secretary == "s1")
    #expect(check(record, roster.composition).isEmpty)
    #expect(roster.excluded.map(\.candidate) == ["e1", "v1", "zz"])
    #expect(roster.excluded[0].reason.en == "the employee of case c1, 002 ¶20")
  }

  @Test(
    "002 ¶20: an even or too small size is refused", arguments: [(4, "odd"), (1, "at least 3")])
  func invalidSize(size: Int, reason: String) {
    #expect {
      try RosterComposer(record: draft(["m1", "m2", "m3", "m4", "h1", "s1"]), rules: rules)
        .compose(size: size)
    } throws: { error in
      (error as? RosterComposer.Failure)?.message.en.contains(reason) == true
    }
  }

  @Test("without two HR employees no roster exists (an HR member and an HR secretary)")
  func needsTwoHR() {
    #expect(throws: RosterComposer.Failure.self) {
      try RosterComposer(record: draft(["m1", "m2", "m3", "h1"]), rules: rules).compose()
    }
  }

  /// Whether any lawful composition of `size` plus a secretary exists in the pool, by trying
  /// every subset.
  func anyValid(_ record: Record, size: Int) -> Bool {
    let pool = Array(Set(record.candidates ?? [])).sorted()
    for mask in 0..<(1 << pool.count) {
      let members = pool.indices.filter { mask & (1 << $0) != 0 }.map { pool[$0] }
      guard members.count == size else { continue }
      for secretary in pool where !members.contains(secretary) {
        let composition = Composition(chair: members.first, members: members, secretary: secretary)
        if check(record, composition).isEmpty { return true }
      }
    }
    return false
  }

  @Test("it finds a roster exactly when one exists, over every pool of up to 7 people")
  func agreesWithExhaustiveSearch() {
    let everyone = ["m1", "m2", "h1", "h2", "e1", "v1", "s1"]
    for mask in 0..<(1 << everyone.count) {
      let pool = everyone.indices.filter { mask & (1 << $0) != 0 }.map { everyone[$0] }
      let record = draft(pool)
      let composed = try? RosterComposer(record: record, rules: rules).compose(size: 3)
      #expect((composed != nil) == anyValid(record, size: 3), "pool \(pool)")
      if let composed { #expect(check(record, composed.composition).isEmpty, "pool \(pool)") }
    }
  }
}
