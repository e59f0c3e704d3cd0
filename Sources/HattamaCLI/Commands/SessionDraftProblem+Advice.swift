import HattamaKit

extension SessionDraftProblem {
  /// The Kit's reason with the command that fixes it, as `session open` prints it.
  var advised: Phrase {
    switch self {
    case .noComposition:
      message
        + Phrase(
          kk: "; құрамды 'hattama roster compose' арқылы жасап, толықтырылған жазбаны ашыңыз",
          ru: "; составьте его командой 'hattama roster compose' и откройте дополненную запись",
          en: "; compose one with 'hattama roster compose' and open the completed record")
    case .alreadyHas: message
    }
  }
}
