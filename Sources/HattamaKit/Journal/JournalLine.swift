/// One line of a journal: its place in the chain and its event.
///
/// A line is a JSON object on one line, keys in a fixed order, so that its bytes — and the hash
/// the next line carries — follow from its content alone:
///
/// ```
/// {"seq":1,"type":"open","format":"hattama.journal/1","hash":"sha256","nonce":"…","draft":{…}}
/// {"seq":2,"prev":"<sha256 of line 1>","type":"attend","date":"2025-10-24","present":["m1"]}
/// ```
public struct JournalLine: Sendable, Equatable {
  /// The journal format line 1 names.
  public static let format = "hattama.journal/1"
  /// The hash algorithm line 1 names, the one `prev` and the anchor use.
  public static let hashAlgorithm = "sha256"

  /// The line's number in the journal, from 1.
  public var seq: Int
  /// The SHA-256 of the previous line's bytes without their newline; `nil` on line 1.
  public var prev: SHA256Digest?
  /// What happened: the open, an attendance, a proposal, a vote, a tally, the close or a repair.
  public var event: JournalEvent

  /// A line `seq` holding `event`, linked to the previous line by `prev`.
  public init(seq: Int, prev: SHA256Digest?, event: JournalEvent) {
    self.seq = seq
    self.prev = prev
    self.event = event
  }

  /// Line 1 of a new journal.
  package static func opening(
    nonce: JournalNonce, draft: JournalDraft, methodology: JournalMethodology? = nil
  ) -> JournalLine {
    JournalLine(
      seq: 1, prev: nil, event: .open(nonce: nonce, draft: draft, methodology: methodology))
  }

  /// The bytes every line 1 begins with, up to the first digit of its nonce: all that an `open`
  /// killed mid-write may leave. Taken from ``encoded()``, so that it follows the line's form.
  package static let openingStart: [UInt8] = {
    let nonce = JournalNonce(hex: String(repeating: "0", count: 32))
    let line = nonce.map { opening(nonce: $0, draft: JournalDraft(compactJSON: [])).encoded() }
    guard let line, let key = line.firstRange(of: Array(#""nonce":""#.utf8)) else {
      // A bug in encoded(), which a developer reads, not a message for a person.
      preconditionFailure("JournalLine.encoded() wrote no nonce")  // l10n: ignore
    }
    return Array(line[..<key.upperBound])
  }()

  /// The line that appends `event` to a journal whose last line is `head`.
  package static func appending(_ event: JournalEvent, after head: ChainHead) -> JournalLine {
    JournalLine(seq: head.seq + 1, prev: head.hash, event: event)
  }

  /// The line's canonical bytes, without the newline that ends it in the file.
  package func encoded() -> [UInt8] {
    var writer = JSONWriter.CanonicalObject()
    writer.field("seq", seq)
    if let prev { writer.field("prev", prev.hex) }
    writer.field("type", event.type)
    switch event {
    case .open(let nonce, let draft, let methodology):
      writer.field("format", JournalLine.format)
      writer.field("hash", JournalLine.hashAlgorithm)
      writer.field("nonce", nonce.hex)
      writer.field("draft", json: draft.json)
      if let methodology { writer.field("methodology", json: methodology.json) }
    case .attend(let date, let present):
      writer.field("date", date.description)
      writer.field("present", present)
    case .propose(let motion, let caseID, let kind, let by):
      writer.field("motion", motion)
      writer.field("case", caseID)
      switch kind {
      case .confirm:
        writer.field("kind", "confirm")
      case .correct(.score(let score)):
        writer.field("kind", "correct")
        writer.field("score", score.description)
      case .correct(.category(let category, let kpiMet)):
        writer.field("kind", "correct")
        writer.field("category", category.rawValue)
        if let kpiMet { writer.field("kpiMet", kpiMet) }
      }
      if let by { writer.field("by", by) }
    case .vote(let motion, let member, let choice):
      writer.field("motion", motion)
      writer.field("member", member)
      writer.field("choice", choice.rawValue)
    case .tally(let motion):
      writer.field("motion", motion)
    case .close(let conclusion):
      if let conclusion { writer.field("conclusion", conclusion) }
    case .repair(let tornBytes, let tornSHA256):
      writer.field("bytes", tornBytes)
      writer.field("sha256", tornSHA256.hex)
    }
    return writer.finish()
  }
}

/// The last line of an intact journal: what the next line must follow.
package struct ChainHead: Sendable, Equatable {
  /// The last line's `seq`.
  package var seq: Int
  /// The SHA-256 of the last line's bytes without its newline.
  package var hash: SHA256Digest

  package init(seq: Int, hash: SHA256Digest) {
    self.seq = seq
    self.hash = hash
  }

  /// The head after `line`, whose canonical bytes are `bytes`.
  package init(line: JournalLine, bytes: [UInt8]) {
    self.init(seq: line.seq, hash: SHA256.hash(bytes))
  }
}
