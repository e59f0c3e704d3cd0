import HattamaKit

/// The journal reader on arbitrary bytes: splitting into lines, the torn tail, line decoding,
/// the hash chain and the anchor check.
///
/// The first input byte steers the run, the rest is the journal file:
/// - bit 0 set: each line's `"prev":"…"` (64 bytes after it) is rewritten to the SHA-256 of
///   the line before, so that mutated journals still chain and the verifier's later stages
///   (gaps, reordering, edits, anchors) are reached; a fuzzer cannot forge a hash by itself.
/// - bits 1–7: the chunk size, 1–128 bytes, in which ``JournalReader`` is fed a second time.
///
/// Checked: nothing traps, hangs or leaks; reading in chunks gives the same lines and report as
/// reading at once; the report and every error render to text; a decoded line is canonical
/// (re-encodes to its bytes and decodes to itself); an open line's draft is a JSON object
/// (its record decoding may fail, not trap); the session replay of the journal returns or
/// refuses, and a replayed sitting's record reads back and audits; an intact journal matches
/// its own anchor and the anchor of each of its lines, and its head is the hash of its last
/// line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = fuzzBytes(data, size)
  guard let control = input.first else { return 0 }
  let file = control & 1 == 1 ? relinked(Array(input.dropFirst())) : Array(input.dropFirst())
  let chunkSize = Int(control >> 1) + 1

  let journal = Journal(bytes: file)
  var reader = JournalReader()
  var chunkedLines: [JournalLine] = []
  var start = 0
  while start < file.count {
    let end = min(start + chunkSize, file.count)
    reader.read(file[start..<end]) { chunkedLines.append($0) }
    start = end
  }
  require(chunkedLines == journal.lines, "reading in chunks gives the same lines")
  require(reader.report() == journal.report, "reading in chunks gives the same report")
  note("journal: \(journal.report)")

  let completeLines = lines(of: file)
  require(journal.report.lineCount == completeLines.count, "every newline ends a line")
  for bytes in completeLines { checkLine(bytes) }

  replay(journal)

  guard journal.report.isIntact, let anchor = journal.report.anchor, let last = completeLines.last
  else { return 0 }
  require(journal.lines.count == completeLines.count, "an intact journal decodes every line")
  require(anchor.head == SHA256.hash(last).hex, "the head is the hash of the last line")
  for (index, bytes) in completeLines.enumerated() {
    let prefix = JournalAnchor(events: index + 1, head: SHA256.hash(bytes).hex)
    let report = Journal(bytes: file, expecting: prefix).report
    require(report.isIntact, "an intact journal matches the anchor of its line \(index + 1)")
  }
  let beyond = JournalAnchor(events: anchor.events + 1, head: anchor.head)
  require(
    !Journal(bytes: file, expecting: beyond).report.isIntact,
    "a journal does not match an anchor past its end")
  return 0
}

/// What `hattama session` does with a journal it opens: the state its events lead to, under
/// the rules of the methodology the draft names (or a built-in one for its kind of body).
///
/// Checked: the replay returns or refuses; a refusal renders to its message; the record of a
/// replayed sitting encodes to JSON that decodes to an equal record, and audits.
/// For a journal that pins no methodology: the built-in one its draft names, else one for its
/// kind of body, so that more journals reach the replay.
func fallbackMethodology(_ journal: Journal) -> Methodology? {
  guard case .open(_, let draft, nil)? = journal.lines.first?.event,
    let record = try? draft.record()
  else { return nil }
  return Methodology.builtIn(id: record.methodology)
    ?? Methodology.builtIn.first { $0.rules(for: record.kind) != nil }
}

func replay(_ journal: Journal) {
  let state: SessionState
  do {
    state = try SessionState.replay(journal, given: fallbackMethodology(journal))
  } catch {
    if case .refused(let refused) = error {
      note("replay: \(refused.refusal.message(in: refused.state))")
    } else {
      note("replay: \(error)")
    }
    return
  }
  let record = state.record(anchor: journal.report.anchor)
  let text = record.encodedJSON()
  require(
    (try? Record.decode(Array(text.utf8))) == record, "a replayed sitting's record reads back",
    text)
  audit(record)
}

/// One complete line: decoding never traps, and what decodes is canonical.
func checkLine(_ bytes: [UInt8]) {
  let line: JournalLine
  do {
    line = try JournalLine(decoding: bytes)
  } catch {
    note("line: \(error)")
    return
  }
  require(line.encoded() == bytes, "a decoded line is canonical")
  require((try? JournalLine(decoding: line.encoded())) == line, "a line decodes to itself")
  if case .open(_, let draft, _) = line.event {
    require((try? JournalDraft(json: draft.json)) != nil, "an open line's draft is JSON")
    do {
      let record = try draft.record()
      require(
        (try? JournalDraft(record: record).record()) == record,
        "a draft's record survives a draft of its own")
    } catch {
      note("draft: \(error)")
    }
  }
}

/// The complete lines of a file: the bytes before each newline.
func lines(of file: [UInt8]) -> [[UInt8]] {
  var result: [[UInt8]] = []
  var start = 0
  for (index, byte) in file.enumerated() where byte == 0x0A {
    result.append(Array(file[start..<index]))
    start = index + 1
  }
  return result
}

/// The file with each line's `prev` value replaced by the hash of the line before it.
func relinked(_ file: [UInt8]) -> [UInt8] {
  let marker = Array(#""prev":""#.utf8)
  var output: [UInt8] = []
  var previous: [UInt8]?
  var pieces = file.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  for index in pieces.indices {
    if let previous, let at = firstRange(of: marker, in: pieces[index]),
      at + 64 <= pieces[index].count
    {
      let hex = Array(SHA256.hash(previous).hex.utf8)
      pieces[index].replaceSubrange(at..<at + 64, with: hex)
    }
    previous = pieces[index]
    output += pieces[index]
    if index < pieces.count - 1 { output.append(0x0A) }
  }
  return output
}

/// Where `marker` ends in `bytes`, the first time it occurs.
func firstRange(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
  guard bytes.count >= marker.count else { return nil }
  for start in 0...(bytes.count - marker.count)
  where bytes[start..<start + marker.count].elementsEqual(marker) {
    return start + marker.count
  }
  return nil
}
