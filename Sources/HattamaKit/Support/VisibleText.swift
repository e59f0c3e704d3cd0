/// Text from a record made safe to show on a terminal: every character that could move the
/// cursor, clear the screen, rewrite a line or reorder what is shown is written as a visible
/// escape instead of being emitted.
///
/// A name, position, body, conclusion or recommendation is whatever the file says, so a record
/// can carry `ESC[2J` (clear the screen), a carriage return or backspaces (overwrite what was
/// printed: "adopted" over "rejected"), a C1 control, a bidi override (U+202E shows "3.80" as
/// "08.3") or a newline (a forged line of output). These scalars are **unsafe**:
/// - C0 controls U+0000–U+001F (the newline included, tab included) and DEL U+007F;
/// - C1 controls U+0080–U+009F (U+009B is a one-byte CSI on some terminals);
/// - the bidi controls: marks U+200E, U+200F, U+061C; embeddings and overrides U+202A–U+202E;
///   isolates U+2066–U+2069;
/// - the line and paragraph separators U+2028, U+2029.
///
/// Each is shown as `\n`, `\r`, `\t`, or `\u{XXXX}` (hexadecimal, as Swift writes it), so
/// the reader sees that the text holds it. JSON output escapes the same set as `\uXXXX`
/// (``JSONWriter``). The forms are plain ASCII, so they are inert in HTML and Markdown too, and
/// applying this twice changes nothing more.
package enum VisibleText {
  /// Whether `scalar` must not reach a terminal as it is.
  package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// A text meant for one line (a field of a record): every unsafe scalar shown, newlines too.
  package static func inline(_ text: String) -> String { visible(text, keepingNewlines: false) }

  /// Whole lines of output: every unsafe scalar shown except the newlines that end lines, which
  /// the writer itself put there.
  package static func lines(_ text: String) -> String { visible(text, keepingNewlines: true) }

  /// - Complexity: O(n); text with no unsafe scalar (almost all) is returned without a copy.
  private static func visible(_ text: String, keepingNewlines: Bool) -> String {
    // The byte scan answers for most text; a protocol's dashes and quotes («», —, №) pass it,
    // so the scalars are checked before any copy is made, one scalar appended at a time.
    guard mayHoldUnsafe(text, keepingNewlines: keepingNewlines),
      text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingNewlines && $0 == "\n") })
    else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      guard isUnsafe(scalar), !(keepingNewlines && scalar == "\n") else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }

  /// A fast scan of the UTF-8: `false` proves the text holds no unsafe scalar. Every unsafe
  /// scalar is a byte below 0x20 or 0x7F, or starts with 0xC2 (C1), 0xD8 (U+061C) or 0xE2
  /// (U+2000–U+2FFF); a `true` only sends the text to the exact scan.
  private static func mayHoldUnsafe(_ text: String, keepingNewlines: Bool) -> Bool {
    text.utf8.contains { byte in
      switch byte {
      case 0x0A: !keepingNewlines
      case 0x00...0x1F, 0x7F, 0xC2, 0xD8, 0xE2: true
      default: false
      }
    }
  }
}
