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
        "түзетілуі (бар болған жағдайда): 3,80 — Функционалдық міндеттерін тиісті түрде атқарады"))
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
}
