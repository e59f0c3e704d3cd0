// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension ProtocolHTMLWriter {
  /// The printed page's margins (CSS paged media, which headless Chromium honours): the state
  /// body top left and the journal anchor bottom left on every page, so a loose sheet still says
  /// whose protocol and which electronic record it belongs to; «бет N / M» bottom right; the
  /// confidentiality mark top right on every page after the first, which carries it in the text.
  func pageMargins(_ document: ProtocolDocument) -> String {
    let font = "font: 7.5pt \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; color: #333;"
    var style = """
      @page { @top-left { content: \(Self.cssString(labels.text(document.body))); \(font) \
      vertical-align: bottom; padding-bottom: 3mm; }
        @bottom-right { content: \(pageNumber); \(font) white-space: nowrap; }
        @top-right { content: \(Self.cssString(labels.confidential)); color: #a00; \
      font: bold 8pt "DejaVu Sans", "Noto Sans", Arial, sans-serif; letter-spacing: 0.06em; vertical-align: bottom; padding-bottom: 3mm; } }
      @page :first { @top-right { content: none; } }

      """
    if let anchor = document.journal {
      // The label over the anchor: N:HEX is 66 and more characters, a line of its own.
      let content = Self.cssString("\(labels.journalAnchor):\n\(anchor.description)")
      style += """
        @page { @bottom-left { content: \(content); white-space: pre; \(font) \
        font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 7pt; } }

        """
    }
    return style
  }

  /// «бет N / M», «стр. N из M», "page N of M" from the page counters.
  private var pageNumber: String {
    "\(Self.cssString(paper.page)) counter(page) \(Self.cssString(paper.of)) counter(pages)"
  }

  /// Record text as a quoted CSS string inside a `<style>` element: a quote or a backslash would
  /// end or escape the string, a `<` could close the element (`</style>`), a line break is
  /// written as CSS writes one. Hex escapes end with a space, which CSS consumes.
  static func cssString(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "\\", "<", ">", "&": quoted += "\\" + String(scalar.value, radix: 16) + " "
      case "\n": quoted += "\\a "
      case _ where scalar.properties.generalCategory == .control: quoted += " "
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
  }
}
