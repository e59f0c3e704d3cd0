import HattamaKit

/// `methodology show` as text: every rule value beside its clause and its force (text, analogy,
/// or a reading with the others the text allows), and the note where the value is the tool's
/// choice for a silent or ambiguous text.
///
/// The legal acts' titles stay as the seeds give them (Kazakh); everything else is in the
/// console's language.
enum MethodologyDescription {
  static func text(of m: Methodology, in language: Language) -> String {
    let text = { (phrase: Phrase) in phrase.text(in: language) }
    let clauses = ([m.validFrom.clause] + (m.validThrough.map { [$0.clause] } ?? []))
      .map { $0.text(in: language) }.joined(separator: "; ")
    var lines = [
      text(
        Phrase(
          kk: "\(m.id) (дереккөз \(m.seed))", ru: "\(m.id) (источник \(m.seed))",
          en: "\(m.id) (seed \(m.seed))")),
      m.title,
      text(Phrase(kk: "Қолданыста: ", ru: "Действует: ", en: "In force ") + m.validityDescription)
        + " [\(clauses)]",
    ]
    var table = Table(language: language)
    table.add(Words.validFrom, m.validFrom) { Phrase(verbatim: $0.description) }
    table.add(Words.validThrough, m.validThrough) { Phrase(verbatim: $0.description) }
    for body in m.bodies { table.add(body) }
    if let caps = m.caps { table.add(caps) }
    if let categories = m.targetCategories { table.add(categories) }
    table.add(Words.competency, m.competencyThreshold, Words.observed)
    lines.append(TextTable.render(header: Words.header.map(text), rows: table.rows))
    lines.append("")
    lines.append(text(Words.forceLegend))
    if !table.notes.isEmpty {
      lines.append("")
      lines.append(text(Words.notesHeading))
      lines += table.notes.enumerated().map { "  [\($0.offset + 1)] \($0.element)" }
    }
    return lines.joined(separator: "\n")
  }

  /// The rows of the table and the notes they point to, in one language.
  struct Table {
    var language: Language
    var rows: [[String]] = []
    var notes: [String] = []

    mutating func add<V>(_ label: Phrase, _ cited: Cited<V>?, _ show: (V) -> Phrase) {
      guard let cited else { return }
      var clause = cited.clause.text(in: language)
      if let note = cited.note?.text(in: language) {
        if !notes.contains(note) { notes.append(note) }
        clause += " [\((notes.firstIndex(of: note) ?? 0) + 1)]"
      }
      rows.append([
        label.text(in: language), show(cited.value).text(in: language), clause,
        Words.force(cited.source).text(in: language),
      ])
    }

    mutating func heading(_ title: Phrase) {
      rows.append(["", "", "", ""])
      rows.append([title.text(in: language), "", "", ""])
    }

    mutating func add(_ caps: DisciplinaryCaps) {
      heading(
        Phrase(
          kk: "ТӘРТІПТІК ЖАЗА ШЕКТЕРІ", ru: "ОГРАНИЧЕНИЯ ПРИ ВЗЫСКАНИЯХ", en: "DISCIPLINARY CAPS"))
      add(
        Phrase(kk: "ескерту немесе сөгіс", ru: "замечание или выговор", en: "warning or reprimand"),
        caps.reprimand, Words.atMost)
      add(
        Phrase(kk: "басқа жаза", ru: "другое взыскание", en: "other sanction"), caps.other,
        Words.atMost)
      add(
        Phrase(
          kk: "шек қорытынды бағаны шектейді", ru: "ограничение касается итоговой оценки",
          en: "cap bounds the final score"), caps.boundsFinalScore, Words.yesNo)
    }

    mutating func add(_ categories: Cited<TargetCategoryNames>) {
      heading(Phrase(kk: "САНАТТАР", ru: "КАТЕГОРИИ", en: "TARGET CATEGORIES"))
      for category in TargetCategory.allCases {
        let met = category == .fourth ? nil : 6 - category.rawValue
        let label = Phrase(
          kk: "\(category)-санат (5 НМИ-нің \(met.map(String.init) ?? "3-тен азы") орындалды)",
          ru: "категория \(category) (достигнуто ЦИ из 5: \(met.map(String.init) ?? "менее 3"))",
          en: "category \(category) (\(met.map(String.init) ?? "fewer than 3") of 5 met)")
        add(label, categories) { Phrase(verbatim: $0[category].kk) }
      }
    }
  }
}
