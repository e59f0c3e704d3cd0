import Foundation
import Testing

@testable import HattamaCLI

#if canImport(Glibc)
  import Glibc
#endif

// Expected lines are written out in full, as the protocol prints them, so some of them run
// past 100 columns.

@Suite("hattama protocol") struct ProtocolCommandTests {
  static let calibration = ExampleFiles.path("calibration-valid.json")
  static let body = "Қазақстан Республикасы Сауда және интеграция министрлігі"

  /// What the text protocol of `calibration-valid.json` says in one language.
  struct LanguageCase: Sendable, CustomTestStringConvertible {
    var code: String
    var mark: String
    var title: String
    /// c1's row: the evaluator's 3.40 and the session's 3.80, both in the band "proper".
    var result: String
    var corrected: String
    var testDescription: String { code }
  }

  static let languages: [LanguageCase] = [
    LanguageCase(
      code: "kk", mark: "Бағалау нәтижелері жасырын ақпарат болып табылады",
      title: "Калибрлеу сессиясының хаттамасы",
      result:
        "Бағалау нәтижелері туралы мәлімет: 3,40 — Функционалдық міндеттерін тиісті түрде атқарады",
      corrected:
        "Бағалау нәтижелері калибрлеу сессиясымен түзетілуі (бар болған жағдайда): 3,80 — Функционалдық міндеттерін тиісті түрде атқарады"
    ),
    LanguageCase(
      code: "ru", mark: "Результаты оценки являются конфиденциальной информацией",
      title: "Протокол калибровочной сессии",
      result:
        "Сведения о результатах оценки: 3,40 — Надлежащим образом выполняет функциональные обязанности",
      corrected:
        "Корректировка результатов оценки калибровочной сессией (в случае наличия): 3,80 — Надлежащим образом выполняет функциональные обязанности"
    ),
    LanguageCase(
      code: "en", mark: "The evaluation results are confidential information",
      title: "Protocol of the Calibration Session",
      result: "Information on the evaluation results: 3.40 — Performs functional duties properly",
      corrected:
        "Evaluation results corrected by the Calibration Session (if any): 3.80 — Performs functional duties properly"
    ),
  ]

  @Test(
    "000 Appendix 11: the text protocol has the title, the body, the scores and their band",
    arguments: languages)
  func text(_ language: LanguageCase) {
    let run = InProcess.run(["protocol", Self.calibration, "--lang", language.code])
    let lines = run.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(run.code == .success)
    #expect(run.err.isEmpty)
    #expect(lines.first == language.mark)
    #expect(lines.contains(language.title))
    #expect(lines.contains(Self.body))
    #expect(lines.contains(language.result))
    #expect(lines.contains(language.corrected))
    #expect(run.out.hasSuffix("\n") && !run.out.hasSuffix("\n\n"))
  }

  @Test("without options the protocol is Kazakh text")
  func defaults() {
    let plain = InProcess.run(["protocol", Self.calibration])
    let explicit = InProcess.run(["protocol", Self.calibration, "--lang", "kk", "--format", "text"])
    #expect(plain.code == .success)
    #expect(plain.out.contains("Калибрлеу сессиясының хаттамасы"))
    #expect(plain.out == explicit.out)
  }

  @Test("000 ¶21: HTML is a whole standalone page in its language", arguments: ["kk", "ru", "en"])
  func html(_ language: String) {
    let run = InProcess.run(
      ["protocol", Self.calibration, "--lang", language, "--format", "html"])
    #expect(run.code == .success)
    #expect(run.out.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"))
    #expect(run.out.contains("<meta charset=\"utf-8\">"))
    #expect(run.out.contains("@page { size: A4;"))
    #expect(run.out.contains(Self.body))
    #expect(run.out.hasSuffix("</body>\n</html>\n"))
  }

  @Test("Markdown has the title as a heading and the results as a table")
  func markdown() {
    let run = InProcess.run(
      ["protocol", Self.calibration, "--lang", "en", "--format", "markdown"])
    let lines = run.out.split(separator: "\n").map(String.init)
    #expect(run.code == .success)
    #expect(lines.contains("# Protocol of the Calibration Session"))
    #expect(
      lines.contains(
        "| 1. | Қасымов Дәурен Асқарұлы | 3.40 — Performs functional duties properly | 3.80 — Performs functional duties properly | Экспорттық келісімшарттарды сүйемелдеу бойынша жұмыс көлемі ескерілсін; бағалаушы кері байланыс берсін. |"
      ))
  }

  @Test("JSON parses, with the scores as values and as the language writes them")
  func json() throws {
    let run = InProcess.run(["protocol", Self.calibration, "--format", "json", "--lang", "ru"])
    #expect(run.code == .success)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    #expect(object["body"] as? String == Self.body)
    #expect(object["language"] as? String == "ru")
    let results = try #require(object["results"] as? [[String: Any]])
    let corrected = try #require(results.first?["corrected"] as? [String: Any])
    #expect(corrected["value"] as? String == "3.80")
    #expect(corrected["text"] as? String == "3,80")
  }

  // MARK: Writing a file

  @Test("000 ¶21: -o writes the protocol readable by its owner only, even under umask 000")
  func outputIsConfidential() throws {
    let path = try Scratch.folder().appendingPathComponent("protocol.html").path
    let run = withUmask(0) {
      InProcess.run(["protocol", Self.calibration, "--format", "html", "-o", path])
    }
    #expect(run.code == .success)
    #expect(run.out.isEmpty && run.err.isEmpty)
    #expect(try permissions(path) == 0o600)
    let printed = InProcess.run(["protocol", Self.calibration, "--format", "html"]).out
    #expect(try String(contentsOfFile: path, encoding: .utf8) == printed)
  }

  @Test("-o replaces an existing file, its mode included, and leaves no temporary file")
  func outputReplaces() throws {
    let folder = try Scratch.folder()
    let path = folder.appendingPathComponent("protocol.txt").path
    #expect(
      FileManager.default.createFile(
        atPath: path, contents: Data("old draft\n".utf8), attributes: [.posixPermissions: 0o644]))
    let run = InProcess.run(["protocol", Self.calibration, "--output", path, "--lang", "en"])
    #expect(run.code == .success)
    #expect(run.out.isEmpty && run.err.isEmpty)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("Protocol of the Calibration Session"))
    #expect(!text.contains("old draft"))
    #expect(try permissions(path) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["protocol.txt"])
  }

  @Test("-o - prints to standard output")
  func outputDash() {
    let run = InProcess.run(["protocol", Self.calibration, "-o", "-"])
    #expect(run.code == .success)
    #expect(run.out == InProcess.run(["protocol", Self.calibration]).out)
  }

  @Test("-o refuses a folder and a path in a missing folder, and writes nothing")
  func outputRefused() throws {
    let folder = try Scratch.folder()
    let missing = folder.appendingPathComponent("none/protocol.html").path
    let intoFolder = InProcess.run(["protocol", Self.calibration, "-o", folder.path])
    #expect(intoFolder.code == .badInput)
    #expect(
      intoFolder.err == "Error: \(folder.path): is a folder; give a file name for the output.\n")
    let intoMissing = InProcess.run(["protocol", Self.calibration, "-o", missing])
    #expect(intoMissing.code == .badInput)
    #expect(
      intoMissing.err
        == "Error: \(missing): cannot be written: the folder '\(folder.path)/none' does not exist.\n"
    )
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  // MARK: Bad usage and bad input

  struct Bad: Sendable, CustomTestStringConvertible {
    var options: [String]
    var firstLine: String
    var testDescription: String { options.joined(separator: " ") }
  }

  static let badValues: [Bad] = [
    Bad(
      options: ["--lang", "kz"],
      firstLine:
        "Error: The value 'kz' of '--lang' is invalid: expected one of 'kk', 'ru', 'en' (did you mean 'kk'?)."
    ),
    Bad(
      options: ["--lang", "rus"],
      firstLine:
        "Error: The value 'rus' of '--lang' is invalid: expected one of 'kk', 'ru', 'en' (did you mean 'ru'?)."
    ),
    Bad(
      options: ["--format", "htm"],
      firstLine:
        "Error: The value 'htm' of '--format' is invalid: expected one of 'text', 'markdown', 'html', 'json' (did you mean 'html'?)."
    ),
    Bad(
      options: ["--format", "pdf"],
      firstLine:
        "Error: The value 'pdf' of '--format' is invalid: expected one of 'text', 'markdown', 'html', 'json'."
    ),
  ]

  @Test("an unknown language or format exits 2, listing the allowed ones", arguments: badValues)
  func badValue(_ bad: Bad) {
    let run = InProcess.run(["protocol", Self.calibration] + bad.options)
    let lines = run.err.split(separator: "\n").map(String.init)
    #expect(run.code == .badInput)
    #expect(run.out.isEmpty)
    #expect(lines.first == bad.firstLine)
    #expect(lines.last == "See 'hattama protocol --help'.")
  }

  @Test("a missing file exits 2 naming it")
  func missingFile() throws {
    let path = try Scratch.folder().appendingPathComponent("absent.json").path
    let run = InProcess.run(["protocol", path])
    #expect(run.code == .badInput)
    #expect(run.out.isEmpty)
    #expect(run.err == "Error: \(path): no such file. Check the path.\n")
  }

  @Test("a file that is not a record exits 2 with the decoder's error naming the file")
  func notARecord() throws {
    let path = try Scratch.file("journal.jsonl", "not a record\n")
    let run = InProcess.run(["protocol", path])
    #expect(run.code == .badInput)
    #expect(run.out.isEmpty)
    #expect(run.err.hasPrefix("Error: \(path): "))
  }

  /// `calibration-valid.json` with another methodology id.
  static func calibration(methodology: String) throws -> String {
    let text = try ExampleFiles.text("calibration-valid.json")
      .replacingOccurrences(
        of: "\"methodology\": \"kz-trade-2025\"", with: "\"methodology\": \"\(methodology)\"")
    return try Scratch.file("record.json", text)
  }

  @Test("a record whose methodology is unknown exits 2 naming it and the fix")
  func unknownMethodology() throws {
    let path = try Self.calibration(methodology: "kz-trade-2024")
    let run = InProcess.run(["protocol", path])
    #expect(run.code == .badInput)
    #expect(run.out.isEmpty)
    #expect(
      run.err
        == "Error: \(path): the methodology 'kz-trade-2024' is not built in (did you mean 'kz-trade-2025'?). Correct its 'methodology' field (see 'hattama methodology list') or give the rules with --methodology-file FILE.\n"
    )
  }

  @Test("--methodology-file supplies the rules of a methodology that is not built in")
  func methodologyFile() throws {
    let path = try Self.calibration(methodology: "kz-trade-2024")
    let shown = InProcess.run(["methodology", "show", "kz-trade-2025", "--json"])
    let rules = try Scratch.file("methodology.json", shown.out)
    let run = InProcess.run(["protocol", path, "--methodology-file", rules])
    #expect(run.code == .success)
    #expect(run.out.contains("Калибрлеу сессиясының хаттамасы"))
  }

  @Test("a record of a body its methodology does not govern exits 2")
  func unsupportedKind() throws {
    let path = try Self.calibration(methodology: "kz-nchr-2020")
    let run = InProcess.run(["protocol", path])
    #expect(run.code == .badInput)
    #expect(run.out.isEmpty)
    #expect(
      run.err
        == "Error: \(path): the methodology 'kz-nchr-2020' has no rules for a calibration session; it provides for a commission only. Correct the record's 'kind' or 'methodology', or give a methodology for it with --methodology-file FILE.\n"
    )
  }

  @Test("--help explains the formats, the A4 page and that -o replaces a file")
  func help() {
    let run = InProcess.run(["protocol", "--help"])
    #expect(run.code == .success)
    #expect(run.out.contains("'html' a\nstandalone printable A4 page"))
    #expect(run.out.contains("It replaces a regular file of that name"))
    #expect(run.out.contains("but never a journal"))
    #expect(run.out.contains("USAGE: hattama protocol <file> [--lang <language>]"))
    #expect(run.out.contains("  -o, --output <file>"))
  }

  // MARK: Helpers

  /// The permission bits of a file.
  private func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    let mode = try #require(attributes[.posixPermissions] as? NSNumber)
    return mode.intValue & 0o777
  }

  /// Runs `body` with the process's umask set to `mask`, then restores it. Other tests running
  /// meanwhile create their files under it too, which loosens at most their scratch files.
  private func withUmask<T>(_ mask: mode_t, _ body: () -> T) -> T {
    let previous = umask(mask)
    defer { umask(previous) }
    return body()
  }
}
