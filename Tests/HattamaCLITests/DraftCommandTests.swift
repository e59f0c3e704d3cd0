import Foundation
import Testing

@testable import HattamaCLI

@Suite("hattama draft new") struct DraftCommandTests {
  static let people =
    "\u{FEFF}id;name;position;hr;official\no1;Омаров Ерлан;Аппарат басшысы;жоқ;иә\n"
    + "h1;Нұрланова Айгүл;;иә;\nh2;Бекова Әсел;;да;\np1;P1;;0;\np2;P2;;нет;\np3;P3;;no;\n"
    + "e1;E1;;;\nv1;V1;;;\n"

  static func files(cases: String) throws -> (people: String, cases: String, folder: String) {
    let folder = try Scratch.folder().path
    try Data(Self.people.utf8).write(to: URL(fileURLWithPath: folder + "/people.csv"))
    try Data(cases.utf8).write(to: URL(fileURLWithPath: folder + "/cases.csv"))
    return (folder + "/people.csv", folder + "/cases.csv", folder)
  }

  @Test("a draft from Excel's CSV that roster compose accepts, written with mode 0600")
  func draft() throws {
    let files = try Self.files(
      cases: "id,employee,evaluators,score,sanction,familiarizedOn,appliedOn\nc1,e1,v1,\"3,40\",,14.10.2025,16.10.2025\n")
    let output = files.folder + "/draft.json"
    let run = InProcess.run([
      "draft", "new", "--people", files.people, "--cases", files.cases, "--methodology",
      "kz-trade-2025", "--kind", "calibration", "--body", "Министрлік", "-o", output,
    ])
    #expect(run.code == .success, "\(run.err)")
    let mode = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(InProcess.run(["roster", "compose", output]).code == .success)
  }

  @Test("a bad cell: exit 2 naming the file, row and column; nothing written")
  func badCell() throws {
    let files = try Self.files(cases: "id,employee,evaluators,score\nc1,e1,v1,3.40\nc2,e1,v1,high\n")
    let output = files.folder + "/draft.json"
    let run = InProcess.run([
      "draft", "new", "--people", files.people, "--cases", files.cases, "--methodology",
      "kz-trade-2025", "--kind", "calibration", "-o", output,
    ])
    #expect(run.code == .badInput)
    #expect(run.err.contains("cases.csv"))
    #expect(run.err.contains("row 3, column 'score': 'high' is not a score"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test("the help lists the Kazakh and Russian header names")
  func help() {
    let run = InProcess.run(["draft", "new", "--help"])
    #expect(run.out.contains("бағаланатын адам"))
    #expect(run.out.contains("оцениваемый"))
  }
}

@Suite("hattama roster compose --chair --secretary") struct RosterChoiceTests {
  @Test("HR names the chair and the secretary; the roster keeps them")
  func chosen() {
    let run = InProcess.run([
      "roster", "compose", ExampleFiles.path("draft-compose.json"), "--chair", "p3", "--secretary",
      "h1", "--json",
    ])
    #expect(run.code == .success, "\(run.err)")
    #expect(run.out.contains(#""chair": "p3""#))
    #expect(run.out.contains(#""secretary": "h1""#))
  }

  @Test("002 ¶20: the evaluator cannot be the chair; the chair cannot also be the secretary",
    arguments: [["--chair", "v1"], ["--chair", "h1", "--secretary", "h1"], ["--chair", "zz"]])
  func refused(_ words: [String]) {
    let run = InProcess.run(["roster", "compose", ExampleFiles.path("draft-compose.json")] + words)
    #expect(run.code == .failure)
    #expect(run.err.contains("cannot be the"))
  }
}
