/// Why a line's bytes are not a journal event.
public enum JournalLineError: Error, Sendable, Equatable {
  /// Not JSON: where in the line (its column) and why, as the parser of records says it.
  case notJSON(JSONSyntaxError)
  case notAnObject
  case duplicateKey(String)
  case missingKey(String)
  /// A key this event type does not have.
  case unexpectedKey(String)
  case wrongType(key: String, expected: JournalValueKind)
  case invalidValue(key: String, value: String, expected: JournalValueKind)
  case unknownType(String)
  /// Line 1 names a journal format other than `hattama.journal/1`.
  case unsupportedFormat(String)
  /// Line 1 names a hash other than `sha256`.
  case unsupportedHash(String)
  /// The line holds a valid event, but not in the bytes a journal writes for it (keys
  /// reordered, spaces, escapes): it was edited by hand.
  case notCanonical
  /// The line is longer than ``JournalLine/maximumLength(ofLine:)`` allows; its bytes were not
  /// kept.
  case tooLong(limit: Int)
}

/// What a line's value should have been, for messages.
public enum JournalValueKind: Sendable, Equatable {
  case string
  case positiveInteger
  case stringList
  case object
  case date
  case score
  /// A target category, 1–4.
  case category
  /// A number of targets met, 0–5.
  case kpiMet
  case voteChoice
  case motionKind
  case digest
  case nonce
}
