import Testing

@testable import HattamaKit

@Suite("Journal line format") struct JournalLineTests {
  static let prev = SHA256.hash(Array("abc".utf8))

  struct EncodingCase: Sendable, CustomTestStringConvertible {
    let event: JournalEvent
    let text: String
    var testDescription: String { event.type + ": " + text.prefix(40) }
  }

  static let encodings: [EncodingCase] = [
    EncodingCase(
      event: .attend(date: JournalFixture.day, present: ["m1", "m2"]),
      text: #","type":"attend","date":"2025-10-24","present":["m1","m2"]}"#),
    EncodingCase(
      event: .propose(motion: "mo1", caseID: "c1", kind: .confirm, by: nil),
      text: #","type":"propose","motion":"mo1","case":"c1","kind":"confirm"}"#),
    EncodingCase(
      event: .propose(
        motion: "mo2", caseID: "c1", kind: .correct(.score(.valid(JournalFixture.score(380)))),
        by: "m2"),
      text: #","type":"propose","motion":"mo2","case":"c1","kind":"correct","score":"3.80","#
        + #""by":"m2"}"#),
    EncodingCase(
      event: .propose(
        motion: "mo3", caseID: "c1", kind: .correct(.category(.first, kpiMet: 5)), by: nil),
      text: #","type":"propose","motion":"mo3","case":"c1","kind":"correct","category":1,"#
        + #""kpiMet":5}"#),
    EncodingCase(
      event: .propose(
        motion: "mo4", caseID: "c1", kind: .correct(.category(.fourth, kpiMet: nil)), by: nil),
      text: #","type":"propose","motion":"mo4","case":"c1","kind":"correct","category":4}"#),
    EncodingCase(
      event: .vote(motion: "mo1", member: "m1", choice: .abstain),
      text: #","type":"vote","motion":"mo1","member":"m1","choice":"abstain"}"#),
    EncodingCase(event: .tally(motion: "mo1"), text: #","type":"tally","motion":"mo1"}"#),
    EncodingCase(event: .close(conclusion: nil), text: #","type":"close"}"#),
    EncodingCase(
      event: .close(conclusion: "Қорытынды: \"иә\"\n\\ \t\u{1}"),
      text: #","type":"close","conclusion":"Қорытынды: \"иә\"\n\\ \t\u0001"}"#),
    EncodingCase(
      event: .repair(tornBytes: 17, tornSHA256: prev),
      text: #","type":"repair","bytes":17,"sha256":"\#(prev.hex)"}"#),
  ]

  @Test("each event encodes to its canonical bytes and decodes back", arguments: encodings)
  func encoding(example: EncodingCase) throws {
    let line = JournalLine(seq: 7, prev: Self.prev, event: example.event)
    let text = #"{"seq":7,"prev":"\#(Self.prev.hex)""# + example.text
    #expect(String(decoding: line.encoded(), as: UTF8.self) == text)
    #expect(try JournalLine(decoding: Array(text.utf8)) == line)
  }

  @Test("line 1 names the format, the hash and the nonce, and embeds the compact draft")
  func openLine() throws {
    let nonce = JournalFixture.nonce(0x0F)
    let line = JournalLine.opening(nonce: nonce, draft: JournalFixture.draft)
    let text = String(decoding: line.encoded(), as: UTF8.self)
    let nonceHex = String(repeating: "0f", count: 16)
    #expect(
      text.hasPrefix(
        #"{"seq":1,"type":"open","format":"hattama.journal/1","hash":"sha256","#
          + #""nonce":"\#(nonceHex)","draft":{"format":"hattama.record/1","methodology""#))
    #expect(!line.encoded().contains(0x0A))
    let decoded = try JournalLine(decoding: line.encoded())
    #expect(decoded == line)
    guard case .open(_, let draft, _) = decoded.event else {
      Issue.record("line 1 decodes to \(decoded.event)")
      return
    }
    #expect(draft.text.contains(#""body":"Сауда және интеграция министрлігі""#))
  }

  struct DecodingCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let error: JournalLineError
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ error: JournalLineError) {
      self.init(name, Array(text.utf8), error)
    }

    init(_ name: String, _ bytes: [UInt8], _ error: JournalLineError) {
      self.name = name
      self.bytes = bytes
      self.error = error
    }
  }

  static let hex = prev.hex
  static let nonce = String(repeating: "ab", count: 16)

  /// Line 2 of type `type` with the rest of its fields.
  static func event(_ type: String, _ fields: String = "") -> String {
    #"{"seq":2,"prev":"\#(hex)","type":"\#(type)""# + (fields.isEmpty ? "" : ",") + fields + "}"
  }

  /// Line 1 with these `format`, `hash`, `nonce` and `draft` values.
  static func open(
    format: String = JournalLine.format, hash: String = "sha256", nonce: String = nonce,
    draft: String = "{}"
  ) -> String {
    #"{"seq":1,"type":"open","format":"\#(format)","hash":"\#(hash)","nonce":"\#(nonce)","#
      + #""draft":\#(draft)}"#
  }

  static let refusals: [DecodingCase] = [
    DecodingCase("empty line", "", JournalFixture.notJSON(.empty, column: 1)),
    DecodingCase(
      "cut short", #"{"seq":2,"prev":"#, JournalFixture.notJSON(.endWhereValueExpected, column: 17)),
    DecodingCase("an array", "[1]", .notAnObject),
    DecodingCase(
      "duplicate key", #"{"seq":2,"seq":2,"type":"tally","motion":"m"}"#, .duplicateKey("seq")),
    DecodingCase("no seq", #"{"type":"close"}"#, .missingKey("seq")),
    DecodingCase(
      "seq 0", #"{"seq":0,"type":"close"}"#,
      .invalidValue(key: "seq", value: "0", expected: .positiveInteger)),
    DecodingCase(
      "seq 2.0", #"{"seq":2.0,"type":"close"}"#,
      .invalidValue(key: "seq", value: "2.0", expected: .positiveInteger)),
    DecodingCase(
      "seq as text", #"{"seq":"2","type":"close"}"#,
      .wrongType(key: "seq", expected: .positiveInteger)),
    DecodingCase(
      "short prev", #"{"seq":2,"prev":"abc","type":"close"}"#,
      .invalidValue(key: "prev", value: "abc", expected: .digest)),
    DecodingCase("unknown type", event("adjourn"), .unknownType("adjourn")),
    DecodingCase("unknown key", event("close", #""by":"m1""#), .unexpectedKey("by")),
    DecodingCase(
      "vote without member", event("vote", #""motion":"mo1","choice":"for""#),
      .missingKey("member")),
    DecodingCase(
      "vote 'maybe'", event("vote", #""motion":"mo1","member":"m1","choice":"maybe""#),
      .invalidValue(key: "choice", value: "maybe", expected: .voteChoice)),
    DecodingCase(
      "confirm with a score",
      event("propose", #""motion":"mo1","case":"c1","kind":"confirm","score":"3.80""#),
      .unexpectedKey("score")),
    DecodingCase(
      "correct without a score", event("propose", #""motion":"mo1","case":"c1","kind":"correct""#),
      .missingKey("score")),
    DecodingCase(
      "a motion that neither confirms nor corrects",
      event("propose", #""motion":"mo1","case":"c1","kind":"annul""#),
      .invalidValue(key: "kind", value: "annul", expected: .motionKind)),
    DecodingCase(
      "score that is no number",
      event("propose", #""motion":"mo1","case":"c1","kind":"correct","score":"high""#),
      .invalidValue(key: "score", value: "high", expected: .score)),
    DecodingCase(
      "a category 5",
      event("propose", #""motion":"mo1","case":"c1","kind":"correct","category":5"#),
      .invalidValue(key: "category", value: "5", expected: .category)),
    DecodingCase(
      "six targets met",
      event("propose", #""motion":"mo1","case":"c1","kind":"correct","category":1,"kpiMet":6"#),
      .invalidValue(key: "kpiMet", value: "6", expected: .kpiMet)),
    DecodingCase(
      "a score beside a category",
      event(
        "propose", #""motion":"mo1","case":"c1","kind":"correct","category":1,"score":"3.80""#),
      .unexpectedKey("score")),
    DecodingCase(
      "attendance on 2025-02-29", event("attend", #""date":"2025-02-29","present":[]"#),
      .invalidValue(key: "date", value: "2025-02-29", expected: .date)),
    DecodingCase(
      "present not a list", event("attend", #""date":"2025-10-24","present":"m1""#),
      .wrongType(key: "present", expected: .stringList)),
    DecodingCase(
      "repair of 0 bytes", event("repair", #""bytes":0,"sha256":"\#(hex)""#),
      .invalidValue(key: "bytes", value: "0", expected: .positiveInteger)),
    DecodingCase(
      "another journal format", open(format: "hattama.journal/2"),
      .unsupportedFormat("hattama.journal/2")),
    DecodingCase("another hash", open(hash: "md5"), .unsupportedHash("md5")),
    DecodingCase(
      "uppercase nonce", open(nonce: nonce.uppercased()),
      .invalidValue(key: "nonce", value: nonce.uppercased(), expected: .nonce)),
    DecodingCase(
      "draft not an object", open(draft: "[]"), .wrongType(key: "draft", expected: .object)),
    DecodingCase("keys reordered", #"{"type":"close","seq":2,"prev":"\#(hex)"}"#, .notCanonical),
    DecodingCase("a space added", #"{"seq":2, "prev":"\#(hex)","type":"close"}"#, .notCanonical),
    DecodingCase(
      "uppercase prev", #"{"seq":2,"prev":"\#(hex.uppercased())","type":"close"}"#, .notCanonical),
    DecodingCase("needless escape", event("close", #""conclusion":"\u0041""#), .notCanonical),
    DecodingCase("trailing carriage return", event("close") + "\r", .notCanonical),
    DecodingCase(
      "invalid UTF-8", Array(#"{"seq":2,"type":"close","conclusion":""#.utf8) + [0xFF, 0x22, 0x7D],
      JournalFixture.notJSON(.invalidUTF8, column: 39, path: [.key("conclusion")])),
  ]

  @Test(
    "a line that is not an event as the journal writes it is refused, saying why",
    arguments: refusals)
  func refusal(example: DecodingCase) {
    #expect(throws: example.error) { try JournalLine(decoding: example.bytes) }
  }

  @Test(
    "strings with quotes, backslashes, control characters and any script round-trip",
    arguments: ["", "\"", "\\", "\u{0}\u{1F}\u{7F}", "Нұрланова Айгүл", "😀 \u{2028}", "a/b"])
  func stringsRoundTrip(text: String) throws {
    let line = JournalLine(seq: 3, prev: Self.prev, event: .close(conclusion: text))
    let bytes = line.encoded()
    #expect(!bytes.contains(0x0A))
    #expect(try JournalLine(decoding: bytes) == line)
  }

  @Test("every line 1 begins with the opening start, up to its nonce; no other line does")
  func openingStart() {
    let start = String(decoding: JournalLine.openingStart, as: UTF8.self)
    #expect(
      start == #"{"seq":1,"type":"open","format":"hattama.journal/1","hash":"sha256","nonce":""#)
    let open = JournalLine.opening(nonce: JournalFixture.nonce(7), draft: JournalFixture.draft)
    #expect(open.encoded().starts(with: JournalLine.openingStart))
    let close = JournalLine(seq: 1, prev: nil, event: .close(conclusion: nil))
    #expect(!close.encoded().starts(with: JournalLine.openingStart))
  }
}
