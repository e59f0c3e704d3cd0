extension String {
  /// The Levenshtein distance to another string: the fewest insertions, deletions and
  /// substitutions of characters that turn one into the other.
  ///
  /// - Complexity: O(*m*·*n*) time, O(*n*) memory.
  package func editDistance(to other: String) -> Int {
    let source = Array(self)
    let target = Array(other)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
      current[0] = i
      for j in 1...target.count {
        let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[target.count]
  }

  /// The candidate nearest to this string, when it is near enough to be what was meant.
  ///
  /// "Near enough" grows with the length: one edit for up to four characters, two up to
  /// eight, three beyond, so that `scor` suggests `score` but `xy` suggests nothing. Letter case
  /// is ignored (`FamiliarizedOn` suggests `familiarizedOn`). Ties go to the earlier candidate.
  package func nearest(in candidates: [String]) -> String? {
    let allowed = count <= 4 ? 1 : count <= 8 ? 2 : 3
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != self {
      let distance = lowercased().editDistance(to: candidate.lowercased())
      if distance <= allowed, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }
}
