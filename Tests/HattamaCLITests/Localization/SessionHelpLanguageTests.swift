import Testing

@testable import HattamaCLI
@testable import HattamaKit

/// Issue 14: the help of every session command — its line, its paragraphs, each argument and
/// option — is written in Kazakh and Russian, not the English copied.
@Suite("The session commands' help in three languages")
struct SessionHelpLanguageTests {
  static let specs: [CommandSpec] = [
    SessionCommands.open, SessionCommands.attend, SessionCommands.propose, SessionCommands.vote,
    SessionCommands.tally, SessionCommands.close, SessionRunCommand.spec,
    SessionReadCommands.status, SessionReadCommands.export, SessionReadCommands.repair,
    SessionReadCommands.verify,
  ]

  @Test("each help text is its own in kk and ru", arguments: specs.map { ($0.fullName, $0) })
  func helpTranslated(name: String, spec: CommandSpec) {
    // `--methodology-file` is the shared option of Inputs, translated with it.
    let own = spec.options.filter { $0.name != Inputs.methodologyOption.name }.map(\.help)
    let texts =
      [spec.abstract] + (spec.discussion.map { [$0] } ?? []) + spec.arguments.map(\.help) + own
    for text in texts {
      for translated in [text.kk, text.ru] {
        #expect(translated != text.en, "\(name): \(text.en)")
        #expect(LanguageCheck.hasCyrillic(translated), "\(name): \(translated)")
        #expect(!LanguageCheck.isEnglish(translated), "\(name): \(translated)")
      }
    }
  }
}
