#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls whose failures a journal must survive, replaceable so that tests can
/// produce short writes, interruptions, a full disk and a failed `fsync` on demand.
///
/// A failing call returns -1 and sets `errno`, as the real ones do.
struct SystemCalls: Sendable {
  var write: @Sendable (_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int
  var fsync: @Sendable (_ fd: Int32) -> Int32

  static let live = SystemCalls(
    write: { fd, bytes, count in
      #if canImport(Glibc)
        Glibc.write(fd, bytes, count)
      #else
        Darwin.write(fd, bytes, count)
      #endif
    },
    fsync: { fd in
      #if canImport(Glibc)
        Glibc.fsync(fd)
      #else
        Darwin.fsync(fd)
      #endif
    })
}
