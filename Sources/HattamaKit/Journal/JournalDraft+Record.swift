extension JournalDraft {
  /// The draft of `record`, in the record's own JSON form, compacted onto one line.
  ///
  /// - Parameter record: a draft: people, composition and cases, without sitting or motions.
  public init(record: Record) {
    let text = Array(record.encodedJSON().utf8)
    // The record's writer always produces a JSON object; a failure is a bug in that writer.
    guard let draft = try? JournalDraft(json: text) else {
      preconditionFailure("Record.encodedJSON() wrote no JSON object")  // l10n: ignore
    }
    self = draft
  }

  /// Decodes the draft into the record the sitting is held on.
  ///
  /// Line 1 carries the draft as the secretary gave it, so decoding is strict and may fail on a
  /// journal written by hand.
  ///
  /// - Throws: ``RecordDecodingError`` with the line, column and path of the first problem.
  ///
  /// - Returns: the record of line 1's draft.
  public func record() throws(RecordDecodingError) -> Record {
    try Record.decode(json)
  }
}
