import HattamaKit

/// HR's spreadsheets on arbitrary bytes: `CSVTable` and `DraftSheets` (`hattama draft new`).
///
/// The input is split at its first NUL byte into the people sheet and the cases sheet. Checked:
/// no input traps; every row of a table has a line number at least 2 (the header is line 1)
/// and no later than the file's last line; a draft the sheets make has each case's employee and
/// evaluators among its people, only valid scores, and encodes to JSON that decodes to an equal
/// record; a refusal names its sheet and renders to a sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSheets(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
  let peopleBytes = Array(bytes[..<split])
  let casesBytes = split < bytes.endIndex ? Array(bytes[(split + 1)...]) : []
  guard let people = table(peopleBytes), let cases = table(casesBytes) else { return 0 }
  let options = DraftSheets.Options(methodology: "kz-trade-2025", kind: .calibration, official: "o1")
  do {
    let draft = try DraftSheets.draft(people: people, cases: cases, options: options)
    let ids = Set(draft.people.map(\.id))
    for reviewed in draft.cases {
      require(ids.contains(reviewed.employee), "an employee is among the people", reviewed.id)
      require(reviewed.evaluators.allSatisfy(ids.contains), "evaluators are people", reviewed.id)
      require(reviewed.score?.score != nil, "a draft's score is valid", reviewed.id)
    }
    let decoded = try? Record.decode(Array(draft.encodedJSON().utf8))
    require(decoded == draft, "a draft reads back from its JSON", "\(draft.cases.count) cases")
  } catch {
    require(!error.description.isEmpty, "a refusal renders to a sentence", "\(error.sheet)")
  }
  return 0
}

/// The table of one sheet, checking its line numbers; `nil` when the bytes are no CSV.
private func table(_ bytes: [UInt8]) -> CSVTable? {
  guard let table = try? CSVTable(bytes) else { return nil }
  let lines = bytes.count { $0 == 0x0A || $0 == 0x0D } + 1
  for row in table.rows {
    require((2...lines).contains(row.line), "a row's line is within the file", "\(row.line)")
  }
  return table
}
