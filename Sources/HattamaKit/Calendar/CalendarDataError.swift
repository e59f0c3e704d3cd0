// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
    case missingText(expected: String)
    /// A second `off` or `work` line for a day already given one.
    case repeatedDay(Day, firstLine: Int)
  }

  /// One sentence: where, what is wrong, what to do.
  public var message: String {
    let place = "line \(line)"
    switch problem {
    case .unknownDirective(let word):
      return
        "\(place): '\(word)' does not start a calendar line; "
        + "start it with a date YYYY-MM-DD, 'every' or 'year'."
    case .invalidDate(let word):
      return "\(place): '\(word)' is not a date; write it as YYYY-MM-DD (MM-DD after 'every')."
    case .invalidYearRange(let word):
      return
        "\(place): '\(word)' is not a range of years; "
        + "write FROM..TO, leaving out an open end, such as 2022.. or ..2021."
    case .invalidYear(let word):
      return "\(place): '\(word)' is not a year; write 'year YYYY' and then the source."
    case .unknownKind(let word):
      return
        "\(place): '\(word)' is not a kind of day; use holiday, fixed, off or work."
    case .missingText(let expected):
      return "\(place): '\(text)' ends too early; add \(expected)."
    case .repeatedDay(let day, let firstLine):
      return
        "\(place): \(day) already has a transfer on line \(firstLine); keep one line for the day."
    }
  }

  /// `holidays.txt, line 4: …`: the source, the line and the problem in one sentence.
  public var description: String { "\(source), \(message)" }
}
