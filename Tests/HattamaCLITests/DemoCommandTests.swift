import Foundation
import Testing

@testable import HattamaCLI

@Suite("hattama demo") struct DemoCommandTests {
  @Test("the built-in sittings are the valid examples, byte for byte")
  func dataMatchesExamples() throws {
    #expect(DemoData.calibration + "\n" == (try ExampleFiles.text("calibration-valid.json")))
    #expect(DemoData.commission + "\n" == (try ExampleFiles.text("commission-valid.json")))
  }

  @Test("the demo records both sittings, a casting vote decides a tie, and both audits are clean")
  func endToEnd() throws {
    let (code, out, err) = InProcess.run(["demo"])
    #expect(code == .success, "\(err)")
    #expect(out.components(separatedBy: "no findings").count == 3)
    #expect(out.components(separatedBy: "audit: 0 violations, 0 warnings in 1 file.").count == 3)
    #expect(
      out.contains("The votes were tied; the chair, "))
    #expect(
      out.contains(
        "corrected by the Calibration Session (if any): 3.80 — Performs functional duties properly"))
    #expect(out.split(separator: "\n").count < 50)
    let folder = try #require(
      out.split(separator: "\n").last?.split(separator: " ").last.map(String.init))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(files.filter { $0.contains("-protocol-") }.count == 12)
    let mode =
      try FileManager.default.attributesOfItem(atPath: folder + "/calibration.jsonl")[
        .posixPermissions] as? Int
    #expect(mode == 0o600)
    try FileManager.default.removeItem(atPath: folder)
  }

  @Test("the demo speaks the console's language: its own lines and the protocol it shows")
  func inKazakh() throws {
    let (console, captured) = Console.capturing(language: .kk)
    #expect(HattamaCLI.run(["demo"], console: console) == .success, "\(captured.err)")
    let out = captured.out
    #expect(out.hasPrefix("== Калибрлеу сессиясы · kz-trade-2025"))
    #expect(out.contains("5 мүше, төраға m1, хатшы s1: ештеңе анықталмады"))
    #expect(out.contains("c1 бағаны түзету 3.40 → 3.80"))
    #expect(
      out.contains(
        "түзетілуі (бар болған жағдайда): 3,80 — Функционалдық міндеттерін тиісті түрде атқарады"))
    let folder = try #require(out.split(separator: " ").last.map { String($0.dropLast()) })
    #expect(out.contains("Журналдар, хаттамалар (kk, ru, en; text және HTML) және жазбалар"))
    try FileManager.default.removeItem(atPath: folder)
  }
}
