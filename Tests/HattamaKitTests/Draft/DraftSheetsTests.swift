import Testing

@testable import HattamaKit

@Suite("draft new: HR's spreadsheets to a record/1 draft") struct DraftSheetsTests {
  static let options = DraftSheets.Options(methodology: "kz-trade-2025", kind: .calibration)

  static func draft(people: String, cases: String, official: String? = nil) throws -> Record {
    var options = Self.options
    options.official = official
    return try DraftSheets.draft(
      people: try CSVTable(Array(people.utf8)), cases: try CSVTable(Array(cases.utf8)),
      options: options)
  }

  static let people = "id,name,hr,official\no1,O,no,yes\nh1,H,yes,\ne1,E,no,\nv1,V,0,\n"

  @Test(
    "headers in English, Kazakh or Russian; dates ISO or DD.MM.YYYY; comma or dot decimals",
    arguments: [
      "id,employee,evaluators,score,sanction,familiarizedOn,appliedOn\nc1,e1,v1,3.40,none,2025-10-14,2025-10-16\n",
      "код;бағаланатын адам;бағалаушылар;баға;тәртіптік жаза;танысқан күні;өтініш берген күні\nc1;e1;v1;3,40;жоқ;14.10.2025;16.10.2025\n",
      "Идентификатор;Оцениваемый;Оценивающие;Оценка;Взыскание;Дата ознакомления;Дата заявления\nc1;e1;v1;3,4;нет;14.10.2025;2025-10-16\n",
    ])
  func languages(_ cases: String) throws {
    let draft = try Self.draft(people: Self.people, cases: cases)
    let reviewed = try #require(draft.cases.first)
    #expect(reviewed.score == .valid(try Score(parsing: "3.40")))
    #expect(reviewed.familiarizedOn == Day(iso: "2025-10-14"))
    #expect(reviewed.appliedOn == Day(iso: "2025-10-16"))
    #expect(reviewed.sanction == Sanction.none)
    #expect(draft.authorizedOfficial == "o1")
    #expect(draft.candidates == ["o1", "h1", "e1", "v1"])
    #expect(draft.people.first { $0.id == "h1" }?.hr == true)
  }

  @Test("yes and no in every language; a 'candidate' column leaves people out")
  func candidates() throws {
    let people = "id;name;hr;candidate\no1;O;жоқ;нет\nh1;H;иә;да\ne1;E;0;1\nv1;V;no;жоқ\n"
    let draft = try Self.draft(people: people, cases: "id,employee,evaluators,score\nc1,e1,v1,3.40\n", official: "o1")
    #expect(draft.candidates == ["h1", "e1"])
    #expect(draft.people.map(\.hr) == [false, true, false, false])
  }

  @Test("the optional 'unit' column is the person's unit, for report's per-unit overview")
  func units() throws {
    let people = "id;name;hr;бөлімше\no1;O;no;\nh1;H;yes;Кадр қызметі\ne1;E;no;Заң департаменті\nv1;V;no;\n"
    let draft = try Self.draft(people: people, cases: "id,employee,evaluators,score\nc1,e1,v1,3.40\n", official: "o1")
    #expect(draft.people.map(\.unit) == [nil, "Кадр қызметі", "Заң департаменті", nil])
  }

  @Test("sanctions in their words", arguments: [
    ("сөгіс", Sanction.reprimand), ("строгий выговор", .reprimand), ("warning", .reprimand),
    ("басқа", .other), ("", .none),
  ])
  func sanctions(_ text: String, _ sanction: Sanction) throws {
    let draft = try Self.draft(
      people: Self.people, cases: "id,employee,evaluators,score,sanction\nc1,e1,v1,2.50,\(text)\n")
    #expect(draft.cases.first?.sanction == sanction)
  }

  @Test(
    "a bad cell is named by sheet, row and column",
    arguments: [
      ("id,employee,evaluators,score\nc1,e1,v1,6.00\n", "row 2, column 'score': '6.00' is not a score"),
      ("id,employee,evaluators,score\nc1,e1,v1,3.405\n", "row 2, column 'score': '3.405' is not a score"),
      ("id,employee,evaluators,score\nc1,e9,v1,3.40\n", "row 2, column 'employee': nobody with the id 'e9'"),
      ("id,employee,evaluators,score,appliedOn\nc1,e1,v1,3.40,31.02.2025\n", "row 2, column 'appliedOn': '31.02.2025' is not a date"),
      ("id,employee,evaluators,score\nc1,e1,v1,3.40\nc1,e1,v1,3.40\n", "row 3, column 'id': the id 'c1' is given twice"),
      ("id,employee,evaluators,scor\nc1,e1,v1,3.40\n", "row 1, column 'scor': is not a column of this sheet (did you mean 'score'?)"),
      ("id,employee,score\nc1,e1,3.40\n", "row 1, column 'evaluators': is missing"),
      ("id,employee,evaluators,score,sanction\nc1,e1,v1,3.40,maybe\n", "row 2, column 'sanction': 'maybe' is not a sanction"),
    ])
  func badCell(_ cases: String, _ message: String) {
    #expect {
      try Self.draft(people: Self.people, cases: cases)
    } throws: { error in
      guard let error = error as? DraftSheetError else { return false }
      return error.sheet == .cases && error.description.hasPrefix(message)
    }
  }

  @Test("the people sheet's own problems, and the official")
  func peopleProblems() {
    let cases = "id,employee,evaluators,score\nc1,e1,v1,3.40\n"
    #expect(throws: DraftSheetError.self) {
      try Self.draft(people: "id,name,hr\no1,O,maybe\n", cases: cases)
    }
    let none = "id,name\no1,O\ne1,E\nv1,V\n"
    #expect { try Self.draft(people: none, cases: cases) } throws: { error in
      (error as? DraftSheetError)?.problem == .noOfficial(marked: [])
    }
    #expect((try? Self.draft(people: none, cases: cases, official: "o1")) != nil)
    #expect { try Self.draft(people: none, cases: cases, official: "x1") } throws: { error in
      (error as? DraftSheetError)?.problem == .unknownOfficial("x1")
    }
  }
}
