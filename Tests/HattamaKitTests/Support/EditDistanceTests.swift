import Testing

@testable import HattamaKit

@Suite("Edit distance") struct EditDistanceTests {
  @Test(
    "Levenshtein distance",
    arguments: [
      ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3),
      ("familiarisedOn", "familiarizedOn", 1), ("flaw", "lawn", 2), ("Сәкен", "Секен", 1),
    ])
  func distance(a: String, b: String, expected: Int) {
    #expect(a.editDistance(to: b) == expected)
    #expect(b.editDistance(to: a) == expected)
  }

  @Test(
    "the nearest candidate is suggested only when near enough",
    arguments: [
      ("familiarisedOn", "familiarizedOn"), ("scor", "score"), ("FamiliarizedOn", "familiarizedOn"),
      ("evaluator", "evaluators"), ("xy", nil), ("signature", nil), ("emploee", "employee"),
    ] as [(String, String?)])
  func nearest(key: String, expected: String?) {
    let allowed = RecordDecoder.caseKeys + ["score"]
    #expect(key.nearest(in: allowed) == expected)
  }
}
