import HattamaKit

/// The methodology-file decoder on arbitrary bytes.
///
/// Checked: no input traps, hangs or leaks; an error renders to its message; a methodology
/// that decodes encodes to JSON that decodes to an equal methodology, and that second encoding
/// is the same text; two example records audit under it (every check, deadlines included)
/// without a trap, whatever its periods, quorum and sizes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMethodology(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let methodology: Methodology
  do {
    methodology = try Methodology.decodeJSON(bytes)
  } catch {
    note("decode: \(error)")
    return 0
  }
  let text = methodology.encodedJSON()
  let again: Methodology
  do {
    again = try Methodology.decodeJSON(Array(text.utf8))
  } catch {
    fatalError("property failed: an encoded methodology decodes\n\(error)\n\(text)")
  }
  require(again == methodology, "the encoded methodology decodes to an equal one", text)
  require(again.encodedJSON() == text, "encoding a decoded encoding gives the same text", text)
  for record in sampleRecords {
    let findings = Audit.findings(
      for: record, methodology: methodology, extra: [DeadlineCheck(calendar: .kazakhstan)])
    require(
      findings.allSatisfy { finding in
        Language.allCases.allSatisfy { !finding.message.text(in: $0).isEmpty }
      }, "a finding says what is wrong in every language", text)
  }
  return 0
}

/// Two example records to audit under each methodology that decodes.
let sampleRecords: [Record] = [SampleRecords.calibration, SampleRecords.commission].map {
  text in
  do {
    return try Record.decode(Array(text.utf8))
  } catch {
    fatalError("a sample record does not decode: \(error)")
  }
}
