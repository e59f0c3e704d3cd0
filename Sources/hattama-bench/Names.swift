import HattamaKit

/// Invented Kazakh names and positions, so that records have the sizes and the UTF-8 text of
/// real ones.
enum Names {
  /// A member of staff numbered `number`: `h…` in HR, `p…` otherwise, with a name and a post.
  static func staffMember(_ number: Int, hr: Bool, _ rng: inout SplitMix64) -> Person {
    Person(
      id: hr ? "h\(number)" : "p\(number)", name: person(&rng),
      position: hr ? DisplayText(rng.pick(hrPositions)) : position(&rng), hr: hr)
  }

  static let maleSurnames = [
    "Омаров", "Жақсылықов", "Тұрсынбаев", "Қасымов", "Әбдірахманов", "Сәрсенбаев",
    "Досмұхамедов", "Жұмағалиев", "Байжанов", "Мұқанов", "Оспанов", "Қуанышев", "Серікбаев",
    "Ермеков", "Төлеуов", "Нұрғалиев",
  ]
  static let femaleSurnames = [
    "Сейітова", "Ахметова", "Нұрланова", "Бекова", "Мұратова", "Ибраева", "Омарова",
    "Кенжебаева", "Рахымжанова", "Сүлейменова", "Тоқтарова", "Исаева", "Қалиева",
    "Сағындықова", "Әлиева", "Жүсіпова",
  ]
  static let maleNames = [
    "Ерлан", "Нұрлан", "Арман", "Дәурен", "Ержан", "Бауыржан", "Талғат", "Асқар", "Ерік",
    "Бекзат", "Дәулет", "Мирас", "Руслан", "Қайрат",
  ]
  static let femaleNames = [
    "Айгүл", "Динара", "Гүлнар", "Әсел", "Жанар", "Сәуле", "Ләззат", "Салтанат", "Гүлжан",
    "Айжан", "Мөлдір", "Әйгерім", "Жанна", "Айнұр",
  ]
  static let fathers = [
    "Сәкен", "Болат", "Ерлан", "Қайрат", "Асқар", "Талғат", "Марат", "Бақыт", "Серік",
    "Ғалым", "Жұмабек", "Ерболат", "Нұрлан", "Бекболат",
  ]
  static let units = [
    "Стратегиялық жоспарлау департаментінің", "Экспорттық бақылау басқармасының",
    "Заң департаментінің", "Сыртқы сауда саясаты департаментінің",
    "Ішкі сауда департаментінің", "Тіркеу қызметі басқармасының",
    "Құқықтық насихат бөлімінің", "Қаржы-шаруашылық бөлімінің",
    "Халықаралық экономикалық ынтымақтастық департаментінің",
  ]
  static let ranks = ["директоры", "басқарма басшысы", "бас сарапшысы", "сарапшысы", "бас маманы"]
  static let hrPositions = [
    "Персоналды басқару қызметінің бас сарапшысы",
    "Персоналды басқару қызметінің жетекші сарапшысы",
  ]
  static let recommendations = [
    "Бағалау нәтижесі бекітілсін.",
    "Бағалаушы кері байланыс берсін.",
    "Біліктілікті арттыру курсы ұсынылсын.",
    "Тоқсандағы нысаналы көрсеткіштер толық орындалғаны ескеріліп, баға түзетілсін.",
  ]

  /// "Жақсылықов Нұрлан Болатұлы" or "Сейітова Динара Ерланқызы".
  static func person(_ rng: inout SplitMix64) -> DisplayText {
    if rng.chance(50) {
      return "\(rng.pick(maleSurnames)) \(rng.pick(maleNames)) \(rng.pick(fathers))ұлы"
    }
    return "\(rng.pick(femaleSurnames)) \(rng.pick(femaleNames)) \(rng.pick(fathers))қызы"
  }

  static func position(_ rng: inout SplitMix64) -> DisplayText {
    "\(rng.pick(units)) \(rng.pick(ranks))"
  }

  /// The authorized official, the voting members (the last of them `h1`, from HR) and the HR
  /// secretary `s1`, with names and positions drawn from `rng`.
  static func staff(
    official position: DisplayText, members: [PersonID], _ rng: inout SplitMix64
  ) -> [Person] {
    var people = [Person(id: "o1", name: person(&rng), position: position)]
    for id in members.dropLast() {
      people.append(Person(id: id, name: person(&rng), position: self.position(&rng)))
    }
    people.append(
      Person(id: "h1", name: person(&rng), position: DisplayText(hrPositions[0]), hr: true))
    people.append(
      Person(id: "s1", name: person(&rng), position: DisplayText(hrPositions[1]), hr: true))
    return people
  }
}
