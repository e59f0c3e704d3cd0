/// Why a record cannot be the draft a sitting is recorded on (SPEC: "a record/1 draft without
/// sitting/motions").
public enum SessionDraftProblem: Error, Sendable, Equatable {
  /// The draft has no approved composition: nobody could vote.
  case noComposition
  /// The draft already holds what the sitting is to record: `sitting`, `motions`, …
  case alreadyHas(field: String)

  /// The first problem of `record` as a draft, or `nil` when a sitting can be recorded on it.
  ///
  /// - Parameter record: the record a sitting is to be opened on.
  /// - Returns: the first problem, or `nil`.
  public static func first(in record: Record) -> SessionDraftProblem? {
    guard record.composition != nil else { return .noComposition }
    // A planned sitting (`roster plan`: its date and notice, nobody present yet) is not one held.
    let held = record.sitting.map { !$0.isPlanned } ?? false
    let recorded: [(String, Bool)] = [
      ("sitting", held), ("motions", record.motions != nil),
      ("outcomes", record.outcomes != nil), ("conclusion", record.conclusion != nil),
      ("protocol", record.signing != nil), ("journal", record.journal != nil),
    ]
    return recorded.first { $0.1 }.map { .alreadyHas(field: $0.0) }
  }
}

extension SessionDraftProblem {
  /// Why the record cannot carry a sitting, starting in lowercase: a program puts it after the
  /// file's name.
  public var message: Phrase {
    switch self {
    case .noComposition:
      Phrase(
        kk: "жобада 'composition' (құрам) жоқ", ru: "в проекте нет 'composition' (состава)",
        en: "the draft has no 'composition'")
    case .alreadyHas(let field):
      Phrase(
        kk: "жобада '\(field)' бұрыннан бар; отырыс 'motions', 'outcomes', 'conclusion', "
          + "'protocol' және 'journal' жоқ, ал 'sitting' болса, тек жоспарланған (әлі ешкім "
          + "қатыспаған) жобаға жазылады",
        ru: "в проекте уже есть '\(field)'; заседание записывается на проект без 'motions', "
          + "'outcomes', 'conclusion', 'protocol' и 'journal', в котором 'sitting', если есть, "
          + "только запланировано (ещё никто не присутствует)",
        en: "the draft already has '\(field)'; a sitting is recorded on a draft without "
          + "'motions', 'outcomes', 'conclusion', 'protocol' and 'journal', and whose "
          + "'sitting', if any, is only planned (nobody present yet)")
    }
  }
}
