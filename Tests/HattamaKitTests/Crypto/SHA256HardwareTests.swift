import Testing

@testable import HattamaKit

/// Whether the tests of the SHA-extension loop can run here.
let hasSHAExtensions = SHA256.Compression.preferred == .hardware

/// The SHA extensions' loop (the C target `CHattamaSHA256`) held to the published digests and
/// to the portable Swift loop, byte for byte. Skipped, saying why, on a processor without them;
/// the portable loop is tested on every processor (`SHA256Tests`).
@Suite(
  "SHA-256 on the CPU's SHA extensions",
  .enabled(
    if: hasSHAExtensions,
    "this processor has no SHA extensions (CPUID): only the portable loop runs"))
struct SHA256HardwareTests {
  @Test("NIST vectors: the SHA-extension loop", arguments: nistVectors + boundaryVectors)
  func vectors(vector: DigestVector) {
    #expect(SHA256.hash(vector.message, compression: .hardware).hex == vector.hex)
  }

  @Test("NIST vector: one million 'a', at once and streamed in 4,097-byte pieces")
  func millionAs() {
    #expect(SHA256.hash(oneMillionA, compression: .hardware).hex == oneMillionAHex)
    var hasher = SHA256(compression: .hardware)
    var start = 0
    while start < oneMillionA.count {
      let end = min(start + 4_097, oneMillionA.count)
      hasher.update(oneMillionA[start..<end])
      start = end
    }
    #expect(hasher.finalize().hex == oneMillionAHex)
  }

  @Test("every length 0…300: the two loops give the same digest")
  func everyLength() {
    var random = SeededRandom(seed: 13)
    let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &random) }
    for length in 0...300 {
      let message = Array(bytes.prefix(length))
      #expect(
        SHA256.hash(message, compression: .hardware)
          == SHA256.hash(message, compression: .portable), "length \(length)")
    }
  }

  @Test(
    "random messages, at once and streamed in random pieces: the two loops agree",
    arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func randomMessages(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<50 {
      let message = (0..<Int.random(in: 0...5_000, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
      let reference = SHA256.hash(message, compression: .portable)
      #expect(SHA256.hash(message, compression: .hardware) == reference, "\(message.count) bytes")
      var hasher = SHA256(compression: .hardware)
      var start = 0
      while start < message.count {
        let end = min(start + Int.random(in: 1...200, using: &random), message.count)
        hasher.update(message[start..<end])
        start = end
      }
      #expect(hasher.finalize() == reference, "\(message.count) bytes in pieces")
    }
  }
}
