/// The Levenshtein distance between two strings, by `Character`.
///
/// Used to suggest what the user meant: an option, a field name, an id.
/// - Complexity: O(*m* × *n*) time, O(*n*) memory.
public func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a), b = Array(b)
  var previous = Array(0...b.count)
  for (i, x) in a.enumerated() {
    var current = [i + 1] + Array(repeating: 0, count: b.count)
    for (j, y) in b.enumerated() {
      current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
    }
    previous = current
  }
  return previous[b.count]
}

/// The candidate nearest to `text`, if it is near enough to be a likely typo.
///
/// "Near enough" is at most a third of the text's length, and at least 1 and at most 3 edits,
/// so that `--presnt` suggests `--present` but `--x` suggests nothing.
public func nearest(to text: String, in candidates: some Sequence<String>) -> String? {
  let limit = Swift.max(1, Swift.min(3, text.count / 3))
  return candidates
    .map { (candidate: $0, distance: editDistance(text, $0)) }
    .filter { $0.distance <= limit }
    .min { $0.distance < $1.distance }?
    .candidate
}
