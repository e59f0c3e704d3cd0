extension JournalAnchor {
  /// Parses `N:HEX` as `session close` prints it and `verify --expect` takes it.
  ///
  /// - Parameter text: N, a positive number of events; HEX, 64 hex digits in either case
  ///   (stored lowercase).
  /// - Throws: ``JournalAnchorError`` naming the part that is wrong.
  public init(parsing text: String) throws(JournalAnchorError) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 else { throw .notAnAnchor(text) }
    guard parts[0].utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
      let events = Int(parts[0]), events > 0
    else { throw .badEventCount(text) }
    guard let digest = SHA256Digest(hex: parts[1]) else { throw .badHash(text) }
    self.init(events: events, head: digest.hex)
  }
}

/// Why a text is not an anchor `N:HEX`.
public enum JournalAnchorError: Error, Sendable, Equatable {
  /// No single `:` separating the two parts.
  case notAnAnchor(String)
  /// N is not a positive whole number.
  case badEventCount(String)
  /// HEX is not 64 hex digits.
  case badHash(String)
}
