import HattamaKit

// What to type after a bad sheet, for the problems whose remedy is an option of `draft new`:
// the Kit's sentence names none (issue 15).

extension DraftSheetError {
  /// The Kit's sentence with the CLI's options and help, as `draft new` prints it.
  var advised: Phrase {
    let reason = Phrase(untranslated: description)
    switch problem {
    case .unknownColumn:
      return reason
        + Phrase(
          kk: " ('hattama draft new --help' оларды тізеді)",
          ru: " (их перечисляет 'hattama draft new --help')",
          en: " ('hattama draft new --help' lists them)")
    case .noOfficial(let marked) where marked.isEmpty:
      return Phrase(
        kk: "уәкілетті лауазымды тұлға жоқ: --official ID беріңіз немесе 'official' бағанында "
          + "бір адамды 'yes' деп белгілеңіз",
        ru: "нет уполномоченного должностного лица: укажите --official ID или отметьте одного "
          + "человека 'yes' в столбце 'official'",
        en: "no authorized official: give --official ID, or mark one person 'yes' in an "
          + "'official' column")
    case .noOfficial:
      return reason
        + Phrase(
          kk: ", немесе --official ID беріңіз", ru: ", или укажите --official ID",
          en: ", or give --official ID")
    default: return reason
    }
  }
}
