import HattamaKit

/// A sitting read from a file: a `hattama.record/1`, or the record a journal replays to with
/// what its chain showed.
struct LoadedSitting {
  var record: Record
  /// The journal's chain report; `nil` for a record/1 file.
  var report: ChainReport?

  /// The findings about the journal itself: `journal.tampered`, `journal.torn`.
  var journalFindings: [Finding] { report?.findings(subject: "record") ?? [] }
}

extension Inputs {
  /// A record/1 file or a secretary's journal, told apart by the first line: a journal begins
  /// with its `open` event.
  ///
  /// A journal is replayed up to its first broken line (the findings report the break) and
  /// carries its anchor in `record.journal`. When its methodology is unknown, the record is
  /// the draft with the anchor, so that the audit can say why nothing else was checked.
  ///
  /// - Parameter invocation: For `--methodology-file`; the built-in methodology otherwise.
  /// - Throws: ``CLIError`` when the file cannot be read or is neither a record nor a journal.
  static func sitting(_ path: String, _ invocation: Invocation? = nil) throws(CLIError)
    -> LoadedSitting
  {
    let bytes = try Files.read(path)
    let firstLine = bytes.firstIndex(of: 0x0A).map { bytes[..<$0] } ?? bytes[...]
    guard let line = try? JournalLine(decoding: firstLine), case .open = line.event
    else {
      do {
        return LoadedSitting(record: try Record.decode(bytes), report: nil)
      } catch {
        throw .input(file: path, message: error.description)
      }
    }
    let journal = Journal(bytes: bytes)
    do {
      let state = try SessionState.replay(journal) { SessionJournal.rules(for: $0, invocation) }
      return LoadedSitting(
        record: state.record(anchor: journal.report.anchor), report: journal.report)
    } catch {
      if case .noRules(var record) = error {
        record.journal = journal.report.anchor
        return LoadedSitting(record: record, report: journal.report)
      }
      throw .badInput(message: SessionJournal.message(error, path: path))
    }
  }
}
