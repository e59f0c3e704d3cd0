import Foundation
import Testing

@testable import HattamaKit

/// A methodology file's notes and named bodies: one text for every language, or one per
/// language; `methodology show --json` writes the built-in ones per language and reads them back.
@Suite("Methodology JSON: notes in one language or three")
struct MethodologyNoteJSONTests {
  /// The trade methodology's file with its first note replaced by `note`.
  static func file(note: String) throws -> [UInt8] {
    let text = Methodology.trade2025.encodedJSON()
    let start = try #require(text.range(of: #""note": {"#))
    let end = try #require(text.range(of: "}", range: start.upperBound..<text.endIndex))
    return Array(text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: note).utf8)
  }

  @Test("a built-in note is written per language")
  func writtenPerLanguage() {
    let text = Methodology.trade2025.encodedJSON()
    let note = BuiltInNote.inForceFromSigning
    let compact = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    #expect(
      compact.contains(
        #""note": { "kk": "\#(note.kk)", "ru": "\#(note.ru)", "en": "\#(note.en)" }"#))
  }

  @Test("a note given as one string reads the same in every language")
  func oneString() throws {
    let methodology = try Methodology.decodeJSON(try Self.file(note: #""note": "our own order""#))
    #expect(methodology.validFrom.note == Phrase(verbatim: "our own order"))
  }

  @Test("a note given per language keeps each language's text")
  func perLanguage() throws {
    let note = #""note": {"kk": "біздің бұйрық", "ru": "наш приказ", "en": "our own order"}"#
    let methodology = try Methodology.decodeJSON(try Self.file(note: note))
    #expect(
      methodology.validFrom.note
        == Phrase(kk: "біздің бұйрық", ru: "наш приказ", en: "our own order"))
  }

  @Test("a note per language without one of the languages is refused, naming it")
  func missingLanguage() throws {
    let note = #""note": {"kk": "біздің бұйрық", "en": "our own order"}"#
    let bytes = try Self.file(note: note)
    do throws(JSONDecodingError) {
      _ = try Methodology.decodeJSON(bytes)
      Issue.record("a note without its Russian text was read")
    } catch {
      #expect(error.description.contains("ru"), "\(error)")
    }
  }
}
