import HattamaKit
import Testing

@testable import HattamaCLI

/// A phrase is printed, on either stream, in the console's language, and nothing else of it.
@Suite("Console: a phrase in the console's language") struct ConsolePhraseOutputTests {
  static let phrase = Phrase(
    kk: "Отырыс жабылды.", ru: "Заседание закрыто.", en: "The sitting is closed.")

  @Test(
    "out and err print the phrase in the console's language, text gives it",
    arguments: Language.allCases)
  func inLanguage(_ language: Language) {
    let (console, captured) = Console.capturing(language: language)
    console.out(Self.phrase)
    console.err(Self.phrase)
    let expected = Self.phrase.text(in: language)
    #expect(captured.out == expected + "\n")
    #expect(captured.err == expected + "\n")
    #expect(console.text(Self.phrase) == expected)
  }
}
