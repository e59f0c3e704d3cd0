import HattamaKit

/// What is wrong with the words of a command line.
///
/// Options, commands and values stay as the user typed them, in single quotes, inside the
/// sentence of every language.
enum UsageProblem: Sendable, Equatable {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(String, suggestion: String?)
  case missingValue(String)
  case missingArgument(String)
  case missingOption(String)
  case unexpectedArgument(String)
  case repeatedOption(String)
  case flagTakesNoValue(String)
  /// `expected` says what would be valid: ``UsageProblem/date``, ``wholeNumber(in:)``,
  /// ``oneOf(_:suggestion:)`` or a command's own description.
  case invalidValue(option: String, value: String, expected: Phrase)
  case needsExactlyOne([String])
  case conflictingOptions(String, String)

  var sentence: Phrase {
    switch self {
    case .unknownCommand(let word, let suggestion):
      Phrase(
        kk: "Белгісіз команда: '\(word)'.", ru: "Неизвестная команда: '\(word)'.",
        en: "Unknown command '\(word)'.") + Self.didYouMean(suggestion)
    case .unknownOption(let name, let suggestion):
      Phrase(
        kk: "Белгісіз опция: '\(name)'.", ru: "Неизвестный параметр: '\(name)'.",
        en: "Unknown option '\(name)'.") + Self.didYouMean(suggestion)
    case .missingValue(let synopsis):
      Phrase(
        kk: "'\(synopsis)' опциясының мәні берілмеген.",
        ru: "Не указано значение для '\(synopsis)'.", en: "Missing value for '\(synopsis)'.")
    case .missingArgument(let name):
      Phrase(
        kk: "Міндетті '<\(name)>' аргументі берілмеген.",
        ru: "Не указан обязательный аргумент '<\(name)>'.",
        en: "Missing expected argument '<\(name)>'.")
    case .missingOption(let synopsis):
      Phrase(
        kk: "Міндетті '\(synopsis)' опциясы берілмеген.",
        ru: "Не указан обязательный параметр '\(synopsis)'.",
        en: "Missing expected option '\(synopsis)'.")
    case .unexpectedArgument(let word):
      Phrase(
        kk: "Артық аргумент: '\(word)'.", ru: "Лишний аргумент: '\(word)'.",
        en: "Unexpected argument '\(word)'.")
    case .repeatedOption(let name):
      Phrase(
        kk: "'\(name)' опциясы екі рет берілді; оны бір рет беріңіз.",
        ru: "Параметр '\(name)' указан дважды; укажите его один раз.",
        en: "The option '\(name)' was given twice; give it once.")
    case .flagTakesNoValue(let name):
      Phrase(
        kk: "'\(name)' жалаушасы мән қабылдамайды.", ru: "Флаг '\(name)' не принимает значения.",
        en: "The flag '\(name)' takes no value.")
    case .invalidValue(let option, let value, let expected):
      Phrase(
        kk: "'\(option)' үшін '\(value)' мәні жарамсыз: күтілгені — \(expected.kk).",
        ru: "Значение '\(value)' для '\(option)' недопустимо: ожидается \(expected.ru).",
        en: "The value '\(value)' of '\(option)' is invalid: expected \(expected.en).")
    case .needsExactlyOne(let names):
      Phrase(
        kk: "Мыналардың дәл біреуін беріңіз: \(Self.quoted(names)).",
        ru: "Укажите ровно один из параметров: \(Self.quoted(names)).",
        en: "Give exactly one of \(Self.quoted(names)).")
    case .conflictingOptions(let first, let second):
      Phrase(
        kk: "'\(first)' және '\(second)' бірге берілмейді; біреуін ғана беріңіз.",
        ru: "'\(first)' и '\(second)' нельзя указывать вместе; укажите что-то одно.",
        en: "'\(first)' and '\(second)' cannot be given together; give one or the other.")
    }
  }

  /// ` Did you mean 'x'?` after a sentence, or nothing without a suggestion.
  static func didYouMean(_ suggestion: String?) -> Phrase {
    guard let suggestion else { return Phrase(verbatim: "") }
    return Phrase(
      kk: " Мүмкін, '\(suggestion)' болар?", ru: " Возможно, имелось в виду '\(suggestion)'?",
      en: " Did you mean '\(suggestion)'?")
  }

  /// What a date option expects.
  static let date = Phrase(
    kk: "YYYY-MM-DD түріндегі күн", ru: "дата в виде YYYY-MM-DD", en: "a date YYYY-MM-DD")

  /// What a whole-number option expects.
  static func wholeNumber(in range: ClosedRange<Int>) -> Phrase {
    let (low, high) = (range.lowerBound, range.upperBound)
    return Phrase(
      kk: "\(low) мен \(high) аралығындағы бүтін сан", ru: "целое число от \(low) до \(high)",
      en: "a whole number from \(low) to \(high)")
  }

  /// What an option with a fixed set of values expects, with the nearest as a suggestion.
  static func oneOf(_ names: [String], suggestion: String? = nil) -> Phrase {
    let hint = suggestion.map { hint in
      Phrase(
        kk: " (мүмкін, '\(hint)' болар?)", ru: " (возможно, имелось в виду '\(hint)'?)",
        en: " (did you mean '\(hint)'?)")
    }
    return Phrase(
      kk: "мыналардың бірі: \(quoted(names))", ru: "одно из значений: \(quoted(names))",
      en: "one of \(quoted(names))") + (hint ?? Phrase(verbatim: ""))
  }

  /// `'a', 'b', 'c'`.
  static func quoted(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
  }
}
