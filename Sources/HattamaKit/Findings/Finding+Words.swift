extension Phrase {
  /// The phrase with its first letter a capital in each language, for a part that may open a
  /// sentence.
  var capitalized: Phrase { map { $0.prefix(1).uppercased() + $0.dropFirst() } }
}
