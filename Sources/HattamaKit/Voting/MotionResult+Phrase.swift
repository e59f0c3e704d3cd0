extension MotionResult {
  /// The result in a word, as the secretary reads it after a vote: "adopted", "rejected",
  /// "unresolved" (the protocol words it more fully).
  public var word: Phrase {
    switch self {
    case .adopted: Phrase(kk: "қабылданды", ru: "принято", en: "adopted")
    case .rejected: Phrase(kk: "қабылданбады", ru: "не принято", en: "rejected")
    case .unresolved: Phrase(kk: "шешілмеді", ru: "не решено", en: "unresolved")
    }
  }
}

extension VoteChoice {
  /// The vote in a word: "for", "against", "abstain" (000 ¶65: an open vote).
  public var word: Phrase {
    switch self {
    case .for: Phrase(kk: "жақтап", ru: "за", en: "for")
    case .against: Phrase(kk: "қарсы", ru: "против", en: "against")
    case .abstain: Phrase(kk: "қалыс қалды", ru: "воздержался(-ась)", en: "abstain")
    }
  }
}
