import Testing

@testable import HattamaKit

/// SPEC.md, "The interface language": the calendar's holiday names, decree titles and the
/// reasons of moved and transferred days are in Kazakh, Russian and English; a `--calendar`
/// file's own words are shown as written.
@Suite("The calendar's words in three languages") struct CalendarWordsTests {
  let calendar = WorkingCalendar.kazakhstan

  static func hasCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
  }

  /// The dates a text names (`2018-03-09`), which every language must name alike.
  static func dates(in text: String) -> [Substring] {
    text.matches(of: /\d{4}-\d{2}-\d{2}/).map(\.output)
  }

  @Test(
    "every built-in day with a reason, and a weekend, is worded in kk, ru and en",
    arguments: Array(2018...2027))
  func everyDayWorded(year: Int) throws {
    let weekend = calendar.day(try #require(Day(year: year, month: 1, day: 1)).nextSaturday)
    for entry in calendar.specialDays(in: year) + [weekend] {
      let phrases = try [#require(entry.explanation), #require(entry.label), entry.summary]
      for phrase in phrases {
        #expect(!phrase.kk.isEmpty && !phrase.ru.isEmpty && !phrase.en.isEmpty)
        #expect(Self.hasCyrillic(phrase.kk) && Self.hasCyrillic(phrase.ru), "\(phrase)")
        #expect(!Self.hasCyrillic(phrase.en), "\(phrase.en)")
        #expect(
          Self.dates(in: phrase.kk).sorted() == Self.dates(in: phrase.en).sorted()
            && Self.dates(in: phrase.ru).sorted() == Self.dates(in: phrase.en).sorted(),
          "\(phrase)")
      }
    }
  }

  @Test("every covered year's source of transfers is in three languages, its adilet number alike")
  func sourcesWorded() throws {
    for year in calendar.coveredYears {
      let source = try #require(calendar.source(ofYear: year))
      #expect(
        Self.hasCyrillic(source.kk) && Self.hasCyrillic(source.ru) && !Self.hasCyrillic(source.en))
      let adilet = source.en.matches(of: /adilet [A-Z0-9]+/).map(\.output)
      #expect(adilet == source.kk.matches(of: /adilet [A-Z0-9]+/).map(\.output), "\(year)")
      #expect(adilet == source.ru.matches(of: /adilet [A-Z0-9]+/).map(\.output), "\(year)")
    }
  }

  struct Wording: Sendable, CustomTestStringConvertible {
    var date: String
    var kk: String
    var ru: String
    var en: String
    var testDescription: String { "\(date): \(en)" }
  }

  /// The decrees' own way of saying it: «29 желтоқсан, сенбіден 31 желтоқсан, дүйсенбіге
  /// ауыстырылсын», «переносится с субботы 22 октября на понедельник 24 октября».
  static let wordings = [
    Wording(
      date: "2018-03-09", kk: "2018-03-03, сенбіден ауыстырылған демалыс күні",
      ru: "выходной день, перенесённый с субботы 2018-03-03",
      en: "day off transferred from Saturday 2018-03-03"),
    Wording(
      date: "2022-10-22",
      kk: "сенбі — жұмыс күні; демалыс күні 2022-10-24, дүйсенбіге ауыстырылады",
      ru: "суббота — рабочий день; выходной день переносится на понедельник 2022-10-24",
      en: "Saturday worked; its day off moves to Monday 2022-10-24"),
    Wording(
      date: "2025-03-25", kk: "Наурыз мейрамы: 2025-03-23, жексенбіден ауыстырылған демалыс күні",
      ru: "Наурыз мейрамы: выходной день, перенесённый с воскресенья 2025-03-23",
      en: "Nauryz, moved from Sunday 2025-03-23"),
    Wording(
      date: "2025-10-25",
      kk: "Республика күні (сенбі; демалыс күні 2025-10-27, дүйсенбіге ауыстырылады)",
      ru: "День Республики (суббота; выходной день переносится на понедельник 2025-10-27)",
      en: "Republic Day (Saturday; its day off moves to Monday 2025-10-27)"),
    Wording(
      date: "2020-05-11", kk: "Жеңіс күні: демалыс күні 2020-05-08, жұмаға ауыстырылады",
      ru: "День Победы: выходной день переносится на пятницу 2020-05-08",
      en: "Victory Day's day off moved to Friday 2020-05-08"),
    Wording(
      date: "2020-05-09", kk: "Жеңіс күні (сенбі; демалыс күні қаулымен ауыстырылды)",
      ru: "День Победы (суббота; выходной день перенесён постановлением)",
      en: "Victory Day (Saturday; its day off was transferred by decree)"),
    Wording(
      date: "2024-01-07", kk: "Православиелік Рождество (жексенбі; ауыстырылмайды)",
      ru: "Православное Рождество (воскресенье; не переносится)",
      en: "Orthodox Christmas (Sunday; not moved)"),
    Wording(date: "2025-10-26", kk: "демалыс", ru: "выходной", en: "weekend"),
  ]

  @Test("a day's reason reads as the decrees word it", arguments: wordings)
  func wording(_ item: Wording) throws {
    let explanation = try #require(calendar.day(day(item.date)).explanation)
    #expect(explanation == Phrase(kk: item.kk, ru: item.ru, en: item.en))
  }

  @Test("the short label is the holiday's name alone, or the kind of day")
  func labels() {
    #expect(calendar.day(day("2025-10-27")).label?.kk == "Республика күні")
    #expect(calendar.day(day("2025-10-25")).label?.ru == "День Республики")
    #expect(
      calendar.day(day("2025-01-03")).label == Phrase(kk: "ауыстыру", ru: "перенос", en: "transfer")
    )
    #expect(calendar.day(day("2025-10-26")).label?.kk == "демалыс")
    #expect(calendar.day(day("2025-10-24")).label == nil)
  }

  @Test("an estimated day says so in its summary, in each language")
  func summary() {
    let kurban = calendar.day(day("2026-05-27")).summary
    #expect(kurban.kk == "2026-05-27 ср  Құрбан айттың бірінші күні (болжамды)")
    #expect(kurban.ru == "2026-05-27 ср  Первый день Курбан айта (предположительно)")
    #expect(kurban.en == "2026-05-27 Wed  First day of Kurban Ait (estimated)")
  }

  @Test("a --calendar file's names and reasons are its own words in every language")
  func fileWordsVerbatim() throws {
    let text = """
      year 2031  Бұйрық № 7 / order No. 7
      every 02-29 ..  holiday  Leap Day
      2031-03-14 off  our own words for it
      """
    let own = try WorkingCalendar(extraLines: text, source: "own.txt")
    #expect(own.source(ofYear: 2031) == Phrase(verbatim: "Бұйрық № 7 / order No. 7"))
    #expect(own.nonWorkingReason(day("2031-03-14")) == Phrase(verbatim: "our own words for it"))
    // 2032-02-29 is a Sunday: the wrapper is translated, the name stays as the file wrote it.
    let moved = own.day(day("2032-03-01"))
    #expect(moved.label == Phrase(verbatim: "Leap Day"))
    let explanation = try #require(moved.explanation)
    #expect(explanation.kk.hasPrefix("Leap Day: ") && Self.hasCyrillic(explanation.kk))
    #expect(explanation.ru.hasPrefix("Leap Day: ") && Self.hasCyrillic(explanation.ru))
    // The built-in words are keys only in the built-in data: a file's `nauryz` is its own word.
    let file = try WorkingCalendar(extraLines: "2031-03-13 fixed  nauryz", source: "own.txt")
    #expect(file.nonWorkingReason(day("2031-03-13")) == Phrase(verbatim: "nauryz"))
  }

  @Test(
    "the built-in data refuses a word it has no three-language name for",
    arguments: [
      "every 01-01 .. holiday New Year", "year 2031  order No. 7",
      "2031-03-14 off  day off transferred from Saturday",
    ])
  func unknownBuiltInWord(line: String) throws {
    let error = #expect(throws: CalendarDataError.self) {
      try CalendarData.parse(line, source: "built-in", reading: .builtIn)
    }
    guard case .unknownBuiltInWord = try #require(error).problem else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(try CalendarData.parse(line, source: "file.txt") != CalendarData())
  }
}

extension Day {
  /// The first Saturday on or after the day.
  fileprivate var nextSaturday: Day {
    var day = self
    while day.weekday != 6 { day = day.adding(days: 1) }
    return day
  }
}
