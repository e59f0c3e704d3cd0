import HattamaKit

/// The record decoder on arbitrary bytes.
///
/// Checked: no input traps, hangs or leaks; an error renders to its message; any JSON the
/// parser accepts is written back by `JSONWriter` (pretty and compact) to JSON that parses to
/// an equal value; a record that decodes encodes to JSON that decodes to an equal record, and
/// that second encoding is the same text (canonical form is a fixed point); a record carried
/// as a journal's draft (compacted onto line 1) decodes to the same record; bytes that are not
/// JSON give the one parser's error whether read as a record, a journal line or a draft;
/// the audit of a decoded record (every check, deadlines included) returns.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecord(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  checkJSONRoundTrip(bytes)
  let record: Record
  do {
    record = try Record.decode(bytes)
  } catch {
    note("decode: \(error)")
    return 0
  }
  let text = record.encodedJSON()
  let again: Record
  do {
    again = try Record.decode(Array(text.utf8))
  } catch {
    fatalError("property failed: an encoded record decodes\n\(error)\n\(text)")
  }
  require(again == record, "the encoded record decodes to an equal record", text)
  require(again.encodedJSON() == text, "encoding a decoded encoding gives the same text", text)
  // The journal embeds a record compacted onto its line 1: the two must agree on it.
  let draft = JournalDraft(record: record)
  require((try? draft.record()) == record, "a record survives a journal draft", text)
  audit(record)
  return 0
}

/// Parse, write, parse again: the writer's output is JSON and means what was read. Bytes that are
/// not JSON: every reader says so with the parser's own error.
func checkJSONRoundTrip(_ bytes: [UInt8]) {
  let value: JSONValue
  do {
    value = try JSONParser().parse(bytes)
  } catch {
    checkOneErrorForm(bytes, error)
    return
  }
  for writer in [JSONWriter(), JSONWriter(lineWidth: .max), JSONWriter(indent: 0, lineWidth: 0)] {
    let text = writer.string(for: value)
    do {
      let again = try JSONParser().parse(text)
      require(again == value, "written JSON parses to an equal value", text)
    } catch {
      fatalError("property failed: written JSON parses\n\(error)\n\(text)")
    }
  }
}

/// The one JSON layer: a record, a journal line and a journal's draft refuse the same bytes with
/// the same line, column, path and problem.
func checkOneErrorForm(_ bytes: [UInt8], _ syntax: JSONSyntaxError) {
  let asRecord = JSONDecodingError(.syntax(syntax.problem), at: syntax.position, path: syntax.path)
  var recordError: JSONDecodingError?
  do { _ = try Record.decode(bytes) } catch { recordError = error }
  require(recordError == asRecord, "a record gives the parser's error", "\(syntax)")
  var lineError: JournalLineError?
  do { _ = try JournalLine(decoding: bytes) } catch { lineError = error }
  require(lineError == .notJSON(syntax), "a journal line gives the parser's error", "\(syntax)")
  var draftError: JournalDraftError?
  do { _ = try JournalDraft(json: bytes) } catch { draftError = error }
  require(draftError == .invalidJSON(syntax), "a draft gives the parser's error", "\(syntax)")
}
