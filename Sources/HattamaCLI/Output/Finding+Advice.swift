// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

// What to type after a finding whose remedy is a command or flag of this CLI: the Kit's
// findings give reason, clause and subject only (issue 15).

extension Finding {
  /// The finding with the CLI's advice joined to its sentence, as `audit` and `protocol` print it.
  var advised: Finding {
    guard let advice, message.hasSuffix(".") else { return self }
    var finding = self
    finding.message = message.dropLast() + advice + "."
    return finding
  }

  /// The words that follow the Kit's sentence, with their own joining punctuation.
  private var advice: String? {
    switch code {
    case .methodologyUnknown: "; name a built-in one or pass --methodology-file"
    case .journalTorn:
      ", and 'hattama session repair' keeps those bytes aside and seals the journal again"
    default: nil
    }
  }
}
