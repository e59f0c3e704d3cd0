/// Writes a ``JSONValue`` as pretty, deterministic JSON.
///
/// Members keep the order they are given in, so an encoder fixes the field order once and
/// every run writes the same bytes. A container that fits on its line (``lineWidth``) is
/// written on it, `{"id": "o1", "name": "Омаров Ерлан"}`, like the record in SPEC.md; a longer
/// one puts each element on a line of its own, indented by ``indent`` spaces. Text other than
/// quotes, backslashes and control or bidi characters is written as it is, Kazakh letters
/// included.
package struct JSONWriter: Sendable {
  package var indent: Int
  /// The widest line, in characters, a container may be kept on; `.max` writes compact JSON
  /// (with a space after `:` and `,`), `0` puts every element on a line of its own.
  package var lineWidth: Int

  package init(indent: Int = 2, lineWidth: Int = 100) {
    self.indent = indent
    self.lineWidth = lineWidth
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
        output += JSONWriter.compact(value)
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
        output += JSONWriter.compact(value)
        return
      }
      output += "{\n"
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
      output += JSONWriter.compact(value)
    }
  }

  private func fitsOnLine(_ value: JSONValue, used: Int, trailing: Int) -> Bool {
    guard lineWidth > 0 else { return false }
    if lineWidth == .max { return true }
    return used + JSONWriter.compact(value).count + trailing <= lineWidth
  }

  /// The value on one line: `{"a": 1, "b": [true, null]}`.
  static func compact(_ value: JSONValue) -> String {
    switch value.content {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(let text): text
    case .string(let text): quoted(text)
    case .array(let elements): "[" + elements.map(compact).joined(separator: ", ") + "]"
    case .object(let members):
      "{" + members.map { quoted($0.key) + ": " + compact($0.value) }.joined(separator: ", ")
        + "}"
    }
  }

  /// JSON text written by another writer (Foundation's `JSONSerialization`, which leaves DEL, C1
  /// and bidi controls raw) with every unsafe scalar but its own newlines escaped as `\uXXXX`,
  /// as ``quoted(_:)`` escapes them.
  ///
  /// Valid JSON stays valid and reads back the same: outside strings such a writer puts only
  /// spaces and newlines, and inside a string `\uXXXX` stands for the scalar itself (all of
  /// these lie in the Basic Multilingual Plane).
  package static func escapingUnsafe(inJSON text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\n" && VisibleText.isUnsafe($0) }) else {
      return text
    }
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar != "\n", VisibleText.isUnsafe(scalar) {
        result += unicodeEscape(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `\u001b`: four lowercase hexadecimal digits.
  private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: false)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  /// The text as a JSON string literal: quotes, backslashes and every scalar
  /// ``VisibleText/isUnsafe(_:)`` names (C0, DEL, C1, bidi controls, U+2028/U+2029) escaped, so
  /// that JSON printed on a terminal or pasted into a script cannot carry them raw; everything
  /// else as it is.
  package static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case _ where VisibleText.isUnsafe(scalar): result += unicodeEscape(scalar)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
