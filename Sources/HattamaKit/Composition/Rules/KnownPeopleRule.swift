// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// Every person the composition, the pool of candidates, the attendance, the votes and the
/// signatures name is defined in `people`: the official approves a composition of named
/// people (002 ¶20, 000 ¶44; a commission is formed by the authorized person's order, 000 ¶64,
/// 001 ¶58, 004 ¶5), cited from the body's ``BodyRules/composedBy``.
package struct KnownPeopleRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    let record = context.record, composition = context.composition
    let named: [(PersonID, String)] =
      (composition.chair.map { [($0, "chair")] } ?? [])
      + composition.members.map { ($0, "members") }
      + (composition.secretary.map { [($0, "secretary")] } ?? [])
      + (record.candidates ?? []).map { ($0, "candidates") }
      + (record.sitting?.present ?? []).map { ($0, "sitting.present") }
      + (record.motions ?? []).flatMap { m in m.votes.map { ($0.member, "votes of \(m.id)") } }
      + (record.signing?.signedBy ?? []).map { ($0, "protocol.signedBy") }
    let defined = Set(record.people.map(\.id))
    var reported: Set<PersonID> = []
    return named.filter { !defined.contains($0.0) && reported.insert($0.0).inserted }.map {
      id, field in
      let suggestion =
        id.nearest(in: record.people.map(\.id)).map { " Did you mean '\($0)'?" } ?? ""
      return Finding(
        .compositionUnknownPerson, severity: context.rules.composedBy.severity(),
        clause: context.rules.composedBy.clause, subject: id,
        message: "'\(id)' in \(field) is not defined in people.\(suggestion)")
    }
  }
}
