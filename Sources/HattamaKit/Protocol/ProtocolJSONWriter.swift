import Foundation

/// Writes a protocol's structure as JSON with sorted keys: machine values (ids, ISO dates,
/// scores as records write them, `"3.80"`) beside the text the chosen language prints.
struct ProtocolJSONWriter {
  let labels: ProtocolLabels

  func write(_ document: ProtocolDocument) -> String {
    let approval: Any =
      document.approval.map { approval in
        [
          "label": labels.approve,
          "official": [
            "id": approval.personID, "name": text(approval.name),
            "surnameAndInitials": text(approval.surnameAndInitials),
            "position": orNull(approval.position.map(text)),
          ],
          "approvedOn": orNull(approval.approvedOn?.description),
        ] as [String: Any]
      } ?? NSNull()
    let object: [String: Any] = [
      "language": labels.language.rawValue,
      "kind": document.kind.rawValue,
      "methodology": document.methodology,
      "confidential": labels.confidential,
      "title": labels.title,
      "approval": approval,
      "body": text(document.body),
      "period": text(document.period),
      "extractOf": orNull(document.extractOf),
      "draft": orNull(
        document.draft.map { draft in
          [
            "mark": DraftWords.words(labels.language).mark, "unclosed": draft.unclosed,
            "findings": draft.findings.map { finding in
              [
                "code": finding.code.rawValue, "severity": finding.severity.rawValue,
                "clause": finding.clause, "subject": finding.subject,
                "message": finding.message,
              ]
            },
          ] as [String: Any]
        }),
      "sittingDate": orNull(document.sittingDate?.description),
      "composition": document.composition.map { person in
        [
          "id": person.personID, "role": person.role.rawValue, "name": text(person.name),
          "position": orNull(person.position.map(text)), "present": orNull(person.present),
        ] as [String: Any]
      },
      "attendance": orNull(
        document.attendance.map { quorum in
          [
            "present": quorum.present, "members": quorum.size, "quorum": quorum.required,
            "quorumMet": quorum.isMet,
            "text": labels.attendance(quorum),
          ] as [String: Any]
        }),
      "results": document.results.map(result),
      "motions": document.motions.map(motion),
      "conclusion": orNull(document.conclusion.map(text)),
      "signatures": document.signatures.map { signature in
        [
          "id": signature.personID, "role": signature.role.rawValue, "name": text(signature.name),
          "label": labels.signatories[signature.role] ?? signature.role.rawValue,
          "signedOn": orNull(signature.signedOn?.description),
        ] as [String: Any]
      },
      "journal": orNull(
        document.journal.map { anchor in
          ["events": anchor.events, "head": anchor.head, "anchor": anchor.description]
            as [String: Any]
        }),
    ]
    // Only strings, integers, booleans, NSNull, arrays and dictionaries are put in above, all of
    // which JSONSerialization writes, so the empty fallback is never taken.
    let data =
      (try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
      ?? Data("{}".utf8)
    return JSONWriter.escapingUnsafe(inJSON: String(decoding: data, as: UTF8.self)) + "\n"
  }

  private func result(_ row: ProtocolDocument.ResultRow) -> [String: Any] {
    [
      "number": row.number, "case": row.caseID,
      "employee": [
        "id": row.employeeID, "name": text(row.employee),
        "position": orNull(row.position.map(text)),
      ],
      "score": grade(row.result), "corrected": orNull(row.corrected.map(grade)),
      "recommendation": orNull(row.recommendation.map(text)),
    ]
  }

  private func motion(_ entry: ProtocolDocument.MotionEntry) -> [String: Any] {
    var proposed: EvaluationResult?
    if case .correct(let value) = entry.kind { proposed = value }
    return [
      "number": entry.number, "id": entry.motionID, "case": entry.caseID,
      "employee": text(entry.employee), "proposedBy": orNull(entry.proposer.map(text)),
      "kind": proposed == nil ? "confirm" : "correct",
      "score": orNull(proposed.map { value($0) }),
      "evaluatorScore": orNull(entry.evaluatorResult.map { value($0) }),
      "proposal": labels.proposal(entry),
      "votes": entry.votes.map(vote),
      "tally": orNull(
        entry.tally.map { tally in
          [
            "for": tally.inFavour, "against": tally.against, "abstain": tally.abstaining,
            "base": tally.base, "text": labels.tally(tally),
          ] as [String: Any]
        }),
      "result": orNull(entry.result?.rawValue), "resultText": labels.result(entry.result),
      "castingVote": orNull(entry.castingVote.map(vote)),
      "recused": entry.recused.map(text), "present": entry.present.map(text),
      "majorityBase": entry.base.rawValue, "rule": orNull(entry.tally?.rule.rawValue),
      "decision": orNull(DecisionWords.words(labels.language).sentence(for: entry)),
    ]
  }

  private func vote(_ vote: ProtocolDocument.NamedVote) -> [String: Any] {
    [
      "id": vote.personID, "name": text(vote.name), "vote": vote.choice.rawValue,
      "counted": vote.counted, "text": labels.choice(vote),
    ]
  }

  /// A result as records write it (`value` a score, or `category` and `kpiMet`) and as the
  /// language writes it; `bandName` the methodology's words for it, `band` a score's band.
  private func value(_ result: EvaluationResult, name: LocalizedText? = nil) -> [String: Any] {
    var band: String?
    if name != nil, let score = result.score?.score { band = ScoreBand(score).rawValue }
    return [
      "value": orNull(result.score?.description), "category": orNull(result.category?.rawValue),
      "kpiMet": orNull(result.kpiMet),
      "text": labels.value(result), "band": orNull(band),
      "bandName": orNull(name?.text(in: labels.language)),
    ]
  }

  private func grade(_ grade: ProtocolDocument.Grade) -> [String: Any] {
    value(grade.result, name: grade.name)
  }

  private func orNull(_ value: Any?) -> Any { value ?? NSNull() }

  /// A record's display text in the protocol's language; never a ``DisplayText`` itself, which
  /// JSONSerialization cannot write.
  private func text(_ text: DisplayText) -> String { labels.text(text) }
}
