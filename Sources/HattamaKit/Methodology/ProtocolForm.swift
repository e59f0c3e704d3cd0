/// The shape of a body's protocol form: the order of its signature block and whether it has an
/// approval block (DOMAIN.md, "Protocol form").
public struct ProtocolForm: Sendable, Equatable {
  /// The order the "Тексерілді" block lists the signatories in.
  public var signatureOrder: SignatureOrder
  /// The form has the "БЕКІТЕМІН" block: the authorized person approves the results (000 ¶72,
  /// 001 ¶66, 004 ¶39). No seed gives a calibration session an approval of results.
  public var approval: Bool

  /// A form with this signature order, with or without the approval block.
  public init(signatureOrder: SignatureOrder, approval: Bool) {
    self.signatureOrder = signatureOrder
    self.approval = approval
  }

  /// 000 and 001 Appendix 11: secretary, chair, members; approved by the authorized person.
  public static let appendix11 = ProtocolForm(signatureOrder: .secretaryFirst, approval: true)
  /// 004 Appendix 5: chair, members, secretary; approved by the authorized person.
  public static let appendix5 = ProtocolForm(signatureOrder: .secretaryLast, approval: true)
  /// A calibration session: Appendix 11's order, without the approval block.
  public static let calibration = ProtocolForm(signatureOrder: .secretaryFirst, approval: false)
}

/// The order of a protocol's signature block.
public enum SignatureOrder: String, CaseIterable, Sendable, Codable {
  /// Secretary, chair, members (000 and 001 Appendix 11).
  case secretaryFirst = "secretary-chair-members"
  /// Chair, members, secretary (004 Appendix 5).
  case secretaryLast = "chair-members-secretary"
}

extension SignatureOrder {
  /// The order in the reader's words; its English text is the methodology file's name.
  public var name: Phrase {
    switch self {
    case .secretaryFirst:
      Phrase(kk: "хатшы, төраға, мүшелер", ru: "секретарь, председатель, члены", en: rawValue)
    case .secretaryLast:
      Phrase(kk: "төраға, мүшелер, хатшы", ru: "председатель, члены, секретарь", en: rawValue)
    }
  }
}
