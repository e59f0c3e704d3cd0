import Foundation
import HattamaKit
import Testing

@testable import HattamaCLI
@testable import HattamaJournal

@Suite("Creating a journal (SPEC, Crash safety)", .serialized) struct JournalFileCreateTests {
  // The umask belongs to the whole test process: only masks that take no bits from the owner
  // are tried here, so that files other tests create meanwhile stay usable. A restrictive umask
  // (0277) is for the separate-process tests of `hattama session open`.
  @Test(
    "open creates exactly line 1 and its newline, mode 0600 whatever the umask",
    arguments: [0o000, 0o022, 0o077] as [mode_t])
  func create(mask: mode_t) throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let previous = umask(mask)
      defer { umask(previous) }
      let anchor = try JournalFile(path: path).create(
        nonce: JournalFileFixture.nonce(), draft: JournalFileFixture.draft)
      let line = JournalLine.opening(
        nonce: JournalFileFixture.nonce(), draft: JournalFileFixture.draft)
      #expect(try JournalFileFixture.bytes(path) == line.encoded() + [0x0A])
      #expect(try JournalFileFixture.mode(path) == 0o600)
      #expect(anchor.anchor == JournalAnchor(events: 1, head: SHA256.hash(line.encoded()).hex))
    }
  }

  @Test("open refuses an existing file and leaves it as it was")
  func refusesExisting() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      try JournalFileFixture.write(Array("minutes\n".utf8), to: path)
      #expect(throws: JournalFileError.alreadyExists(path: path)) {
        try JournalFile(path: path).create(
          nonce: JournalFileFixture.nonce(), draft: JournalFileFixture.draft)
      }
      #expect(try JournalFileFixture.bytes(path) == Array("minutes\n".utf8))
    }
  }

  @Test(
    "open refuses a symbolic link, to a file or dangling, and touches neither end",
    arguments: [true, false])
  func refusesSymlink(targetExists: Bool) throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let target = directory + "/target"
      if targetExists { try JournalFileFixture.write(Array("keep".utf8), to: target) }
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
      #expect(throws: JournalFileError.symbolicLink(path: path)) {
        try JournalFile(path: path).create(
          nonce: JournalFileFixture.nonce(), draft: JournalFileFixture.draft)
      }
      let link = try FileManager.default.destinationOfSymbolicLink(atPath: path)
      #expect(link == target)
      if targetExists {
        #expect(try JournalFileFixture.bytes(target) == Array("keep".utf8))
      } else {
        #expect(!FileManager.default.fileExists(atPath: target))
      }
    }
  }

  @Test("open into a directory that does not exist fails, naming the system's reason")
  func missingDirectory() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/missing/J.jsonl"
      #expect(throws: JournalFileError.system(.create, path: path, errno: ENOENT)) {
        try JournalFile(path: path).create(
          nonce: JournalFileFixture.nonce(), draft: JournalFileFixture.draft)
      }
    }
  }

  @Test(
    "a failed write or fsync during open leaves no journal behind",
    arguments: [
      ("full disk", JournalFileFixture.fullDisk(after: 10)),
      ("fsync fails", JournalFileFixture.failingSync(1)),
    ])
  func failedCreate(name: String, system: SystemCalls) throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      let file = JournalFile(path: path, system: system)
      #expect(throws: JournalFileError.self) {
        try file.create(nonce: JournalFileFixture.nonce(), draft: JournalFileFixture.draft)
      }
      #expect(!FileManager.default.fileExists(atPath: path), "\(name)")
    }
  }

  @Test("reading refuses a missing path, a symbolic link, a directory and a FIFO")
  func readRefusals() throws {
    try JournalFileFixture.withDirectory { directory in
      let path = directory + "/J.jsonl"
      #expect(throws: JournalFileError.notFound(path: path)) {
        try JournalFile(path: path).read()
      }
      try JournalFileFixture.journal(at: directory + "/real.jsonl")
      try FileManager.default.createSymbolicLink(
        atPath: path, withDestinationPath: directory + "/real.jsonl")
      #expect(throws: JournalFileError.symbolicLink(path: path)) {
        try JournalFile(path: path).read()
      }
      #expect(throws: JournalFileError.notRegularFile(path: directory)) {
        try JournalFile(path: directory).read()
      }
      let fifo = directory + "/fifo"
      #expect(mkfifo(fifo, 0o600) == 0)
      #expect(throws: JournalFileError.notRegularFile(path: fifo)) {
        try JournalFile(path: fifo).read()
      }
    }
  }

  @Test(
    "the directory of a path",
    arguments: [
      ("J.jsonl", "."), ("/J.jsonl", "/"), ("a/J.jsonl", "a"), ("/tmp/a/J.jsonl", "/tmp/a"),
    ])
  func directoryName(path: String, directory: String) {
    #expect(JournalDescriptor.directoryName(of: path) == directory)
  }
}
