// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
  /// "row 4, column 'hr': 'maybe' is not yes or no …", without the file's name.
  package var description: String {
    let place = [line.map { "row \($0)" }, column.map { "column '\($0)'" }].compactMap { $0 }
    let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
    return prefix + reason
  }

  private var reason: String {
    switch problem {
    case .unknownColumn(let suggestion, let allowed):
      "is not a column of this sheet"
        + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        + "; the columns are " + allowed.map { "'\($0)'" }.joined(separator: ", ")
        + ", or their Kazakh or Russian names"
    case .duplicateColumn: "appears twice in the header"
    case .missingColumn: "is missing; the sheet needs this column"
    case .emptyCell: "is empty"
    case .badID(let text): "'\(text)' is not an id: an id has no spaces and no '|'"
    case .duplicateID(let text): "the id '\(text)' is given twice"
    case .badYesNo(let text): "'\(text)' is not yes or no (yes/no, 1/0, иә/жоқ, да/нет)"
    case .badDate(let text): "'\(text)' is not a date; write 2025-10-14 or 14.10.2025"
    case .badScore(let text):
      "'\(text)' is not a score from 0.00 to 5.00 with at most two decimals, such as 3,40"
    case .badKPIMet(let text):
      "'\(text)' is not a number of targets met, a whole number from 0 to 5"
    case .badCategory(let text):
      "'\(text)' is not a category, a whole number from 1 to 4 (000 ¶55, 004 ¶18)"
    case .scoreAndCategory:
      "a case has a score (a quarterly evaluation) or kpiMet and category (an annual "
        + "evaluation by targets), not both; empty one of them"
    case .badSanction(let text):
      "'\(text)' is not a sanction: none, reprimand (a warning, reprimand or severe reprimand) "
        + "or other"
    case .unknownPerson(let id, let suggestion):
      "nobody with the id '\(id)' is in the people sheet"
        + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
    case .unknownOfficial(let id): "the official '\(id)' is not in the people sheet"
    case .noOfficial(let marked) where marked.isEmpty:
      "no authorized official: mark one person 'yes' in an 'official' column"
    case .noOfficial(let marked):
      "more than one authorized official is marked (\(marked.joined(separator: ", "))); mark one"
    }
  }
}
