import Testing

@testable import HattamaKit

/// `draft new` for a commission: `kpiMet` and `category` columns in place of `score` (SPEC,
/// "HR's inputs and overviews"; 000 ¶55, 004 ¶18).
@Suite("draft new: cases graded by category") struct DraftCategoryTests {
  static func draft(_ cases: String) throws -> Record {
    try DraftSheets.draft(
      people: try CSVTable(Array(DraftSheetsTests.people.utf8)),
      cases: try CSVTable(Array(cases.utf8)),
      options: DraftSheets.Options(methodology: "kz-nchr-2020", kind: .commission))
  }

  @Test(
    "the targets met and the category, under English, Kazakh or Russian headers",
    arguments: [
      "id,employee,evaluators,kpiMet,category\nc1,e1,v1,4,2\n",
      "код;бағаланатын адам;бағалаушылар;орындалған НМИ;санат\nc1;e1;v1;4;2\n",
      "Идентификатор;Оцениваемый;Оценивающие;Выполнено ЦИ;Категория\nc1;e1;v1;4;2\n",
    ])
  func columns(_ cases: String) throws {
    #expect(try Self.draft(cases).cases.first?.evaluation == .category(.second, kpiMet: 4))
  }

  @Test("a sheet may mix scored rows and rows by category; each row has one kind")
  func mixed() throws {
    let draft = try Self.draft(
      "id,employee,evaluators,score,kpiMet,category\nc1,e1,v1,3.40,,\nc2,e1,v1,,5,1\n")
    #expect(draft.cases.map(\.evaluation.scale) == [.score, .category])
  }

  @Test(
    "a bad cell is named by row and column",
    arguments: [
      (
        "id,employee,evaluators,kpiMet,category\nc1,e1,v1,6,1\n",
        "row 2, column 'kpiMet': '6' is not a number of targets met"
      ),
      (
        "id,employee,evaluators,kpiMet,category\nc1,e1,v1,4,5\n",
        "row 2, column 'category': '5' is not a category"
      ),
      (
        "id,employee,evaluators,kpiMet,category\nc1,e1,v1,4,\n",
        "row 2, column 'category': is empty"
      ),
      ("id,employee,evaluators,kpiMet,category\nc1,e1,v1,,2\n", "row 2, column 'kpiMet': is empty"),
      (
        "id,employee,evaluators,score,category\nc1,e1,v1,3.40,2\n",
        "row 2, column 'category': a case has a score"
      ),
      ("id,employee,evaluators,kpiMet,category\nc1,e1,v1,,\n", "row 2, column 'score': is empty"),
    ])
  func badCell(_ cases: String, _ message: String) {
    #expect {
      try Self.draft(cases)
    } throws: { error in
      guard let error = error as? DraftSheetError else { return false }
      return error.sheet == .cases && error.description.hasPrefix(message)
    }
  }
}
