import HattamaKit

/// The words the secretary types in `session run`, and the prompts that show them.
///
/// The short English keys (`confirm`/`c`, `f`/`a`/`b`, `t`) work in every interface language,
/// as the prompts show them, and so do the Kazakh and Russian words beside them: a secretary
/// switching the language does not have to relearn the keys.
enum SessionAnswers {
  enum CaseWord: Equatable { case confirm, correct, skip, attend, arrive, leave }

  enum VoteWord: Equatable {
    case vote(VoteChoice)
    case tally
  }

  private static let caseWords: [String: CaseWord] = [
    "confirm": .confirm, "c": .confirm, "қолдау": .confirm, "поддержать": .confirm,
    "correct": .correct, "түзету": .correct, "скорректировать": .correct,
    "skip": .skip, "s": .skip, "қалдыру": .skip, "отложить": .skip,
    "attend": .attend, "қатысу": .attend, "явка": .attend,
    "arrive": .arrive, "келді": .arrive, "пришёл": .arrive, "пришел": .arrive,
    "leave": .leave, "кетті": .leave, "ушёл": .leave, "ушел": .leave,
  ]

  private static let voteWords: [String: VoteWord] = [
    "f": .vote(.for), "for": .vote(.for), "жақтап": .vote(.for), "за": .vote(.for),
    "a": .vote(.against), "against": .vote(.against), "қарсы": .vote(.against),
    "против": .vote(.against),
    "b": .vote(.abstain), "abstain": .vote(.abstain), "қалыс": .vote(.abstain),
    "воздержался": .vote(.abstain), "воздержалась": .vote(.abstain),
    "t": .tally, "tally": .tally, "жабу": .tally, "закрыть": .tally,
  ]

  /// What a word typed at a case means, in any language; `nil` for none of them.
  static func caseWord(_ word: String) -> CaseWord? { caseWords[word.lowercased()] }

  /// What an answer to a vote means, in any language; `nil` for none of them.
  static func voteWord(_ answer: String) -> VoteWord? { voteWords[answer.lowercased()] }

  static func casePrompt(byCategory: Bool) -> Phrase {
    byCategory
      ? Phrase(
        kk: "confirm (қолдау) / correct САНАТ [ОРЫНДАЛҒАН НМИ] (түзету) / skip (қалдыру); "
          + "немесе 'arrive ID' (келді), 'leave ID' (кетті), 'attend' (бүкіл тізім):",
        ru: "confirm (поддержать) / correct КАТЕГОРИЯ [ДОСТИГНУТО ЦИ] (скорректировать) / skip "
          + "(отложить); или 'arrive ID' (пришёл), 'leave ID' (ушёл), 'attend' (весь список):",
        en: "confirm / correct CATEGORY [TARGETS MET] / skip (or 'arrive ID', 'leave ID', "
          + "'attend'):")
      : Phrase(
        kk: "confirm (қолдау) / correct БАҒА (түзету) / skip (қалдыру); немесе 'arrive ID' "
          + "(келді), 'leave ID' (кетті), 'attend' (бүкіл тізім):",
        ru: "confirm (поддержать) / correct ОЦЕНКА (скорректировать) / skip (отложить); или "
          + "'arrive ID' (пришёл), 'leave ID' (ушёл), 'attend' (весь список):",
        en: "confirm / correct SCORE / skip (or 'arrive ID', 'leave ID', 'attend'):")
  }

  static func caseHelp(byCategory: Bool) -> Phrase {
    let correct =
      byCategory
      ? Phrase(
        kk: "'correct 1 5' (санат және орындалған НМИ)",
        ru: "'correct 1 5' (категория и число достигнутых ЦИ)",
        en: "'correct 1 5' (a category and the targets met)")
      : Phrase(
        kk: "'correct 3.80' (баға)", ru: "'correct 3.80' (оценка)", en: "'correct 3.80' (a score)")
    return Phrase(
      kk: "Жауап беріңіз: 'confirm', \(correct.kk), 'skip', 'arrive ID', 'leave ID' немесе "
        + "'attend'.",
      ru: "Ответьте 'confirm', \(correct.ru), 'skip', 'arrive ID', 'leave ID' или 'attend'.",
      en: "Answer 'confirm', \(correct.en), 'skip', 'arrive ID', 'leave ID' or 'attend'.")
  }

  /// "m1 (confirm the evaluator's score 3.40): Name (m2) — for / against / abstain …".
  static func votePrompt(_ motion: MotionID, _ proposal: Phrase, _ member: Phrase) -> Phrase {
    Phrase(
      kk: "\(motion) (\(proposal.kk)): \(member.kk) — жақтап / қарсы / қалыс [f/a/b], немесе "
        + "дауыс беруді жабу үшін t:",
      ru: "\(motion) (\(proposal.ru)): \(member.ru) — за / против / воздержался [f/a/b], или "
        + "t, чтобы закрыть голосование:",
      en: "\(motion) (\(proposal.en)): \(member.en) — for / against / abstain [f/a/b], or t to "
        + "close the vote:")
  }

  static let voteHelp = Phrase(
    kk: "Жауап беріңіз: f (жақтап), a (қарсы), b (қалыс) немесе дауыс беруді қазір жабу үшін t.",
    ru: "Ответьте f (за), a (против), b (воздержался) или t, чтобы закрыть голосование сейчас.",
    en: "Answer f (for), a (against), b (abstain), or t to close the vote now.")
}
