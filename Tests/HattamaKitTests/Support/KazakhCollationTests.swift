import HattamaKit
import Testing

@Suite("Kazakh alphabetical order")
struct KazakhCollationTests {
  @Test("Ә after А, Қ after К, І after Ы; Russian names in their own order; case ignored")
  func order() {
    let names = [
      "Іскаков", "Ыбыраев", "Қасымов", "кенжебаева", "Бекова", "Әлімжанов", "Ахметова", "Яковлев",
      "Ярова",
    ]
    #expect(
      names.sorted(by: KazakhCollation.precedes)
        == [
          "Ахметова", "Әлімжанов", "Бекова", "кенжебаева", "Қасымов", "Ыбыраев", "Іскаков",
          "Яковлев", "Ярова",
        ])
    #expect(KazakhCollation.precedes("Unit 2", "Бөлім"))
    #expect(!KazakhCollation.precedes("Ә", "Ә"))
  }
}
