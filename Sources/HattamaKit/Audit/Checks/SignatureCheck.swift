/// The protocol is signed by the secretary, the chair and the members present, and approved by
/// the authorized official (000 Appendix 11 "Тексерілді", 000 ¶72, 004 ¶39).
///
/// A record without a `protocol` field has not been signed yet (a draft, or a journal exported
/// at the close of the sitting) and is not checked here.
struct SignatureCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let signing = context.record.signing, let composition = context.record.composition
    else { return [] }
    let present = Set(context.record.sitting?.present ?? [])
    let required =
      [composition.secretary, composition.chair].compactMap { $0 }
      + composition.members.filter(present.contains)
    var seen: Set<PersonID> = []
    let missing = required.filter { seen.insert($0).inserted && !signing.signedBy.contains($0) }
    let unsigned = missing.map { person in
      Finding(
        .protocolUnsigned, clause: "000 Appendix 11", subject: person,
        message: "The protocol lacks the signature of \(context.name(person)).")
    }
    guard signing.approvedOn == nil else { return unsigned }
    return unsigned + [
      Finding(
        .protocolNotApproved, clause: context.record.kind == .commission ? "000 ¶72" : "002 ¶20",
        subject: context.record.authorizedOfficial,
        message: "The protocol has no approval date; the authorized official \(context.name(context.record.authorizedOfficial)) approves it (БЕКІТЕМІН).")
    ]
  }
}
