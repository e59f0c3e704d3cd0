/// Writes a ``JSONValue`` as pretty, deterministic JSON: the one writer of the package.
///
/// Members keep the order they are given in, so an encoder fixes the field order once and
/// every run writes the same bytes; with ``sortsKeys`` they are written sorted by key instead
/// (the protocol's, the calendar's and the deadlines' JSON). A container that fits on its line
/// (``lineWidth``) is written on it, `{"id": "o1", "name": "Омаров Ерлан"}`, like the record in
/// SPEC.md; a longer one puts each element on a line of its own, indented by ``indent`` spaces.
/// Text other than quotes, backslashes and control or bidi characters is written as it is,
/// Kazakh letters included. A journal line's canonical form, with no white space at all, is
/// written by `JSONWriter.CanonicalObject`.
package struct JSONWriter: Sendable {
  package var indent: Int
  /// The widest line, in characters, a container may be kept on; `.max` writes compact JSON
  /// (with a space after `:` and `,`), `0` puts every element on a line of its own.
  package var lineWidth: Int
  /// Whether each object's members are written sorted by key rather than in their order.
  package var sortsKeys: Bool

  /// A writer of `indent` spaces a level that keeps a container on one line up to `lineWidth`
  /// characters, members in their order unless `sortsKeys`.
  package init(indent: Int = 2, lineWidth: Int = 100, sortsKeys: Bool = false) {
    self.indent = indent
    self.lineWidth = lineWidth
    self.sortsKeys = sortsKeys
  }

  /// The value as JSON text, without a final newline.
  package func string(for value: JSONValue) -> String {
    var output = ""
    write(value, level: 0, used: 0, trailing: 0, into: &output)
    return output
  }

  /// `used` is how many characters the line holds before the value, `trailing` how many
  /// follow it (a comma).
  private func write(
    _ value: JSONValue, level: Int, used: Int, trailing: Int, into output: inout String
  ) {
    switch value.content {
    case .array(let elements) where !elements.isEmpty:
      if fitsOnLine(value, used: used, trailing: trailing) {
        output += compact(value)
        return
      }
      output += "[\n"
      for (offset, element) in elements.enumerated() {
        let last = offset == elements.count - 1
        let pad = String(repeating: " ", count: (level + 1) * indent)
        output += pad
        write(element, level: level + 1, used: pad.count, trailing: last ? 0 : 1, into: &output)
        output += last ? "\n" : ",\n"
      }
      output += String(repeating: " ", count: level * indent) + "]"
    case .object(let members) where !members.isEmpty:
      if fitsOnLine(value, used: used, trailing: trailing) {
        output += compact(value)
        return
      }
      output += "{\n"
      let members = ordered(members)
      for (offset, member) in members.enumerated() {
        let last = offset == members.count - 1
        let prefix =
          String(repeating: " ", count: (level + 1) * indent)
          + JSONWriter.quoted(member.key) + ": "
        output += prefix
        write(
          member.value, level: level + 1, used: prefix.count, trailing: last ? 0 : 1,
          into: &output)
        output += last ? "\n" : ",\n"
      }
      output += String(repeating: " ", count: level * indent) + "}"
    default:
      output += compact(value)
    }
  }

  private func ordered(_ members: [JSONMember]) -> [JSONMember] {
    sortsKeys ? members.sorted { $0.key < $1.key } : members
  }

  private func fitsOnLine(_ value: JSONValue, used: Int, trailing: Int) -> Bool {
    guard lineWidth > 0 else { return false }
    if lineWidth == .max { return true }
    return used + compact(value).count + trailing <= lineWidth
  }

  /// The value on one line: `{"a": 1, "b": [true, null]}`.
  private func compact(_ value: JSONValue) -> String {
    switch value.content {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(let text): text
    case .string(let text): JSONWriter.quoted(text)
    case .array(let elements): "[" + elements.map(compact).joined(separator: ", ") + "]"
    case .object(let members):
      "{"
        + ordered(members).map { JSONWriter.quoted($0.key) + ": " + compact($0.value) }
        .joined(separator: ", ") + "}"
    }
  }

  /// The text as a JSON string literal: quotes, backslashes and every scalar
  /// ``VisibleText/isUnsafe(_:)`` names (C0, DEL, C1, bidi controls, U+2028/U+2029) escaped, so
  /// that JSON printed on a terminal or pasted into a script cannot carry them raw; everything
  /// else as it is.
  package static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      if let escaped = escape(scalar, visible: true) {
        result += escaped
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// How a string literal writes `scalar`, when not as itself: the short escapes of RFC 8259
  /// (`\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`), else `\u` and four lowercase hexadecimal
  /// digits for any other control below U+0020 and, when `visible`, for every scalar
  /// ``VisibleText/isUnsafe(_:)`` names; `nil` for a scalar written as it is.
  static func escape(_ scalar: Unicode.Scalar, visible: Bool) -> String? {
    switch scalar {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "\u{08}": return "\\b"
    case "\u{0C}": return "\\f"
    default:
      guard scalar.value < 0x20 || (visible && VisibleText.isUnsafe(scalar)) else { return nil }
      let hex = String(scalar.value, radix: 16, uppercase: false)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
  }
}
