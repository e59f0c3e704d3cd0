/// The words that say how each motion was decided: who was present for it, its majority base
/// with the number, and the rule that gave the result (SPEC, "The protocol": "for 3 of 5
/// present and eligible: more than half — adopted").
package struct DecisionWords: Sendable {
  package var language: Language
  /// "Present for the vote".
  package var presentLabel: String
  /// "How it was decided".
  package var ruleLabel: String

  /// The words of each language.
  public static func words(_ language: Language) -> DecisionWords {
    DecisionWords(
      language: language,
      presentLabel: Phrase(
        kk: "Дауыс беру кезінде қатысқандар", ru: "Присутствовали при голосовании",
        en: "Present for the vote"
      ).text(in: language),
      ruleLabel: Phrase(kk: "Шешім қалай қабылданды", ru: "Как принято решение", en: "Decided by")
        .text(in: language))
  }

  /// The sentence for one motion's count; `nil` for a motion that could not be recounted.
  package func sentence(for entry: ProtocolDocument.MotionEntry) -> String? {
    guard let tally = entry.tally else { return nil }
    let how: Phrase =
      switch tally.rule {
      case .majority: Self.majority(tally, base: entry.base)
      case .castingVote: Self.tie(tally) + Phrase(verbatim: "; ") + Self.castingVote
      case .tieNotAdopted: Self.tie(tally) + Phrase(verbatim: "; ") + Self.tieAdoptsNothing
      case .tieUnresolved: Self.tie(tally) + Phrase(verbatim: "; ") + Self.noCastingVote
      case .noQuorum: Self.noQuorum(entry.quorum)
      }
    return (how + Phrase(verbatim: " — ") + Self.resultWord(tally.result)).text(in: language)
  }

  private static func majority(_ tally: Tally, base: MajorityBase) -> Phrase {
    let (inFavour, of, words) = (tally.inFavour, tally.base, baseWords(base))
    let more = 2 * tally.inFavour > tally.base
    return more
      ? Phrase(
        kk: "жақтағандар \(inFavour), негіз \(of) (\(words.kk)): жартысынан көп",
        ru: "за \(inFavour) из \(of) (\(words.ru)): более половины",
        en: "for \(inFavour) of \(of) \(words.en): more than half")
      : Phrase(
        kk: "жақтағандар \(inFavour), негіз \(of) (\(words.kk)): жартысынан көп емес",
        ru: "за \(inFavour) из \(of) (\(words.ru)): не более половины",
        en: "for \(inFavour) of \(of) \(words.en): not more than half")
  }

  private static func baseWords(_ base: MajorityBase) -> Phrase {
    switch base {
    case .votesCast:
      Phrase(
        kk: "жақтап және қарсы берілген дауыстар", ru: "поданных голосов за и против",
        en: "votes cast for or against")
    case .present:
      Phrase(
        kk: "қатысқан және дауыс беруге құқылы мүшелер",
        ru: "присутствующих членов с правом голоса", en: "present and eligible")
    case .composition:
      Phrase(
        kk: "құрамның барлық мүшелері", ru: "всего состава", en: "in the whole composition")
    }
  }

  private static func tie(_ tally: Tally) -> Phrase {
    let votes = "(\(tally.inFavour)–\(tally.against))"
    return Phrase(
      kk: "дауыстар тең \(votes)", ru: "голоса разделились поровну \(votes)",
      en: "a tie \(votes)")
  }

  private static let castingVote = Phrase(
    kk: "төрағаның дауысы шешті", ru: "решил голос председателя", en: "the chair's vote decided")

  private static let tieAdoptsNothing = Phrase(
    kk: "тең дауыс кезінде шешім қабылданбайды",
    ru: "при равенстве голосов решение не принимается", en: "a tie adopts nothing")

  private static let noCastingVote = Phrase(
    kk: "шешуші дауыс берілмеді", ru: "решающий голос не подан", en: "no casting vote was cast")

  private static func noQuorum(_ quorum: Quorum?) -> Phrase {
    let numbers = quorum.map { "\($0.present)/\($0.size), \($0.required)" } ?? "—"
    return Phrase(
      kk: "кворум болмады (\(numbers))", ru: "кворума не было (\(numbers))",
      en: "no quorum (\(numbers))")
  }

  private static func resultWord(_ result: MotionResult) -> Phrase {
    result == .adopted
      ? Phrase(kk: "қабылданды", ru: "принято", en: "adopted")
      : Phrase(kk: "қабылданбады", ru: "не принято", en: "not adopted")
  }
}
