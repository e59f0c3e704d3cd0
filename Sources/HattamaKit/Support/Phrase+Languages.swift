extension Phrase {
  /// A phrase whose text in each language is made by `text`: for a sentence built of parts that
  /// themselves differ by language (a name, a list, a nested phrase), rather than three
  /// literals.
  package static func each(_ text: (Language) -> String) -> Phrase {
    Phrase(kk: text(.kk), ru: text(.ru), en: text(.en))
  }
}

extension Phrase {
  /// "5 events", "1 event": a count with its noun, Russian in its three forms (1, 2–4, 5 and
  /// more, by the last digits), Kazakh in one (no plural after a numeral).
  package static func counted(
    _ count: Int, kk: String, ru: (one: String, few: String, many: String),
    en: (one: String, other: String)
  ) -> Phrase {
    let (tens, units) = (count % 100, count % 10)
    let russian =
      units == 1 && tens != 11
      ? ru.one : (2...4).contains(units) && !(12...14).contains(tens) ? ru.few : ru.many
    return Phrase(
      kk: "\(count) \(kk)", ru: "\(count) \(russian)",
      en: "\(count) \(count == 1 ? en.one : en.other)")
  }
}
