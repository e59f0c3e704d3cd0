/// The `hattama.record/1` draft a journal was opened from, carried inside line 1 as compact
/// JSON text.
///
/// The journal keeps the draft's own text (whitespace removed, so it fits on one line) rather
/// than a re-encoding, so that what the secretary opened is what the reviewer reads. Decoding
/// it into a ``Record`` is left to the record's JSON layer.
public struct JournalDraft: Sendable, Equatable {
  /// The draft as compact JSON: no whitespace outside strings, hence no newline.
  public let json: [UInt8]

  /// Takes a draft's JSON text, as read from its file, and compacts it.
  ///
  /// - Parameter text: One JSON object, pretty-printed or not; a leading UTF-8 byte order mark
  ///   is dropped.
  /// - Throws: ``JournalDraftError`` when the text is not JSON (with the ``JSONSyntaxError`` a
  ///   record with that text gives) or not an object.
  /// - Complexity: O(n) in the length of the text.
  public init(json text: some Collection<UInt8>) throws(JournalDraftError) {
    var bytes = Array(text)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let value: JSONValue
    do {
      value = try JSONParser().parse(bytes)
    } catch {
      throw .invalidJSON(error)
    }
    guard case .object = value.content else { throw .notAnObject }
    self.json = JournalDraft.compacted(bytes)
  }

  /// A draft already known to be compact JSON: the bytes of a journal line's `draft` value.
  init(compactJSON: [UInt8]) { self.json = compactJSON }

  /// The draft's text.
  public var text: String { String(decoding: json, as: UTF8.self) }

  /// Removes the whitespace between JSON tokens; the text must already be valid JSON.
  private static func compacted(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var inString = false
    var escaped = false
    for byte in bytes {
      if inString {
        result.append(byte)
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else if byte == UInt8(ascii: "\"") {
        inString = true
        result.append(byte)
      } else if byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 {
        result.append(byte)
      }
    }
    return result
  }
}

/// Why a draft's text cannot be embedded in a journal.
public enum JournalDraftError: Error, Sendable, Equatable {
  /// Not JSON: where and why, as the parser of records says it.
  case invalidJSON(JSONSyntaxError)
  /// JSON, but not an object.
  case notAnObject
}
