// Shared by every fuzz target: compiled into each target's module (see build.sh).

import Foundation
import HattamaKit

/// The input libFuzzer hands over, as the byte array the library's decoders take.
func fuzzBytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
  Array(UnsafeBufferPointer(start: data, count: size))
}

/// Stops the run when a property fails, so that libFuzzer reports a crash and saves the input.
///
/// A failed property is a bug just like a trap: the message says which one, and `detail` the
/// values that broke it.
func require(
  _ condition: Bool, _ property: @autoclosure () -> String,
  _ detail: @autoclosure () -> String = ""
) {
  guard !condition else { return }
  fatalError("property failed: \(property())\n\(detail())")
}

/// Whether `HATTAMA_FUZZ_VERBOSE` is set: targets then say what they made of each input, which
/// helps when replaying one file (`.build-fuzz/libfuzzer/journal FILE`).
let isVerbose = ProcessInfo.processInfo.environment["HATTAMA_FUZZ_VERBOSE"] != nil

/// Writes a line to standard error in verbose runs; the text is built in every run, so that
/// rendering errors and reports is fuzzed too.
func note(_ text: String) {
  guard isVerbose else { return }
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// What `hattama audit` does with a record it has read: every check, deadlines included, under
/// the methodology the record names or, when that is not built in, one that has rules for its
/// kind of body, so that the checks run whatever the methodology's id.
func audit(_ record: Record) {
  let methodology =
    Methodology.builtIn(id: record.methodology)
    ?? Methodology.builtIn.first { $0.rules(for: record.kind) != nil }
  let findings = Audit.findings(
    for: record, methodology: methodology, extra: [DeadlineCheck(calendar: .kazakhstan)])
  for finding in findings {
    require(
      Language.allCases.allSatisfy { !finding.message.text(in: $0).isEmpty },
      "a finding says what is wrong in every language", finding.code.rawValue)
  }
}
