/// The best grouping of a small wave's cases, found by trying every one: the fewest sittings,
/// then the evenest load (``SeatAssignment``).
///
/// Groupings are the set partitions of the cases, built case by case (a restricted growth
/// string), a block dropped as soon as it cannot be one sitting: adding a case to a group never
/// makes it possible again, since its periods only narrow and its exclusions only grow.
struct ExactGrouping {
  var planner: WavePlanner

  /// The fewest-sittings, evenest grouping and its seats.
  ///
  /// - Complexity: O(B(n)) groupings for n cases (Bell numbers: 4,140 for 8), each seated by a
  ///   small flow.
  func best(_ cases: [WavePlanner.Placeable]) -> ([WavePlanner.Group], [SeatAssignment.Seats]) {
    var memo: [Int: WavePlanner.Group?] = [:]
    func group(_ mask: Int) -> WavePlanner.Group? {
      if let known = memo[mask] { return known }
      let found = planner.group(cases.indices.filter { mask & (1 << $0) != 0 }.map { cases[$0] })
      memo[mask] = found
      return found
    }
    var partitions: [[Int]] = []
    var fewest = Int.max
    var blocks: [Int] = []
    func extend(_ index: Int) {
      guard blocks.count <= fewest else { return }
      if index == cases.count {
        if blocks.count < fewest {
          fewest = blocks.count
          partitions = []
        }
        partitions.append(blocks)
        return
      }
      for block in blocks.indices {
        let grown = blocks[block] | (1 << index)
        guard group(grown) != nil else { continue }
        let kept = blocks[block]
        blocks[block] = grown
        extend(index + 1)
        blocks[block] = kept
      }
      blocks.append(1 << index)
      extend(index + 1)
      blocks.removeLast()
    }
    extend(0)
    var best: (score: LoadScore, groups: [WavePlanner.Group], seats: [SeatAssignment.Seats])?
    for partition in partitions {
      let groups = partition.compactMap { group($0) }
      guard let seated = planner.seating.assign(groups.map { .init(eligible: $0.eligible) })
      else { continue }
      let score = LoadScore(seated.loads.values)
      if best.map({ score < $0.score }) ?? true { best = (score, groups, seated.seats) }
    }
    return best.map { ($0.groups, $0.seats) } ?? ([], [])
  }
}

/// How even a plan's loads are: the greatest first, then the sum of squares; smaller is better.
package struct LoadScore: Comparable, Sendable {
  package var greatest: Int
  package var sumOfSquares: Int

  package init<Loads: Sequence>(_ loads: Loads) where Loads.Element == Int {
    greatest = loads.max() ?? 0
    sumOfSquares = loads.reduce(0) { $0 + $1 * $1 }
  }

  package static func < (lhs: LoadScore, rhs: LoadScore) -> Bool {
    (lhs.greatest, lhs.sumOfSquares) < (rhs.greatest, rhs.sumOfSquares)
  }
}
