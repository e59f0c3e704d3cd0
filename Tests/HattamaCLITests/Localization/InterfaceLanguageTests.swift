import Testing

@testable import HattamaCLI
@testable import HattamaKit

@Suite("SPEC, the interface language: HATTAMA_LANG, then the locale, else English")
struct InterfaceLanguageTests {
  @Test(
    "the language is read from the environment in SPEC's order",
    arguments: [
      ([:], Language.en),
      (["HATTAMA_LANG": "kk"], .kk),
      (["HATTAMA_LANG": "ru", "LANG": "kk_KZ.UTF-8"], .ru),
      (["HATTAMA_LANG": "en", "LC_ALL": "ru_RU.UTF-8"], .en),
      (["HATTAMA_LANG": "de", "LANG": "ru_RU.UTF-8"], .ru),
      (["LANG": "kk_KZ.UTF-8"], .kk),
      (["LC_MESSAGES": "ru_RU.UTF-8", "LANG": "kk_KZ.UTF-8"], .ru),
      (["LC_ALL": "kk_KZ", "LC_MESSAGES": "ru_RU.UTF-8"], .kk),
      (["LC_ALL": "", "LANG": "ru_RU"], .ru),
      (["LC_ALL": "C", "LANG": "ru_RU"], .en),
      (["LANG": "POSIX"], .en),
      (["LANG": "de_DE.UTF-8"], .en),
    ])
  func languageFromEnvironment(environment: [String: String], expected: Language) {
    #expect(InterfaceLanguage.from(environment: environment) == expected)
  }

  @Test("a phrase gives each language its own text, and joins language by language")
  func phraseText() {
    let quorum = Phrase(kk: "кворум жоқ", ru: "кворума нет", en: "no quorum")
    let joined = [quorum, Phrase(verbatim: "002 ¶20")].joined(separator: " ")
    #expect(joined.text(in: .kk) == "кворум жоқ 002 ¶20")
    #expect(joined.text(in: .ru) == "кворума нет 002 ¶20")
    #expect((quorum + Phrase(verbatim: ".")).text(in: .en) == "no quorum.")
    #expect(quorum.map { $0.uppercased() }.ru == "КВОРУМА НЕТ")
  }
}
