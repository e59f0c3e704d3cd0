import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// No paper to sign that is wrong or unfinished (SPEC, "The protocol"): refused with exit 1,
/// written with --draft marked on every page; --case writes one employee's extract.
@Suite("hattama protocol: papers to sign, drafts and extracts")
struct ProtocolPaperTests {
  typealias F = SessionFixture

  @Test("a record whose audit finds a violation is refused, and written with --draft marked")
  func violations() throws {
    let path = ExampleFiles.path("calibration-violations.json")
    let refused = InProcess.run(["protocol", path])
    #expect(refused.code == .failure)
    #expect(refused.out.isEmpty)
    #expect(refused.err.contains("is not a protocol to sign"))
    #expect(refused.err.contains("violation"))
    for (language, mark) in [("kk", "ЖОБА"), ("ru", "ПРОЕКТ"), ("en", "DRAFT")] {
      let draft = InProcess.run(["protocol", path, "--draft", "--lang", language])
      #expect(draft.code == .success)
      #expect(draft.out.contains("*** \(mark) ***"))
      #expect(draft.out.contains("composition."))
    }
    let html = InProcess.run(["protocol", path, "--draft", "--format", "html"]).out
    #expect(html.contains("<div class=\"draft-mark\">ЖОБА</div>"))
    #expect(html.contains("position: fixed"))
    #expect(html.contains(#"@top-center { content: "ЖОБА""#))
  }

  @Test("a lawful record gives a paper to sign, with no draft mark")
  func lawful() {
    let run = InProcess.run(["protocol", ExampleFiles.path("calibration-valid.json")])
    #expect(run.code == .success)
    #expect(!run.out.contains("ЖОБА"))
  }

  @Test("a journal not closed is refused; --draft says why")
  func unclosed() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let before = try F.bytes(journal)
      let refused = F.run(["protocol", journal])
      #expect(refused.code == .failure)
      #expect(refused.err.contains("the journal is not closed"))
      let draft = F.run(["protocol", journal, "--draft", "--lang", "en"])
      #expect(draft.code == .success)
      #expect(draft.out.contains("*** DRAFT ***"))
      #expect(draft.out.contains("the journal is not closed"))
      #expect(try F.bytes(journal) == before)
    }
  }

  @Test("000 ¶21: --case writes the extract for one employee, no other employee's result")
  func extract() throws {
    let path = ExampleFiles.path("calibration-valid.json")
    let whole = InProcess.run(["protocol", path, "--lang", "en"]).out
    let extract = InProcess.run(["protocol", path, "--lang", "en", "--case", "c1"])
    #expect(extract.code == .success)
    #expect(extract.out.contains("Extract from the protocol"))
    #expect(whole.contains("Мұратова Жанар Бақытқызы"))
    #expect(extract.out.contains("Қасымов Дәурен Асқарұлы"))
    #expect(!extract.out.contains("Мұратова Жанар Бақытқызы"))
    let json = InProcess.run(["protocol", path, "--format", "json", "--case", "c1"]).out
    #expect(json.contains(#""extractOf": "c1""#))
    #expect(!json.contains("Мұратова"))
    let unknown = InProcess.run(["protocol", path, "--case", "c9"])
    #expect(unknown.code == .badInput)
    #expect(unknown.err.contains("did you mean"))
  }

  @Test("verify of a file that is not a journal is bad input (exit 2), saying what it is")
  func verifyNotAJournal() throws {
    let record = InProcess.run(["verify", ExampleFiles.path("calibration-valid.json")])
    #expect(record.code == .badInput)
    #expect(record.err.contains("is not a journal"))
    let text = try Scratch.file("notes.txt", "hello\nworld\n")
    #expect(InProcess.run(["verify", text]).code == .badInput)
  }

  @Test("verify of a journal whose first line was edited is tampering (exit 1)")
  func verifyEditedOpen() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      var bytes = try F.bytes(journal)
      // A space inside line 1 keeps the journal format in it but breaks its canonical form.
      let brace = try #require(bytes.firstIndex(of: UInt8(ascii: ",")))
      bytes.insert(0x20, at: brace + 1)
      try F.write(bytes, to: journal)
      #expect(F.run(["verify", journal]).code == .failure)
    }
  }
}

@Suite("hattama protocol -o: the format from the extension")
struct ProtocolOutputFormatTests {
  @Test("SPEC: -o picks the format from .txt, .md, .html, .json when --format is not given",
    arguments: [("p.html", "<!DOCTYPE html>"), ("p.md", "# "), ("p.json", "{"), ("p.txt", "Калибрлеу сессиясының хаттамасы")])
  func fromExtension(_ name: String, _ start: String) throws {
    let folder = try Scratch.folder().path
    let output = folder + "/" + name
    let run = InProcess.run(["protocol", ExampleFiles.path("calibration-valid.json"), "-o", output])
    #expect(run.code == .success, "\(run.err)")
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.contains(start))
    if name != "p.html" { #expect(!text.contains("<!DOCTYPE html>")) }
  }
}

@Suite("hattama verify --json and standard input")
struct VerifyConventionsTests {
  typealias F = SessionFixture

  @Test("--json says intact, events, anchor and findings; '-' reads standard input")
  func json() throws {
    try F.withDirectory { directory in
      let journal = F.opened(directory)
      let run = F.run(["verify", journal, "--json"])
      #expect(run.code == .success)
      #expect(run.out.contains(#""intact": true"#))
      #expect(run.out.contains(#""events": 2"#))
      var bytes = try F.bytes(journal)
      bytes.append(contentsOf: Array("{\"seq\":3".utf8))
      try F.write(bytes, to: journal)
      let torn = F.run(["verify", journal, "--json"])
      #expect(torn.out.contains(#""code": "journal.torn""#))
    }
  }
}
