// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

extension SessionDraftProblem {
  /// The Kit's reason with the command that fixes it, as `session open` prints it.
  var advised: String {
    switch self {
    case .noComposition:
      "\(self); compose one with 'hattama roster compose' and open the completed record"
    case .alreadyHas: description
    }
  }
}
