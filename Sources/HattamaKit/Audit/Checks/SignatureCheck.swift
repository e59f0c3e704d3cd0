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
        .protocolUnsigned, clause: Self.form(of: context.methodology), subject: person,
        message: "The protocol lacks the signature of \(context.name(person)).")
    }
    guard signing.approvedOn == nil else { return unsigned }
    return unsigned + [
      Finding(
        .protocolNotApproved, clause: Self.form(of: context.methodology),
        subject: context.record.authorizedOfficial,
        message:
          "The protocol has no approval date; the authorized official \(context.name(context.record.authorizedOfficial)) approves it (БЕКІТЕМІН)."
      )
    ]
  }

  /// The protocol form whose "Тексерілді" and "БЕКІТЕМІН" blocks the signatures fill: 004 has
  /// its own (Appendix 5); 000 and 001 share Appendix 11, which calibration sessions follow too.
  static func form(of methodology: Methodology) -> String {
    methodology.seed == "004"
      ? "004 Appendix 5" : "\(methodology.seed == "001" ? "001" : "000") Appendix 11"
  }
}
