import Testing

@testable import HattamaKit

/// A known answer: a message and its published digest.
struct DigestVector: Sendable, CustomTestStringConvertible {
  let name: String
  let message: [UInt8]
  let hex: String

  var testDescription: String { name }

  init(_ name: String, _ message: [UInt8], _ hex: String) {
    self.name = name
    self.message = message
    self.hex = hex
  }

  init(_ text: String, _ hex: String) {
    let shown = text.count > 12 ? "\(text.prefix(12))…" : text
    self.init("\"\(shown)\" (\(text.utf8.count * 8) bits)", Array(text.utf8), hex)
  }
}

/// The FIPS 180-2 / NIST CSRC example messages.
let nistVectors: [DigestVector] = [
  DigestVector("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
  DigestVector("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
  DigestVector(
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
  DigestVector(
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
      + "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
    "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
]

/// The NIST message of one million "a" and its digest.
let oneMillionA = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
let oneMillionAHex = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

/// Runs of "a" around the padding boundaries (55, 56, 64 bytes…), checked with `sha256sum`.
let boundaryVectors: [DigestVector] = [
  (1, "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"),
  (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
  (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
  (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
  (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
  (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
  (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
  (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
  (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
  (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
].map { count, hex in
  DigestVector("\(count) × 'a'", Array(repeating: UInt8(ascii: "a"), count: count), hex)
}

@Suite("SHA-256 (FIPS 180-4)") struct SHA256Tests {
  @Test("NIST vectors: the one-shot hash", arguments: nistVectors + boundaryVectors)
  func oneShot(vector: DigestVector) {
    #expect(SHA256.hash(vector.message).hex == vector.hex)
  }

  @Test(
    "NIST vectors: the portable Swift loop, whatever the processor",
    arguments: nistVectors + boundaryVectors)
  func portable(vector: DigestVector) {
    #expect(SHA256.hash(vector.message, compression: .portable).hex == vector.hex)
  }

  @Test(
    "NIST vectors: streamed in two pieces split at every offset",
    arguments: nistVectors + boundaryVectors)
  func splitEverywhere(vector: DigestVector) {
    for split in 0...vector.message.count {
      var hasher = SHA256()
      hasher.update(vector.message[..<split])
      hasher.update(vector.message[split...])
      #expect(hasher.finalize().hex == vector.hex, "split at \(split)")
    }
  }

  @Test(
    "NIST vectors: streamed byte by byte, and in 3- and 7-byte pieces",
    arguments: nistVectors + boundaryVectors)
  func smallPieces(vector: DigestVector) {
    for size in [1, 3, 7] {
      var hasher = SHA256()
      var start = 0
      while start < vector.message.count {
        let end = min(start + size, vector.message.count)
        hasher.update(vector.message[start..<end])
        start = end
      }
      #expect(hasher.finalize().hex == vector.hex, "pieces of \(size)")
    }
  }

  @Test("NIST vectors: a non-contiguous sequence hashes like its bytes", arguments: nistVectors)
  func nonContiguous(vector: DigestVector) {
    var hasher = SHA256()
    hasher.update(vector.message.lazy.map { $0 })
    #expect(hasher.finalize().hex == vector.hex)
  }

  @Test("NIST vector: one million 'a', at once and in uneven pieces")
  func millionA() {
    let expected = oneMillionAHex
    let message = oneMillionA
    #expect(SHA256.hash(message).hex == expected)
    #expect(SHA256.hash(message, compression: .portable).hex == expected)
    for size in [1_000, 4_097, 333_333] {
      var hasher = SHA256()
      var start = 0
      while start < message.count {
        let end = min(start + size, message.count)
        hasher.update(message[start..<end])
        start = end
      }
      #expect(hasher.finalize().hex == expected, "pieces of \(size)")
    }
  }

  @Test("a copied hasher continues independently of the original")
  func copyIsIndependent() {
    var original = SHA256()
    original.update(Array("ab".utf8))
    var copy = original
    copy.update(Array("c".utf8))
    #expect(copy.finalize().hex == nistVectors[1].hex)
    #expect(original.finalize() == SHA256.hash(Array("ab".utf8)))
    original.update(Array("c".utf8))
    #expect(original.finalize().hex == nistVectors[1].hex)
  }

  @Test("finalize leaves the hasher as it was, so hashing may go on")
  func finalizeDoesNotConsume() {
    var hasher = SHA256()
    hasher.update(Array("a".utf8))
    _ = hasher.finalize()
    hasher.update(Array("bc".utf8))
    #expect(hasher.finalize().hex == nistVectors[1].hex)
  }

  @Test(
    "a digest parses back from its hex, in either case, and refuses other text",
    arguments: [
      (nistVectors[1].hex, true), (nistVectors[1].hex.uppercased(), true),
      (String(nistVectors[1].hex.dropLast()), false), (nistVectors[1].hex + "0", false),
      ("g" + nistVectors[1].hex.dropFirst(), false), ("", false),
    ])
  func hexRoundTrip(text: String, valid: Bool) {
    let digest = SHA256Digest(hex: text)
    #expect((digest != nil) == valid)
    if valid { #expect(digest?.hex == nistVectors[1].hex) }
  }
}
