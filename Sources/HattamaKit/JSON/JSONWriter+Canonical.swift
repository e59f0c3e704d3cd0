extension JSONWriter {
  /// A flat JSON object in canonical form, keys in the order the caller adds them: the form of
  /// a journal line (``JournalLine/encoded()``).
  ///
  /// Equal content gives equal bytes, and so equal hashes: no white space, integers in decimal,
  /// strings escaped only where RFC 8259 requires it (``JSONWriter/escape(_:visible:)`` without
  /// `visible`: `"`, `\` and the controls below U+0020), everything else as raw UTF-8. Journals
  /// already written depend on these bytes: a change here breaks every anchor on paper.
  struct CanonicalObject {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]

    mutating func field(_ key: String, _ value: String) {
      name(key)
      string(value)
    }

    mutating func field(_ key: String, _ value: Int) {
      name(key)
      bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ key: String, _ values: [String]) {
      name(key)
      bytes.append(UInt8(ascii: "["))
      for (position, value) in values.enumerated() {
        if position > 0 { bytes.append(UInt8(ascii: ",")) }
        string(value)
      }
      bytes.append(UInt8(ascii: "]"))
    }

    /// Adds a value that is already compact JSON text, such as the draft, byte for byte.
    mutating func field(_ key: String, json: [UInt8]) {
      name(key)
      bytes.append(contentsOf: json)
    }

    /// The finished object.
    consuming func finish() -> [UInt8] {
      bytes.append(UInt8(ascii: "}"))
      return bytes
    }

    private mutating func name(_ key: String) {
      if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
      string(key)
      bytes.append(UInt8(ascii: ":"))
    }

    private mutating func string(_ text: String) {
      bytes.append(UInt8(ascii: "\""))
      // Most values need no escape: copy them in one go rather than scalar by scalar.
      let needsEscape = text.utf8.contains {
        $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
      }
      guard needsEscape else {
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: "\""))
        return
      }
      for scalar in text.unicodeScalars {
        bytes.append(contentsOf: (JSONWriter.escape(scalar, visible: false) ?? String(scalar)).utf8)
      }
      bytes.append(UInt8(ascii: "\""))
    }
  }
}
