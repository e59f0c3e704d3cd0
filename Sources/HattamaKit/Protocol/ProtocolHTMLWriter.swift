// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// Writes a protocol as a standalone printable A4 page: embedded CSS, no script, no external
/// asset, a font stack with Kazakh glyphs, and the confidentiality mark on every printed page
/// (000 ¶21: evaluation results are "қатаң жасырын ақпарат").
struct ProtocolHTMLWriter {
  let labels: ProtocolLabels
  var decision: DecisionWords { DecisionWords.words(labels.language) }
  var paper: PaperWords { PaperWords.words(labels.language) }

  func write(_ document: ProtocolDocument) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(labels.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escaped(labels.title)) — \(escaped(document.body))</title>
      <style>
      \(Self.style)
      \(pageMargins(document))
      \(draftStyle(document))
      </style>
      </head>
      <body>
      <div class="confidential">\(escaped(labels.confidential))</div>

      """
    html += draftMark(document)
    if let approval = document.approval { html += self.approval(approval) }
    if document.extractOf != nil {
      html += "<h1>\(escaped(DraftWords.words(labels.language).extractTitle))</h1>\n"
    }
    html += """
      <h1>\(escaped(labels.title))</h1>
      <div class="fill center">\(escaped(document.body))</div>
      <div class="caption">\(escaped(labels.bodyCaption))</div>
      <div class="fill center">\(escaped(document.period))</div>
      <div class="caption">\(escaped(labels.periodCaption))</div>

      """
    if let day = document.sittingDate {
      html += "<p>\(escaped(labels.sittingDate)): \(labels.date(day))</p>\n"
    }
    html += composition(document)
    html += results(document.results)
    html += motions(document.motions)
    // The conclusion and the signatures print together, after the last motion: no page holds
    // the signatures alone.
    html += "<div class=\"closing\">\n"
    html += "<p class=\"conclusion\"><b>\(escaped(labels.conclusion)):</b> "
    html += "\(document.conclusion.map(escaped) ?? ProtocolLabels.none)</p>\n"
    html += signatures(document) + "</div>\n"
    return html + "</body>\n</html>\n"
  }

  private func approval(_ approval: ProtocolDocument.Approval) -> String {
    var html = "<div class=\"approval\">\n"
    html += "<div class=\"approve\">\(escaped(labels.approve))</div>\n"
    html += "<div>\(escaped(labels.official))</div>\n"
    if let position = approval.position {
      html += "<div class=\"fill\">\(escaped(position))</div>\n"
    }
    html += "<div class=\"fill\">\(escaped(approval.surnameAndInitials))</div>\n"
    html += "<div class=\"caption\">\(escaped(labels.officialCaption))</div>\n"
    html += "<div class=\"line\"><span>\(escaped(labels.approvalDate))</span>"
    html += "<span class=\"fill\">\(approval.approvedOn.map(labels.date) ?? "")</span></div>\n"
    html += "<div class=\"line\"><span>\(escaped(labels.approvalSignature))</span>"
    html += "<span class=\"fill\"></span></div>\n"
    return html + "</div>\n"
  }

  private func composition(_ document: ProtocolDocument) -> String {
    guard !document.composition.isEmpty else { return "" }
    var html = "<h2>\(escaped(labels.compositionHeading))</h2>\n"
    html += table(
      [labels.roleColumn, labels.nameColumn, labels.positionColumn, labels.presenceColumn],
      document.composition.map { person in
        [
          labels.roles[person.role] ?? person.role.rawValue, labels.text(person.name),
          person.position.map(labels.text) ?? ProtocolLabels.none,
          person.present.map { $0 ? labels.presentWord : labels.absentWord } ?? ProtocolLabels.none,
        ]
      }, class: "composition")
    if let sentence = labels.attendance(of: document) {
      html += "<p><b>\(escaped(labels.attendanceLabel)):</b> \(escaped(sentence))</p>\n"
    }
    return html
  }

  private func results(_ rows: [ProtocolDocument.ResultRow]) -> String {
    var html = "<h2 class=\"center\">\(escaped(labels.resultsHeading))</h2>\n"
    html += "<table class=\"results\">\n<thead><tr>"
    html += [
      labels.numberColumn, labels.employeeColumn, labels.resultColumn, labels.correctedColumn,
      labels.recommendationsColumn,
    ].map { "<th>\(escaped($0))</th>" }.joined()
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr><td>\(row.number).</td><td>\(escaped(row.employee))</td>"
      html += "<td>\(grade(row.result))</td>"
      html += "<td>\(row.corrected.map(grade) ?? ProtocolLabels.none)</td>"
      html += "<td>\(row.recommendation.map(escaped) ?? ProtocolLabels.none)</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// The result in bold over the methodology's words for it.
  private func grade(_ grade: ProtocolDocument.Grade) -> String {
    let name = grade.name.map {
      "<br><span class=\"band\">\(escaped($0.text(in: labels.language)))</span>"
    }
    return "<b class=\"score\">\(escaped(labels.value(grade.result)))</b>\(name ?? "")"
  }

  /// "Тексерілді": each signatory's role, name over the caption, a signature line and the date.
  private func signatures(_ document: ProtocolDocument) -> String {
    var html =
      "<section class=\"signatures\">\n<p><b>\(escaped(labels.checked)):</b></p>\n<table>\n"
    for signature in document.signatures {
      html += "<tr><td class=\"role\">"
      html += "\(escaped(labels.signatories[signature.role] ?? signature.role.rawValue)):</td>"
      // As on the form, one line holds the name and the signature, captioned beneath.
      html += "<td class=\"who\"><div class=\"fill\">\(escaped(signature.name))</div>"
      html += "<div class=\"caption\">\(escaped(labels.signatureCaption))</div></td>"
      html += "<td class=\"date\">\(escaped(labels.signatureDate)): "
      html += "<span class=\"fill\">\(signature.signedOn.map(labels.date) ?? "")</span></td></tr>\n"
    }
    html += "</table>\n"
    if let anchor = document.journal {
      html += "<p class=\"anchor\">\(escaped(labels.journalAnchor)):<br>"
      html += "<code>\(escaped(anchor.description))</code><br>"
      html += "<small>\(escaped(labels.verifyHint(anchor.description)))</small></p>\n"
    }
    return html + "</section>\n"
  }

  private func table(_ header: [String], _ rows: [[String]], class name: String) -> String {
    var html = "<table class=\"\(name)\">\n<thead><tr>"
    html += header.map { "<th>\(escaped($0))</th>" }.joined()
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>" + row.map { "<td>\(escaped($0))</td>" }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// Record text made inert in HTML, in element content and in quoted attributes alike.
  func escaped(_ text: String) -> String { text.htmlEscaped }

  /// A record's display text in the protocol's language, made inert.
  func escaped(_ text: DisplayText) -> String { labels.text(text).htmlEscaped }

  /// The confidentiality mark in the top margin of every printed page after the first, which
  /// carries it in the text; browsers without page-margin boxes show it on the first page only.
  /// A draft is marked on every printed page: a fixed element repeats on each page, and the
  /// page's top margin names it too.
  private func draftStyle(_ document: ProtocolDocument) -> String {
    guard document.draft != nil else { return "" }
    let mark = DraftWords.words(labels.language).mark
    return """
      .draft-mark { position: fixed; top: 45%; left: 0; right: 0; text-align: center;
        font-size: 96pt; font-weight: bold; color: rgba(160, 0, 0, 0.12);
        transform: rotate(-30deg); pointer-events: none; z-index: 10; }
      .draft-reasons { border: 2px solid #a00; padding: 4mm; margin-bottom: 6mm; }
      @page { @top-center { content: \(Self.cssString(mark)); color: #a00; \
      font: bold 10pt "DejaVu Sans", "Noto Sans", Arial, sans-serif; } }
      """
  }

  /// The watermark and the list of why the protocol is a draft.
  private func draftMark(_ document: ProtocolDocument) -> String {
    guard let draft = document.draft else { return "" }
    let words = DraftWords.words(labels.language)
    var html = "<div class=\"draft-mark\">\(escaped(words.mark))</div>\n"
    html += "<div class=\"draft-reasons\"><b>\(escaped(words.mark)) — "
    html += "\(escaped(words.notForSignature))</b>\n<ul>\n"
    html += words.reasons(draft).map { "<li>\(escaped($0))</li>\n" }.joined()
    return html + "</ul></div>\n"
  }

  /// The page's whole style. DejaVu Sans and Noto Sans carry every Kazakh letter (ә, ғ, қ, ң, ө,
  /// ұ, ү, һ, і); Arial is the fallback on systems without them.
  private static let style = """
    @page { size: A4; margin: 20mm; }
    * { box-sizing: border-box; }
    html { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt;
      color: #000; background: #fff; }
    body { margin: 0 auto; max-width: 170mm; line-height: 1.35; }
    @media screen { body { margin: 12mm auto; } }
    .confidential { display: table; margin: 0 0 0 auto; border: 2px solid #a00; color: #a00;
      padding: 1mm 3mm; font-weight: bold; letter-spacing: 0.06em; font-size: 9pt; }
    .approval { margin: 6mm 0 0 auto; width: 72mm; }
    .approve { font-weight: bold; }
    .line { display: flex; gap: 2mm; margin-top: 1mm; }
    .line .fill { flex: 1; }
    .fill { border-bottom: 1px solid #000; min-height: 1.35em; }
    .caption { font-size: 7.5pt; text-align: center; color: #333; margin-bottom: 1mm; }
    .center { text-align: center; }
    h1 { text-align: center; font-size: 13pt; margin: 9mm 0 4mm; }
    h2 { font-size: 11pt; margin: 6mm 0 2mm; }
    h3 { font-size: 10pt; margin: 4mm 0 1mm; }
    h1, h2, h3 { break-after: avoid; }
    p { margin: 1.5mm 0; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #000; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; }
    th { font-size: 8.5pt; font-weight: bold; background: #eee; }
    tr, tbody.motion { break-inside: avoid; }
    thead { display: table-header-group; }
    th, td { line-height: 1.25; }
    table.composition, table.results, table.votes { font-size: 9pt; table-layout: fixed; }
    td { overflow-wrap: break-word; }
    table.composition th:nth-child(1) { width: 30mm; }
    table.composition th:nth-child(2) { width: 46mm; }
    table.composition th:nth-child(4) { width: 28mm; }
    table.results th:nth-child(1) { width: 9mm; }
    table.results th:nth-child(2) { width: 40mm; }
    table.results th:nth-child(3), table.results th:nth-child(4) { width: 35mm; }
    table.votes td, table.votes th { padding: 0.5mm 1.8mm; }
    table.votes th:nth-child(1) { width: 88mm; }
    table.votes th:nth-child(3) { width: 27mm; }
    table.votes td.motion-cell { font-size: 8.5pt; line-height: 1.2; }
    table.votes tbody.motion { border-top: 1.5px solid #000; }
    table.votes tr.motion-foot td { font-size: 7.5pt; line-height: 1.2; padding-bottom: 1mm; }
    .casting { font-style: italic; }
    .band { font-size: 7.5pt; }
    .conclusion { margin-top: 0; padding-top: 5mm; }
    /* One unbreakable block: a break-before: avoid beside it would be honoured by breaking it. */
    .closing, .signatures { break-inside: avoid; }
    .signatures { margin-top: 5mm; }
    .signatures td { border: none; padding: 2mm 3mm 0 0; vertical-align: bottom; }
    .signatures td.role { white-space: nowrap; vertical-align: top; }
    .signatures td.who { width: 100%; vertical-align: top; }
    .signatures td.date { white-space: nowrap; vertical-align: top; }
    .signatures .date .fill { display: inline-block; min-width: 24mm; }
    .anchor { margin-top: 5mm; font-size: 8.5pt; }
    .anchor code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace;
      word-break: break-all; }
    """
}
