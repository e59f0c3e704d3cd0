import HattamaKit

/// The words `roster compose` and `roster plan` share: the roles of a roster table, its
/// header, and what a draft without candidates lacks.
enum RosterWords {
  static let chair = Phrase(kk: "төраға", ru: "председатель", en: "chair")
  static let member = Phrase(kk: "мүше", ru: "член", en: "member")
  static let secretary = Phrase(
    kk: "хатшы (дауыс бермейді)", ru: "секретарь (не голосует)", en: "secretary (does not vote)")

  /// The role of `id` in `composition`.
  static func role(of id: PersonID, in composition: Composition) -> Phrase {
    id == composition.chair ? chair : id == composition.secretary ? secretary : member
  }

  /// ROLE, ID, NAME: the columns every roster table begins with.
  static let header = [
    Phrase(kk: "РӨЛІ", ru: "РОЛЬ", en: "ROLE"), Phrase(verbatim: "ID"),
    Phrase(kk: "АТЫ-ЖӨНІ", ru: "ФИО", en: "NAME"),
  ]

  /// The argument of both commands.
  static let draftWithCandidates = Phrase(
    kk: "'candidates' бар hattama.record/1 жобасы.", ru: "Проект hattama.record/1 с 'candidates'.",
    en: "A hattama.record/1 draft with 'candidates'.")

  /// What a draft without a pool of candidates is told.
  static let noCandidates = Phrase(
    kk: "'candidates' жоқ: HR тағайындай алатын адамдардың идентификаторларын тізіп жазыңыз.",
    ru: "нет 'candidates': перечислите идентификаторы людей, которых HR может назначить.",
    en: "has no 'candidates': list the ids of the people HR may appoint.")
}
