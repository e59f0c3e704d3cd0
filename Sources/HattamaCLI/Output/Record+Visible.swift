import HattamaKit

extension Record {
  /// The record with each display text — body, period, names, positions, conclusion,
  /// recommendations — on one line, its control and bidi characters shown (VisibleText), for
  /// outputs a person reads: a newline in a name must not start a line of the protocol.
  ///
  /// Ids are left as they are, since the rules match them; the console shows their controls.
  var displayedOnOneLine: Record {
    var copy = self
    copy.body = body.map(VisibleText.inline)
    copy.period = period.map(VisibleText.inline)
    copy.people = people.map { person in
      var shown = person
      shown.name = person.name.map(VisibleText.inline)
      shown.position = person.position?.map(VisibleText.inline)
      shown.unit = person.unit.map(VisibleText.inline)
      return shown
    }
    copy.conclusion = conclusion?.map(VisibleText.inline)
    copy.outcomes = outcomes?.map { outcome in
      var shown = outcome
      shown.recommendation = outcome.recommendation?.map(VisibleText.inline)
      return shown
    }
    return copy
  }
}
