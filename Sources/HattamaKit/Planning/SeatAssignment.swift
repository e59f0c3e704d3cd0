/// Who sits in each of a wave's sittings, so that the members' load is as even as the pool
/// allows: the greatest load as small as it can be, then the sum of the squared loads.
///
/// Each sitting needs `size` voting members and a secretary (RosterComposer's roster), drawn
/// from the candidates eligible on its cases, with as many HR employees among them as the rules
/// require (an HR member, 002 ¶20; an HR secretary, 000 ¶67, 004 ¶34). A load is the number of
/// sittings a person sits in, as a member or as the secretary.
struct SeatAssignment {
  /// What one sitting needs.
  struct Need {
    /// The candidates who may sit on its cases, in the pool's order.
    var eligible: [PersonID]
  }

  struct Seats: Equatable {
    var members: [PersonID]
    var secretary: PersonID
    var chair: PersonID
  }

  var size: Int
  var hr: Set<PersonID>
  var needsHRMember: Bool
  var needsHRSecretary: Bool

  /// The seats of every sitting and each person's load, or `nil` when some sitting cannot be
  /// filled.
  ///
  /// The least greatest load is found by raising the bound from the average until the seats can
  /// all be filled (a maximum flow); under that bound a minimum-cost flow with convex costs per
  /// person (1, 3, 5, … for the first, second, third sitting) gives the least sum of squares.
  ///
  /// - Complexity: O(L·F·V·E) on a graph of V = persons × sittings nodes, F seats.
  func assign(_ needs: [Need]) -> (seats: [Seats], loads: [PersonID: Int])? {
    let seatsPerSitting = size + 1
    let hrSeats = (needsHRMember ? 1 : 0) + (needsHRSecretary ? 1 : 0)
    var people: [PersonID] = []
    var index: [PersonID: Int] = [:]
    for need in needs {
      for person in need.eligible where index[person] == nil {
        index[person] = people.count
        people.append(person)
      }
    }
    let total = seatsPerSitting * needs.count
    guard !people.isEmpty else { return needs.isEmpty ? ([], [:]) : nil }
    var bound = max((total + people.count - 1) / people.count, 1)
    while bound <= needs.count {
      if let result = solve(needs, people: people, index: index, bound: bound, hrSeats: hrSeats) {
        return result
      }
      bound += 1
    }
    return nil
  }

  private func solve(
    _ needs: [Need], people: [PersonID], index: [PersonID: Int], bound: Int, hrSeats: Int
  ) -> (seats: [Seats], loads: [PersonID: Int])? {
    // Nodes: source, sink, one per person, two per sitting (its HR seats, its other seats), and
    // one per eligible (person, sitting) pair so that a person takes one seat a sitting.
    let source = 0
    let sink = 1
    let personBase = 2
    let sittingBase = personBase + people.count
    let pairBase = sittingBase + 2 * needs.count
    let pairs = needs.reduce(0) { $0 + $1.eligible.count }
    var graph = MinCostFlow(nodes: pairBase + pairs)
    for person in people.indices {
      for unit in 0..<bound {
        graph.addEdge(from: source, to: personBase + person, capacity: 1, cost: 2 * unit + 1)
      }
    }
    var pairEdges: [[(person: PersonID, hrEdge: Int?, anyEdge: Int)]] = []
    var pair = pairBase
    for (sitting, need) in needs.enumerated() {
      let hrNode = sittingBase + 2 * sitting
      let anyNode = hrNode + 1
      graph.addEdge(from: hrNode, to: sink, capacity: hrSeats)
      graph.addEdge(from: anyNode, to: sink, capacity: size + 1 - hrSeats)
      var edges: [(PersonID, Int?, Int)] = []
      for person in need.eligible {
        guard let number = index[person] else { continue }
        graph.addEdge(from: personBase + number, to: pair, capacity: 1)
        let hrEdge = hr.contains(person) ? graph.addEdge(from: pair, to: hrNode, capacity: 1) : nil
        edges.append((person, hrEdge, graph.addEdge(from: pair, to: anyNode, capacity: 1)))
        pair += 1
      }
      pairEdges.append(edges)
    }
    let total = (size + 1) * needs.count
    guard graph.run(from: source, to: sink, limit: total).flow == total else { return nil }
    var loads: [PersonID: Int] = [:]
    var seats: [Seats] = []
    for edges in pairEdges {
      let hrTaken = edges.filter { $0.hrEdge.map(graph.flow(on:)) == 1 }.map(\.person)
      let otherTaken = edges.filter { graph.flow(on: $0.anyEdge) == 1 }.map(\.person)
      for person in hrTaken + otherTaken { loads[person, default: 0] += 1 }
      seats.append(roles(hrTaken: hrTaken, otherTaken: otherTaken, order: edges.map(\.person)))
    }
    return (seats, loads)
  }

  /// Who of a sitting's seat holders is the secretary and who the chair: the secretary an HR
  /// employee (the last one, as RosterComposer picks), the chair the first member who is not.
  private func roles(hrTaken: [PersonID], otherTaken: [PersonID], order: [PersonID]) -> Seats {
    let everyone = Set(hrTaken + otherTaken)
    let inOrder = order.filter(everyone.contains)
    let secretary =
      inOrder.last(where: hr.contains).flatMap { candidate in
        // With an HR member required, the secretary must not be the only HR employee.
        !needsHRMember || inOrder.filter(hr.contains).count >= 2 ? candidate : nil
      } ?? inOrder.last(where: { !hr.contains($0) }) ?? inOrder[inOrder.count - 1]
    let members = inOrder.filter { $0 != secretary }
    let chair = members.first { !hr.contains($0) } ?? members[0]
    return Seats(members: members, secretary: secretary, chair: chair)
  }
}
