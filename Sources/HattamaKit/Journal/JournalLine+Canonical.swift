// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension JournalLine {
  /// A `vote`, `tally` or `propose` line read straight from its bytes, without a JSON tree,
  /// when they are exactly the canonical form the journal writes and link to `hash`; `nil` for
  /// anything else, which the caller decodes in full with ``init(decoding:)``.
  ///
  /// These events are nearly every line of a long sitting (a proposal, then a vote by each
  /// member), and replay decodes every line under the append lock (issue 13: a vote cost 9 µs
  /// more per event already in the journal). The result is the line ``init(decoding:)`` gives:
  /// the header is the canonical one ``JournalLineHeader`` reads, the keys come in the order
  /// ``encoded()`` writes them, each string is accepted only when it is printable ASCII
  /// without `"` or `\`, which the writer copies byte for byte, and a score only when it reads
  /// back as itself — so ``encoded()`` of the result is these very bytes, and a line that would
  /// fail ``init(decoding:)`` is never read here.
  static func canonicalEvent(
    _ bytes: UnsafeRawBufferPointer, linkedTo hash: SHA256Digest
  ) -> JournalLine? {
    guard let (seq, type) = JournalLineHeader.header(of: bytes, linkedTo: hash) else { return nil }
    var cursor = CanonicalCursor(bytes: bytes, at: type.upperBound + 1)
    let event: JournalEvent
    switch type.count {
    case 4:  // "vote": the header reader accepts no other type of four letters.
      guard cursor.expect(#","motion":""#), let motion = cursor.plainString(),
        cursor.expect(#","member":""#), let member = cursor.plainString(),
        cursor.expect(#","choice":""#), let text = cursor.plainString(),
        let choice = VoteChoice(rawValue: text)
      else { return nil }
      event = .vote(motion: motion, member: member, choice: choice)
    case 5 where bytes[type.lowerBound] == UInt8(ascii: "t"):  // "tally", not "close"
      guard cursor.expect(#","motion":""#), let motion = cursor.plainString() else { return nil }
      event = .tally(motion: motion)
    case 7:  // "propose"
      guard let propose = cursor.propose() else { return nil }
      event = propose
    default:
      return nil
    }
    guard cursor.expect("}"), cursor.atEnd else { return nil }
    return JournalLine(seq: seq, prev: hash, event: event)
  }
}

/// Reads a canonical line's fields in place.
private struct CanonicalCursor {
  let bytes: UnsafeRawBufferPointer
  var at: Int

  mutating func expect(_ literal: StaticString) -> Bool {
    JournalLineHeader.expect(literal, in: bytes, at: &at)
  }

  var atEnd: Bool { at == bytes.count }

  /// The fields of a `propose` after its header, in ``JournalLine/encoded()``'s order.
  mutating func propose() -> JournalEvent? {
    guard expect(#","motion":""#), let motion = plainString(),
      expect(#","case":""#), let caseID = plainString(),
      expect(#","kind":""#), let kindText = plainString()
    else { return nil }
    let kind: MotionKind
    switch kindText {
    case "confirm":
      kind = .confirm
    case "correct":
      guard expect(#","score":""#), let text = plainString(),
        let score = try? ScoreInput(text: text), score.description == text
      else { return nil }
      kind = .correct(.score(score))  // a category correction takes the full decoder
    default:
      return nil
    }
    var by: PersonID?
    if expect(#","by":""#) {
      guard let proposer = plainString() else { return nil }
      by = proposer
    }
    return .propose(motion: motion, caseID: caseID, kind: kind, by: by)
  }

  /// The string up to the next `"` (which it passes), when every byte before it is printable
  /// ASCII other than `\`; `nil` otherwise.
  mutating func plainString() -> String? {
    let start = at
    while at < bytes.count {
      let byte = bytes[at]
      if byte == UInt8(ascii: "\"") {
        let text = String(
          decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        at += 1
        return text
      }
      guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
      at += 1
    }
    return nil
  }
}
