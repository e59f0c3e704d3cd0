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
  ///   record with that text gives), not an object, or nested so deep that line 1, which holds
  ///   it one level down, would pass the parser's depth limit (`JSONParser.depthLimit`).
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
    if let tooDeep = JournalDraft.firstTooDeep(in: value) { throw .invalidJSON(tooDeep) }
    self.json = JournalDraft.compacted(bytes)
  }

  /// The parser's error for the first object or array of `value` at the depth limit, as it
  /// would be one level down in line 1; `nil` when the line can hold the draft.
  ///
  /// The path is built only for the container found: one per level on the way back up.
  private static func firstTooDeep(in value: JSONValue) -> JSONSyntaxError? {
    typealias Found = (position: JSONPosition, path: [JSONPath.Component])
    let limit = JSONParser.depthLimit - 1
    func search(_ value: JSONValue, depth: Int) -> Found? {
      // The parser names the container the deep one opens in: no step for the deep one.
      func descend(_ step: JSONPath.Component, _ child: JSONValue) -> Found? {
        search(child, depth: depth + 1).map {
          ($0.position, depth == limit ? [] : [step] + $0.path)
        }
      }
      // Plain loops: a lazy `compactMap(_:).first` computes the found element twice, which
      // compounds to 2^depth calls down a deep draft.
      switch value.content {
      case .array where depth > limit, .object where depth > limit:
        return (value.position, [])
      case .array(let elements):
        for (index, element) in elements.enumerated() {
          if let found = descend(.index(index), element) { return found }
        }
      case .object(let members):
        for member in members {
          if let found = descend(.key(member.key), member.value) { return found }
        }
      default:
        break
      }
      return nil
    }
    return search(value, depth: 1).map {
      JSONSyntaxError(.tooDeep(limit: limit), at: $0.position, path: JSONPath($0.path))
    }
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
