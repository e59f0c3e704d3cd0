/// Writes a protocol's structure as JSON with sorted keys: machine values (ids, ISO dates,
/// scores as records write them, `"3.80"`) beside the text the chosen language prints.
///
/// A value the protocol lacks is written `null`, not left out, so that every key is always
/// there for a program to read.
struct ProtocolJSONWriter {
  let labels: ProtocolLabels

  func write(_ document: ProtocolDocument) -> String {
    let object: JSONValue = .object([
      ("language", .string(labels.language.rawValue)),
      ("kind", .string(document.kind.rawValue)),
      ("methodology", .string(document.methodology)),
      ("confidential", .string(labels.confidential)),
      ("title", .string(labels.title)),
      ("approval", nullable(document.approval.map(approval))),
      ("body", text(document.body)),
      ("period", text(document.period)),
      ("extractOf", nullable(document.extractOf)),
      ("draft", nullable(document.draft.map(draft))),
      ("sittingDate", nullable(document.sittingDate?.description)),
      ("composition", .array(document.composition.map(participant))),
      ("attendance", nullable(document.attendance.map(attendance))),
      ("results", .array(document.results.map(result))),
      ("motions", .array(document.motions.map(motion))),
      ("conclusion", nullable(document.conclusion.map(text))),
      ("signatures", .array(document.signatures.map(signature))),
      ("journal", nullable(document.journal.map(journal))),
    ])
    return JSONWriter(sortsKeys: true).string(for: object) + "\n"
  }

  private func approval(_ approval: ProtocolDocument.Approval) -> JSONValue {
    .object([
      ("label", .string(labels.approve)),
      (
        "official",
        .object([
          ("id", .string(approval.personID)), ("name", text(approval.name)),
          ("surnameAndInitials", text(approval.surnameAndInitials)),
          ("position", nullable(approval.position.map(text))),
        ])
      ),
      ("approvedOn", nullable(approval.approvedOn?.description)),
    ])
  }

  private func draft(_ draft: ProtocolDocument.Draft) -> JSONValue {
    .object([
      ("mark", .string(DraftWords.words(labels.language).mark)),
      ("unclosed", .bool(draft.unclosed)),
      ("findings", .array(draft.findings.map { $0.jsonValue(in: labels.language) })),
    ])
  }

  private func participant(_ person: ProtocolDocument.Participant) -> JSONValue {
    .object([
      ("id", .string(person.personID)), ("role", .string(person.role.rawValue)),
      ("name", text(person.name)), ("position", nullable(person.position.map(text))),
      ("present", person.present.map(JSONValue.bool) ?? .null),
    ])
  }

  private func attendance(_ quorum: Quorum) -> JSONValue {
    .object([
      ("present", .number(quorum.present)), ("members", .number(quorum.size)),
      ("quorum", .number(quorum.required)), ("quorumMet", .bool(quorum.isMet)),
      ("text", .string(labels.attendance(quorum))),
    ])
  }

  private func signature(_ signature: ProtocolDocument.Signature) -> JSONValue {
    .object([
      ("id", .string(signature.personID)), ("role", .string(signature.role.rawValue)),
      ("name", text(signature.name)),
      ("label", .string(labels.signatories[signature.role] ?? signature.role.rawValue)),
      ("signedOn", nullable(signature.signedOn?.description)),
    ])
  }

  private func journal(_ anchor: JournalAnchor) -> JSONValue {
    .object([
      ("events", .number(anchor.events)), ("head", .string(anchor.head)),
      ("anchor", .string(anchor.description)),
    ])
  }

  private func result(_ row: ProtocolDocument.ResultRow) -> JSONValue {
    .object([
      ("number", .number(row.number)), ("case", .string(row.caseID)),
      (
        "employee",
        .object([
          ("id", .string(row.employeeID)), ("name", text(row.employee)),
          ("position", nullable(row.position.map(text))),
        ])
      ),
      ("score", grade(row.result)), ("corrected", nullable(row.corrected.map(grade))),
      ("recommendation", nullable(row.recommendation.map(text))),
    ])
  }

  private func motion(_ entry: ProtocolDocument.MotionEntry) -> JSONValue {
    var proposed: EvaluationResult?
    if case .correct(let value) = entry.kind { proposed = value }
    return .object([
      ("number", .number(entry.number)), ("id", .string(entry.motionID)),
      ("case", .string(entry.caseID)), ("employee", text(entry.employee)),
      ("proposedBy", nullable(entry.proposer.map(text))),
      ("kind", .string(proposed == nil ? "confirm" : "correct")),
      ("score", nullable(proposed.map { value($0) })),
      ("evaluatorScore", nullable(entry.evaluatorResult.map { value($0) })),
      ("proposal", .string(labels.proposal(entry))),
      ("votes", .array(entry.votes.map(vote))),
      ("tally", nullable(entry.tally.map(tally))),
      ("result", nullable(entry.result?.rawValue)),
      ("resultText", .string(labels.result(entry.result))),
      ("castingVote", nullable(entry.castingVote.map(vote))),
      ("recused", .array(entry.recused.map(text))), ("present", .array(entry.present.map(text))),
      ("majorityBase", .string(entry.base.rawValue)),
      ("rule", nullable(entry.tally?.rule.rawValue)),
      ("decision", nullable(DecisionWords.words(labels.language).sentence(for: entry))),
    ])
  }

  private func tally(_ tally: Tally) -> JSONValue {
    .object([
      ("for", .number(tally.inFavour)), ("against", .number(tally.against)),
      ("abstain", .number(tally.abstaining)), ("base", .number(tally.base)),
      ("text", .string(labels.tally(tally))),
    ])
  }

  private func vote(_ vote: ProtocolDocument.NamedVote) -> JSONValue {
    .object([
      ("id", .string(vote.personID)), ("name", text(vote.name)),
      ("vote", .string(vote.choice.rawValue)), ("counted", .bool(vote.counted)),
      ("text", .string(labels.choice(vote))),
    ])
  }

  /// A result as records write it (`value` a score, or `category` and `kpiMet`) and as the
  /// language writes it; `bandName` the methodology's words for it, `band` a score's band.
  private func value(_ result: EvaluationResult, name: Phrase? = nil) -> JSONValue {
    var band: String?
    if name != nil, let score = result.score?.score { band = ScoreBand(score).rawValue }
    return .object([
      ("value", nullable(result.score?.description)),
      ("category", result.category.map { .number($0.rawValue) } ?? .null),
      ("kpiMet", result.kpiMet.map(JSONValue.number) ?? .null),
      ("text", .string(labels.value(result))), ("band", nullable(band)),
      ("bandName", nullable(name?.text(in: labels.language))),
    ])
  }

  private func grade(_ grade: ProtocolDocument.Grade) -> JSONValue {
    value(grade.result, name: grade.name)
  }

  /// A record's display text in the protocol's language.
  private func text(_ text: DisplayText) -> JSONValue { .string(labels.text(text)) }

  private func nullable(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  private func nullable(_ value: JSONValue?) -> JSONValue { value ?? .null }
}
