/// HR's two spreadsheets — the people and the cases — turned into a `hattama.record/1` draft
/// for `roster compose` (SPEC, "HR's inputs and overviews": `hattama draft new`).
///
/// Every person listed is a candidate unless a `candidate` column says no. The authorized
/// official is the one the options name, else the one person an `official` column marks.
package enum DraftSheets {
  /// What the spreadsheets do not say.
  package struct Options: Sendable {
    package var methodology: String
    package var kind: BodyKind
    package var body: String
    package var period: String
    package var official: PersonID?

    package init(
      methodology: String, kind: BodyKind, body: String = "", period: String = "",
      official: PersonID? = nil
    ) {
      self.methodology = methodology
      self.kind = kind
      self.body = body
      self.period = period
      self.official = official
    }
  }

  /// The draft the two tables describe.
  ///
  /// - Throws: ``DraftSheetError`` naming the sheet, the row and the column of the first bad
  ///   cell.
  package static func draft(
    people: CSVTable, cases: CSVTable, options: Options
  ) throws(DraftSheetError) -> Record {
    let peopleSheet = try Sheet(people, .people, allowed: DraftColumn.people, required: DraftColumn.peopleRequired)
    let caseSheet = try Sheet(cases, .cases, allowed: DraftColumn.cases, required: DraftColumn.casesRequired)
    var persons: [Person] = []
    var candidates: [PersonID] = []
    var officials: [PersonID] = []
    var known: Set<PersonID> = []
    for row in people.rows {
      let id = try peopleSheet.id(row, .id)
      guard known.insert(id).inserted else {
        throw peopleSheet.failure(row, .id, .duplicateID(id))
      }
      persons.append(
        Person(
          id: id, name: DisplayText(try peopleSheet.required(row, .name)),
          position: peopleSheet.text(row, .position).map { DisplayText($0) },
          hr: try peopleSheet.yesNo(row, .hr) ?? false, unit: peopleSheet.text(row, .unit)))
      if try peopleSheet.yesNo(row, .candidate) ?? true { candidates.append(id) }
      if try peopleSheet.yesNo(row, .official) == true { officials.append(id) }
    }
    var reviewed: [Case] = []
    var caseIDs: Set<CaseID> = []
    for row in cases.rows {
      let id = try caseSheet.id(row, .id)
      guard caseIDs.insert(id).inserted else { throw caseSheet.failure(row, .id, .duplicateID(id)) }
      reviewed.append(try caseSheet.reviewedCase(row, id: id, people: known))
    }
    let official = try official(options.official, marked: officials, people: known)
    return Record(
      methodology: options.methodology, kind: options.kind, body: DisplayText(options.body),
      period: DisplayText(options.period), authorizedOfficial: official, people: persons,
      candidates: candidates, cases: reviewed)
  }

  private static func official(
    _ given: PersonID?, marked: [PersonID], people: Set<PersonID>
  ) throws(DraftSheetError) -> PersonID {
    if let given {
      guard people.contains(given) else {
        throw DraftSheetError(sheet: .people, line: nil, column: nil, problem: .unknownOfficial(given))
      }
      return given
    }
    guard marked.count == 1, let official = marked.first else {
      throw DraftSheetError(
        sheet: .people, line: nil, column: nil, problem: .noOfficial(marked: marked))
    }
    return official
  }
}

/// One table with its columns located.
private struct Sheet {
  let kind: DraftSheetError.SheetKind
  let columns: [DraftColumn: Int]

  init(
    _ table: CSVTable, _ kind: DraftSheetError.SheetKind, allowed: [DraftColumn],
    required: [DraftColumn]
  ) throws(DraftSheetError) {
    self.kind = kind
    var columns: [DraftColumn: Int] = [:]
    for (index, header) in table.header.enumerated() {
      guard let column = DraftColumn.named(header), allowed.contains(column) else {
        let names = allowed.map(\.rawValue)
        throw DraftSheetError(
          sheet: kind, line: 1, column: header,
          problem: .unknownColumn(suggestion: header.nearest(in: names), allowed: names))
      }
      guard columns[column] == nil else {
        throw DraftSheetError(sheet: kind, line: 1, column: header, problem: .duplicateColumn)
      }
      columns[column] = index
    }
    for column in required where columns[column] == nil {
      throw DraftSheetError(sheet: kind, line: 1, column: column.rawValue, problem: .missingColumn)
    }
    self.columns = columns
  }

  func failure(_ row: CSVTable.Row, _ column: DraftColumn, _ problem: DraftSheetError.Problem)
    -> DraftSheetError
  {
    DraftSheetError(sheet: kind, line: row.line, column: column.rawValue, problem: problem)
  }

  /// The trimmed cell, `nil` when the column is absent or the cell empty.
  func text(_ row: CSVTable.Row, _ column: DraftColumn) -> String? {
    guard let index = columns[column], index < row.cells.count else { return nil }
    let text = row.cells[index].trimmingSpaces
    return text.isEmpty ? nil : text
  }

  func required(_ row: CSVTable.Row, _ column: DraftColumn) throws(DraftSheetError) -> String {
    guard let text = text(row, column) else { throw failure(row, column, .emptyCell) }
    return text
  }

  /// An id: no spaces, since ids are separated by spaces in `evaluators`.
  func id(_ row: CSVTable.Row, _ column: DraftColumn) throws(DraftSheetError) -> String {
    let text = try required(row, column)
    guard !text.contains(where: { $0 == " " || $0 == "|" }) else {
      throw failure(row, column, .badID(text))
    }
    return text
  }

  func yesNo(_ row: CSVTable.Row, _ column: DraftColumn) throws(DraftSheetError) -> Bool? {
    guard let text = text(row, column) else { return nil }
    guard let value = YesNo.value(text) else { throw failure(row, column, .badYesNo(text)) }
    return value
  }

  func day(_ row: CSVTable.Row, _ column: DraftColumn) throws(DraftSheetError) -> Day? {
    guard let text = text(row, column) else { return nil }
    guard let day = DraftDates.day(text) else { throw failure(row, column, .badDate(text)) }
    return day
  }

  func person(
    _ row: CSVTable.Row, _ column: DraftColumn, _ id: String, people: Set<PersonID>
  ) throws(DraftSheetError) -> PersonID {
    guard people.contains(id) else {
      throw failure(row, column, .unknownPerson(id, suggestion: id.nearest(in: Array(people))))
    }
    return id
  }

  /// A case's `score`, or for an annual evaluation by targets its `kpiMet` and `category`
  /// (SPEC, "Two kinds of result"): one or the other, never both.
  func evaluation(_ row: CSVTable.Row) throws(DraftSheetError) -> EvaluationResult {
    let kpiMetText = text(row, .kpiMet)
    let categoryText = text(row, .category)
    guard kpiMetText != nil || categoryText != nil else {
      let scoreText = try required(row, .score)
      guard case .valid(let score)? = try? ScoreInput(text: scoreText) else {
        throw failure(row, .score, .badScore(scoreText))
      }
      return .score(.valid(score))
    }
    if text(row, .score) != nil {
      throw failure(row, categoryText != nil ? .category : .kpiMet, .scoreAndCategory)
    }
    let met = try required(row, .kpiMet)
    guard let kpiMet = Int(met), (0...TargetCategory.targets).contains(kpiMet) else {
      throw failure(row, .kpiMet, .badKPIMet(met))
    }
    let number = try required(row, .category)
    guard let category = Int(number).flatMap(TargetCategory.init(rawValue:)) else {
      throw failure(row, .category, .badCategory(number))
    }
    return .category(category, kpiMet: kpiMet)
  }

  func reviewedCase(
    _ row: CSVTable.Row, id: CaseID, people: Set<PersonID>
  ) throws(DraftSheetError) -> Case {
    let employee = try person(row, .employee, try required(row, .employee), people: people)
    let names = try required(row, .evaluators).split { $0 == " " || $0 == "|" || $0 == "," }
    var evaluators: [PersonID] = []
    for name in names { evaluators.append(try person(row, .evaluators, String(name), people: people)) }
    let evaluation = try evaluation(row)
    let sanctionText = text(row, .sanction) ?? ""
    guard let sanction = SanctionWords.value(sanctionText) else {
      throw failure(row, .sanction, .badSanction(sanctionText))
    }
    return Case(
      id: id, employee: employee, evaluators: evaluators, evaluation: evaluation,
      sanction: sanction,
      familiarizedOn: try day(row, .familiarizedOn), appliedOn: try day(row, .appliedOn))
  }
}

/// Dates as HR's spreadsheets write them: `2025-10-14` or `14.10.2025`.
enum DraftDates {
  static func day(_ text: String) -> Day? {
    if let day = Day(iso: text) { return day }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
      (1...2).contains(parts[1].count), let day = Int(parts[0]), let month = Int(parts[1]),
      let year = Int(parts[2])
    else { return nil }
    return Day(year: year, month: month, day: day)
  }
}
