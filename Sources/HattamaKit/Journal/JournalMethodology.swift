/// The methodology a journal was opened under, pinned in its line 1 as compact JSON: every
/// later command, the audit and the protocol of the journal use this copy, so the rules of a
/// sitting cannot change after it is opened (SPEC, "Recording a sitting").
public struct JournalMethodology: Sendable, Equatable {
  /// The methodology in the JSON shape `methodology show --json` prints, compacted to one line.
  public let json: [UInt8]

  /// Pins a methodology.
  ///
  /// - Parameter methodology: the methodology that governs the sitting.
  public init(_ methodology: Methodology) {
    let text = Array(methodology.encodedJSON().utf8)
    // The methodology's writer always produces a JSON object; a failure is a bug in that writer.
    guard let compact = try? JournalDraft(json: text) else {
      preconditionFailure("Methodology.encodedJSON() wrote no JSON object")  // l10n: ignore
    }
    json = compact.json
  }

  /// The bytes of a journal line's `methodology` value, already compact.
  init(compactJSON: [UInt8]) { json = compactJSON }

  /// The pinned methodology.
  ///
  /// - Throws: ``JSONDecodingError`` for a line 1 written by hand whose copy does not decode.
  ///
  /// - Returns: the methodology line 1 pins.
  public func methodology() throws(JSONDecodingError) -> Methodology {
    try Methodology.decodeJSON(json)
  }
}
