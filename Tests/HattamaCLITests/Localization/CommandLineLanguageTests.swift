import Foundation
import Testing

@testable import HattamaCLI
@testable import HattamaKit

/// SPEC.md, "The interface language": the command line's own words — help, usage errors, file
/// errors and what the commands print — reach a Kazakh or Russian user in their language.
@Suite("The command line in Kazakh and Russian")
struct CommandLineLanguageTests {
  /// `hattama` with these words, in `language`.
  static func run(_ words: [String], in language: Language) -> CommandResult {
    let (console, captured) = Console.capturing(language: language)
    let code = HattamaCLI.run(words, console: console)
    return (code, captured.out, captured.err)
  }

  struct Expected: Sendable, CustomTestStringConvertible {
    var language: Language
    var texts: [String]
    var testDescription: String { language.rawValue }
  }

  @Test(
    "hattama --help: the headings, the overview and the exit status in the language",
    arguments: [
      Expected(
        language: .kk,
        texts: [
          "СИПАТТАМА: Қазақстанның мемлекеттік қызметіндегі калибрлеу сессиялары",
          "ҚОЛДАНЫЛУЫ: hattama <subcommand>", "КОМАНДАЛАР:", "ШЫҒУ КОДЫ: 0 орындалды",
          "Толық анықтама: 'hattama <subcommand> --help'.",
          "Жазылған отырыстарды олардың әдістемесінің барлық ережелері бойынша тексереді.",
        ]),
      Expected(
        language: .ru,
        texts: [
          "ОПИСАНИЕ: Калибровочные сессии и комиссии по оценке",
          "ИСПОЛЬЗОВАНИЕ: hattama <subcommand>",
          "КОМАНДЫ:", "КОД ВОЗВРАТА: 0 выполнено",
          "Подробная справка: 'hattama <subcommand> --help'.",
          "Проверяет записанные заседания по всем правилам их методики.",
        ]),
    ])
  func toolHelp(expected: Expected) {
    let result = Self.run(["--help"], in: expected.language)
    #expect(result.code == .success)
    for text in expected.texts { #expect(result.out.contains(text), "\(text)\n\(result.out)") }
    for english in ["OVERVIEW:", "SUBCOMMANDS:", "EXIT STATUS:", "See '"] {
      #expect(!result.out.contains(english), "\(english)")
    }
  }

  @Test(
    "hattama session vote --help: the formatter's headings and the help flag in the language",
    arguments: [
      Expected(
        language: .kk,
        texts: [
          "СИПАТТАМА: ", "ҚОЛДАНЫЛУЫ: hattama session vote <journal>", "АРГУМЕНТТЕР:",
          "ОПЦИЯЛАР:", "Анықтаманы көрсетеді.",
        ]),
      Expected(
        language: .ru,
        texts: [
          "ОПИСАНИЕ: ", "ИСПОЛЬЗОВАНИЕ: hattama session vote <journal>", "АРГУМЕНТЫ:",
          "ПАРАМЕТРЫ:", "Показывает справку.",
        ]),
    ])
  func commandHelp(expected: Expected) {
    let result = Self.run(["session", "vote", "--help"], in: expected.language)
    #expect(result.code == .success)
    for text in expected.texts { #expect(result.out.contains(text), "\(text)\n\(result.out)") }
    #expect(!result.out.contains("Show help information."))
  }

  @Test(
    "a usage error: the sentence, the suggestion, the usage line and the pointer to --help",
    arguments: [
      Expected(
        language: .kk,
        texts: [
          "Қате: Белгісіз опция: '--familiarised'. Мүмкін, '--familiarized' болар?",
          "Қолданылуы: hattama deadlines ", "Толығырақ: 'hattama deadlines --help'.",
        ]),
      Expected(
        language: .ru,
        texts: [
          "Ошибка: Неизвестный параметр: '--familiarised'. Возможно, имелось в виду "
            + "'--familiarized'?",
          "Использование: hattama deadlines ", "Подробнее: 'hattama deadlines --help'.",
        ]),
    ])
  func usageError(expected: Expected) {
    let result = Self.run(["deadlines", "--familiarised", "2025-10-14"], in: expected.language)
    #expect(result.code == .badInput)
    #expect(result.out.isEmpty)
    for text in expected.texts { #expect(result.err.contains(text), "\(text)\n\(result.err)") }
  }

  @Test(
    "a bad value names the option and what it expects, in the language",
    arguments: [
      (
        Language.kk,
        "'--familiarized' үшін '14.10' мәні жарамсыз: күтілгені — YYYY-MM-DD түріндегі күн."
      ),
      (.ru, "Значение '14.10' для '--familiarized' недопустимо: ожидается дата в виде YYYY-MM-DD."),
      (.en, "The value '14.10' of '--familiarized' is invalid: expected a date YYYY-MM-DD."),
    ])
  func invalidValue(language: Language, sentence: String) {
    let result = Self.run(
      ["deadlines", "--methodology", "kz-trade-2025", "--familiarized", "14.10"], in: language)
    #expect(result.code == .badInput)
    #expect(result.err.contains(sentence), "\(result.err)")
  }

  @Test(
    "an input error names the file after the language's word for an error",
    arguments: [
      (Language.kk, "Қате: ", "мұндай файл жоқ. Жолын тексеріңіз."),
      (.ru, "Ошибка: ", "такого файла нет. Проверьте путь."),
    ])
  func inputError(language: Language, error: String, missing: String) throws {
    let bad = try Scratch.file("bad.json", "{\"format\": ")
    let broken = Self.run(["roster", "check", bad], in: language)
    #expect(broken.code == .badInput)
    #expect(broken.err.hasPrefix("\(error)\(bad): "), "\(broken.err)")
    let absent = Self.run(["roster", "check", bad + ".absent"], in: language)
    #expect(absent.code == .badInput)
    #expect(absent.err == "\(error)\(bad).absent: \(missing)\n")
  }

  @Test(
    "deadlines: the heading, the table's words, the result and the summary in the language",
    arguments: [
      Expected(
        language: .kk,
        texts: [
          "kz-trade-2025, калибрлеу сессиясы: мерзімдер жұмыс күндерімен",
          "мерзім", "тармақ", "соңғы күн", "өтініш ", "сақталды", "ӨТКІЗІЛДІ", "5 күн ішінде",
          "таныстыру 2025-10-14", "қол қою (берілмеген)",
          "Өткізілген мереке күндері мен ауыстырулар:", "1 мерзім сақталмады: шешім (002 ¶20).",
        ]),
      Expected(
        language: .ru,
        texts: [
          "kz-trade-2025, калибровочная сессия: сроки в рабочих днях",
          "срок", "пункт", "крайний день", "заявление", "соблюдён", "ПРОПУЩЕН", "в течение 5",
          "ознакомление 2025-10-14", "подписание (не указано)",
          "Пропущенные праздники и переносы:", "1 срок не соблюдён: решение (002 ¶20).",
        ]),
    ])
  func deadlines(expected: Expected) {
    let result = Self.run(
      [
        "deadlines", "--methodology", "kz-trade-2025", "--familiarized", "2025-10-14",
        "--applied", "2025-10-17", "--decided", "2025-10-30",
      ], in: expected.language)
    #expect(result.code == .failure)
    for text in expected.texts { #expect(result.out.contains(text), "\(text)\n\(result.out)") }
    #expect(!result.out.contains("MISSED"))
  }

  @Test(
    "roster check and roster compose: what to do and the roster in the language",
    arguments: [
      (
        Language.kk, "тексеретін 'composition' жоқ. Оны 'candidates' тізімінен толтыру үшін",
        [
          "Құрам жасалды: калибрлеу сессиясы, дауыс беретін мүшелер саны — 5:", "РӨЛІ", "төраға",
          "хатшы (дауыс бермейді)", "Толтырылған жазбаны --json шығарады",
        ]
      ),
      (
        .ru, "нет 'composition' для проверки. Чтобы заполнить её из 'candidates', выполните",
        [
          "Сформирован состав: калибровочная сессия, голосующих членов — 5:", "РОЛЬ",
          "председатель", "секретарь (не голосует)", "Заполненную запись выводит --json",
        ]
      ),
    ])
  func roster(language: Language, advice: String, composed: [String]) {
    let draft = ExampleFiles.path("draft-compose.json")
    let check = Self.run(["roster", "check", draft], in: language)
    #expect(check.code == .badInput)
    #expect(check.err.contains(advice), "\(check.err)")
    #expect(check.err.contains("'hattama roster compose \(draft)'"))
    let compose = Self.run(["roster", "compose", draft, "--size", "5"], in: language)
    #expect(compose.code == .success, "\(compose.err)")
    for text in composed { #expect(compose.out.contains(text), "\(text)\n\(compose.out)") }
  }
}
