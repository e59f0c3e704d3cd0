import Foundation
import Testing

@testable import HattamaKit

@Suite("Methodology JSON: the force of each rule") struct MethodologySourceTests {
  /// The built-in's JSON with every `source` and `readings` taken out: a file written before
  /// rule values carried their force.
  static func withoutSources(_ methodology: Methodology) -> String {
    var text = methodology.encodedJSON()
    for pattern in [
      #",\s*"source": "(text|analogy)""#, #",\s*"source": "reading",\s*"readings": \[[^\]]*\]"#,
    ] {
      text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
    }
    return text
  }

  @Test("a file without sources keeps the built-in's force where it keeps the built-in's clause")
  func defaultSources() throws {
    let old = Self.withoutSources(.trade2025)
    #expect(!old.contains(#""source""#))
    #expect(try Methodology.decodeJSON(Array(old.utf8)) == Methodology.trade2025)
    // The body's own clause for the quorum makes it its own text, binding.
    let own = old.replacingFirst(
      #""clause": "000 ¶63 (by analogy)""#, with: #""clause": "our order ¶7""#)
    let rules = try #require(try Methodology.decodeJSON(Array(own.utf8)).rules(for: .calibration))
    #expect(rules.quorum.source == .text)
    #expect(rules.quorum.binds)
    #expect(rules.requiresChair.source == .analogy)
  }

  @Test("a file under its own id has no built-in to borrow from: every value is its text")
  func ownIDIsText() throws {
    let old = Self.withoutSources(.trade2025).replacingFirst(
      #""id": "kz-trade-2025""#, with: #""id": "our-body-2025""#)
    let rules = try #require(try Methodology.decodeJSON(Array(old.utf8)).rules(for: .calibration))
    #expect(rules.quorum.source == .text)
    #expect(rules.majorityBase.source == .text)
  }

  @Test("a body's file can mark a borrowed rule as its own text")
  func markedAsText() throws {
    var text = Methodology.justice2023.encodedJSON()
    let quorum = try #require(
      text.range(
        of: #""clause": "000 ¶63 \(by analogy\)",\s*"source": "analogy""#,
        options: .regularExpression))
    text.replaceSubrange(quorum, with: #""clause": "000 ¶63 (by analogy)", "source": "text""#)
    let rules = try #require(try Methodology.decodeJSON(Array(text.utf8)).rules(for: .calibration))
    #expect(rules.quorum.binds)
    #expect(!(Methodology.justice2023.rules(for: .calibration)?.quorum.binds ?? true))
  }

  @Test("a validity window is written {earliest, latest} and must run forwards")
  func window() throws {
    let text = Methodology.nchr2020.encodedJSON()
    let window = #"{"earliest": "2024-12-01", "latest": "2024-12-21"}"#
    #expect(text.contains(#""value": \#(window)"#))
    let swapped = text.replacingFirst(
      window, with: #"{"earliest": "2024-12-21", "latest": "2024-12-01"}"#)
    do {
      _ = try Methodology.decodeJSON(Array(swapped.utf8))
      Issue.record("decoded a window that runs backwards")
    } catch {
      #expect(error.message == "'2024-12-01' is not a day on or after earliest (2024-12-21).")
    }
  }

  @Test("a file written before the protocol form existed takes its kind's form")
  func defaultForm() throws {
    var text = Methodology.nchr2020.encodedJSON()
    text = text.replacingOccurrences(
      of: #",\s*"form": \{[^}]*\}[^}]*\}"#, with: "", options: .regularExpression)
    #expect(!text.contains(#""form""#))
    let rules = try #require(try Methodology.decodeJSON(Array(text.utf8)).rules(for: .commission))
    #expect(rules.form.value.approval)
  }
}
