// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
  package static func words(_ language: Language) -> DecisionWords {
    switch language {
    case .kk:
      DecisionWords(
        language: .kk, presentLabel: "Дауыс беру кезінде қатысқандар",
        ruleLabel: "Шешім қалай қабылданды")
    case .ru:
      DecisionWords(
        language: .ru, presentLabel: "Присутствовали при голосовании",
        ruleLabel: "Как принято решение")
    case .en:
      DecisionWords(language: .en, presentLabel: "Present for the vote", ruleLabel: "Decided by")
    }
  }

  /// The sentence for one motion's count; `nil` for a motion that could not be recounted.
  package func sentence(for entry: ProtocolDocument.MotionEntry) -> String? {
    guard let tally = entry.tally else { return nil }
    let result = resultWord(tally.result)
    switch tally.rule {
    case .majority:
      return majority(tally, base: entry.base) + " — " + result
    case .castingVote:
      return tie(tally) + "; " + castingVote + " — " + result
    case .tieNotAdopted:
      return tie(tally) + "; " + tieAdoptsNothing + " — " + result
    case .tieUnresolved:
      return tie(tally) + "; " + noCastingVote + " — " + result
    case .noQuorum:
      return noQuorum(entry.quorum) + " — " + result
    }
  }

  private func majority(_ tally: Tally, base: MajorityBase) -> String {
    let more = 2 * tally.inFavour > tally.base
    switch language {
    case .kk:
      return "жақтағандар \(tally.inFavour), негіз \(tally.base) (\(baseWords(base))): "
        + (more ? "жартысынан көп" : "жартысынан көп емес")
    case .ru:
      return "за \(tally.inFavour) из \(tally.base) (\(baseWords(base))): "
        + (more ? "более половины" : "не более половины")
    case .en:
      return "for \(tally.inFavour) of \(tally.base) \(baseWords(base)): "
        + (more ? "more than half" : "not more than half")
    }
  }

  private func baseWords(_ base: MajorityBase) -> String {
    switch (language, base) {
    case (.kk, .votesCast): "жақтап және қарсы берілген дауыстар"
    case (.kk, .present): "қатысқан және дауыс беруге құқылы мүшелер"
    case (.kk, .composition): "құрамның барлық мүшелері"
    case (.ru, .votesCast): "поданных голосов за и против"
    case (.ru, .present): "присутствующих членов с правом голоса"
    case (.ru, .composition): "всего состава"
    case (.en, .votesCast): "votes cast for or against"
    case (.en, .present): "present and eligible"
    case (.en, .composition): "in the whole composition"
    }
  }

  private func tie(_ tally: Tally) -> String {
    switch language {
    case .kk: "дауыстар тең (\(tally.inFavour)–\(tally.against))"
    case .ru: "голоса разделились поровну (\(tally.inFavour)–\(tally.against))"
    case .en: "a tie (\(tally.inFavour)–\(tally.against))"
    }
  }

  private var castingVote: String {
    switch language {
    case .kk: "төрағаның дауысы шешті"
    case .ru: "решил голос председателя"
    case .en: "the chair's vote decided"
    }
  }

  private var tieAdoptsNothing: String {
    switch language {
    case .kk: "тең дауыс кезінде шешім қабылданбайды"
    case .ru: "при равенстве голосов решение не принимается"
    case .en: "a tie adopts nothing"
    }
  }

  private var noCastingVote: String {
    switch language {
    case .kk: "шешуші дауыс берілмеді"
    case .ru: "решающий голос не подан"
    case .en: "no casting vote was cast"
    }
  }

  private func noQuorum(_ quorum: Quorum?) -> String {
    let numbers = quorum.map { "\($0.present)/\($0.size), \($0.required)" } ?? "—"
    switch language {
    case .kk: return "кворум болмады (\(numbers))"
    case .ru: return "кворума не было (\(numbers))"
    case .en: return "no quorum (\(numbers))"
    }
  }

  private func resultWord(_ result: MotionResult) -> String {
    switch (language, result) {
    case (.kk, .adopted): "қабылданды"
    case (.kk, _): "қабылданбады"
    case (.ru, .adopted): "принято"
    case (.ru, _): "не принято"
    case (.en, .adopted): "adopted"
    case (.en, _): "not adopted"
    }
  }
}
