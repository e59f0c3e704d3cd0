import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// SPEC.md, "The interface language": a record that cannot be read is refused with its file,
/// line, column and field path, and the reason in the reader's language (exit 2).
@Suite("The interface language: a bad record's reason in Kazakh, Russian and English")
struct InputErrorLanguageTests {
  /// The lawful calibration example with a change to its text.
  static func broken(_ change: (String) -> String) throws -> String {
    try Scratch.file("record.json", change(try ExampleFiles.text("calibration-valid.json")))
  }

  @Test(
    "a missing result names the file, the place and the field path in each language",
    arguments: [
      (Language.kk, "нәтиже берілмеген", "-жол, "), (.ru, "результат не указан", "строка "),
      (.en, "no result is given", "line "),
    ])
  func missingResult(_ language: Language, _ reason: String, _ place: String) throws {
    let path = try Self.broken { $0.replacingOccurrences(of: #""score": "3.40","#, with: "") }
    let (console, captured) = Console.capturing(language: language)
    #expect(HattamaCLI.run(["audit", path], console: console) == .badInput)
    #expect(captured.err.contains(path) && captured.err.contains("cases[0]"))
    #expect(captured.err.contains(reason) && captured.err.contains(place), "\(captured.err)")
  }

  @Test(
    "bytes that are not JSON: the syntax error in each language",
    arguments: [
      (Language.kk, "күтілген, бірақ мынау тұр"), (.ru, "ожидалось"), (.en, "expected"),
    ])
  func syntax(_ language: Language, _ words: String) throws {
    let path = try Self.broken { String($0.dropLast(3)) }
    let (console, captured) = Console.capturing(language: language)
    #expect(HattamaCLI.run(["roster", "check", path], console: console) == .badInput)
    #expect(captured.err.contains(path) && captured.err.contains(words), "\(captured.err)")
  }

  @Test(
    "every syntax and decoding problem reads in kk and ru, not in English",
    arguments: [
      JSONDecodingError.Problem.syntax(.empty),
      .syntax(.expectedColon(found: "the end of the document")),
      .syntax(.controlCharacter(0x01)), .syntax(.expectedValue(found: "byte 0xFF")),
      .missingField("date"), .invalidScore("3,4x"),
      .wrongType(
        expected: Phrase(kk: "жол", ru: "строка", en: "a string"),
        found: Phrase(kk: "сан", ru: "число", en: "a number")),
      .wrongScale(caseID: "c1", caseScale: "category", field: "score"),
      .unknownReference("x9", kind: .person), .invalidValue("maybe", allowed: ["for", "against"]),
    ])
  func problems(_ problem: JSONDecodingError.Problem) {
    let error = JSONDecodingError(problem, at: JSONPosition(line: 3, column: 9), path: .root)
    let phrase = error.phrase
    #expect(phrase.en == error.description)
    for text in [phrase.kk, phrase.ru] {
      #expect(
        text != phrase.en && text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
      #expect(!text.contains("the end of") && !text.contains("control character"), "\(text)")
    }
  }
}
