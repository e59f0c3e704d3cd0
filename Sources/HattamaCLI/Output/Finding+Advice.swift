import HattamaKit

// What to type after a finding whose remedy is a command or flag of this CLI: the Kit's
// findings give reason, clause and subject only (issue 15).

extension Finding {
  /// The finding with the CLI's advice joined to its sentence, as `audit` and `protocol` print it.
  var advised: Finding {
    guard let advice, message.en.hasSuffix("."), message.kk.hasSuffix("."),
      message.ru.hasSuffix(".")
    else { return self }
    var finding = self
    finding.message = message.map { String($0.dropLast()) } + advice + Phrase(verbatim: ".")
    return finding
  }

  /// The words that follow the Kit's sentence, with their own joining punctuation; commands and
  /// flags stay as typed.
  private var advice: Phrase? {
    switch code {
    case .methodologyUnknown:
      Phrase(
        kk: "; кірістірілген әдістемені атаңыз немесе --methodology-file беріңіз",
        ru: "; укажите встроенную методику или передайте --methodology-file",
        en: "; name a built-in one or pass --methodology-file")
    case .journalTorn:
      Phrase(
        kk: ", ал 'hattama session repair' ол байттарды бөлек сақтап, журналды қайта бекітеді",
        ru: ", а 'hattama session repair' отложит эти байты и снова запечатает журнал",
        en: ", and 'hattama session repair' keeps those bytes aside and seals the journal again")
    default: nil
    }
  }
}
