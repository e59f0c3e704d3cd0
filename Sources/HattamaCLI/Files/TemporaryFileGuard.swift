#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes an output's temporary file when SIGINT, SIGTERM or SIGHUP ends the process while the
/// file exists, so that no copy of confidential results is left behind (000 ¶21); the signal
/// then takes its usual course. `kill -9` cannot be caught: ``OutputFile`` clears what it
/// leaves on the next run.
///
/// One temporary file at a time: a command writes one output.
enum TemporaryFileGuard {
  static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Watches `name` in the folder open as `directory` until ``disarm()``.
  static func arm(directory: Int32, name: String) {
    pendingName = strdup(name)
    pendingDirectory = directory
    for number in signals { signal(number, removeAndRaise) }
  }

  /// The file is gone or renamed: the signals do as they did.
  static func disarm() {
    for number in signals { signal(number, SIG_DFL) }
    pendingDirectory = -1
    free(pendingName)
    pendingName = nil
  }
}

// Read by the signal handler, which may use only async-signal-safe calls (unlinkat, signal,
// raise) and so cannot take a lock; written only while the handlers are not installed.
nonisolated(unsafe) private var pendingDirectory: Int32 = -1
nonisolated(unsafe) private var pendingName: UnsafeMutablePointer<CChar>?

private func removeAndRaise(_ number: Int32) {
  if pendingDirectory >= 0, let pendingName { unlinkat(pendingDirectory, pendingName, 0) }
  signal(number, SIG_DFL)
  raise(number)
}
