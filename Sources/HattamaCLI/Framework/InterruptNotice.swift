#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Says on Ctrl-C what happened and how to go on, then lets the signal end the process as it
/// would have: `session run` is interrupted between answers or while one is being written, and
/// the journal keeps every answer already synced (an append cut short is a torn line that
/// `session repair` clears).
enum InterruptNotice {
  /// Prints `message` on standard error when SIGINT arrives, until ``disarm()``.
  static func arm(_ message: String) {
    free(pendingMessage)
    pendingMessage = strdup(message)
    pendingLength = message.utf8.count
    signal(SIGINT, announceAndRaise)
    // A parent may start us with SIGINT blocked (a test runner's thread does); Ctrl-C must
    // still reach the handler.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  static func disarm() {
    signal(SIGINT, SIG_DFL)
    free(pendingMessage)
    pendingMessage = nil
  }
}

// Read by the handler, which may use only async-signal-safe calls (write, signal, raise); written
// only while the handler is not installed or before it is.
nonisolated(unsafe) private var pendingMessage: UnsafeMutablePointer<CChar>?
nonisolated(unsafe) private var pendingLength = 0

private func announceAndRaise(_ number: Int32) {
  if let pendingMessage { _ = write(2, pendingMessage, pendingLength) }
  signal(number, SIG_DFL)
  raise(number)
}
