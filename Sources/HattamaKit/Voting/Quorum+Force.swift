extension BodyRules {
  /// How severe it is that a quorum was not met, or `nil` when it was (SPEC, "The force of a
  /// rule").
  ///
  /// A violation only where the quorum is the methodology's text and is missed under both
  /// readings of recusal (recused members counting toward it or not); a borrowed quorum (a
  /// calibration session's, 000 ¶63 by analogy), or one missed only because recused members
  /// were left out under a reading, is a warning, and does not stop a vote from adopting.
  ///
  /// - Parameters:
  ///   - recused: the people recused from the case at hand, if any.
  public func quorumBreach(
    composition: Composition, present: some Sequence<PersonID>, recused: Set<PersonID> = []
  ) -> Severity? {
    let present = Array(present)
    let chosen = Quorum(composition: composition, present: present, rules: self, recused: recused)
    guard !chosen.isMet else { return nil }
    var counting = self
    counting.recusedCountTowardQuorum.value = true
    let lenient = Quorum(composition: composition, present: present, rules: counting)
    let everyReading = !lenient.isMet || recusedCountTowardQuorum.source == .text
    return quorum.severity() == .warning ? .warning : (everyReading ? .violation : .warning)
  }
}
