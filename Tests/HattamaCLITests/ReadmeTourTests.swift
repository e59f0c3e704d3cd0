import Foundation
import Testing

/// The README's tour, followed literally: every command of it, in order, in a fresh folder with a
/// copy of `Examples/`, with the exit code it documents (0 unless its comment says "exit N").
@Suite("README: the tour works end to end")
struct ReadmeTourTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The tour's commands and the exit code each documents.
  static func commands() throws -> [(line: String, exit: Int32)] {
    let readme = try String(
      contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
    guard let start = readme.range(of: "\n## A tour\n") else { return [] }
    let rest = readme[start.upperBound...]
    let tour = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
    return tour.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("    hattama ") else { return nil }
      let command = line.dropFirst(4)
      guard let comment = command.range(of: "  #") else {
        return (String(command).trimmingCharacters(in: .whitespaces), 0)
      }
      let words = command[comment.upperBound...]
      let exit = words.range(of: "exit ").flatMap { Int32(words[$0.upperBound...].prefix(1)) } ?? 0
      return (command[..<comment.lowerBound].trimmingCharacters(in: .whitespaces), exit)
    }
  }

  @Test(
    "every command of the tour gives its documented exit code",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"))
  func tour() throws {
    let commands = try Self.commands()
    #expect(commands.count >= 25)
    let folder = try Scratch.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: Self.repository.appendingPathComponent("Examples"),
      to: folder.appendingPathComponent("Examples"))
    let binaries = URL(fileURLWithPath: SessionProcessTests.binary ?? "").deletingLastPathComponent()
    for command in commands {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      process.arguments = ["-c", "set -o pipefail; " + command.line]
      process.currentDirectoryURL = folder
      var environment = ProcessInfo.processInfo.environment
      environment["PATH"] = binaries.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
      environment["HATTAMA_LANG"] = "en"
      process.environment = environment
      let message = try ChildProcess.errors(of: process)
      #expect(process.terminationStatus == command.exit, "\(command.line): \(message)")
    }
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("protocol.html").path))
  }
}

@Suite("verify reads a journal from standard input")
struct VerifyStandardInputTests {
  @Test(
    "'hattama verify -' with the journal piped in",
    .enabled(if: SessionProcessTests.binary != nil, "the hattama binary was not found"))
  func piped() throws {
    try SessionFixture.withDirectory { directory in
      let journal = SessionFixture.opened(directory)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: SessionProcessTests.binary ?? "")
      process.arguments = ["verify", "-"]
      process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: journal))
      let output = Pipe()
      process.standardOutput = output
      try process.run()
      let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      #expect(text.hasPrefix("'-': intact: 2 events"))
    }
  }
}
