/// Who set a covered year's transfers of days off, as the built-in calendar data names it on the
/// year's `year` line: the act's adilet document number (`P1700000864`), or that none came out.
///
/// Until 2023 the transfers were Government decrees (қаулы, постановление); from 2024 they are
/// orders (бұйрық, приказ) of the Minister of Labour and Social Protection of the Population
/// (Labour Code art. 85 as amended). The titles are the acts' own in Kazakh and Russian.
enum TransferSource: String, CaseIterable, Sendable {
  case decree864of2017 = "P1700000864"
  case decree888of2018 = "P1800000888"
  case decree820of2019 = "P1900000820"
  case decree930of2020 = "P2000000930"
  /// No. 713 of 2021 (March, August) and No. 796 of 2022 (October).
  case decrees713and796 = "P2200000796"
  case decree326of2023 = "P2300000326"
  case order109of2024 = "G24G0000109"
  case order436of2024 = "G24G0000436"
  case noneFor2026 = "none-2026"
  case noneYetFor2027 = "none-2027"

  /// The act, its title and its adilet number; or that none was published, and when that was
  /// checked.
  var title: Phrase {
    switch self {
    case .decree864of2017: decree(number: 864, of: 2017, for: 2018, days: true)
    case .decree888of2018: decree(number: 888, of: 2018, for: 2019, days: false)
    case .decree820of2019: decree(number: 820, of: 2019, for: 2020, days: true)
    case .decree930of2020: decree(number: 930, of: 2020, for: 2021, days: false)
    case .decrees713and796:
      Phrase(
        kk: "Қазақстан Республикасы Үкіметінің 2021 жылғы 6 қазандағы № 713 (наурыз, тамыз) және "
          + "2022 жылғы № 796 (қазан, adilet P2200000796) қаулылары",
        ru: "постановления Правительства Республики Казахстан от 6 октября 2021 года № 713 "
          + "(март, август) и 2022 года № 796 (октябрь, adilet P2200000796)",
        en: "Government decree No. 713 of 2021-10-06 (March, August) and No. 796 of 2022 "
          + "(October, adilet P2200000796)")
    case .decree326of2023:
      Phrase(
        kk: "Қазақстан Республикасы Үкіметінің 2023 жылғы 25 сәуірдегі № 326 қаулысы, «2023 "
          + "жылы демалыс күнін ауыстыру туралы» (adilet P2300000326)",
        ru: "постановление Правительства Республики Казахстан от 25 апреля 2023 года № 326 «О "
          + "переносе выходного дня в 2023 году» (adilet P2300000326)",
        en: "Government decree No. 326 of 2023-04-25, \"On the transfer of a day off in 2023\" "
          + "(adilet P2300000326)")
    case .order109of2024:
      Phrase(
        kk: "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі міндетін "
          + "атқарушының 2024 жылғы 17 сәуірдегі бұйрығы, «2024 жылы демалыс күнін ауыстыру "
          + "туралы» (adilet G24G0000109)",
        ru: "приказ исполняющего обязанности Министра труда и социальной защиты населения "
          + "Республики Казахстан от 17 апреля 2024 года «О переносе выходного дня в 2024 году» "
          + "(adilet G24G0000109)",
        en: "order of the acting Minister of Labour and Social Protection of 2024-04-17, \"On "
          + "the transfer of a day off in 2024\" (adilet G24G0000109)")
    case .order436of2024:
      Phrase(
        kk: "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2024 жылғы "
          + "бұйрығы, «2025 жылы демалыс күнін ауыстыру туралы» (adilet G24G0000436)",
        ru: "приказ Министра труда и социальной защиты населения Республики Казахстан 2024 года "
          + "«О переносе выходного дня в 2025 году» (adilet G24G0000436)",
        en: "order of the Minister of Labour and Social Protection of 2024, \"On the transfer of "
          + "a day off in 2025\" (adilet G24G0000436)")
    case .noneFor2026:
      Phrase(
        kk: "2026 жылға демалыс күндерін ауыстыру жарияланған жоқ (2026-11 тексерілді)",
        ru: "переносов выходных дней на 2026 год не опубликовано (проверено 2026-11)",
        en: "no transfer of days off was published for 2026 (checked 2026-11)")
    case .noneYetFor2027:
      Phrase(
        kk: "демалыс күндерін ауыстыру әлі жарияланған жоқ (2026-11 тексерілді); бұйрықты "
          + "--calendar арқылы қосыңыз",
        ru: "переносы выходных дней ещё не опубликованы (проверено 2026-11); добавьте приказ "
          + "через --calendar",
        en: "no transfer of days off published yet (checked 2026-11); add the order with "
          + "--calendar")
    }
  }

  /// A Government decree of one year on the transfers of the next: `days` when it moves more
  /// than one day off (the title says «демалыс күндерін», «выходных дней»).
  private func decree(number: Int, of year: Int, for target: Int, days: Bool) -> Phrase {
    Phrase(
      kk: "Қазақстан Республикасы Үкіметінің \(year) жылғы № \(number) қаулысы, «\(target) жылы "
        + "демалыс \(days ? "күндерін" : "күнін") ауыстыру туралы» (adilet \(rawValue))",
      ru: "постановление Правительства Республики Казахстан \(year) года № \(number) «О переносе "
        + "\(days ? "выходных дней" : "выходного дня") в \(target) году» (adilet \(rawValue))",
      en: "Government decree No. \(number) of \(year), \"On the transfer of "
        + "\(days ? "days off" : "a day off") in \(target)\" (adilet \(rawValue))")
  }
}
