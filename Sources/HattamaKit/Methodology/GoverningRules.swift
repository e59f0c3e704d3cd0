/// The methodology that governs a sitting and its body's rules, resolved in one place for every
/// command, the audit and the protocol.
///
/// A journal pins the methodology it was opened under (SPEC, "Recording a sitting"): that copy
/// governs, and a different one given later is refused, so the rules cannot change in the
/// middle of a sitting or after it. Otherwise a methodology file given by the user governs,
/// else the built-in profile the record names.
public struct GoverningRules: Sendable, Equatable {
  /// The methodology that governs: pinned by the journal, given by the user, or built in.
  public var methodology: Methodology
  /// Its rules for the record's kind of body.
  public var rules: BodyRules

  /// Resolves the rules of `record`'s body.
  ///
  /// - Parameters:
  ///   - record: The sitting; its `methodology` id and `kind` choose the rules.
  ///   - pinned: The methodology a journal embeds, if the record came from one.
  ///   - given: A methodology the user supplied (`--methodology-file`).
  /// - Throws: ``RulesProblem`` naming why no rules govern the record.
  ///
  /// - Returns: the methodology and its rules for the record's kind of body.
  public static func resolve(
    for record: Record, pinned: Methodology? = nil, given: Methodology? = nil
  ) throws(RulesProblem) -> GoverningRules {
    let methodology = try choose(for: record, pinned: pinned, given: given)
    guard let rules = methodology.rules(for: record.kind) else {
      throw .kindUnsupported(
        methodology: methodology.id, kind: record.kind, supported: methodology.bodies.map(\.kind))
    }
    return GoverningRules(methodology: methodology, rules: rules)
  }

  /// The methodology alone, before its rules for the body are looked up: the audit reports a
  /// body it has no rules for as a finding rather than an error.
  ///
  /// - Parameters:
  ///   - record: the sitting; its `methodology` id names the built-in profile.
  ///   - pinned: the methodology a journal embeds, which governs when present.
  ///   - given: a methodology the user supplied, which must equal `pinned` when both are given.
  /// - Returns: the methodology that governs, in that order of precedence.
  /// - Throws: ``RulesProblem/differsFromPinned(pinned:given:)`` or
  ///   ``RulesProblem/unknown(id:known:)``.
  public static func choose(
    for record: Record, pinned: Methodology? = nil, given: Methodology? = nil
  ) throws(RulesProblem) -> Methodology {
    if let pinned {
      if let given, given != pinned { throw .differsFromPinned(pinned: pinned.id, given: given.id) }
      return pinned
    }
    if let given { return given }
    guard let builtIn = Methodology.builtIn(id: record.methodology) else {
      throw .unknown(id: record.methodology, known: Methodology.builtIn.map(\.id))
    }
    return builtIn
  }
}

/// Why no rules govern a record.
public enum RulesProblem: Error, Sendable, Equatable {
  /// The record names a methodology that is not built in, and none was given.
  case unknown(id: String, known: [String])
  /// The methodology has no rules for the record's kind of body.
  case kindUnsupported(methodology: String, kind: BodyKind, supported: [BodyKind])
  /// A methodology given for a journal differs from the one the journal was opened under.
  case differsFromPinned(pinned: String, given: String)
}

extension RulesProblem: CustomStringConvertible {
  /// The reason, without advice on what to type: the caller adds that.
  public var message: Phrase {
    switch self {
    case .unknown(let id, let known):
      let hint = id.nearest(in: known)
      return Phrase(
        kk: "'\(id)' әдістемесі кіріктірілмеген" + (hint.map { " (мүмкін, '\($0)' болар?)" } ?? ""),
        ru: "методика '\(id)' не встроена"
          + (hint.map { " (возможно, имелось в виду '\($0)'?)" } ?? ""),
        en: "the methodology '\(id)' is not built in"
          + (hint.map { " (did you mean '\($0)'?)" } ?? ""))
    case .kindUnsupported(let methodology, let kind, let supported):
      let names = { (language: Language) in
        supported.map { $0.name.text(in: language) }.joined(separator: ", ")
      }
      return Phrase(
        kk: "'\(methodology)' әдістемесінде бұл органның (\(kind.name.kk)) ережелері жоқ; ол тек "
          + "мыналарды қарастырады: \(names(.kk))",
        ru: "в методике '\(methodology)' нет правил для этого органа (\(kind.name.ru)); она "
          + "предусматривает только: \(names(.ru))",
        en: "the methodology '\(methodology)' has no rules for a \(Self.englishName(kind)); it "
          + "provides for \(supported.map { "a \(Self.englishName($0))" }.joined(separator: " and ")) "
          + "only")
    case .differsFromPinned(let pinned, let given):
      return Phrase(
        kk: "журнал өзіне енгізілген '\(pinned)' әдістемесімен ашылған, ал қазір берілген "
          + "'\(given)' әдістемесі одан өзгеше; отырыс ашылғаннан кейін оның ережелері өзгермейді",
        ru: "журнал открыт по встроенной в него методике '\(pinned)', а указанная сейчас методика "
          + "'\(given)' от неё отличается; правила заседания не могут меняться после его открытия",
        en: "the journal was opened under the methodology '\(pinned)' it embeds, and the "
          + "methodology '\(given)' given now differs from it; the rules of a sitting cannot "
          + "change once it is opened")
    }
  }

  /// The reason in English, for logs and for callers that predate ``message``.
  public var description: String { message.en }

  /// The body as the English sentence has always named it: "a commission", not "an evaluation
  /// commission".
  private static func englishName(_ kind: BodyKind) -> String {
    kind == .calibration ? kind.name.en : "commission"
  }
}
