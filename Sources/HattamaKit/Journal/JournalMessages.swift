// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
// Every text the journal shows a person, in one place (STYLE: errors rendered in one place).
// Phrases start in lowercase: the command line puts them into its sentence, after the file's
// name ("'J.jsonl': line 5 was changed after line 6 was written …").

extension ChainReport: CustomStringConvertible {
  /// One line: intact with its anchor, or the first thing wrong.
  public var description: String {
    var text: String
    if let firstBreak {
      text = "tampered: \(firstBreak)"
    } else if let expected, let anchorMismatch {
      text = "does not match the anchor \(expected): \(anchorMismatch.message(expected: expected))"
    } else if let anchor {
      text = "intact: \(lineCount) \(lineCount == 1 ? "event" : "events"), anchor \(anchor)"
    } else {
      text = "empty"
    }
    if let tornTail { text += "; it ends in \(tornTail)" }
    return text
  }
}

extension ChainBreak: CustomStringConvertible {
  /// The break in words: which line, and what is wrong with it.
  public var description: String {
    switch reason {
    case .missingOpen:
      "the journal has no complete line: it was never opened, or its first line was cut"
    case .notOpen:
      "line 1 is not the journal's 'open' event"
    case .misplacedOpen:
      "line \(line) is a second 'open' event"
    case .malformed(let error):
      "line \(line) is not an event as the journal writes it: \(error)"
    case .splicedOrEdited:
      "line \(line) does not carry the hash of line \(line - 1), though the lines after it "
        + "follow it: line \(line - 1) was changed after line \(line) was written, or the lines "
        + "from \(line) on were copied from another journal"
    case .seqChanged(let found, let expected):
      "line \(line) was changed: its seq is \(found) where \(expected) was expected"
    case .removed(let first, let count) where count == 1:
      "the line with seq \(first) was removed before line \(line)"
    case .removed(let first, let count):
      "the lines with seq \(first) to \(first + count - 1) were removed before line \(line)"
    case .reordered(let found, let expected):
      "line \(line) is out of order: it has seq \(found) where \(expected) was expected"
    case .foreign:
      "line \(line) does not belong here: it was inserted, replaced or copied from another "
        + "journal"
    case .unlinked:
      "line \(line) does not follow line \(line - 1): line \(line - 1) was changed or line "
        + "\(line) replaced"
    }
  }
}

extension AnchorMismatch {
  /// What differs from the anchor `expected`.
  ///
  /// - Parameter expected: the anchor from the signed paper.
  /// - Returns: one sentence naming the difference.
  public func message(expected: JournalAnchor) -> String {
    switch self {
    case .tooFewLines(let found):
      "the journal has \(found) \(found == 1 ? "line" : "lines"), fewer than the "
        + "\(expected.events) the anchor records: lines were cut off its end"
    case .brokenBefore(let chainBreak):
      "the chain is broken at or before line \(expected.events): \(chainBreak)"
    case .headDiffers(let found):
      "line \(expected.events) hashes to \(found.hex), not \(expected.head): it was changed, "
        + "or the file rewritten"
    }
  }
}

extension TornTail: CustomStringConvertible {
  /// The torn tail in words, with its length.
  public var description: String {
    "a torn line of \(byteCount) \(byteCount == 1 ? "byte" : "bytes") (a write cut short)"
  }
}

extension JournalLineError: CustomStringConvertible {
  /// The problem in one sentence, naming the key and what was expected.
  public var description: String {
    switch self {
    case .notJSON(let error):
      "it is not JSON (\(error.descriptionInLine))"
    case .notAnObject: "it is not a JSON object"
    case .duplicateKey(let key): "key '\(key)' appears twice"
    case .missingKey(let key): "key '\(key)' is missing"
    case .unexpectedKey(let key): "key '\(key)' is not part of this event"
    case .wrongType(let key, let expected): "key '\(key)' should hold \(expected)"
    case .invalidValue(let key, let value, let expected):
      "key '\(key)' has '\(value)', which is not \(expected)"
    case .unknownType(let type): "'\(type)' is not an event type"
    case .unsupportedFormat(let format):
      "it names the journal format '\(format)', not '\(JournalLine.format)'"
    case .unsupportedHash(let hash):
      "it names the hash '\(hash)', not '\(JournalLine.hashAlgorithm)'"
    case .notCanonical:
      "its bytes differ from the form the journal writes, so it was edited by hand"
    case .tooLong(let limit):
      "it is longer than \(limit) bytes, the most a journal line may have (a damaged file, or "
        + "not a journal)"
    }
  }
}

extension JournalValueKind: CustomStringConvertible {
  /// What a value should have been, in words: "a date YYYY-MM-DD".
  public var description: String {
    switch self {
    case .string: "a string"
    case .positiveInteger: "a positive whole number"
    case .stringList: "a list of strings"
    case .object: "a JSON object"
    case .date: "a date YYYY-MM-DD"
    case .score: "a score such as '3.80'"
    case .category: "a category, a whole number from 1 to 4"
    case .kpiMet: "a number of targets met, a whole number from 0 to 5"
    case .voteChoice: "'for', 'against' or 'abstain'"
    case .motionKind: "'confirm' or 'correct'"
    case .digest: "64 lowercase hex digits"
    case .nonce: "32 lowercase hex digits"
    }
  }
}

extension JournalDraftError: CustomStringConvertible {
  /// The problem in one sentence, with the byte offset where JSON went wrong.
  public var description: String {
    switch self {
    case .invalidJSON(let error): error.description
    case .notAnObject: "the draft is not a JSON object '{…}'."
    }
  }
}

extension JournalAnchorError: CustomStringConvertible {
  /// The problem in one sentence, quoting the text given.
  public var description: String {
    switch self {
    case .notAnAnchor(let text):
      "'\(text)' is not an anchor N:HEX; copy it from the signed protocol or from 'session close'"
    case .badEventCount(let text):
      "'\(text)' does not start with a positive number of events; an anchor reads N:HEX"
    case .badHash(let text):
      "'\(text)' does not end in 64 hex digits; an anchor reads N:HEX"
    }
  }
}
