import Testing

@testable import HattamaKit

/// A missed period's sentence in Kazakh, Russian and English (SPEC.md, "The interface
/// language"): every status and reading the finding can state, each with the same days, count
/// and clause in all three.
@Suite("Deadlines: a missed period's sentence in kk, ru and en")
struct PeriodMessageLanguageTests {
  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

  static let checks: [PeriodCheck] = [
    PeriodCheck(
      period: .application, clause: "002 ¶11", workingDays: 5, from: .familiarization,
      fromDate: day("2025-10-13"), due: day("2025-10-20"), given: day("2025-10-21"),
      status: .missed, count: nil),
    PeriodCheck(
      period: .notice, clause: "000 ¶62", workingDays: 3, from: .sitting,
      fromDate: day("2023-09-14"), reading: .atLeast, due: day("2023-09-11"),
      given: day("2023-09-13"), status: .missed, count: nil),
    PeriodCheck(
      period: .notice, clause: "000 ¶62", workingDays: 1, from: .sitting,
      fromDate: day("2023-09-14"), reading: .within, earliest: day("2023-09-13"),
      due: day("2023-09-13"), given: day("2023-09-11"), status: .early, count: nil),
    PeriodCheck(
      period: .notice, clause: "000 ¶62", workingDays: 2, from: .sitting,
      fromDate: day("2023-09-14"), reading: .within, earliest: day("2023-09-12"),
      due: day("2023-09-13"), given: day("2023-09-14"), status: .missed, count: nil),
  ]

  @Test("each sentence exists in every language with the same days and clause", arguments: checks)
  func sentence(_ check: PeriodCheck) throws {
    for id in [nil, "c1"] as [CaseID?] {
      let message = check.message(case: id)
      let days = [check.given, check.fromDate].compactMap { $0?.description }
      for language in [Language.kk, .ru] {
        let text = message.text(in: language)
        #expect(
          text != message.en
            && text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
        #expect(days.allSatisfy(text.contains), "\(text)")
        #expect(text.contains(check.clause.text(in: language)), "\(text)")
        #expect(text.first?.isUppercase == true || id != nil, "\(text)")
      }
      #expect(
        days.allSatisfy(message.en.contains) && message.en.contains(check.clause.canonical)
          && message.en.hasSuffix(")."))
    }
  }

  @Test(
    "Russian counts its working days in the form the number takes",
    arguments: [
      (1, "1 рабочий день"), (3, "3 рабочих дня"), (5, "5 рабочих дней"), (21, "21 рабочий день"),
    ])
  func russianDays(_ days: Int, _ words: String) {
    let check = PeriodCheck(
      period: .application, clause: "002 ¶11", workingDays: days, from: .familiarization,
      fromDate: nil, due: nil, given: nil, status: .notComputed, count: nil)
    #expect(check.rule.ru.hasPrefix(words))
    #expect(check.rule.kk.contains("\(days) жұмыс күні"))
  }
}
