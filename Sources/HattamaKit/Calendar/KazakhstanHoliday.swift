/// A public holiday of Kazakhstan as the built-in calendar data names it (`new-year`, `nauryz`,
/// …), with its name in Kazakh, Russian and English.
///
/// The Kazakh and Russian names are the law's: Law of the Republic of Kazakhstan No. 267-II of
/// 2001-12-13 "On holidays in the Republic of Kazakhstan" («Қазақстан Республикасындағы мерекелер
/// туралы», «О праздниках в Республике Казахстан»), art. 1–3 as amended (adilet Z010000267_), and
/// Labour Code art. 84 for the day off of Kurban Ait, its first day. The amendments that came with
/// the Constitution of 2026 call 25 October «Қазақстан Республикасы күні» from 2026 (as the PyPI
/// package `holidays` 0.109 does, citing the law's history on adilet), hence two cases for it.
/// The English names are this tool's.
enum KazakhstanHoliday: String, CaseIterable, Sendable {
  case newYear = "new-year"
  case orthodoxChristmas = "orthodox-christmas"
  case womensDay = "womens-day"
  case nauryz
  case unityDay = "unity-day"
  case defenderDay = "defender-day"
  case victoryDay = "victory-day"
  case capitalDay = "capital-day"
  case constitutionDay = "constitution-day"
  /// 25 October, 2022–2025.
  case republicDay = "republic-day"
  /// 25 October from 2026, under its new name.
  case republicOfKazakhstanDay = "republic-of-kazakhstan-day"
  /// 1 December, 2012–2021.
  case firstPresidentDay = "first-president-day"
  case independenceDay = "independence-day"
  /// Its first day, the one that is a day off (Labour Code art. 84).
  case kurbanAit = "kurban-ait"

  /// The holiday's name as the law gives it.
  var name: Phrase {
    switch self {
    case .newYear: Phrase(kk: "Жаңа жыл", ru: "Новый год", en: "New Year")
    case .orthodoxChristmas:
      Phrase(kk: "Православиелік Рождество", ru: "Православное Рождество", en: "Orthodox Christmas")
    case .womensDay:
      Phrase(
        kk: "Халықаралық әйелдер күні", ru: "Международный женский день",
        en: "International Women's Day")
    case .nauryz: Phrase(kk: "Наурыз мейрамы", ru: "Наурыз мейрамы", en: "Nauryz")
    case .unityDay:
      Phrase(
        kk: "Қазақстан халқының бірлігі мерекесі", ru: "Праздник единства народа Казахстана",
        en: "Kazakhstan People's Unity Day")
    case .defenderDay:
      Phrase(
        kk: "Отан қорғаушы күні", ru: "День защитника Отечества",
        en: "Defender of the Fatherland Day")
    case .victoryDay: Phrase(kk: "Жеңіс күні", ru: "День Победы", en: "Victory Day")
    case .capitalDay: Phrase(kk: "Астана күні", ru: "День Столицы", en: "Capital Day")
    case .constitutionDay:
      Phrase(
        kk: "Қазақстан Республикасының Конституциясы күні",
        ru: "День Конституции Республики Казахстан", en: "Constitution Day")
    case .republicDay: Phrase(kk: "Республика күні", ru: "День Республики", en: "Republic Day")
    case .republicOfKazakhstanDay:
      Phrase(
        kk: "Қазақстан Республикасы күні", ru: "День Республики Казахстан",
        en: "Republic of Kazakhstan Day")
    case .firstPresidentDay:
      Phrase(
        kk: "Қазақстан Республикасының Тұңғыш Президенті күні",
        ru: "День Первого Президента Республики Казахстан", en: "First President's Day")
    case .independenceDay:
      Phrase(kk: "Тәуелсіздік күні", ru: "День Независимости", en: "Independence Day")
    case .kurbanAit:
      Phrase(
        kk: "Құрбан айттың бірінші күні", ru: "Первый день Курбан айта",
        en: "First day of Kurban Ait")
    }
  }
}
