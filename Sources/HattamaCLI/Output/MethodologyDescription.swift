// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// `methodology show` as text: every rule value beside its clause and its force (text, analogy,
/// or a reading with the others the text allows), and the note where the value is the tool's
/// choice for a silent or ambiguous text.
enum MethodologyDescription {
  static func text(of m: Methodology) -> String {
    var lines = [
      "\(m.id) (seed \(m.seed))", m.title,
      "In force \(MethodologyCommands.validity(of: m)) [\(m.validFrom.clause)\(m.validThrough.map { "; \($0.clause)" } ?? "")]",
    ]
    var rows: [[String]] = []
    var notes: [String] = []
    func add<V>(_ label: String, _ cited: Cited<V>?, _ show: (V) -> String) {
      guard let cited else { return }
      var clause = cited.clause
      if let note = cited.note {
        if !notes.contains(note) { notes.append(note) }
        clause += " [\((notes.firstIndex(of: note) ?? 0) + 1)]"
      }
      rows.append([label, show(cited.value), clause, force(cited.source)])
    }
    add("in force from", m.validFrom) { $0.description }
    add("in force through", m.validThrough) { $0.description }
    for body in m.bodies {
      rows.append(["", "", "", ""])
      rows.append([
        body.kind == .calibration ? "CALIBRATION SESSION" : "EVALUATION COMMISSION", "", "", "",
      ])
      add("minimum size", body.minimumSize, String.init)
      add("odd size required", body.oddSize, yesNo)
      add("disputant excluded", body.excludesDisputant, yesNo)
      add("evaluators excluded", body.excludesEvaluators, yesNo)
      add("HR member required", body.requiresHRMember, yesNo)
      add("HR secretary required", body.requiresHRSecretary, yesNo)
      add("chair required", body.requiresChair, yesNo)
      add("quorum", body.quorum) { "\($0) of the composition" }
      add("recused count to quorum", body.recusedCountTowardQuorum, yesNo)
      add("majority base", body.majorityBase, \.rawValue)
      add("tie", body.tieBreak, \.rawValue)
      let p = body.periods
      add("application", p.application, period)
      add("decision", p.decision, period)
      add("session", p.session, period)
      add("posting", p.posting, period)
      add("notice", p.notice) {
        "\($0.workingDays) working days before the sitting (\($0.reading.rawValue))"
      }
      add("familiarisation", p.familiarization, period)
      add("appeal", p.appeal, period)
      add("appeal to", body.appealBody) { $0 }
      add("composed by", body.composedBy) { $0 }
      add("protocol form", body.form) { form in
        "signed \(form.signatureOrder.rawValue); "
          + (form.approval ? "approved (БЕКІТЕМІН)" : "no approval block")
      }
    }
    if let caps = m.caps {
      rows.append(["", "", "", ""])
      rows.append(["DISCIPLINARY CAPS", "", "", ""])
      add("warning or reprimand", caps.reprimand) { "at most \($0)" }
      add("other sanction", caps.other) { "at most \($0)" }
      add("cap bounds the final score", caps.boundsFinalScore, yesNo)
    }
    if let categories = m.targetCategories {
      rows.append(["", "", "", ""])
      rows.append(["TARGET CATEGORIES", "", "", ""])
      for category in TargetCategory.allCases {
        let met = category == .fourth ? "fewer than 3" : "\(6 - category.rawValue)"
        add("category \(category) (\(met) of 5 met)", categories) { $0[category].kk }
      }
    }
    add("competency meets at", m.competencyThreshold) { "\($0) of its indicators observed" }
    lines.append(TextTable.render(header: ["RULE", "VALUE", "CLAUSE", "FORCE"], rows: rows))
    lines.append("")
    lines.append(
      "FORCE: text — a breach is a violation; analogy — borrowed, a breach is a warning; reading"
        + " — one reading of an ambiguous text, a warning unless every reading is broken.")
    if !notes.isEmpty {
      lines.append("")
      lines.append("Where the text is silent or ambiguous:")
      lines += notes.enumerated().map { "  [\($0.offset + 1)] \($0.element)" }
    }
    return lines.joined(separator: "\n")
  }

  private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

  /// "text", "analogy", "reading (also: votes-cast, composition)".
  private static func force(_ source: RuleSource) -> String {
    switch source {
    case .text: "text"
    case .analogy: "analogy"
    case .reading(let others): "reading (also: \(others.joined(separator: ", ")))"
    }
  }

  private static func period(_ period: Period) -> String {
    "within \(period.workingDays) working days of \(period.from.rawValue)"
  }
}
