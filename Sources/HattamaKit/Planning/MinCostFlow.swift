/// A minimum-cost flow on a small graph: successive shortest paths found with Bellman–Ford
/// (queue-based), which allows the negative costs of residual edges.
///
/// The planner uses it to hand out seats: with convex costs on each person's load it finds the
/// assignment whose sum of squared loads is least, exactly.
struct MinCostFlow {
  private struct Edge {
    var to: Int
    var capacity: Int
    var cost: Int
  }

  private var edges: [Edge] = []
  private var outgoing: [[Int]]

  init(nodes: Int) { outgoing = Array(repeating: [], count: nodes) }

  /// Adds an edge and its residual twin; returns the edge's index, for ``flow(on:)``.
  @discardableResult
  mutating func addEdge(from: Int, to: Int, capacity: Int, cost: Int = 0) -> Int {
    outgoing[from].append(edges.count)
    edges.append(Edge(to: to, capacity: capacity, cost: cost))
    outgoing[to].append(edges.count)
    edges.append(Edge(to: from, capacity: 0, cost: -cost))
    return edges.count - 2
  }

  /// The flow an edge carries after ``run(from:to:limit:)``: its twin's capacity.
  func flow(on edge: Int) -> Int { edges[edge ^ 1].capacity }

  /// Sends up to `limit` units from `source` to `sink`, each along the cheapest path left.
  ///
  /// - Returns: the units sent and their total cost.
  /// - Complexity: O(F·V·E) in the worst case for F units; far less on the planner's graphs.
  mutating func run(from source: Int, to sink: Int, limit: Int) -> (flow: Int, cost: Int) {
    var sent = 0
    var total = 0
    let count = outgoing.count
    while sent < limit {
      var distance = Array(repeating: Int.max, count: count)
      var via = Array(repeating: -1, count: count)
      var queued = Array(repeating: false, count: count)
      var queue = [source]
      var head = 0
      distance[source] = 0
      queued[source] = true
      while head < queue.count {
        let node = queue[head]
        head += 1
        queued[node] = false
        for index in outgoing[node] where edges[index].capacity > 0 {
          let edge = edges[index]
          let candidate = distance[node] + edge.cost
          if candidate < distance[edge.to] {
            distance[edge.to] = candidate
            via[edge.to] = index
            if !queued[edge.to] {
              queued[edge.to] = true
              queue.append(edge.to)
            }
          }
        }
      }
      guard distance[sink] != Int.max else { break }
      // Unit capacities from the source keep the convex costs exact: one unit a path.
      var node = sink
      while node != source {
        let index = via[node]
        edges[index].capacity -= 1
        edges[index ^ 1].capacity += 1
        node = edges[index ^ 1].to
      }
      sent += 1
      total += distance[sink]
    }
    return (sent, total)
  }
}
