/// A bad cell, column or sheet in HR's spreadsheets, located by sheet, row and column.
package struct DraftSheetError: Error, Sendable, Equatable {
  package enum SheetKind: String, Sendable, Equatable {
    case people, cases
  }

  package var sheet: SheetKind
  /// The line in the file, the header being line 1; `nil` for a problem of the whole sheet.
  package var line: Int?
  /// The column's header as written, or the column's name.
  package var column: String?
  package var problem: Problem

  package enum Problem: Sendable, Equatable {
    case unknownColumn(suggestion: String?, allowed: [String])
    case duplicateColumn
    case missingColumn
    case emptyCell
    case badID(String)
    case duplicateID(String)
    case badYesNo(String)
    case badDate(String)
    case badScore(String)
    case badKPIMet(String)
    case badCategory(String)
    /// A row with a score and a category: two kinds of result.
    case scoreAndCategory
    case badSanction(String)
    case unknownPerson(String, suggestion: String?)
    case unknownOfficial(String)
    case noOfficial(marked: [PersonID])
  }
}

extension DraftSheetError: CustomStringConvertible {
  /// "row 4, column 'hr': 'maybe' is not yes or no …", without the file's name, in English.
  public var description: String { message.en }

  /// «4-жол, 'hr' бағаны: …» / «строка 4, столбец 'hr': …» / "row 4, column 'hr': …".
  public var message: Phrase {
    let place = [
      line.map { Phrase(kk: "\($0)-жол", ru: "строка \($0)", en: "row \($0)") },
      column.map { Phrase(kk: "'\($0)' бағаны", ru: "столбец '\($0)'", en: "column '\($0)'") },
    ].compactMap { $0 }
    guard !place.isEmpty else { return reason }
    return place.joined(separator: ", ") + Phrase(verbatim: ": ") + reason
  }

  /// " (did you mean 'x'?)", or nothing.
  private static func suggesting(_ suggestion: String?) -> Phrase {
    suggestion.map {
      Phrase(kk: " (мүмкін, '\($0)'?)", ru: " (возможно, '\($0)'?)", en: " (did you mean '\($0)'?)")
    } ?? Phrase(verbatim: "")
  }

  private var reason: Phrase {
    switch problem {
    case .unknownColumn(let suggestion, let allowed):
      let columns = allowed.map { "'\($0)'" }.joined(separator: ", ")
      return Phrase(
        kk: "бұл парақтың бағаны емес", ru: "не столбец этого листа",
        en: "is not a column of this sheet") + Self.suggesting(suggestion)
        + Phrase(
          kk: "; бағандар: \(columns) немесе олардың қазақша не орысша атаулары",
          ru: "; столбцы: \(columns) или их казахские или русские названия",
          en: "; the columns are \(columns), or their Kazakh or Russian names")
    case .duplicateColumn:
      return Phrase(
        kk: "тақырыпта екі рет кездеседі", ru: "встречается в заголовке дважды",
        en: "appears twice in the header")
    case .missingColumn:
      return Phrase(
        kk: "жоқ; парақта бұл баған болуы керек", ru: "отсутствует; этот столбец обязателен",
        en: "is missing; the sheet needs this column")
    case .emptyCell:
      return Phrase(kk: "бос", ru: "пуста", en: "is empty")
    case .badID(let text):
      return Phrase(
        kk: "'\(text)' сәйкестендіргіш емес: онда бос орын мен '|' болмайды",
        ru: "'\(text)' не идентификатор: в нём нет пробелов и '|'",
        en: "'\(text)' is not an id: an id has no spaces and no '|'")
    case .duplicateID(let text):
      return Phrase(
        kk: "'\(text)' сәйкестендіргіші екі рет берілген",
        ru: "идентификатор '\(text)' указан дважды",
        en: "the id '\(text)' is given twice")
    case .badYesNo(let text):
      return Phrase(
        kk: "'\(text)' иә да, жоқ та емес (иә/жоқ, да/нет, yes/no, 1/0)",
        ru: "'\(text)' — не да и не нет (да/нет, иә/жоқ, yes/no, 1/0)",
        en: "'\(text)' is not yes or no (yes/no, 1/0, иә/жоқ, да/нет)")
    case .badDate(let text):
      return Phrase(
        kk: "'\(text)' күн емес; 2025-10-14 немесе 14.10.2025 түрінде жазыңыз",
        ru: "'\(text)' не дата; пишите 2025-10-14 или 14.10.2025",
        en: "'\(text)' is not a date; write 2025-10-14 or 14.10.2025")
    case .badScore(let text):
      return Phrase(
        kk: "'\(text)' 0.00-ден 5.00-ге дейінгі, ең көбі екі ондық таңбасы бар баға емес (мысалы, "
          + "3,40)",
        ru: "'\(text)' не оценка от 0.00 до 5.00 не более чем с двумя знаками после запятой "
          + "(например, 3,40)",
        en: "'\(text)' is not a score from 0.00 to 5.00 with at most two decimals, such as 3,40")
    case .badKPIMet(let text):
      return Phrase(
        kk: "'\(text)' орындалған НМИ саны емес (0-ден 5-ке дейінгі бүтін сан)",
        ru: "'\(text)' не число достигнутых ЦИ (целое число от 0 до 5)",
        en: "'\(text)' is not a number of targets met, a whole number from 0 to 5")
    case .badCategory(let text):
      return Phrase(
        kk: "'\(text)' санат емес (1-ден 4-ке дейінгі бүтін сан; 000 ¶55, 004 ¶18)",
        ru: "'\(text)' не категория (целое число от 1 до 4; 000 ¶55, 004 ¶18)",
        en: "'\(text)' is not a category, a whole number from 1 to 4 (000 ¶55, 004 ¶18)")
    case .scoreAndCategory:
      return Phrase(
        kk: "істе не баға (тоқсандық бағалау), не kpiMet пен category (НМИ бойынша жылдық "
          + "бағалау) болады, екеуі бірге емес; біреуін босатыңыз",
        ru: "у дела либо оценка (квартальная оценка), либо kpiMet и category (годовая оценка по "
          + "ЦИ), но не оба; очистите одно из них",
        en: "a case has a score (a quarterly evaluation) or kpiMet and category (an annual "
          + "evaluation by targets), not both; empty one of them")
    case .badSanction(let text):
      return Phrase(
        kk: "'\(text)' жаза емес: none, reprimand (ескерту, сөгіс немесе қатаң сөгіс) немесе other",
        ru: "'\(text)' не взыскание: none, reprimand (замечание, выговор или строгий выговор) или "
          + "other",
        en: "'\(text)' is not a sanction: none, reprimand (a warning, reprimand or severe "
          + "reprimand) "
          + "or other")
    case .unknownPerson(let id, let suggestion):
      return Phrase(
        kk: "people парағында '\(id)' сәйкестендіргіші бар адам жоқ",
        ru: "в листе people нет лица с идентификатором '\(id)'",
        en: "nobody with the id '\(id)' is in the people sheet") + Self.suggesting(suggestion)
    case .unknownOfficial(let id):
      return Phrase(
        kk: "'\(id)' лауазымды тұлғасы people парағында жоқ",
        ru: "должностного лица '\(id)' нет в листе people",
        en: "the official '\(id)' is not in the people sheet")
    case .noOfficial(let marked) where marked.isEmpty:
      return Phrase(
        kk: "уәкілетті лауазымды тұлға жоқ: 'official' бағанында бір адамға 'иә' белгісін қойыңыз",
        ru: "нет уполномоченного должностного лица: отметьте 'да' одному лицу в столбце 'official'",
        en: "no authorized official: mark one person 'yes' in an 'official' column")
    case .noOfficial(let marked):
      let list = marked.joined(separator: ", ")
      return Phrase(
        kk: "бірнеше уәкілетті лауазымды тұлға белгіленген (\(list)); біреуін белгілеңіз",
        ru: "отмечено несколько уполномоченных должностных лиц (\(list)); отметьте одно",
        en: "more than one authorized official is marked (\(list)); mark one")
    }
  }
}
