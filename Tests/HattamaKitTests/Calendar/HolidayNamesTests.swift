import Testing

@testable import HattamaKit

/// Law No. 267-II "On holidays in the Republic of Kazakhstan" (Қазақстан Республикасындағы
/// мерекелер туралы / О праздниках в Республике Казахстан), art. 1–3 as amended, and Labour Code
/// art. 84: the built-in calendar names each holiday on its date as the law does. Cross-checked in
/// development with the PyPI package `holidays` 0.109 (module KZ, its Kazakh names; it writes
/// «Отан Қорғаушы күні», the law «Отан қорғаушы күні»).
@Suite("The holidays' names are the law's") struct HolidayNamesTests {
  struct LawName: Sendable, CustomTestStringConvertible {
    var holiday: KazakhstanHoliday
    /// A weekday the holiday falls on, so that the day's label is its name alone.
    var date: String
    var kk: String
    var ru: String
    var testDescription: String { "\(date) \(ru)" }
  }

  static let law = [
    LawName(holiday: .newYear, date: "2025-01-01", kk: "Жаңа жыл", ru: "Новый год"),
    LawName(
      holiday: .orthodoxChristmas, date: "2025-01-07", kk: "Православиелік Рождество",
      ru: "Православное Рождество"),
    LawName(
      holiday: .womensDay, date: "2024-03-08", kk: "Халықаралық әйелдер күні",
      ru: "Международный женский день"),
    LawName(holiday: .nauryz, date: "2025-03-21", kk: "Наурыз мейрамы", ru: "Наурыз мейрамы"),
    LawName(
      holiday: .unityDay, date: "2025-05-01", kk: "Қазақстан халқының бірлігі мерекесі",
      ru: "Праздник единства народа Казахстана"),
    LawName(
      holiday: .defenderDay, date: "2025-05-07", kk: "Отан қорғаушы күні",
      ru: "День защитника Отечества"),
    LawName(holiday: .victoryDay, date: "2025-05-09", kk: "Жеңіс күні", ru: "День Победы"),
    LawName(holiday: .capitalDay, date: "2023-07-06", kk: "Астана күні", ru: "День Столицы"),
    LawName(
      holiday: .constitutionDay, date: "2024-08-30",
      kk: "Қазақстан Республикасының Конституциясы күні",
      ru: "День Конституции Республики Казахстан"),
    LawName(
      holiday: .constitutionDay, date: "2027-03-15",
      kk: "Қазақстан Республикасының Конституциясы күні",
      ru: "День Конституции Республики Казахстан"),
    LawName(
      holiday: .republicDay, date: "2024-10-25", kk: "Республика күні", ru: "День Республики"),
    LawName(
      holiday: .republicOfKazakhstanDay, date: "2027-10-25", kk: "Қазақстан Республикасы күні",
      ru: "День Республики Казахстан"),
    LawName(
      holiday: .firstPresidentDay, date: "2020-12-01",
      kk: "Қазақстан Республикасының Тұңғыш Президенті күні",
      ru: "День Первого Президента Республики Казахстан"),
    LawName(
      holiday: .independenceDay, date: "2025-12-16", kk: "Тәуелсіздік күні",
      ru: "День Независимости"),
    LawName(
      holiday: .kurbanAit, date: "2025-06-06", kk: "Құрбан айттың бірінші күні",
      ru: "Первый день Курбан айта"),
  ]

  @Test("the built-in calendar names the holiday on its date as the law does", arguments: law)
  func named(_ item: LawName) {
    let entry = WorkingCalendar.kazakhstan.day(day(item.date))
    #expect(entry.kind == .holiday)
    #expect(entry.label?.kk == item.kk && entry.label?.ru == item.ru)
    #expect(item.holiday.name.kk == item.kk && item.holiday.name.ru == item.ru)
  }

  @Test("every holiday of the built-in data is in the law's table")
  func everyHolidayChecked() {
    #expect(Set(Self.law.map(\.holiday)) == Set(KazakhstanHoliday.allCases))
  }

  @Test("25 October is Republic Day to 2025 and «Қазақстан Республикасы күні» from 2026")
  func republicDayRenamed() {
    let calendar = WorkingCalendar.kazakhstan
    #expect(calendar.day(day("2025-10-25")).label == KazakhstanHoliday.republicDay.name)
    #expect(calendar.day(day("2026-10-25")).label == KazakhstanHoliday.republicOfKazakhstanDay.name)
    #expect(calendar.day(day("2021-10-25")).label == nil)
  }
}
