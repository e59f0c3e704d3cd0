import HattamaKit
import Testing

@testable import HattamaCLI

@Suite("Issue 15: draft new adds its options to the Kit's sheet errors, which name none")
struct DraftSheetAdviceTests {
  static let cases = "id,employee,evaluators,score\nc1,e1,v1,3.40\n"

  static func error(people: String) throws -> DraftSheetError {
    let options = DraftSheets.Options(methodology: "kz-trade-2025", kind: .calibration)
    let people = try CSVTable(Array(people.utf8))
    let cases = try CSVTable(Array(cases.utf8))
    let result = Result { () throws(DraftSheetError) in
      try DraftSheets.draft(people: people, cases: cases, options: options)
    }
    guard case .failure(let error) = result else { throw AcceptedSheets() }
    return error
  }

  struct AcceptedSheets: Error {}

  @Test(
    "the Kit's sentence has no option; the CLI's ends with it",
    arguments: [
      (
        "id,name\no1,O\ne1,E\nv1,V\n",
        "no authorized official: mark one person 'yes' in an 'official' column",
        "no authorized official: give --official ID, or mark one person 'yes' in an "
          + "'official' column"
      ),
      (
        "id,name,official\no1,O,yes\ne1,E,yes\nv1,V,\n",
        "more than one authorized official is marked (o1, e1); mark one",
        "more than one authorized official is marked (o1, e1); mark one, or give --official ID"
      ),
    ])
  func official(_ people: String, _ kit: String, _ printed: String) throws {
    let error = try Self.error(people: people)
    #expect(error.description == kit)
    #expect(error.advised.en == printed)
  }

  @Test("an unknown column points to 'draft new --help' only in the CLI")
  func unknownColumn() throws {
    let error = try Self.error(people: "id,name,hx\no1,O,yes\n")
    #expect(!error.description.contains("hattama"))
    #expect(error.advised.en == error.description + " ('hattama draft new --help' lists them)")
  }
}
