import Foundation
import HattamaKit

// hattama-bench: the benchmark's deterministic data (bench/run.sh). Same arguments, same bytes.

let usage = """
  usage: hattama-bench records DIR N       N record/1 files DIR/r00001.json …
         hattama-bench journal FILE N      a lawful journal of N events; prints the next
                                           lawful vote as '--motion ID --member ID', if any
         hattama-bench candidates FILE N   a roster-compose draft with N candidates
         hattama-bench sitting FILE N      one record/1 sitting reviewing N cases
         hattama-bench wave FILE N         a roster-plan wave of N applications, 1.5 N candidates
  """

/// Writes `bytes` to `path`, replacing it, with `mode`.
func write(_ bytes: [UInt8], to path: String, mode: Int = 0o644) {
  let created = FileManager.default.createFile(
    atPath: path, contents: Data(bytes), attributes: [.posixPermissions: mode])
  if !created {
    FileHandle.standardError.write(Data("hattama-bench: cannot write '\(path)'.\n".utf8))
    exit(2)
  }
}

func fail() -> Never {
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3, let count = Int(arguments[arguments.startIndex + 2]), count > 0
else { fail() }
let command = arguments[arguments.startIndex]
let target = arguments[arguments.startIndex + 1]

switch command {
case "records":
  do {
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
  } catch {
    FileHandle.standardError.write(Data("hattama-bench: cannot create '\(target)'.\n".utf8))
    exit(2)
  }
  let digits = max(5, String(count).count)
  for index in 1...count {
    let number = String(index)
    let name = String(repeating: "0", count: digits - number.count) + number
    write(Array(RecordGenerator.record(index).encodedJSON().utf8), to: "\(target)/r\(name).json")
  }
case "journal":
  guard count >= 2 else { fail() }
  let (bytes, next) = JournalGenerator.journal(events: count)
  // Mode 0600, as `session open` creates a journal.
  write(bytes, to: target, mode: 0o600)
  if let (motion, member) = next { print("--motion \(motion) --member \(member)") }
case "sitting":
  write(Array(RecordGenerator.sitting(cases: count).encodedJSON().utf8), to: target)
case "candidates":
  write(Array(CandidatesGenerator.draft(candidates: count).encodedJSON().utf8), to: target)
case "wave":
  write(Array(WaveGenerator.wave(applications: count).encodedJSON().utf8), to: target)
default:
  fail()
}
