import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI

/// A write that fails (a file-size limit, as a full disk does) or a read-only file system: the
/// vote is reported with exit 2 and every acknowledged event stays intact (SPEC, "Crash safety").
@Suite("Separate processes: failed writes and read-only file systems")
struct SessionFaultTests {
  typealias F = SessionFixture

  /// Whether this machine lets a test make a private mount namespace with a tmpfs in it.
  static let canMount: Bool = {
    (try? shell(
      "mkdir -p \"$1\" && mount -t tmpfs -o size=64k tmpfs \"$1\"",
      NSTemporaryDirectory() + "hattama-mount-probe-\(UUID().uuidString)"
    ).status) == 0
  }()

  /// Runs a bash script, in a private mount namespace, with `$1`… set; its status and output.
  static func shell(_ script: String, _ arguments: String...) throws -> (status: Int32, out: String)
  {
    let process = Process()
    let pipe = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = ["-m", "bash", "-c", script, "fault"] + arguments
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, out)
  }

  /// A journal with one open motion, ready for m2's vote.
  static func journal(in directory: String) -> String {
    let journal = F.opened(directory)
    F.ok(["session", "propose", journal, "--case", "c1", "--confirm"])
    return journal
  }

  @Test(
    "a write that fails (past the file-size limit) exits 2, cuts nothing acknowledged, and the vote can be cast again",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"))
  func failedWrite() throws {
    try F.withDirectory { directory in
      let journal = Self.journal(in: directory)
      let before = try F.bytes(journal)
      // ulimit -f counts 1024-byte blocks: the journal already reaches the limit. The limit
      // would cut the child's coverage profile too, and a torn profile fails
      // `swift test --enable-code-coverage`, so the child writes none.
      let (status, out) = try Self.shell(
        "ulimit -f $(( $(stat -c %s \"$2\") / 1024 )); LLVM_PROFILE_FILE=/dev/null \"$1\" session vote \"$2\" --motion mo1 --member m2 --for",
        SessionProcessTests.binary ?? "", journal)
      #expect(status == 2, "\(out)")
      #expect(out.hasPrefix("Error: "), "\(out)")
      #expect(try F.bytes(journal) == before)
      #expect(F.run(["verify", journal]).code == .success)
      F.ok(["session", "vote", journal, "--motion", "mo1", "--member", "m2", "--for"])
    }
  }

  @Test(
    "on a read-only file system a vote exits 2 with the reason and the journal is unchanged",
    .enabled(if: SessionProcessTests.binary != nil && canMount, "needs the binary and tmpfs mounts")
  )
  func readOnly() throws {
    try F.withDirectory { directory in
      let journal = Self.journal(in: directory)
      let (status, out) = try Self.shell(
        """
        set -e; m="$3/ro"; mkdir -p "$m"; mount -t tmpfs -o size=1m tmpfs "$m"
        cp -p "$2" "$m/J.jsonl"; mount -o remount,ro "$m"; set +e
        "$1" session vote "$m/J.jsonl" --motion mo1 --member m2 --for; echo "status=$?"
        cmp -s "$2" "$m/J.jsonl" && echo unchanged
        "$1" verify "$m/J.jsonl" >/dev/null && echo intact
        """, SessionProcessTests.binary ?? "", journal, directory)
      #expect(status == 0, "\(out)")
      #expect(out.contains("status=2"), "\(out)")
      #expect(out.contains("Read-only file system") || out.contains("read-only"), "\(out)")
      #expect(out.contains("unchanged") && out.contains("intact"), "\(out)")
    }
  }
}
