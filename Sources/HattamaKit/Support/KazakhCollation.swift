/// The order of the Kazakh Cyrillic alphabet, for lists a person reads: names, units, bodies.
///
/// Unicode puts Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ and І after Я; a Kazakh reader looks for Әлімжанов after
/// Ахметова, not after Ярова. The alphabet holds every Russian letter too, so Russian names keep
/// their own order. Other characters (digits, Latin) come first, by their scalar values.
package enum KazakhCollation {
  package static let alphabet = Array(
    "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя")

  private static let rank: [Character: Int] = Dictionary(
    uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

  /// The key that sorts `text` in Kazakh alphabetical order, case ignored.
  package static func key(_ text: String) -> [Int] {
    text.lowercased().map { character in
      if let place = rank[character] { return 0x11_0000 + place }
      return Int(character.unicodeScalars.first?.value ?? 0)
    }
  }

  /// Whether `a` comes before `b` in Kazakh alphabetical order; ties fall back to the text.
  package static func precedes(_ a: String, _ b: String) -> Bool {
    let (x, y) = (key(a), key(b))
    return x == y ? a < b : x.lexicographicallyPrecedes(y)
  }
}
