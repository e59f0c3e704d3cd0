/// A fixed-seed pseudo-random generator (SplitMix64), so that the benchmark data is the same
/// on every machine and every run; Foundation's randomness is seeded by the system.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A generator for the `index`-th item of a stream, independent of how many items came
  /// before it, so that file 7 is the same whether 10 or 10,000 files are written.
  init(seed: UInt64, index: Int) {
    var mixer = SplitMix64(
      seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
    state = mixer.next()
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

  /// One element of a non-empty list.
  mutating func pick<T>(_ list: [T]) -> T { list[int(0...list.count - 1)] }

  /// True with probability `percent` in 100.
  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
}
