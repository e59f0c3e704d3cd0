import Testing

@testable import HattamaKit

@Suite("Target categories (000 ¶55, 001 ¶49, 004 ¶18)") struct TargetCategoryTests {
  @Test(
    "000 ¶55: five targets met → 1, four → 2, three → 3, fewer than three → 4",
    arguments: [
      (5, TargetCategory.first), (4, .second), (3, .third), (2, .fourth), (1, .fourth),
      (0, .fourth),
    ])
  func category(kpiMet: Int, expected: TargetCategory) {
    #expect(TargetCategory(kpiMet: kpiMet) == expected)
  }

  @Test("categories order by their number: 1 (every target met) comes before 4")
  func order() {
    #expect(TargetCategory.allCases.reversed().sorted() == [.first, .second, .third, .fourth])
    #expect(TargetCategory.first < .second && !(TargetCategory.fourth < .third))
    #expect(TargetCategory.allCases.min() == .first)
  }

  @Test("004 ¶18 words the categories «өте жақсы / тиімді / …»: its «тиімді» is the second")
  func nchrWords() {
    let names = Methodology.nchr2020.targetCategories?.value
    #expect(names?[.first].kk == "өте жақсы")
    #expect(names?[.second].kk == "тиімді")
    #expect(names?[.fourth].kk == "қанағаттанарлықсыз")
  }

  @Test("000 ¶55 and 001 ¶49 word them as the seed does, «Функционалдық міндеттерді …»")
  func functionalDuties() {
    for methodology in [Methodology.justice2023, .atyrau2023] {
      let names = methodology.targetCategories?.value
      #expect(names?[.first].kk == "Функционалдық міндеттерді тиімді орындайды")
      #expect(names?[.second].kk == "Функционалдық міндеттерді тиісті түрде орындайды")
      #expect(names?[.third].kk == "Функционалдық міндеттерін қанағаттанарлық орындайды")
      #expect(names?[.fourth].kk == "Функционалдық міндеттерін қанағаттанарлықсыз орындайды")
    }
    #expect(Methodology.justice2023.targetCategories?.clause == "000 ¶55")
    #expect(Methodology.atyrau2023.targetCategories?.clause == "001 ¶49")
    #expect(Methodology.trade2025.targetCategories == nil)
  }

  @Test("an outcome's category is the same grade as the correction's, whatever the targets met")
  func sameGrade() {
    #expect(
      EvaluationResult.category(.first, kpiMet: 5).isSameGrade(as: .category(.first, kpiMet: nil)))
    #expect(
      !EvaluationResult.category(.first, kpiMet: 5).isSameGrade(as: .category(.second, kpiMet: 5)))
    #expect(
      !EvaluationResult.score(.valid(.maximum)).isSameGrade(as: .category(.first, kpiMet: nil)))
  }
}
