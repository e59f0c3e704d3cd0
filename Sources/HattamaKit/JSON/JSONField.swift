// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// A value being decoded strictly, with the path that names it in an error.
///
/// The record and methodology decoders are written with these helpers so that every type
/// check, date, score and word is refused with the same message wherever it occurs.
struct JSONField {
  let value: JSONValue
  /// The path of the value's container, and the step from it, when the path is not built yet.
  private let container: JSONPath
  private let step: JSONPath.Component?

  init(_ value: JSONValue, path: JSONPath = .root) {
    self.value = value
    self.container = path
    self.step = nil
  }

  /// A member or element of the container at `container`; its own path is built only when
  /// asked for (an error, a nested container), not for every leaf a decoder reads.
  init(_ value: JSONValue, in container: JSONPath, at step: JSONPath.Component) {
    self.value = value
    self.container = container
    self.step = step
  }

  /// Where the value sits, `cases[0].score`.
  var path: JSONPath {
    switch step {
    case nil: container
    case .key(let key): container.appending(key)
    case .index(let index): container.appending(index: index)
    }
  }

  /// An error about this value.
  func error(_ problem: JSONDecodingError.Problem) -> JSONDecodingError {
    JSONDecodingError(problem, at: value.position, path: path)
  }

  private func wrongType(_ expected: String) -> JSONDecodingError {
    error(.wrongType(expected: expected, found: value.kindDescription))
  }

  func string() throws(JSONDecodingError) -> String {
    guard case .string(let text) = value.content else { throw wrongType("a string") }
    return text
  }

  func bool() throws(JSONDecodingError) -> Bool {
    guard case .bool(let flag) = value.content else { throw wrongType("true or false") }
    return flag
  }

  /// A whole number within `range`; `expected` words it for the message ("a whole number of
  /// at least 1").
  func int(in range: ClosedRange<Int>, expected: String) throws(JSONDecodingError) -> Int {
    guard case .number(let text) = value.content else { throw wrongType(expected) }
    guard let number = Int(text), range.contains(number) else {
      throw error(.invalid(text, expected: expected))
    }
    return number
  }

  func array() throws(JSONDecodingError) -> [JSONField] {
    guard case .array(let elements) = value.content else { throw wrongType("an array") }
    let path = path
    return elements.enumerated().map { JSONField($1, in: path, at: .index($0)) }
  }

  /// An array of strings, such as a list of person ids.
  func strings() throws(JSONDecodingError) -> [String] {
    var result: [String] = []
    for element in try array() { result.append(try element.string()) }
    return result
  }

  /// The object's members, refusing a key written twice or one not in `allowed`.
  func object(allowing allowed: [String]) throws(JSONDecodingError) -> JSONObject {
    let members = try rawMembers()
    // Every key checked is one of `allowed` (a few dozen at most), so a linear look among the
    // members before it is cheaper than hashing each key; a key's path is built only to throw.
    for (offset, member) in members.enumerated() {
      guard allowed.contains(member.key) else {
        throw JSONDecodingError(
          .unknownField(member.key, suggestion: member.key.nearest(in: allowed), allowed: allowed),
          at: member.keyPosition, path: path.appending(member.key))
      }
      guard !members[..<offset].contains(where: { $0.key == member.key }) else {
        throw JSONDecodingError(
          .duplicateField(member.key), at: member.keyPosition, path: path.appending(member.key))
      }
    }
    return JSONObject(members: members, field: self, path: path)
  }

  /// The object's members as written, duplicates kept (a motion's votes).
  func rawMembers() throws(JSONDecodingError) -> [JSONMember] {
    guard case .object(let members) = value.content else { throw wrongType("an object") }
    return members
  }

  /// A day written `YYYY-MM-DD`.
  func day() throws(JSONDecodingError) -> Day {
    guard case .string(let text) = value.content else {
      throw wrongType("a date in a string, like \"2025-10-24\"")
    }
    guard let day = Day(iso: text) else { throw error(.invalidDate(text)) }
    return day
  }

  /// A score as a record writes it; only text that is no number at all is refused.
  func score() throws(JSONDecodingError) -> ScoreInput {
    guard case .string(let text) = value.content else {
      throw wrongType("a score in a string, like \"3.40\"")
    }
    do {
      return try ScoreInput(text: text)
    } catch {
      throw self.error(.invalidScore(text))
    }
  }

  /// One of an enumeration's words: a kind, a sanction, a vote.
  func word<Word: RawRepresentable & CaseIterable>(_: Word.Type) throws(JSONDecodingError)
    -> Word where Word.RawValue == String
  {
    let text = try string()
    guard let word = Word(rawValue: text) else {
      throw error(.invalidValue(text, allowed: Word.allCases.map(\.rawValue)))
    }
    return word
  }
}

/// An object whose keys have been checked against the allowed ones.
struct JSONObject {
  let members: [JSONMember]
  let field: JSONField
  /// The field's path, built once for all its members.
  let path: JSONPath

  /// The value of a key that must be there.
  func required(_ key: String) throws(JSONDecodingError) -> JSONField {
    guard let value = optional(key) else { throw field.error(.missingField(key)) }
    return value
  }

  /// The value of a key that may be left out.
  func optional(_ key: String) -> JSONField? {
    members.first { $0.key == key }.map { JSONField($0.value, in: path, at: .key(key)) }
  }
}
