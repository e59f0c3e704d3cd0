import Foundation
import HattamaKit
import Synchronization
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

/// Fault injection at every step of `append`, `open` (create) and `repair` (issue 13).
///
/// ## What is injected, and where
///
/// The seam is ``SystemCalls``: every call that opens, changes or flushes a journal file or
/// its directory goes through it — `open` (the journal, `.broken`, the temporary files, the
/// directory for its `fsync`), `write`, `fsync`, `ftruncate`, `rename`, `unlink` — and reads
/// go through its `pread`. (The `…at` calls are the output file's: `OutputFileFaultTests`
/// injects the same faults there.) The calls are numbered 1, 2, … in the order one operation makes
/// them (reads not counted); a clean run counts them, then each number k is injected:
///
/// - **a crash after call k**: call k runs, every later call fails with `EIO` without
///   touching the disk (reads too), so the files are exactly as a process killed right after
///   call k leaves them; the test then "restarts": a fresh `JournalFile` with the real calls;
/// - **call k fails** with `EIO` (a failed `fsync`, `rename`, `ftruncate`…), `ENOSPC` (a full
///   disk) or `EINTR` (a signal), the other calls real;
/// - **call k writes short**: a `write` of n bytes writes n/2 (the rest is then written by the
///   loop), any other call runs as it is.
///
/// After each, the checks are the promises: nothing acknowledged is lost (an operation that
/// returned has its effect on disk; every event appended before is still there, byte for
/// byte), and the end state is one the tool itself finishes — `verify` says intact, or one
/// `repair` (or, for `open`, one more `open`) makes it so, keeping every torn byte in
/// `.broken`. A crash is simulated in the process (the page cache survives it); what a power
/// cut adds — unsynced data lost — is covered by the order of the syncs that
/// ``JournalFile/repair()`` and ``JournalFile/create(nonce:draft:)`` document. The real
/// process is killed with SIGKILL at each step by `JournalKillTests`.
@Suite("Fault injection at every step of append, open and repair (issue 13)")
struct JournalFaultTests {
  typealias F = JournalFileFixture

  enum Fault: CustomTestStringConvertible, Sendable {
    case crash(after: Int)
    case fail(call: Int, errno: Int32)
    case short(call: Int)

    var testDescription: String {
      switch self {
      case .crash(let k): "crash after call \(k)"
      case .fail(let k, let code): "call \(k) fails with \(String(cString: strerror(code)))"
      case .short(let k): "call \(k) writes short"
      }
    }
  }

  /// The real calls with `fault` injected.
  static func system(_ fault: Fault) -> SystemCalls {
    let calls = Mutex(0)
    let live = SystemCalls.system
    /// Numbers a call that changes the disk; the errno to fail it with, if it fails.
    @Sendable func next() -> (call: Int, failure: Int32?) {
      let call = calls.withLock { calls in
        calls += 1
        return calls
      }
      switch fault {
      case .crash(let after): return (call, call > after ? EIO : nil)
      case .fail(let k, let code): return (call, call == k ? code : nil)
      case .short: return (call, nil)
      }
    }
    /// Runs `call`, or fails it as `next()` says.
    @Sendable func run(_ call: () -> Int32) -> Int32 {
      if let code = next().failure {
        errno = code
        return -1
      }
      return call()
    }
    var system = live
    system.open = { path, flags, mode in run { live.open(path, flags, mode) } }
    system.write = { fd, bytes, count in
      let (call, failure) = next()
      if let failure {
        errno = failure
        return -1
      }
      if case .short(call) = fault { return live.write(fd, bytes, max(1, count / 2)) }
      return live.write(fd, bytes, count)
    }
    system.fsync = { fd in run { live.fsync(fd) } }
    system.ftruncate = { fd, length in run { live.ftruncate(fd, length) } }
    system.rename = { from, to in run { live.rename(from, to) } }
    system.unlink = { path in run { live.unlink(path) } }
    system.openat = { folder, name, flags, mode in run { live.openat(folder, name, flags, mode) } }
    system.renameat = { folder, from, to in run { live.renameat(folder, from, to) } }
    system.unlinkat = { folder, name in run { live.unlinkat(folder, name) } }
    system.pread = { fd, buffer, count, offset in
      // A crashed process reads nothing more either.
      if case .crash(let after) = fault, calls.withLock({ $0 }) >= after {
        errno = EIO
        return -1
      }
      return live.pread(fd, buffer, count, offset)
    }
    return system
  }

  /// How many counted calls `operation` makes on a clean run.
  static func callCount(_ operation: (SystemCalls) throws -> Void) rethrows -> Int {
    let count = Mutex(0)
    try operation(SystemCalls.system.counting { calls in count.withLock { $0 = calls } })
    return count.withLock { $0 }
  }

  /// Every fault for an operation of `calls` calls: a crash after each of 0…calls, and a
  /// failure, a full disk, an interruption and a short write at each call.
  static func faults(_ calls: Int) -> [Fault] {
    var faults = (0...calls).map { Fault.crash(after: $0) }
    for k in 1...calls {
      faults += [.fail(call: k, errno: EIO), .fail(call: k, errno: ENOSPC)]
      faults += [.fail(call: k, errno: EINTR), .short(call: k)]
    }
    return faults
  }

  static let vote = JournalEvent.vote(motion: "mo1", member: "h1", choice: .abstain)

  @Test(
    "append: whatever fails, the acknowledged events stay and the journal is intact or repairable")
  func append() throws {
    let calls = try F.withDirectoryResult { directory in
      try F.journal(at: directory + "/J.jsonl")
      return try Self.callCount {
        try JournalFile(path: directory + "/J.jsonl", system: $0).append(Self.vote)
      }
    }
    #expect(calls == 3)  // open, write, fsync
    for fault in Self.faults(calls) {
      try F.withDirectory { directory in
        let path = directory + "/J.jsonl"
        try F.journal(at: path)
        let before = try F.bytes(path)
        let acknowledged =
          (try? JournalFile(path: path, system: Self.system(fault)).append(Self.vote)) != nil
        let file = JournalFile(path: path)
        var after = try F.bytes(path)
        if (try file.verify()).tornTail != nil {
          guard case .repaired = try file.repair() else {
            Issue.record("\(fault.testDescription): a torn tail is repaired")
            return
          }
          after = try F.bytes(path)
        }
        #expect(try file.verify().isIntact, "\(fault.testDescription)")
        #expect(after.starts(with: before), "\(fault.testDescription): nothing acknowledged lost")
        let last = try file.read().lines.last?.event
        if acknowledged { #expect(last == Self.vote, "\(fault.testDescription)") }
        try file.append(.tally(motion: "mo1"))
        #expect(try file.verify().isIntact, "\(fault.testDescription): recording goes on")
      }
    }
  }

  @Test("open: whatever fails, a second open (or the journal made) goes on without hand work")
  func open() throws {
    let calls = try F.withDirectoryResult { directory in
      try Self.callCount {
        try JournalFile(path: directory + "/J.jsonl", system: $0).create(
          nonce: F.nonce(), draft: F.draft)
      }
    }
    #expect(calls == 5)  // open (create), write, fsync, open (directory), fsync (directory)
    for fault in Self.faults(calls) {
      try F.withDirectory { directory in
        let path = directory + "/J.jsonl"
        let acknowledged =
          (try? JournalFile(path: path, system: Self.system(fault)).create(
            nonce: F.nonce(), draft: F.draft)) != nil
        let file = JournalFile(path: path)
        if acknowledged {
          #expect(try file.verify().isIntact, "\(fault.testDescription)")
          return
        }
        // Not acknowledged: either a journal whose open line is complete (go on with it), or
        // a second open starts it, moving any incomplete bytes aside.
        if FileManager.default.fileExists(atPath: path), try file.verify().isIntact { return }
        try file.create(nonce: F.nonce(0x44), draft: F.draft)
        #expect(try file.verify().isIntact, "\(fault.testDescription)")
      }
    }
  }

  @Test(
    "repair: whatever fails, the torn bytes are in .broken before the cut, and one more repair finishes"
  )
  func repair() throws {
    let torn = Array(#"{"seq":6,"prev":"ab"#.utf8)
    func prepare(_ directory: String) throws -> (path: String, complete: [UInt8]) {
      let path = directory + "/J.jsonl"
      try F.journal(at: path)
      let complete = try F.bytes(path)
      try F.write(complete + torn, to: path)
      return (path, complete)
    }
    let calls = try F.withDirectoryResult { directory in
      let (path, _) = try prepare(directory)
      return try Self.callCount { _ = try JournalFile(path: path, system: $0).repair() }
    }
    // open J; open .broken (none yet); .broken.tmp: open, write, fsync, rename, directory
    // open+fsync; J.repair.tmp: open, write
    // (the complete lines), write (the repair line), fsync, rename; directory open+fsync.
    #expect(calls == 15)
    for fault in Self.faults(calls) {
      try F.withDirectory { directory in
        let (path, complete) = try prepare(directory)
        let outcome = try? JournalFile(path: path, system: Self.system(fault)).repair()
        let file = JournalFile(path: path)
        let now = try F.bytes(path)
        // The journal is the old one or the repaired one, never cut without its event.
        #expect(now == complete + torn || now.starts(with: complete), "\(fault.testDescription)")
        if now != complete + torn {
          #expect(try F.bytes(file.brokenPath) == torn, "\(fault.testDescription): kept first")
        }
        if outcome == nil {
          let again = try file.repair()
          switch again {
          case .repaired, .alreadyRepaired: break
          case .interruptedOpen: Issue.record("\(fault.testDescription): \(again)")
          }
        }
        let journal = try file.read()
        #expect(
          journal.report.isIntact && journal.report.tornTail == nil, "\(fault.testDescription)")
        #expect(
          journal.lines.last?.event
            == .repair(tornBytes: torn.count, tornSHA256: SHA256.hash(torn)),
          "\(fault.testDescription)")
        #expect(try F.bytes(file.brokenPath) == torn, "\(fault.testDescription)")
        #expect(try F.bytes(path).starts(with: complete), "\(fault.testDescription)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
          .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty || outcome == nil, "\(fault.testDescription): \(leftovers)")
      }
    }
  }
}

extension JournalFileFixture {
  /// Runs `body` with the path of a new, empty directory, removed afterwards; its result.
  static func withDirectoryResult<T>(_ body: (String) throws -> T) throws -> T {
    var result: T?
    try withDirectory { result = try body($0) }
    guard let result else { throw CocoaError(.fileNoSuchFile) }
    return result
  }
}
