#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls whose failures a journal must survive, replaceable so that tests can
/// produce short writes, interruptions, a full disk, a failed `fsync`, `rename`, `ftruncate`
/// or `unlink`, and a crash after any one of them, on demand (the fault-injection seam of
/// issue 13; `JournalFaultTests` says what is injected where).
///
/// A failing call returns -1 and sets `errno`, as the real ones do. Every call that opens,
/// changes or flushes a file goes through here; reads go through ``pread`` so that an I/O
/// error while reading can be injected too. `flock` and `close` do not: neither changes what
/// is on disk, nor does `fchmod` of a file just created, which the caller owns.
///
/// The `…at` calls name a file in a folder held open, for the command line's output file
/// (`OutputFileFaultTests`): the folder it checked is the one it writes into, even if its
/// path is made to name another folder meanwhile.
package struct SystemCalls: Sendable {
  package var open: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
  package var write: @Sendable (_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int
  package var pread:
    @Sendable (_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int, _ offset: off_t) ->
      Int
  package var fsync: @Sendable (_ fd: Int32) -> Int32
  package var ftruncate: @Sendable (_ fd: Int32, _ length: off_t) -> Int32
  package var rename: @Sendable (_ from: String, _ to: String) -> Int32
  package var unlink: @Sendable (_ path: String) -> Int32
  package var openat:
    @Sendable (_ folder: Int32, _ name: String, _ flags: Int32, _ mode: mode_t) -> Int32
  /// Renames `from` to `to`, both in `folder`.
  package var renameat: @Sendable (_ folder: Int32, _ from: String, _ to: String) -> Int32
  package var unlinkat: @Sendable (_ folder: Int32, _ name: String) -> Int32

  /// The calls of the C library, unchanged.
  package static let system = SystemCalls(
    open: { path, flags, mode in cOpen(path, flags, mode) },
    write: { fd, bytes, count in cWrite(fd, bytes, count) },
    pread: { fd, buffer, count, offset in cPread(fd, buffer, count, offset) },
    fsync: { fd in cFsync(fd) },
    ftruncate: { fd, length in cFtruncate(fd, length) },
    rename: { from, to in cRename(from, to) },
    unlink: { path in cUnlink(path) },
    openat: { folder, name, flags, mode in cOpenat(folder, name, flags, mode) },
    renameat: { folder, from, to in cRenameat(folder, from, to) },
    unlinkat: { folder, name in cUnlinkat(folder, name) })

  /// What the commands use: ``system``; in a debug build only, the environment variable
  /// `HATTAMA_TEST_KILL_AFTER=K` makes the process kill itself (SIGKILL) right after its K-th
  /// call that opens or changes a file, so that the tests can crash a real `hattama` process
  /// at every step of `session repair` or `open`. A release build never reads the variable.
  package static let live: SystemCalls = {
    #if DEBUG
      if let text = getenv("HATTAMA_TEST_KILL_AFTER"), let limit = Int(String(cString: text)) {
        return system.counting { calls in
          if calls == limit { kill(getpid(), SIGKILL) }
        }
      }
    #endif
    return system
  }()

  /// These calls with `after` run after each call that opens or changes a file (not
  /// `pread`), given how many such calls have run so far, from 1.
  package func counting(_ after: @escaping @Sendable (Int) -> Void) -> SystemCalls {
    let counter = CallCounter()
    var counted = self
    let base = self
    counted.open = { path, flags, mode in
      defer { after(counter.increment()) }
      return base.open(path, flags, mode)
    }
    counted.write = { fd, bytes, count in
      defer { after(counter.increment()) }
      return base.write(fd, bytes, count)
    }
    counted.fsync = { fd in
      defer { after(counter.increment()) }
      return base.fsync(fd)
    }
    counted.ftruncate = { fd, length in
      defer { after(counter.increment()) }
      return base.ftruncate(fd, length)
    }
    counted.rename = { from, to in
      defer { after(counter.increment()) }
      return base.rename(from, to)
    }
    counted.unlink = { path in
      defer { after(counter.increment()) }
      return base.unlink(path)
    }
    counted.openat = { folder, name, flags, mode in
      defer { after(counter.increment()) }
      return base.openat(folder, name, flags, mode)
    }
    counted.renameat = { folder, from, to in
      defer { after(counter.increment()) }
      return base.renameat(folder, from, to)
    }
    counted.unlinkat = { folder, name in
      defer { after(counter.increment()) }
      return base.unlinkat(folder, name)
    }
    return counted
  }
}

/// A count shared by the calls of one ``SystemCalls``.
private final class CallCounter: @unchecked Sendable {
  // One journal command runs on one thread; the lock only keeps a test's threads honest.
  private var lock = pthread_mutex_t()
  private var count = 0

  package init() { pthread_mutex_init(&lock, nil) }
  deinit { pthread_mutex_destroy(&lock) }

  package func increment() -> Int {
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    count += 1
    return count
  }
}

// The C library's calls under names the struct's properties do not shadow.
private func cOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}
private func cWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, bytes, count)
}
private func cPread(
  _ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int, _ offset: off_t
) -> Int {
  pread(fd, buffer, count, offset)
}
private func cFsync(_ fd: Int32) -> Int32 { fsync(fd) }
private func cFtruncate(_ fd: Int32, _ length: off_t) -> Int32 { ftruncate(fd, length) }
private func cRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
private func cUnlink(_ path: String) -> Int32 { unlink(path) }
private func cOpenat(_ folder: Int32, _ name: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  openat(folder, name, flags, mode)
}
private func cRenameat(_ folder: Int32, _ from: String, _ to: String) -> Int32 {
  renameat(folder, from, folder, to)
}
private func cUnlinkat(_ folder: Int32, _ name: String) -> Int32 { unlinkat(folder, name, 0) }
