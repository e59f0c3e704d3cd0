/// Every person the composition, the pool of candidates, the attendance, the votes and the
/// signatures name is defined in `people`: the official approves a composition of named
/// people (002 ¶20, 000 ¶44; a commission is formed by the authorized person's order, 000 ¶64,
/// 001 ¶58, 004 ¶5), cited from the body's ``BodyRules/composedBy``.
package struct KnownPeopleRule: CompositionRule {
  package init() {}

  package func findings(in context: CompositionContext) -> [Finding] {
    let record = context.record, composition = context.composition
    // Where the id stands: the record's field, or a motion's votes.
    let field = { (name: String) in Phrase(verbatim: name) }
    let votes = { (id: MotionID) in
      Phrase(kk: "\(id) ұсынысының дауыстары", ru: "голоса по \(id)", en: "votes of \(id)")
    }
    let named: [(PersonID, Phrase)] =
      (composition.chair.map { [($0, field("chair"))] } ?? [])
      + composition.members.map { ($0, field("members")) }
      + (composition.secretary.map { [($0, field("secretary"))] } ?? [])
      + (record.candidates ?? []).map { ($0, field("candidates")) }
      + (record.sitting?.present ?? []).map { ($0, field("sitting.present")) }
      + (record.motions ?? []).flatMap { m in m.votes.map { ($0.member, votes(m.id)) } }
      + (record.signing?.signedBy ?? []).map { ($0, field("protocol.signedBy")) }
    let defined = Set(record.people.map(\.id))
    var reported: Set<PersonID> = []
    return named.filter { !defined.contains($0.0) && reported.insert($0.0).inserted }.map {
      id, field in
      let suggestion =
        id.nearest(in: record.people.map(\.id)).map {
          Phrase(
            kk: " Мүмкін, '\($0)'?", ru: " Возможно, имелось в виду '\($0)'?",
            en: " Did you mean '\($0)'?")
        } ?? Phrase(verbatim: "")
      return Finding(
        .compositionUnknownPerson, severity: context.rules.composedBy.severity(),
        clause: context.rules.composedBy.clause, subject: id,
        message: Phrase(
          kk: "'\(id)' (\(field.kk)) people ішінде анықталмаған.",
          ru: "'\(id)' (\(field.ru)) не определён в people.",
          en: "'\(id)' in \(field.en) is not defined in people.") + suggestion)
    }
  }
}
