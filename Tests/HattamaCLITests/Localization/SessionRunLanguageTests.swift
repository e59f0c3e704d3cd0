import Foundation
import Testing

@testable import HattamaCLI
@testable import HattamaKit

/// Issue 14, "Done when": a Kazakh- or Russian-speaking secretary holds a whole sitting and reads
/// every refusal without English — `session open`, `session run` (attendance, a motion, the
/// votes, a refused motion, a stop and a resume, the close), a refused `session vote`, and
/// `session status`, all in the interface language.
@Suite("session run in Kazakh and in Russian")
struct SessionRunLanguageTests {
  typealias F = SessionFixture

  struct Expected: Sendable {
    var language: Language
    /// Sentences of this language that must be printed somewhere.
    var sentences: [String]
    /// The answers typed in this language's words, where the secretary may use them.
    var confirm: String
    var voteFor: String
    var yes: String
  }

  static let languages = [
    Expected(
      language: .kk,
      sentences: [
        "'7.00' бағасы 0.00–5.00 аралығынан тыс (000 ¶13, 002 ¶8)",
        "Жұмағалиев Асқар (m4) қатысушылар тізімінде жоқ (000 ¶63)",
        "Кім қатысып отыр?", "c1 ісі шешілді: қорытынды баға 3.80.",
        "Тоқтатылды; жазылғанның ештеңесі жоғалған жоқ",
        "Жабылды. Бұл бақылау белгісін қол қойылған хаттамаға жазыңыз:",
      ],
      confirm: "қолдау", voteFor: "жақтап", yes: "иә"),
    Expected(
      language: .ru,
      sentences: [
        "Оценка '7.00' вне диапазона 0.00–5.00 (000 ¶13, 002 ¶8)",
        "Жұмағалиев Асқар (m4) нет в списке присутствующих (000 ¶63)",
        "Кто присутствует?", "Дело c1 решено: итоговая оценка 3.80.",
        "Остановлено; ничего из записанного не потеряно",
        "Закрыто. Запишите эту контрольную отметку в подписанный протокол:",
      ],
      confirm: "поддержать", voteFor: "за", yes: "да"),
  ]

  static func run(_ words: [String], input: [String] = [], in language: Language) -> F.Result {
    let (console, captured) = Console.capturing(input: input, language: language)
    let code = HattamaCLI.run(words, console: console)
    return F.Result(code: code, out: captured.out, err: captured.err)
  }

  @Test("a whole sitting, every line in the user's language", arguments: languages)
  func wholeSitting(_ expected: Expected) throws {
    let language = expected.language
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      var printed: [F.Result] = []
      printed.append(
        Self.run(
          ["session", "open", directory + "/draft.json", "--journal", journal], in: language))
      // Everyone but m4; c1: a score out of range refused, then corrected to 3.80 and proposed
      // by m2 after the recused v1 is turned away; the input ends after m1's vote.
      let first = [
        "2025-10-24", "m1 m2 m3 v1 s1", "correct 7.00", "m2", "correct 3.80", "v1", "m2", "f",
      ]
      printed.append(Self.run(["session", "run", journal], input: first, in: language))
      // An absent member's vote, typed as a command, is refused (000 ¶63).
      let refused = Self.run(
        ["session", "vote", journal, "--motion", "mo1", "--member", "m4", "--for"], in: language)
      #expect(refused.code == .failure)
      printed.append(refused)
      // Resumed: m2 for, m3 against; c2 confirmed and m1's vote given in this language's words;
      // c3 skipped; the sitting closed with c3 undecided after the question, and a conclusion.
      let rest = [
        "f", "a", expected.confirm, "", expected.voteFor, "f", "f", "a", "skip", expected.yes,
        "Бітті.",
      ]
      let resumed = Self.run(["session", "run", journal], input: rest, in: language)
      #expect(resumed.code == .success, "\(resumed.err)")
      printed.append(resumed)
      printed.append(Self.run(["session", "status", journal], in: language))
      let record = try F.export(journal)
      #expect(record.outcomes?.map { "\($0.caseID) \($0.finalResult)" } == ["c1 3.80", "c2 2.90"])
      #expect(record.conclusion == "Бітті.")

      let lines = printed.flatMap { ($0.out + "\n" + $0.err).split(separator: "\n") }.map(
        String.init)
      let english = lines.filter(LanguageCheck.isEnglish)
      #expect(english.isEmpty, "\(language): English printed:\n\(english.joined(separator: "\n"))")
      let all = lines.joined(separator: "\n")
      for sentence in expected.sentences {
        #expect(all.contains(sentence), "\(language) lacks «\(sentence)»:\n\(all)")
      }
      #expect(lines.count > 30)
    }
  }

  @Test("the same sitting in English is caught by the check: it can fail")
  func englishIsSeen() throws {
    try F.withDirectory { directory in
      let journal = directory + "/J.jsonl"
      F.ok(["session", "open", directory + "/draft.json", "--journal", journal])
      let run = Self.run(["session", "run", journal], input: ["2025-10-24", ""], in: .en)
      #expect(
        run.out.split(separator: "\n").map(String.init).contains(where: LanguageCheck.isEnglish))
    }
  }
}
