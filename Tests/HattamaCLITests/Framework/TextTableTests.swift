import Testing

@testable import HattamaCLI

@Suite("Text tables") struct TextTableTests {
  @Test("columns are padded to the widest cell, Kazakh letters counted as one each")
  func padding() {
    let table = TextTable.render(header: ["ID", "АТЫ"], rows: [["m1", "Әлия"], ["m10", "Ұ"]])
    #expect(table == "ID   АТЫ\n---  ----\nm1   Әлия\nm10  Ұ")
  }
}
