// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
/// The protocol is signed by the secretary, the chair and the members present, and, where the
/// body's form has an approval block, approved by the authorized person (000 Appendix 11 and
/// ¶72, 001 Appendix 11 and ¶66, 004 Appendix 5 and ¶39). No seed gives a calibration session an
/// approval of results, so its protocol is never `protocol.not-approved`.
///
/// A record without a `protocol` field has not been signed yet (a draft, or a journal exported
/// at the close of the sitting) and is not checked here.
struct SignatureCheck: AuditCheck {
  func findings(in context: AuditContext) -> [Finding] {
    guard let signing = context.record.signing, let composition = context.record.composition
    else { return [] }
    let form = context.rules.form
    let present = Set(context.record.sitting?.present ?? [])
    let required =
      [composition.secretary, composition.chair].compactMap { $0 }
      + composition.members.filter(present.contains)
    var seen: Set<PersonID> = []
    let missing = required.filter { seen.insert($0).inserted && !signing.signedBy.contains($0) }
    let unsigned = missing.map { person in
      Finding(
        .protocolUnsigned, severity: form.severity(), clause: form.clause, subject: person,
        message: "The protocol lacks the signature of \(context.name(person)).")
    }
    guard form.value.approval, signing.approvedOn == nil else { return unsigned }
    return unsigned + [
      Finding(
        .protocolNotApproved, severity: form.severity(), clause: form.clause,
        subject: context.record.authorizedOfficial,
        message:
          "The protocol has no approval date; the authorized official \(context.name(context.record.authorizedOfficial)) approves it (БЕКІТЕМІН)."
      )
    ]
  }
}
