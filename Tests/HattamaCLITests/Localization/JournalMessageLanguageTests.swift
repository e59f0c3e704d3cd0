import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

/// SPEC.md, "The interface language": what the journal store and the journal's reader say — every
/// file error, every reason a line is not an event, every break of the chain — exists in Kazakh,
/// Russian and English, each naming the same path, line and key.
@Suite("The journal's messages in three languages")
struct JournalMessageLanguageTests {
  static let path = "J.jsonl"
  static let torn = TornTail(offset: 10, byteCount: 12, sha256: SHA256.hash(Array("x".utf8)))
  static let kinds: [JournalValueKind] = [
    .string, .positiveInteger, .stringList, .object, .date, .score, .category, .kpiMet,
    .voteChoice, .motionKind, .digest, .nonce,
  ]
  static let lineErrors: [JournalLineError] =
    [
      .notAnObject, .duplicateKey("seq"), .missingKey("seq"), .unexpectedKey("zzz"),
      .unknownType("dance"), .unsupportedFormat("hattama.journal/9"),
      .unsupportedHash("md5"), .notCanonical, .tooLong(limit: 65_536),
    ]
    + kinds.map { JournalLineError.wrongType(key: "seq", expected: $0) }
    + kinds.map { JournalLineError.invalidValue(key: "seq", value: "x", expected: $0) }
  static let reasons: [ChainBreakReason] =
    [
      .missingOpen, .notOpen, .misplacedOpen, .splicedOrEdited,
      .seqChanged(found: 7, expected: 5), .removed(first: 5, count: 2),
      .reordered(found: 7, expected: 5), .foreign, .unlinked,
    ] + lineErrors.map(ChainBreakReason.malformed)
  static let fileErrors: [JournalFileError] =
    [
      .alreadyExists(path: path), .symbolicLink(path: path), .notFound(path: path),
      .notRegularFile(path: path), .torn(path: path, torn),
      .tampered(path: path, ChainBreak(line: 5, reason: .foreign)), .notTorn(path: path),
      .brokenFileExists(path: path), .linkedDirectory(path: path, directory: "/tmp/link"),
      .lineTooLong(path: path, line: 9, limit: 65_536), .repairNotFlushed(path: path, errno: 5),
      .writeFailed(path: path, errno: 28, rolledBack: true),
      .writeFailed(path: path, errno: 28, rolledBack: false),
      .syncFailed(path: path, errno: 5, rolledBack: true),
      .syncFailed(path: path, errno: 5, rolledBack: false),
    ]
    + operations.map { JournalFileError.system($0, path: path, errno: 13) }
    + operations.map { JournalFileError.repairStopped(path: path, $0, errno: 5) }
  static let operations: [JournalFileOperation] = [
    .open, .create, .chmod, .lock, .read, .truncate, .syncDirectory, .rename, .write, .sync,
  ]

  /// Said in every language, kk and ru in their own words, with the same numbers and names; the
  /// system's own reason (`strerror`, English in this locale) is the system's, not ours.
  static func expectTranslated(_ phrase: Phrase, keeping kept: [String]) {
    for text in [phrase.kk, phrase.ru, phrase.en] { #expect(!text.isEmpty) }
    let system = [5, 13, 28].map { String(cString: strerror(Int32($0))) }
    for text in [phrase.kk, phrase.ru].map({ text in
      system.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
    }) {
      #expect(LanguageCheck.hasCyrillic(text), "\(text)")
      #expect(!LanguageCheck.isEnglish(text), "\(text)")
      #expect(text != phrase.en)
    }
    for word in kept {
      #expect([phrase.kk, phrase.ru, phrase.en].allSatisfy { $0.contains(word) }, "\(word): \(phrase)")
    }
  }

  @Test("every error of the journal store names its file in each language", arguments: fileErrors)
  func fileError(_ error: JournalFileError) {
    Self.expectTranslated(error.message, keeping: [Self.path])
  }

  @Test("every reason a line is not an event, and every break of the chain", arguments: reasons)
  func chainBreak(_ reason: ChainBreakReason) {
    let namesLine = reason != .missingOpen && reason != .notOpen
    Self.expectTranslated(
      ChainBreak(line: 5, reason: reason).message, keeping: namesLine ? ["5"] : [])
  }

  @Test("a report of a chain broken before a torn tail says both")
  func brokenAndTorn() {
    let report = ChainReport(
      lineCount: 6, head: nil, firstBreak: ChainBreak(line: 5, reason: .foreign),
      tornTail: Self.torn)
    Self.expectTranslated(report.message, keeping: ["5", "12"])
  }
}
