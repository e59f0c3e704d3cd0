#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the process settles before any command runs, so that a failure of the world around it
/// is an error it reports, never a signal that kills it after an event was synced.
enum ProcessStart {
  static func prepare() {
    // A reader that closed its pipe makes write(2) fail with EPIPE, which the console reports
    // (README, "Output and failures"), instead of killing the process with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    // A write past a file-size limit (RLIMIT_FSIZE) must fail with EFBIG and be reported, as a
    // full disk is, rather than kill the process while it holds a journal's lock.
    signal(SIGXFSZ, SIG_IGN)
    occupyClosedStandardDescriptors()
  }

  /// Puts `/dev/null`, opened read-only, on each of descriptors 0–2 that is closed
  /// (`hattama … >&-`).
  ///
  /// Otherwise the next file opened — a journal, a protocol's temporary file — would get
  /// descriptor 1, and what the command prints would be written into it. Read-only, so that a
  /// write to the closed stream still fails (EBADF) and is reported, not silently discarded.
  private static func occupyClosedStandardDescriptors() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let opened = open("/dev/null", O_RDONLY)
      if opened >= 0, opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }
}
