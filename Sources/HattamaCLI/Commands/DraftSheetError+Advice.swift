// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

// What to type after a bad sheet, for the problems whose remedy is an option of `draft new`:
// the Kit's sentence names none (issue 15).

extension DraftSheetError {
  /// The Kit's sentence with the CLI's options and help, as `draft new` prints it.
  var advised: String {
    switch problem {
    case .unknownColumn: description + " ('hattama draft new --help' lists them)"
    case .noOfficial(let marked) where marked.isEmpty:
      "no authorized official: give --official ID, or mark one person 'yes' in an 'official' "
        + "column"
    case .noOfficial: description + ", or give --official ID"
    default: description
    }
  }
}
