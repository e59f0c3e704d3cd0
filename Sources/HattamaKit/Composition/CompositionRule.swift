/// One rule about who sits on a collegial body.
///
/// Each rule is a type of its own in `Composition/Rules/`, states its clause, and returns its
/// findings as values; ``Composition/findings(in:under:)`` runs them all.
package protocol CompositionRule: Sendable {
  func findings(in context: CompositionContext) -> [Finding]
}

/// What a composition rule looks at.
package struct CompositionContext: Sendable {
  package var record: Record
  package var composition: Composition
  package var rules: BodyRules

  package init(record: Record, composition: Composition, rules: BodyRules) {
    self.record = record
    self.composition = composition
    self.rules = rules
  }

  /// The voting members, each once.
  package var members: [PersonID] {
    var seen: Set<PersonID> = []
    return composition.members.filter { seen.insert($0).inserted }
  }

  /// "Нұрланова Айгүл (h1)" (see ``Record/describe(_:)``).
  package func name(_ id: PersonID) -> String { record.describe(id) }

  /// Members the composition lists more than once; each counts once.
  package var duplicates: [PersonID] {
    var seen: Set<PersonID> = []
    var twice: [PersonID] = []
    for member in composition.members where !seen.insert(member).inserted && !twice.contains(member)
    {
      twice.append(member)
    }
    return twice
  }

  /// " (m3 is listed twice and counted once)", or nothing: why a count may look wrong.
  var duplicatesNote: Phrase {
    guard !duplicates.isEmpty else { return Phrase(verbatim: "") }
    let twice = duplicates.joined(separator: ", ")
    return Phrase(
      kk: " (\(twice) екі рет жазылған, бір рет есептелді)",
      ru: " (\(twice) указан дважды, учтён один раз)", en: " (\(twice) listed twice, counted once)")
  }

  /// "The composition has 4 members": the count of voting members, with the note on duplicates.
  var sizePhrase: Phrase {
    let size = members.count
    return Phrase(kk: "Құрамда ", ru: "В составе ", en: "The composition has ")
      + .counted(size, kk: "мүше", ru: ("член", "члена", "членов"), en: ("member", "members"))
      + duplicatesNote
  }

  /// Who may take an excluded member's place: candidates (else people) who are neither an
  /// employee nor an evaluator of any case, not sitting already and not the official.
  package var replacements: [PersonID] {
    let sitting = Set(composition.members + [composition.secretary].compactMap { $0 })
    let excluded = Set(record.cases.flatMap { $0.evaluators + [$0.employee] })
    let pool = record.candidates ?? record.people.map(\.id)
    return pool.filter {
      !sitting.contains($0) && !excluded.contains($0) && $0 != record.authorizedOfficial
    }
  }

  /// "Replace them with one of …, who sit on no case under review" — the advice that names
  /// who may take the place.
  var replacementAdvice: Phrase {
    let names = replacements.prefix(3).map(name)
    let list = names.joined(separator: ", ")
    switch names.count {
    case 0:
      return Phrase(
        kk: "Бұл мүшенің орнына қаралатын істердің ешқайсысында қызметші де, бағалаушы адам да "
          + "емес адамды тағайындаңыз.",
        ru: "Вместо этого члена назначьте лицо, которое не является ни служащим, ни оценивающим "
          + "лицом по рассматриваемым делам.",
        en: "Replace them with someone who is neither an employee nor an evaluator of a case "
          + "under review.")
    case 1:
      return Phrase(
        kk: "Бұл мүшенің орнына \(list) тағайындаңыз: ол қаралатын істердің ешқайсысында "
          + "қызметші де, бағалаушы адам да емес.",
        ru: "Вместо этого члена назначьте \(list): это лицо не является ни служащим, ни "
          + "оценивающим лицом по рассматриваемым делам.",
        en: "Replace them with \(list), who is neither an employee nor an evaluator of a "
          + "case under review.")
    default:
      return Phrase(
        kk: "Бұл мүшенің орнына мыналардың бірін тағайындаңыз: \(list) — олар қаралатын "
          + "істердің ешқайсысында қызметші де, бағалаушы адам да емес.",
        ru: "Вместо этого члена назначьте одного из них: \(list) — они не являются ни "
          + "служащими, ни оценивающими лицами по рассматриваемым делам.",
        en: "Replace them with one of \(list), who are neither "
          + "employees nor evaluators of a case under review.")
    }
  }
}

extension Composition {
  /// Every rule a composition must keep, in SPEC's order.
  package static let rules: [any CompositionRule] = [
    OddSizeRule(), MinimumSizeRule(), DisputantNotMemberRule(), EvaluatorNotMemberRule(),
    HRMemberRule(), SecretaryNotMemberRule(), SecretaryFromHRRule(), ChairIsMemberRule(),
    KnownPeopleRule(),
  ]

  /// The findings of every composition rule, all at once rather than the first.
  ///
  /// - Parameters:
  ///   - record: the record the composition belongs to, for its people and cases.
  ///   - rules: the body's rules: size, oddness, exclusions, HR member and secretary, chair.
  /// - Returns: every finding, each with its code, clause and severity; none for a lawful
  ///   composition.
  /// - Complexity: O(p + c) in the people and the cases' employees and evaluators.
  public func findings(in record: Record, under rules: BodyRules) -> [Finding] {
    let context = CompositionContext(record: record, composition: self, rules: rules)
    return Self.rules.flatMap { $0.findings(in: context) }
  }
}
