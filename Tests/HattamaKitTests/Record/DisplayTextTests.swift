import Testing

@testable import HattamaKit

/// SPEC.md, "The record": a display text (`body`, `period`, a person's `name` and `position`,
/// `conclusion`, `recommendation`) is a string or an object of languages; the protocol takes its
/// own language, else Kazakh, else the first one given.
@Suite("Display texts in several languages") struct DisplayTextTests {
  struct Decoding: Sendable, CustomTestStringConvertible {
    var name: String
    /// The text put in place of the body's string, as JSON.
    var json: String
    /// The body in kk, ru and en; `nil` when the record must be refused.
    var texts: [String]?
    /// The error's description when refused.
    var error: String?
    var testDescription: String { name }
  }

  static let body = #""body": "Сауда және интеграция министрлігі""#

  static let decodings: [Decoding] = [
    Decoding(
      name: "a string is the same in every language", json: #""Сауда министрлігі""#,
      texts: ["Сауда министрлігі", "Сауда министрлігі", "Сауда министрлігі"]),
    Decoding(
      name: "an object gives each language its own text",
      json:
        #"{"kk": "Сауда министрлігі", "ru": "Министерство торговли", "en": "Ministry of Trade"}"#,
      texts: ["Сауда министрлігі", "Министерство торговли", "Ministry of Trade"]),
    Decoding(
      name: "a language left out falls back to Kazakh",
      json: #"{"ru": "Министерство торговли", "kk": "Сауда министрлігі"}"#,
      texts: ["Сауда министрлігі", "Министерство торговли", "Сауда министрлігі"]),
    Decoding(
      name: "without Kazakh, to the first one given",
      json: #"{"en": "Ministry of Trade", "ru": "Министерство торговли"}"#,
      texts: ["Ministry of Trade", "Министерство торговли", "Ministry of Trade"]),
    Decoding(
      name: "an empty object is refused", json: "{}",
      error: #"line 5, column 11, body: '{}' is not a display text; give at least one "#
        + #"language, like {"kk": "…"}."#),
    Decoding(
      name: "an unknown language key is refused at the key",
      json: #"{"kk": "Сауда министрлігі", "de": "Handelsministerium"}"#,
      error: "line 5, column 39, body.de: 'de' is not a language of a display text; write "
        + "'kk', 'ru' or 'en'."),
    Decoding(
      name: "a language given twice is refused", json: #"{"kk": "A", "kk": "B"}"#,
      error: "line 5, column 23, body.kk: the field 'kk' appears more than once in this "
        + "object; keep one."),
    Decoding(
      name: "a text that is not a string is refused at its language", json: #"{"ru": 5}"#,
      error: "line 5, column 18, body.ru: expected a string, found a number."),
    Decoding(
      name: "a value neither a string nor an object is refused", json: #"["Сауда"]"#,
      error: "line 5, column 11, body: expected a string or an object of languages, like "
        + #"{"kk": "…", "ru": "…"}, found an array."#),
  ]

  @Test("a display text decodes from a string or an object of languages", arguments: decodings)
  func decoding(_ item: Decoding) {
    let bytes = variant(Self.body, #""body": "# + item.json)
    do {
      let record = try Record.decode(bytes)
      #expect(Language.allCases.map { record.body.text(in: $0) } == item.texts)
      #expect(item.error == nil)
    } catch {
      #expect(error.description == item.error)
    }
  }

  @Test("every display text field takes the object form, and is written back in it")
  func everyFieldRoundTrips() throws {
    var record = try Record.decode(Array(minimalRecord.utf8))
    let ru = { (text: String) in DisplayText.of((.kk, "kk:" + text), (.ru, text)) }
    record.body = ru("Министерство")
    record.period = ru("2025, 3 квартал")
    record.people[0].name = ru("Омаров Ерлан")
    record.people[0].position = ru("Руководитель аппарата")
    record.conclusion = ru("Рассмотрено")
    let json = record.encodedJSON()
    #expect(json.contains(#""body": {"kk": "kk:Министерство", "ru": "Министерство"}"#))
    #expect(json.contains(#""name": {"kk": "kk:Омаров Ерлан", "ru": "Омаров Ерлан"}"#))
    let decoded = try Record.decode(Array(json.utf8))
    #expect(decoded == record)
    #expect(decoded.people[0].position?.text(in: .en) == "kk:Руководитель аппарата")
  }

  @Test("a plain string is written back as a string, not as an object")
  func plainStaysPlain() throws {
    let record = try Record.decode(Array(minimalRecord.utf8))
    #expect(record.body.translations == nil)
    #expect(record.encodedJSON().contains(Self.body))
  }

  @Test("no text, or a language given twice, makes no display text")
  func construction() {
    #expect(DisplayText([]) == nil)
    #expect(DisplayText([.init(.ru, "a"), .init(.ru, "b")]) == nil)
    #expect(DisplayText([.init(.ru, "a"), .init(.en, "b")])?.text == "a")
  }
}
