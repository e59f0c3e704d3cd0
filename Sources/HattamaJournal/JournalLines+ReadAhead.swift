import Foundation
import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the reading of a journal file stands: the chain so far, the bytes read, and how the
/// reading ended. ``JournalLines`` reads with it on its reading thread while lines are asked
/// for, then on the caller's thread for the rest.
struct JournalReadState: Sendable {
  var reader = JournalReader()
  /// The bytes read so far; the file's length once the end is reached.
  var length = 0
  var atEnd = false
  var failure: JournalFileError?

  /// Whether the lines still to come may be handed out: the file goes on, reads well, and the
  /// chain holds.
  var yieldsLines: Bool { !atEnd && failure == nil && !reader.isBroken }

  /// Reads the next chunk of `file` into `buffer` and through the reader: the lines before the
  /// chain's first break are returned when `intact` is set; with it unset the lines are only
  /// checked (``JournalReader/read(buffer:)``).
  mutating func readChunk(
    of file: JournalDescriptor, into buffer: inout [UInt8], intact: Bool
  ) -> [JournalLine] {
    let count = buffer.withUnsafeMutableBytes { raw in file.pread(into: raw, at: length) }
    guard count > 0 else {
      if count < 0 { failure = .system(.read, path: file.path, errno: errno) }
      atEnd = true
      return []
    }
    length += count
    var lines: [JournalLine] = []
    buffer.withUnsafeBytes { raw in
      let chunk = UnsafeRawBufferPointer(rebasing: raw[0..<count])
      if intact {
        reader.readIntact(buffer: chunk) { lines.append($0) }
      } else {
        reader.read(buffer: chunk)
      }
    }
    return lines
  }
}

/// The reading thread of ``JournalLines``: it reads, splits, hashes and decodes the chunks of
/// the file ahead of the thread that applies their lines, at most ``depth`` chunks ahead, so
/// that on two cores the replay under the lock costs the larger of the two halves rather than
/// their sum (issue 13). The lines come out in file order, every one checked exactly as when
/// read on one thread; the thread stops at the end, a failed read, or the chain's first break.
final class JournalReadAhead: @unchecked Sendable {
  /// A chunk's lines before the first break, last first (``JournalLines`` takes them from the
  /// end), and the reading's state after it.
  struct Chunk: Sendable {
    var lines: [JournalLine]
    var after: JournalReadState
  }

  /// The chunks read and not yet taken, bounding the memory the thread may hold.
  static let depth = 4

  // Everything below is guarded by `condition`; `state` is the thread's until `finished`.
  private let condition = NSCondition()
  private var ready: [Chunk] = []
  private var stopping = false
  private var finished = false
  private var state: JournalReadState

  /// Starts reading `file` from `state` on a thread of its own.
  init(_ file: JournalDescriptor, from state: JournalReadState) {
    self.state = state
    let thread = Thread { [self] in run(file) }
    // Line 1 is decoded in full, a draft's JSON with it: the default stack of a secondary
    // thread is smaller than the main thread's.
    thread.stackSize = 8 << 20
    thread.start()
  }

  private func run(_ file: JournalDescriptor) {
    condition.lock()
    var state = self.state
    condition.unlock()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while state.yieldsLines {
      condition.lock()
      while ready.count >= Self.depth, !stopping { condition.wait() }
      let stop = stopping
      condition.unlock()
      if stop { break }
      var lines = state.readChunk(of: file, into: &buffer, intact: true)
      lines.reverse()
      condition.lock()
      // A read that found the end or failed hands out no chunk: its state is the final one.
      if !lines.isEmpty || !state.atEnd { ready.append(Chunk(lines: lines, after: state)) }
      condition.signal()
      condition.unlock()
    }
    condition.lock()
    self.state = state
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next chunk in file order, waiting for the thread if need be.
  ///
  /// - Returns: the chunk, or `nil` once the thread has finished and every chunk was taken;
  ///   the reading's state is then ``finalState``.
  func take() -> Chunk? {
    condition.lock()
    defer { condition.unlock() }
    while ready.isEmpty, !finished { condition.wait() }
    guard !ready.isEmpty else { return nil }
    condition.signal()
    return ready.removeFirst()
  }

  /// Stops the thread after the chunk it is reading and waits for it, dropping the chunks not
  /// taken.
  ///
  /// - Returns: the state after the last chunk when every chunk was taken (the reading then
  ///   stands where the caller's lines end), else `nil`: the caller's last chunk says where.
  func stop() -> JournalReadState? {
    condition.lock()
    defer { condition.unlock() }
    stopping = true
    condition.broadcast()
    while !finished { condition.wait() }
    let everyChunkTaken = ready.isEmpty
    ready = []
    return everyChunkTaken ? state : nil
  }

  /// The state the thread finished in; asked only after ``take()`` returned `nil`.
  var finalState: JournalReadState {
    condition.lock()
    defer { condition.unlock() }
    return state
  }
}
