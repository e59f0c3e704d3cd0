import Foundation
import HattamaKit
import Synchronization
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

/// Temporary directories, a small draft, and system calls that fail on demand.
enum JournalFileFixture {
  static let draft: JournalDraft = {
    // Valid JSON written out here; a failure is a broken fixture.
    guard let draft = try? JournalDraft(json: Array(#"{"format": "hattama.record/1"}"#.utf8)) else {
      fatalError("the fixture draft does not parse")
    }
    return draft
  }()

  static func nonce(_ byte: UInt8 = 0x3C) -> JournalNonce {
    guard let nonce = JournalNonce(bytes: Array(repeating: byte, count: 16)) else {
      fatalError("16 bytes make a nonce")
    }
    return nonce
  }

  static let day = Day(year: 2025, month: 10, day: 24) ?? Day(ordinal: 0)

  static let events: [JournalEvent] = [
    .attend(date: day, present: ["m1", "m2", "h1"]),
    .propose(motion: "mo1", caseID: "c1", kind: .confirm, by: "m1"),
    .vote(motion: "mo1", member: "m1", choice: .for),
    .vote(motion: "mo1", member: "m2", choice: .against),
  ]

  /// Runs `body` with the path of a new, empty directory, removed afterwards.
  static func withDirectory(_ body: (String) throws -> Void) throws {
    let path = NSTemporaryDirectory() + "hattama-journal-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(path)
  }

  /// A journal at `path` holding the open line and `events`.
  @discardableResult
  static func journal(at path: String, events: [JournalEvent] = events) throws -> JournalFile {
    let file = JournalFile(path: path)
    try file.create(nonce: nonce(), draft: draft)
    for event in events { try file.append(event) }
    return file
  }

  static func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// The permission bits of `path`.
  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int) ?? -1
  }

  /// The lines of a file's bytes, without their newlines; a torn tail is left out.
  static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    lines.removeLast()
    return lines
  }

  /// Writes at most `chunk` bytes a call, and is interrupted (`EINTR`) every other call.
  static func shortWrites(chunk: Int) -> SystemCalls {
    let calls = Mutex(0)
    var system = SystemCalls.live
    let live = SystemCalls.live
    system.write = { fd, bytes, count in
      let call = calls.withLock { calls in
        calls += 1
        return calls
      }
      if call % 2 == 1 {
        errno = EINTR
        return -1
      }
      return live.write(fd, bytes, min(count, chunk))
    }
    return system
  }

  /// Lets `capacity` bytes through, then fails as a full disk does.
  static func fullDisk(after capacity: Int) -> SystemCalls {
    let left = Mutex(capacity)
    var system = SystemCalls.live
    let live = SystemCalls.live
    system.write = { fd, bytes, count in
      let allowed = left.withLock { left in
        let allowed = min(left, count)
        left -= allowed
        return allowed
      }
      guard allowed > 0 else {
        errno = ENOSPC
        return -1
      }
      return live.write(fd, bytes, allowed)
    }
    return system
  }

  /// Fails the first `failures` calls to `fsync` with `EIO`.
  static func failingSync(_ failures: Int) -> SystemCalls {
    let left = Mutex(failures)
    var system = SystemCalls.live
    let live = SystemCalls.live
    system.fsync = { fd in
      let fail = left.withLock { left in
        left -= 1
        return left >= 0
      }
      if fail {
        errno = EIO
        return -1
      }
      return live.fsync(fd)
    }
    return system
  }
}
