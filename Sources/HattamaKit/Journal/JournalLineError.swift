/// Why a line's bytes are not a journal event.
public enum JournalLineError: Error, Sendable, Equatable {
  /// Not JSON: where in the line (its column) and why, as the parser of records says it.
  case notJSON(JSONSyntaxError)
  /// The line is JSON, but not an object.
  case notAnObject
  /// A key appears twice in the line.
  case duplicateKey(String)
  /// A key the event type requires is absent.
  case missingKey(String)
  /// A key this event type does not have.
  case unexpectedKey(String)
  /// The key's value is of the wrong JSON type.
  case wrongType(key: String, expected: JournalValueKind)
  /// The key's value has the right type but no valid meaning (a date such as `2025-02-30`).
  case invalidValue(key: String, value: String, expected: JournalValueKind)
  /// The line's `type` names no event.
  case unknownType(String)
  /// Line 1 names a journal format other than `hattama.journal/1`.
  case unsupportedFormat(String)
  /// Line 1 names a hash other than `sha256`.
  case unsupportedHash(String)
  /// The line holds a valid event, but not in the bytes a journal writes for it (keys
  /// reordered, spaces, escapes): it was edited by hand.
  case notCanonical
  /// The line is longer than `JournalLine.maximumLength(ofLine:)` allows; its bytes were not
  /// kept.
  case tooLong(limit: Int)
}

/// What a line's value should have been, for messages.
public enum JournalValueKind: Sendable, Equatable {
  /// A JSON string.
  case string
  /// A whole number from 1 (a line's `seq`).
  case positiveInteger
  /// A list of strings (`present`).
  case stringList
  /// A JSON object (`draft`, `methodology`).
  case object
  /// A calendar date `YYYY-MM-DD`.
  case date
  /// A score in the record's form, such as `"3.80"`.
  case score
  /// A target category, 1–4.
  case category
  /// A number of targets met, 0–5.
  case kpiMet
  /// `for`, `against` or `abstain`.
  case voteChoice
  /// `confirm` or `correct`.
  case motionKind
  /// A SHA-256: 64 lowercase hex digits.
  case digest
  /// A journal nonce: 32 lowercase hex digits.
  case nonce
}
