import Foundation
import Testing

@testable import HattamaCLI

/// SPEC.md, "The interface language": the real binary reads `HATTAMA_LANG` before the locale.
@Suite("HATTAMA_LANG reaches the process")
struct LanguageProcessTests {
  /// `hattama` run with `environment` added to the test's own; its exit status and stderr.
  static func run(_ words: [String], environment: [String: String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: SessionProcessTests.binary ?? "/nonexistent")
    process.arguments = words
    var inherited = ProcessInfo.processInfo.environment
    for key in ["HATTAMA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { inherited[key] = nil }
    process.environment = inherited.merging(environment) { $1 }
    let text = try ChildProcess.errors(of: process)
    return (process.terminationStatus, text)
  }

  @Test(
    "HATTAMA_LANG, then the locale, chooses the language of a usage error",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"),
    arguments: [
      (["HATTAMA_LANG": "ru", "LANG": "kk_KZ.UTF-8"], "Ошибка: Неизвестная команда: 'rooster'."),
      (["LANG": "kk_KZ.UTF-8"], "Қате: Белгісіз команда: 'rooster'."),
      ([:], "Error: Unknown command 'rooster'."),
    ])
  func environmentChoosesLanguage(environment: [String: String], sentence: String) throws {
    let (status, errors) = try Self.run(["rooster", "check"], environment: environment)
    #expect(status == 2)
    #expect(errors.hasPrefix(sentence), "\(errors)")
  }
}
