extension CalendarData {
  /// Reads calendar lines (the format of ``WorkingCalendar/kazakhstanData``).
  ///
  /// - Parameters:
  ///   - text: the lines.
  ///   - source: the file name, for error messages.
  ///   - reading: how names and reasons are read: as written (a file), or as the built-in data's.
  /// - Throws: ``CalendarDataError`` naming the first line that cannot be read.
  static func parse(
    _ text: String, source: String, reading: CalendarWords = .written
  ) throws(CalendarDataError) -> CalendarData {
    var data = CalendarData()
    var transferLines: [Day: Int] = [:]
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingWhitespace
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      func failure(_ problem: CalendarDataError.Problem) -> CalendarDataError {
        CalendarDataError(source: source, line: index + 1, text: line, problem: problem)
      }
      switch words[0] {
      case "year":
        guard words.count >= 2 else {
          throw failure(
            .missingText(
              expected: Phrase(
                kk: "жыл және оның дереккөзі", ru: "год и его источник", en: "a year and its source"
              )))
        }
        guard words[1].count == 4, let year = Int(words[1]), year > 0 else {
          throw failure(.invalidYear(words[1]))
        }
        guard words.count >= 3 else {
          throw failure(
            .missingText(
              expected: Phrase(
                kk: "жыл ауыстыруларының дереккөзі", ru: "источник переносов года",
                en: "the source of the year's transfers")))
        }
        let written = words[2...].joined(separator: " ")
        guard let phrase = reading.source(written) else {
          throw failure(.unknownBuiltInWord(written))
        }
        data.years[year] = phrase
      case "every":
        data.rules.append(try rule(words, reading: reading, failure: failure))
      default:
        let line = try dayLine(words, failure: failure)
        if line.kind.isTransfer {
          if let first = transferLines[line.day] {
            throw failure(.repeatedDay(line.day, firstLine: first))
          }
          transferLines[line.day] = index + 1
        }
        try data.add(line, reading: reading, failure: failure)
      }
    }
    return data
  }

  private static func rule(
    _ words: [String], reading: CalendarWords,
    failure: (CalendarDataError.Problem) -> CalendarDataError
  ) throws(CalendarDataError) -> HolidayRule {
    guard words.count >= 5 else {
      throw failure(
        .missingText(
          expected: Phrase(
            kk: "MM-DD, FROM..TO жылдары, күн түрі және мерекенің атауы",
            ru: "MM-DD, годы FROM..TO, вид дня и название праздника",
            en: "MM-DD, the years FROM..TO, the kind and the holiday's name")))
    }
    let monthDay = words[1].split(separator: "-", omittingEmptySubsequences: false)
    guard monthDay.count == 2, monthDay.allSatisfy({ $0.count == 2 }),
      let month = Int(monthDay[0]), let day = Int(monthDay[1]),
      Day(year: 2000, month: month, day: day) != nil  // 2000 is a leap year: 02-29 is allowed
    else { throw failure(.invalidDate(words[1])) }
    guard let range = yearRange(words[2]) else { throw failure(.invalidYearRange(words[2])) }
    let kind = try holidayKind(words[3], failure: failure)
    let text = words[4...].joined(separator: " ")
    guard let name = reading.holidayName(text) else { throw failure(.unknownBuiltInWord(text)) }
    return HolidayRule(
      month: month, day: day, firstYear: range.first, lastYear: range.last, moves: kind == .holiday,
      name: name)
  }

  /// `YYYY-MM-DD KIND TEXT [estimated]`, its TEXT not yet read.
  private typealias WrittenDay = (day: Day, kind: LineKind, text: String, estimated: Bool)

  private static func dayLine(
    _ words: [String], failure: (CalendarDataError.Problem) -> CalendarDataError
  ) throws(CalendarDataError) -> WrittenDay {
    guard let first = words[0].first, first.isNumber else {
      throw failure(.unknownDirective(words[0]))
    }
    guard let day = Day(iso: words[0]) else { throw failure(.invalidDate(words[0])) }
    guard words.count >= 2 else {
      throw failure(
        .missingText(
          expected: Phrase(
            kk: "күн түрі және себебі", ru: "вид дня и причину", en: "a kind of day and a reason")))
    }
    guard let kind = LineKind(rawValue: words[1]) else { throw failure(.unknownKind(words[1])) }
    var rest = Array(words.dropFirst(2))
    let estimated = rest.last == "[estimated]"
    if estimated { rest.removeLast() }
    guard !rest.isEmpty else {
      throw failure(
        .missingText(
          expected: Phrase(
            kk: "мерекенің атауы немесе себебі", ru: "название праздника или причину",
            en: "the holiday's name or the reason")))
    }
    return (day, kind, rest.joined(separator: " "), estimated)
  }

  /// Adds a day line as a holiday or a transfer, its TEXT read as `reading` reads it.
  private mutating func add(
    _ line: WrittenDay, reading: CalendarWords,
    failure: (CalendarDataError.Problem) -> CalendarDataError
  ) throws(CalendarDataError) {
    guard line.kind.isTransfer else {
      guard let name = reading.holidayName(line.text) else {
        throw failure(.unknownBuiltInWord(line.text))
      }
      holidays.append(
        HolidayDay(
          day: line.day, moves: line.kind == .holiday, name: name, estimated: line.estimated))
      return
    }
    guard let text = reading.transfer(line.text) else {
      throw failure(.unknownBuiltInWord(line.text))
    }
    transfers.append(
      Transfer(day: line.day, isDayOff: line.kind == .off, text: text, estimated: line.estimated))
  }

  private static func holidayKind(
    _ word: String, failure: (CalendarDataError.Problem) -> CalendarDataError
  ) throws(CalendarDataError) -> LineKind {
    // A rule names a holiday; a transfer concerns one day and cannot repeat every year.
    guard let kind = LineKind(rawValue: word), !kind.isTransfer else {
      throw failure(.unknownKind(word))
    }
    return kind
  }

  /// `2022..`, `..2021`, `2012..2021` or `..`; `nil` when the word is none of these.
  private static func yearRange(_ word: String) -> (first: Int?, last: Int?)? {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[1].isEmpty else { return nil }
    func year(_ part: Substring) -> Int?? {
      if part.isEmpty { return .some(nil) }
      guard part.count == 4, let value = Int(part) else { return nil }
      return .some(value)
    }
    guard let first = year(parts[0]), let last = year(parts[2]) else { return nil }
    if let first, let last, first > last { return nil }
    return (first, last)
  }
}

extension Substring {
  /// Without leading and trailing spaces, tabs and carriage returns.
  fileprivate var trimmingWhitespace: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}
