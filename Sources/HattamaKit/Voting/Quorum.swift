/// Whether enough of the composition is present to vote (000 ¶63, 001 ¶57, 004 ¶30: at least
/// two thirds of the composition).
public struct Quorum: Sendable, Equatable {
  /// Members of the composition.
  public var size: Int
  /// Members who must be present: ⌈size × fraction⌉.
  public var required: Int
  /// Members present who count toward the quorum.
  public var present: Int

  /// At least the required number is present.
  public var isMet: Bool { present >= required }

  /// The quorum of a composition given who is present.
  ///
  /// Only voting members count; the secretary and guests do not. A member recused from the case
  /// being decided counts only where the methodology says so.
  ///
  /// - Parameters:
  ///   - composition: the body's composition.
  ///   - present: who is present.
  ///   - rules: the quorum fraction and whether recused members count.
  ///   - recused: the people recused from the case at hand, if any.
  public init(
    composition: Composition, present: some Sequence<PersonID>, rules: BodyRules,
    recused: Set<PersonID> = []
  ) {
    let members = Set(composition.members)
    var counted = members.intersection(present)
    if !rules.recusedCountTowardQuorum.value { counted.subtract(recused) }
    size = members.count
    required = rules.quorum.value.ceiling(of: members.count)
    self.present = counted.count
  }

  /// "present 5 of 7; quorum 5: met" — the words the protocol and the status use.
  public var summary: Phrase {
    isMet
      ? Phrase(
        kk: "қатысады: \(present) (құрамы \(size)); кворум \(required): бар",
        ru: "присутствуют: \(present) из \(size); кворум \(required): есть",
        en: "present \(present) of \(size); quorum \(required): met")
      : Phrase(
        kk: "қатысады: \(present) (құрамы \(size)); кворум \(required): жоқ",
        ru: "присутствуют: \(present) из \(size); кворум \(required): нет",
        en: "present \(present) of \(size); quorum \(required): not met")
  }
}
