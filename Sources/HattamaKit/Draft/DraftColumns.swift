/// The columns `draft new` reads, each under its English, Kazakh and Russian header names
/// (SPEC, "HR's inputs and overviews"). Headers are matched without regard to case or the
/// spaces around them.
package enum DraftColumn: String, CaseIterable, Sendable {
  // people
  case id, name, position, hr, unit, candidate, official
  // cases
  case employee, evaluators, score, kpiMet, category, sanction, familiarizedOn, appliedOn

  /// Every header name the column goes by.
  package var names: [String] {
    switch self {
    case .id: ["id", "код", "сәйкестендіргіш", "идентификатор"]
    case .name: ["name", "аты-жөні", "тегі, аты, әкесінің аты", "фио", "ф.и.о.", "имя"]
    case .position: ["position", "лауазымы", "лауазым", "должность"]
    case .hr: ["hr", "персоналды басқару қызметі", "кадр қызметі", "кадровая служба", "кадры"]
    case .unit: ["unit", "бөлімше", "құрылымдық бөлімше", "подразделение"]
    case .candidate: ["candidate", "үміткер", "кандидат"]
    case .official: ["official", "уәкілетті тұлға", "уполномоченное лицо"]
    case .employee: ["employee", "бағаланатын адам", "қызметші", "оцениваемый", "служащий"]
    case .evaluators: ["evaluators", "бағалаушылар", "бағалаушы", "оценивающие", "оценивающий"]
    case .score: ["score", "баға", "балл", "оценка"]
    case .kpiMet: ["kpiMet", "орындалған НМИ", "НМИ", "выполнено ЦИ", "ЦИ"]
    case .category: ["category", "санат", "категория"]
    case .sanction: ["sanction", "тәртіптік жаза", "жаза", "взыскание"]
    case .familiarizedOn:
      ["familiarizedOn", "familiarized", "танысқан күні", "таныстырылды", "дата ознакомления"]
    case .appliedOn: ["appliedOn", "applied", "өтініш берген күні", "өтініш", "дата заявления"]
    }
  }

  /// The column a header names, if any.
  package static func named(_ header: String) -> DraftColumn? {
    let key = header.trimmingSpaces.lowercased()
    return allCases.first { column in column.names.contains { $0.lowercased() == key } }
  }

  package static let people: [DraftColumn] = [.id, .name, .position, .hr, .unit, .candidate, .official]
  static let peopleRequired: [DraftColumn] = [.id, .name]
  package static let cases: [DraftColumn] = [
    .id, .employee, .evaluators, .score, .kpiMet, .category, .sanction, .familiarizedOn,
    .appliedOn,
  ]
  static let casesRequired: [DraftColumn] = [.id, .employee, .evaluators]
}

/// The words a yes/no cell may hold: `yes`/`no`, `1`/`0`, `иә`/`жоқ`, `да`/`нет`.
enum YesNo {
  static let yes: Set<String> = ["yes", "y", "1", "true", "иә", "ия", "да", "+"]
  static let no: Set<String> = ["no", "n", "0", "false", "жоқ", "нет", "-", ""]

  static func value(_ text: String) -> Bool? {
    let key = text.trimmingSpaces.lowercased()
    if yes.contains(key) { return true }
    if no.contains(key) { return false }
    return nil
  }
}

/// The words a sanction cell may hold, in the three languages; an empty cell is none.
enum SanctionWords {
  static let words: [String: Sanction] = [
    "": .none, "none": .none, "жоқ": .none, "нет": .none, "-": .none,
    "reprimand": .reprimand, "warning": .reprimand, "ескерту": .reprimand, "сөгіс": .reprimand,
    "қатаң сөгіс": .reprimand, "замечание": .reprimand, "выговор": .reprimand,
    "строгий выговор": .reprimand, "other": .other, "басқа": .other, "другое": .other,
    "иное": .other,
  ]

  static func value(_ text: String) -> Sanction? { words[text.trimmingSpaces.lowercased()] }
}
