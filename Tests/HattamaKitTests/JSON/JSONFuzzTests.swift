import Testing

@testable import HattamaKit

/// SplitMix64: a small, seedable generator, so that a failing input can be reproduced.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite("JSON fuzzing") struct JSONFuzzTests {
  /// Bytes that matter to the grammar, so that mutations reach deep into it.
  static let interesting: [UInt8] =
    Array("{}[],:\"\\u0123456789eE+-.tfnrl ".utf8)
    + [0x00, 0x0A, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xD0, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF]

  /// Checks that parsing and decoding return or throw, and that what parses survives a trip
  /// through the writer.
  static func exercise(_ bytes: [UInt8]) {
    if let value = try? JSONParser().parse(bytes) {
      let text = JSONWriter().string(for: value)
      #expect((try? JSONParser().parse(text)) == value, "\(bytes)")
    }
    if let record = try? Record.decode(bytes) {
      #expect((try? Record.decode(Array(record.encodedJSON().utf8))) == record, "\(bytes)")
    }
    _ = try? Methodology.decodeJSON(bytes)
  }

  @Test("mutated examples never crash the parser or the decoders", arguments: Examples.names)
  func mutatedExamples(name: String) throws {
    let original = try Examples.bytes(name)
    var random = SplitMix64(state: UInt64(name.utf8.count) &* 7919)
    for _ in 0..<150 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let index = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes[index] = Self.interesting.randomElement(using: &random) ?? 0
        case 1: bytes.insert(Self.interesting.randomElement(using: &random) ?? 0, at: index)
        case 2: bytes.remove(at: index)
        default: bytes = Array(bytes[..<index])
        }
        if bytes.isEmpty { break }
      }
      Self.exercise(bytes)
    }
  }

  @Test("random short inputs never crash the parser")
  func randomBytes() {
    var random = SplitMix64(state: 2025)
    for _ in 0..<3000 {
      let count = Int.random(in: 0...24, using: &random)
      let bytes = (0..<count).map { _ in
        Bool.random(using: &random)
          ? Self.interesting.randomElement(using: &random) ?? 0
          : UInt8.random(in: 0...255, using: &random)
      }
      Self.exercise(bytes)
    }
  }

  @Test("every one- and two-byte input is handled")
  func everyShortInput() {
    for first in UInt8.min...UInt8.max {
      Self.exercise([first])
      for second in Self.interesting { Self.exercise([first, second]) }
    }
  }

  @Test("the methodology decoder survives its own file mutated")
  func mutatedMethodology() {
    let original = Array(Methodology.justice2023.encodedJSON().utf8)
    var random = SplitMix64(state: 457)
    for _ in 0..<300 {
      var bytes = original
      let index = Int.random(in: 0..<bytes.count, using: &random)
      bytes[index] = Self.interesting.randomElement(using: &random) ?? 0
      Self.exercise(bytes)
    }
  }
}
