import Foundation
import Testing

@testable import HattamaKit

@Suite("Methodology JSON") struct MethodologyJSONTests {
  @Test("every built-in methodology round-trips", arguments: Methodology.builtIn.map(\.id))
  func roundTrip(id: String) throws {
    let methodology = try #require(Methodology.builtIn(id: id))
    let decoded = try Methodology.decodeJSON(Array(methodology.encodedJSON().utf8))
    #expect(decoded == methodology)
    #expect(decoded.encodedJSON() == methodology.encodedJSON(), "the file's bytes come back")
  }

  @Test("000 ¶55: a category's name is written in its three languages even when they read alike")
  func categoryNameAlike() throws {
    let text = Methodology.nchr2020.encodedJSON().replacingFirst(
      #"{"kk": "тиімді", "ru": "эффективно", "en": "effective"}"#,
      with: #"{"kk": "B", "ru": "B", "en": "B"}"#)
    let decoded = try Methodology.decodeJSON(Array(text.utf8))
    #expect(decoded.targetCategories?.value[.second] == Phrase(verbatim: "B"))
    #expect(decoded.encodedJSON() == text)
  }

  @Test("every rule value has the shape {value, clause, source, readings, note}")
  func citedShape() {
    let text = Methodology.trade2025.encodedJSON()
    #expect(text.contains(#""minimumSize": {"value": 3, "clause": "002 ¶20", "source": "text"}"#))
    #expect(text.contains(#""boundsFinalScore": {"#) && text.contains(#""source": "reading""#))
    #expect(text.contains(#""source": "analogy""#))
    #expect(text.contains(#""readings": ["votes-cast", "composition"]"#))
    #expect(text.contains(#""quorum": {"#))
    #expect(text.contains(#""value": "2/3""#))
    #expect(text.contains(#""value": {"workingDays": 5, "from": "familiarization"}"#))
    #expect(text.contains(#""value": "2.99""#))
    #expect(text.contains(#""validFrom": {"#) && text.contains(#""value": "2025-10-09""#))
  }

  static let errors: [(String, String, String)] = [
    (
      #""oddSize""#, #""oddsize""#,
      "unknown field 'oddsize'; did you mean 'oddSize'?"
    ),
    (
      #""value": "2/3""#, #""value": "3/2""#,
      "'3/2' is not a share of the composition written like \"2/3\"."
    ),
    (
      #""value": "2.99""#, #""value": "5.99""#,
      "'5.99' is not a score; write it like \"3.40\"."
    ),
    (
      #""value": 3, "clause": "002 ¶20""#, #""value": 0, "clause": "002 ¶20""#,
      "'0' is not a number of members, a whole number from 1 to 1000."
    ),
    (
      #""clause": "002 ¶20", "source": "text"}"#, #""clause": "002 ¶20", "source": "law"}"#,
      "'law' is not allowed here; write 'text', 'analogy' or 'reading'."
    ),
    (
      #""clause": "002 ¶20", "source": "text"}"#, #""clause": "002 ¶20", "source": "reading"}"#,
      "'reading' is not a reading with its \"readings\": the other readings the text allows, at least one."
    ),
    (
      #""clause": "002 ¶20", "source": "text"}"#,
      #""clause": "002 ¶20", "source": "text", "readings": ["x"]}"#,
      "'readings' is not a field of a reading; only \"source\": \"reading\" lists other readings."
    ),
    (
      #""from": "familiarization""#, #""from": "familiarisation""#,
      "'familiarisation' is not allowed here; write 'evaluation-end', 'familiarization', "
        + "'application', 'decision', 'sitting', 'signing' or 'approval'."
    ),
  ]

  @Test("a methodology file is read strictly", arguments: errors)
  func refused(original: String, replacement: String, message: String) throws {
    let text = Methodology.trade2025.encodedJSON()
    #expect(text.contains(original))
    let changed = text.replacingFirst(original, with: replacement)
    do {
      _ = try Methodology.decodeJSON(Array(changed.utf8))
      Issue.record("decoded a methodology that must be refused")
    } catch {
      #expect(error.message == message)
    }
  }

  @Test("a methodology that gives one kind of body twice is refused")
  func duplicateBody() throws {
    var methodology = Methodology.justice2023
    methodology.bodies.append(methodology.bodies[0])
    do {
      _ = try Methodology.decodeJSON(Array(methodology.encodedJSON().utf8))
      Issue.record("decoded a methodology that must be refused")
    } catch {
      #expect(error.path.description == "bodies[2]")
      #expect(
        error.message
          == "the rules for a 'calibration' body are already given at bodies[0]; give each kind once."
      )
    }
  }

  @Test("a methodology that ends before it begins is refused")
  func validityOrder() throws {
    var methodology = Methodology.nchr2020
    let early = try #require(Day(year: 2019, month: 1, day: 1))
    methodology.validThrough?.value = ValidityDay(early)
    do {
      _ = try Methodology.decodeJSON(Array(methodology.encodedJSON().utf8))
      Issue.record("decoded a methodology that must be refused")
    } catch {
      #expect(
        error.message
          == "'2019-01-01' is not a day on or after validFrom (2020-09-22…2020-10-12).")
    }
  }
}

extension String {
  /// The text with the first occurrence of `target` replaced.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }

  @Test("000 ¶55, 004 ¶18, ¶27: the category words and the competency threshold are in the file")
  func categoriesAndCompetencies() throws {
    let text = Methodology.nchr2020.encodedJSON()
    #expect(text.contains(#"{"kk": "тиімді", "ru": "эффективно", "en": "effective"}"#))
    #expect(text.contains(#""competencyThreshold": {"value": "3/4", "clause": "004 ¶27""#))
    let three = text.replacingFirst(
      #"{"kk": "өте жақсы", "ru": "отлично", "en": "excellent"},"#, with: "")
    do {
      _ = try Methodology.decodeJSON(Array(three.utf8))
      Issue.record("decoded three category names")
    } catch {
      #expect(
        error.message == "'3' is not four names, of the categories 1 to 4 in order.")
    }
  }
}
