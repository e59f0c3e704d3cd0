internal import CHattamaSHA256

/// The SHA-256 hash of FIPS 180-4, computed incrementally.
///
/// The journal's hash chain and anchor need it, and the package takes no dependency (SPEC,
/// "Package"), so it is written here and checked against the NIST vectors. Feed bytes with
/// ``update(_:)`` in pieces of any size, then call ``finalize()``; a copy of a hasher continues
/// independently of the original, as any value does.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(Array("ab".utf8))
/// hasher.update(Array("c".utf8))
/// hasher.finalize().hex  // "ba7816bf…"
/// ```
///
/// The blocks are compressed with the CPU's SHA extensions where it has them (the C target
/// `CHattamaSHA256`: the Swift language has no way to name those instructions), else by the
/// portable Swift loop (`SHA256+Portable.swift`), which is also the reference the tests hold
/// the other to. The digests are the same either way.
package struct SHA256: Sendable {
  /// The eight working words H0…H7 of FIPS 180-4 §6.2.2.
  typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

  /// Which loop compresses the blocks.
  enum Compression: Sendable {
    /// The Swift rounds of FIPS 180-4 §6.2.2, on any processor.
    case portable
    /// The x86-64 SHA extensions (SHA256RNDS2, SHA256MSG1, SHA256MSG2).
    case hardware

    /// The one this processor runs: the SHA extensions if it has them. Asked once (CPUID).
    static let preferred: Compression =
      hattama_sha256_hardware_available() ? .hardware : .portable
  }

  /// The loop this hasher compresses with.
  private let compression: Compression
  /// The working words, initialised to FIPS 180-4 §5.3.3.
  private var state: Words = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
    0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
  /// Bytes of an incomplete block, fewer than 64, waiting for the rest.
  private var pending: [UInt8] = []
  /// The message length so far, in bytes.
  private var length: UInt64 = 0

  /// A hasher that has seen no bytes.
  package init() {
    self.init(compression: .preferred)
  }

  /// A hasher that has seen no bytes and compresses with `compression`, which this processor
  /// must have (the tests compare the two loops).
  init(compression: Compression) {
    precondition(compression == .portable || Compression.preferred == .hardware)
    self.compression = compression
  }

  /// Hashes `bytes` at once.
  ///
  /// - Complexity: O(n) in the number of bytes.
  package static func hash(_ bytes: [UInt8]) -> SHA256Digest {
    bytes.withUnsafeBytes { hash(bufferPointer: $0) }
  }

  /// Hashes `bytes` at once with the given loop (the tests compare the two).
  static func hash(_ bytes: [UInt8], compression: Compression) -> SHA256Digest {
    bytes.withUnsafeBytes { hash(bufferPointer: $0, compression: compression) }
  }

  /// Hashes the bytes in raw memory at once, such as a line inside a buffer a file was read
  /// into: whole blocks straight from that memory, the rest padded on the stack.
  ///
  /// - Complexity: O(n) in the number of bytes.
  package static func hash(bufferPointer bytes: UnsafeRawBufferPointer) -> SHA256Digest {
    hash(bufferPointer: bytes, compression: .preferred)
  }

  /// Hashes the bytes in raw memory at once with the given loop.
  static func hash(
    bufferPointer bytes: UnsafeRawBufferPointer, compression: Compression
  ) -> SHA256Digest {
    var hasher = SHA256(compression: compression)
    let whole = bytes.count & ~63
    if whole > 0 { hasher.compress(blocks: UnsafeRawBufferPointer(rebasing: bytes[0..<whole])) }
    hasher.length = UInt64(bytes.count)
    return hasher.digest(tail: UnsafeRawBufferPointer(rebasing: bytes[whole...]))
  }

  /// Feeds more of the message.
  ///
  /// - Complexity: O(n) in the number of bytes; whole blocks are hashed straight from the
  ///   caller's storage when it is contiguous.
  package mutating func update(_ bytes: some Sequence<UInt8>) {
    let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      update(bufferPointer: UnsafeRawBufferPointer(buffer))
    }
    if done == nil {
      Array(bytes).withUnsafeBytes { update(bufferPointer: $0) }
    }
  }

  /// Feeds more of the message from raw memory, such as a buffer a file was read into.
  ///
  /// - Complexity: O(n) in the number of bytes.
  package mutating func update(bufferPointer bytes: UnsafeRawBufferPointer) {
    guard !bytes.isEmpty else { return }
    length &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let take = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: bytes[0..<take])
      offset = take
      guard pending.count == 64 else { return }
      pending.withUnsafeBytes { compress($0) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = (bytes.count - offset) & ~63
    if whole > 0 {
      compress(blocks: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + whole]))
      offset += whole
    }
    if offset < bytes.count {
      pending.append(contentsOf: bytes[offset...])
    }
  }

  /// The digest of everything fed so far; the hasher itself is left as it was.
  ///
  /// Pads the message as FIPS 180-4 §5.1.1 says: a one bit, zeros, and the bit length as a
  /// 64-bit big-endian number, so that the total is a multiple of 512 bits.
  package func finalize() -> SHA256Digest {
    var copy = self
    return pending.withUnsafeBytes { copy.digest(tail: $0) }
  }

  /// Pads `tail`, the fewer than 64 bytes after the last whole block, compresses the one or two
  /// blocks that makes, and writes the state out big-endian.
  private mutating func digest(tail: UnsafeRawBufferPointer) -> SHA256Digest {
    assert(tail.count < 64)
    let bitLength = length &* 8
    // The one bit, zeros, and the 8-byte length fit in one block when the tail leaves 9 bytes.
    let blocks = tail.count + 9 <= 64 ? 1 : 2
    withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { padded in
      let size = blocks * 64
      padded.initializeMemory(as: UInt8.self, repeating: 0)
      padded.copyMemory(from: tail)
      padded[tail.count] = 0x80
      padded.storeBytes(of: bitLength.bigEndian, toByteOffset: size - 8, as: UInt64.self)
      compress(blocks: UnsafeRawBufferPointer(rebasing: padded[0..<size]))
    }
    let words = state
    return SHA256Digest { raw in
      func put(_ word: UInt32, at index: Int) {
        raw.storeBytes(of: word.bigEndian, toByteOffset: index * 4, as: UInt32.self)
      }
      put(words.0, at: 0)
      put(words.1, at: 1)
      put(words.2, at: 2)
      put(words.3, at: 3)
      put(words.4, at: 4)
      put(words.5, at: 5)
      put(words.6, at: 6)
      put(words.7, at: 7)
    }
  }

  /// Processes one 64-byte block (FIPS 180-4 §6.2.2).
  private mutating func compress(_ block: UnsafeRawBufferPointer) {
    compress(blocks: block)
  }

  /// Processes whole 64-byte blocks one after the other (FIPS 180-4 §6.2.2), with the loop this
  /// hasher was made with.
  private mutating func compress(blocks: UnsafeRawBufferPointer) {
    assert(blocks.count % 64 == 0)
    #if arch(x86_64)
      if compression == .hardware, let bytes = blocks.baseAddress {
        withUnsafeMutablePointer(to: &state) { tuple in
          tuple.withMemoryRebound(to: UInt32.self, capacity: 8) { words in
            hattama_sha256_compress(
              words, bytes.assumingMemoryBound(to: UInt8.self), blocks.count / 64)
          }
        }
        return
      }
    #endif
    SHA256.compressPortably(&state, blocks: blocks)
  }
}
