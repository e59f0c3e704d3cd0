import Foundation
import Testing

@testable import HattamaCLI
@testable import HattamaKit

/// SPEC.md, "The interface language": every command's help exists in Kazakh and Russian, not
/// only in English with the same text copied into the other two.
@Suite("Every command's help in three languages")
struct CommandSpecLanguageTests {
  /// Each help text of a command, named for the failure message.
  static func texts(of command: CommandSpec) -> [(String, Phrase)] {
    var texts = [("abstract", command.abstract)]
    if let discussion = command.discussion { texts.append(("discussion", discussion)) }
    texts += command.arguments.map { ("<\($0.name)>", $0.help) }
    texts += command.options.map { ($0.name, $0.help) }
    return texts
  }

  static func isCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
  }

  @Test(
    "the abstract, the discussion, every argument's and every option's help has its own kk and ru",
    arguments: Commands.all.map(\.fullName))
  func translated(name: String) throws {
    let command = try #require(Commands.all.first { $0.fullName == name })
    for (part, phrase) in Self.texts(of: command) {
      #expect(!phrase.en.isEmpty, "\(name) \(part)")
      #expect(phrase.kk != phrase.en && Self.isCyrillic(phrase.kk), "\(name) \(part): \(phrase.kk)")
      #expect(phrase.ru != phrase.en && Self.isCyrillic(phrase.ru), "\(name) \(part): \(phrase.ru)")
      #expect(phrase.kk != phrase.ru, "\(name) \(part)")
    }
  }

  @Test("a copied text is caught: the check fails on a help in English only")
  func catchesCopies() throws {
    let copied = Phrase(verbatim: "Print JSON.")
    #expect(!(copied.kk != copied.en && Self.isCyrillic(copied.kk)))
    let help = CalendarCommand.jsonOption.help
    #expect(help.kk != help.en && Self.isCyrillic(help.kk) && Self.isCyrillic(help.ru))
  }
}
