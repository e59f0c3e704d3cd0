import Foundation
import Testing

@testable import HattamaCLI
@testable import HattamaKit

/// SPEC.md, "The interface language": `deadlines` and `calendar` name holidays, decrees and
/// transfers in the user's language; a `--calendar` file's own words are shown as written; in
/// `--json` the reasons follow the language and what a program keys on does not.
@Suite("The calendar in Kazakh and Russian")
struct CalendarLanguageTests {
  typealias Expected = CommandLineLanguageTests.Expected

  static func run(_ words: [String], in language: Language) -> CommandResult {
    CommandLineLanguageTests.run(words, in: language)
  }

  @Test(
    "deadlines names the holiday it skipped, short in the table and in full below it",
    arguments: [
      Expected(
        language: .kk,
        texts: [
          "5: демалыс, Республика күні",
          "  2025-10-25 сб  Республика күні (сенбі; демалыс күні 2025-10-27, дүйсенбіге "
            + "ауыстырылады)",
          "  2025-10-27 дс  Республика күні: 2025-10-25, сенбіден ауыстырылған демалыс күні",
        ]),
      Expected(
        language: .ru,
        texts: [
          "5: выходной, День Республики",
          "  2025-10-25 сб  День Республики (суббота; выходной день переносится на понедельник "
            + "2025-10-27)",
          "  2025-10-27 пн  День Республики: выходной день, перенесённый с субботы 2025-10-25",
        ]),
    ])
  func deadlines(expected: Expected) {
    let result = Self.run(
      [
        "deadlines", "--methodology", "kz-trade-2025", "--familiarized", "2025-10-14",
        "--applied", "2025-10-16",
      ], in: expected.language)
    #expect(result.code == .success, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    for text in expected.texts {
      #expect(lines.contains { $0.contains(text) }, "\(text)\n\(result.out)")
    }
    #expect(!result.out.contains("Republic Day") && !result.out.contains("weekend"))
  }

  @Test(
    "deadlines over a transfer and Capital Day, in each language",
    arguments: [
      (Language.kk, "4: Астана күні, ауыстыру, демалыс"),
      (.ru, "4: День Столицы, перенос, выходной"),
      (.en, "4: Capital Day, transfer, weekend"),
    ])
  func transferLabel(language: Language, skipped: String) {
    let result = Self.run(
      [
        "deadlines", "--methodology", "kz-atyrau-2023", "--familiarized", "2023-07-12",
        "--sitting", "2023-07-10",
      ], in: language)
    #expect(result.out.contains(skipped), "\(result.out)")
  }

  @Test(
    "calendar list: the decree and every reason in the language",
    arguments: [
      Expected(
        language: .kk,
        texts: [
          "Ауыстырулар: Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі "
            + "міндетін атқарушының 2024 жылғы 17 сәуірдегі бұйрығы, «2024 жылы демалыс күнін "
            + "ауыстыру туралы» (adilet G24G0000109)",
          "2024-05-08  ср         демалыс күні  2024-05-04, сенбіден ауыстырылған демалыс күні",
          "Құрбан айттың бірінші күні (жексенбі; ауыстырылмайды)",
        ]),
      Expected(
        language: .ru,
        texts: [
          "Переносы: приказ исполняющего обязанности Министра труда и социальной защиты "
            + "населения Республики Казахстан от 17 апреля 2024 года «О переносе выходного дня в "
            + "2024 году» (adilet G24G0000109)",
          "2024-05-04  сб    рабочий день   суббота — рабочий день; выходной день переносится "
            + "на среду 2024-05-08",
          "Первый день Курбан айта (воскресенье; не переносится)",
        ]),
    ])
  func list(expected: Expected) {
    let result = Self.run(["calendar", "list", "2024"], in: expected.language)
    #expect(result.code == .success)
    for text in expected.texts { #expect(result.out.contains(text), "\(text)\n\(result.out)") }
    #expect(!result.out.contains("Kurban") && !result.out.contains("transfer"))
  }

  @Test("--json: the reasons and the source in the language; the keys, dates and kinds not")
  func json() throws {
    let result = Self.run(["calendar", "list", "2025", "--json"], in: .ru)
    let object = try jsonObject(result.out)
    #expect((object["source"] as? String)?.hasPrefix("приказ Министра труда") == true)
    let days = try #require(object["days"] as? [[String: Any]])
    let monday = try #require(days.first { $0["date"] as? String == "2025-10-27" })
    #expect(monday["kind"] as? String == "moved-holiday" && monday["weekday"] as? String == "Mon")
    #expect(
      monday["reason"] as? String
        == "День Республики: выходной день, перенесённый с субботы 2025-10-25")
    let english = try jsonObject(Self.run(["calendar", "list", "2025", "--json"], in: .en).out)
    #expect(Set(english.keys) == Set(object.keys))
    let deadlines = Self.run(
      [
        "deadlines", "--methodology", "kz-trade-2025", "--familiarized", "2025-10-14",
        "--applied", "2025-10-16", "--json",
      ], in: .kk)
    let bodies = try #require(try jsonObject(deadlines.out)["bodies"] as? [[String: Any]])
    let periods = try #require(bodies.first?["periods"] as? [[String: Any]])
    let skipped = periods.flatMap { $0["skipped"] as? [[String: Any]] ?? [] }
    let moved = try #require(skipped.first { $0["kind"] as? String == "moved-holiday" })
    #expect(
      moved["reason"] as? String
        == "Республика күні: 2025-10-25, сенбіден ауыстырылған демалыс күні")
    #expect(moved["date"] as? String == "2025-10-27" && moved["weekday"] as? String == "Mon")
  }

  @Test("a --calendar file's source and reasons are shown as written, in every language")
  func fileWordsVerbatim() throws {
    let file = try Scratch.file(
      "order.txt",
      "year 2028  Бұйрық № 12, 2027-11-30\n2028-01-08 work  жұмыс сенбісі (our order)\n"
        + "2028-01-07 fixed  Рождество (біздің жол)\n")
    for language in Language.allCases {
      let result = Self.run(["calendar", "list", "2028", "--calendar", file], in: language)
      #expect(result.code == .success)
      #expect(result.out.contains("Бұйрық № 12, 2027-11-30"), "\(result.out)")
      #expect(result.out.contains("жұмыс сенбісі (our order)"), "\(result.out)")
      #expect(result.out.contains("Рождество (біздің жол)"), "\(result.out)")
    }
  }
}
