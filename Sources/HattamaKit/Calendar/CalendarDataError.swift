/// A line of calendar data that cannot be read.
///
/// Thrown by ``WorkingCalendar/init(extraLines:source:)`` for a `--calendar` file; ``message``
/// is the one place it is put into words.
public struct CalendarDataError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name, or `built-in data`.
  public var source: String
  /// The 1-based line number.
  public var line: Int
  /// The line as written, without its indentation.
  public var text: String
  /// What is wrong with the line.
  public var problem: Problem

  package init(source: String, line: Int, text: String, problem: Problem) {
    self.source = source
    self.line = line
    self.text = text
    self.problem = problem
  }

  /// What is wrong with the line.
  public enum Problem: Sendable, Equatable {
    /// The first word is neither `year`, `every` nor a date.
    case unknownDirective(String)
    /// A word that should be a date `YYYY-MM-DD` (or `MM-DD` after `every`) is not one.
    case invalidDate(String)
    /// The years of an `every` line are not `FROM..TO`.
    case invalidYearRange(String)
    /// A `year` line without a valid four-digit year.
    case invalidYear(String)
    /// The kind of day is not `holiday`, `fixed`, `off` or `work`.
    case unknownKind(String)
    /// The line ends before its kind, name or source.
    case missingText(expected: Phrase)
    /// A second `off` or `work` line for a day already given one.
    case repeatedDay(Day, firstLine: Int)
    /// A name or reason in the built-in data that is none of its three-language names (a
    /// `--calendar` file's words are read as written and never give this).
    case unknownBuiltInWord(String)
  }

  /// One sentence: where, what is wrong, what to do.
  public var message: Phrase {
    Phrase(kk: "\(line)-жол: ", ru: "строка \(line): ", en: "line \(line): ") + reason
  }

  private var reason: Phrase {
    switch problem {
    case .unknownDirective(let word):
      Phrase(
        kk: "'\(word)' күнтізбе жолын бастамайды; жолды YYYY-MM-DD күнінен, 'every' немесе 'year' "
          + "сөзінен бастаңыз.",
        ru: "'\(word)' не начинает строку календаря; начните её с даты YYYY-MM-DD, 'every' или "
          + "'year'.",
        en: "'\(word)' does not start a calendar line; "
          + "start it with a date YYYY-MM-DD, 'every' or 'year'.")
    case .invalidDate(let word):
      Phrase(
        kk: "'\(word)' күн емес; оны YYYY-MM-DD түрінде жазыңыз ('every' кейін MM-DD).",
        ru: "'\(word)' не дата; пишите её как YYYY-MM-DD (MM-DD после 'every').",
        en: "'\(word)' is not a date; write it as YYYY-MM-DD (MM-DD after 'every').")
    case .invalidYearRange(let word):
      Phrase(
        kk: "'\(word)' жылдар аралығы емес; FROM..TO түрінде жазыңыз, ашық шетін түсіріп "
          + "(мысалы, 2022.. немесе ..2021).",
        ru: "'\(word)' не диапазон лет; пишите FROM..TO, опуская открытый конец (например, "
          + "2022.. или ..2021).",
        en: "'\(word)' is not a range of years; "
          + "write FROM..TO, leaving out an open end, such as 2022.. or ..2021.")
    case .invalidYear(let word):
      Phrase(
        kk: "'\(word)' жыл емес; 'year YYYY' деп, содан кейін дереккөзді жазыңыз.",
        ru: "'\(word)' не год; пишите 'year YYYY', а затем источник.",
        en: "'\(word)' is not a year; write 'year YYYY' and then the source.")
    case .unknownKind(let word):
      Phrase(
        kk: "'\(word)' күн түрі емес; holiday, fixed, off немесе work жазыңыз.",
        ru: "'\(word)' не вид дня; используйте holiday, fixed, off или work.",
        en: "'\(word)' is not a kind of day; use holiday, fixed, off or work.")
    case .missingText(let expected):
      Phrase(
        kk: "'\(text)' тым ерте аяқталады; қосыңыз: \(expected.kk).",
        ru: "'\(text)' обрывается слишком рано; добавьте \(expected.ru).",
        en: "'\(text)' ends too early; add \(expected.en).")
    case .repeatedDay(let day, let firstLine):
      Phrase(
        kk: "\(day) күнінің ауыстыруы \(firstLine)-жолда берілген; бір күнге бір жол қалдырыңыз.",
        ru: "для \(day) уже есть перенос в строке \(firstLine); оставьте одну строку на день.",
        en: "\(day) already has a transfer on line \(firstLine); keep one line for the day.")
    case .unknownBuiltInWord(let word):
      Phrase(
        kk: "'\(word)' кіріктірілген деректердің атауы емес; оны KazakhstanHoliday.swift немесе "
          + "TransferSource.swift ішіне қосыңыз, ал ауыстыру жолында жұптың екінші күнін жазыңыз.",
        ru: "'\(word)' не название встроенных данных; добавьте его в KazakhstanHoliday.swift или "
          + "TransferSource.swift, а в строке переноса укажите второй день пары.",
        en: "'\(word)' is not a name of the built-in data; add it to KazakhstanHoliday.swift or "
          + "TransferSource.swift, or on a transfer line give the pair's other day.")
    }
  }

  /// The source and the reason in English, for logs and debugging; people read ``message``.
  public var description: String { "\(source), \(message.en)" }
}
