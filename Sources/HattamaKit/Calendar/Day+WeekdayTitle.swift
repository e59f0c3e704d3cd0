extension Day {
  /// The weekday's name as a sentence writes it: `Monday`, `дүйсенбі`, `понедельник`.
  public var weekdayTitle: Phrase { Self.weekdays[weekday - 1] }

  /// The weekday as a table's column writes it: `Mon`, `дс`, `пн`.
  public var weekdayShort: Phrase { Self.shortWeekdays[weekday - 1] }

  private static let weekdays = [
    Phrase(kk: "дүйсенбі", ru: "понедельник", en: "Monday"),
    Phrase(kk: "сейсенбі", ru: "вторник", en: "Tuesday"),
    Phrase(kk: "сәрсенбі", ru: "среда", en: "Wednesday"),
    Phrase(kk: "бейсенбі", ru: "четверг", en: "Thursday"),
    Phrase(kk: "жұма", ru: "пятница", en: "Friday"),
    Phrase(kk: "сенбі", ru: "суббота", en: "Saturday"),
    Phrase(kk: "жексенбі", ru: "воскресенье", en: "Sunday"),
  ]

  private static let shortWeekdays = [
    Phrase(kk: "дс", ru: "пн", en: "Mon"), Phrase(kk: "сс", ru: "вт", en: "Tue"),
    Phrase(kk: "ср", ru: "ср", en: "Wed"), Phrase(kk: "бс", ru: "чт", en: "Thu"),
    Phrase(kk: "жм", ru: "пт", en: "Fri"), Phrase(kk: "сб", ru: "сб", en: "Sat"),
    Phrase(kk: "жс", ru: "вс", en: "Sun"),
  ]
}
