/// The forms a protocol is written in.
public enum ProtocolFormat: String, CaseIterable, Sendable, Codable {
  /// Plain text for a terminal or a fixed-width printout.
  case text
  /// Markdown with tables.
  case markdown
  /// A standalone printable A4 page, embedded CSS only.
  case html
  /// The document's structure as JSON, keys sorted.
  case json
}

/// Writes a ``ProtocolDocument`` as text, Markdown, HTML or JSON in Kazakh, Russian or English.
///
/// Pure: returns the text and touches no file. Every word comes from `ProtocolLabels`.
public enum ProtocolRenderer {
  /// The protocol in a language and a format.
  ///
  /// - Parameters:
  ///   - document: The protocol to write.
  ///   - language: Its language; scores follow it ("3,80" in Kazakh and Russian, "3.80" in
  ///     English).
  ///   - format: Text, Markdown, HTML or JSON.
  /// - Returns: The whole document, ending with a newline.
  /// - Complexity: O(n) in the document's rows, motions and votes.
  public static func render(
    _ document: ProtocolDocument, language: Language, format: ProtocolFormat
  ) -> String {
    let labels = ProtocolLabels.labels(language, kind: document.kind)
    switch format {
    case .text: return ProtocolTextWriter(labels: labels).write(document)
    case .markdown: return ProtocolMarkdownWriter(labels: labels).write(document)
    case .html: return ProtocolHTMLWriter(labels: labels).write(document)
    case .json: return ProtocolJSONWriter(labels: labels).write(document)
    }
  }
}
