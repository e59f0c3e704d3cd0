import HattamaKit

/// A sitting read from a file: a `hattama.record/1`, or the record a journal replays to with
/// what its chain showed.
struct LoadedSitting {
  var record: Record
  /// The journal's chain report; `nil` for a record/1 file.
  var report: ChainReport?
  /// The methodology that governs the sitting — a journal's pinned copy, else the one given,
  /// else the built-in one the record names; `nil` when the record names one the tool does not
  /// know (the audit reports that).
  var methodology: Methodology?
  /// Whether a journal records `close`; `nil` for a record/1 file.
  var isClosed: Bool?

  /// The findings about the journal itself: `journal.tampered`, `journal.torn`.
  var journalFindings: [Finding] { report?.findings(subject: "record") ?? [] }
}

extension Inputs {
  /// A record/1 file or a secretary's journal, told apart by the first line: a journal begins
  /// with its `open` event.
  ///
  /// A journal is replayed up to its first broken line (the findings report the break) under
  /// the methodology its line 1 pins, and carries its anchor in `record.journal`. When no rules
  /// govern it, the record is the draft with the anchor, so that the audit can say why nothing
  /// else was checked.
  ///
  /// - Parameter invocation: For `--methodology-file`, which must not differ from a journal's
  ///   pinned methodology.
  /// - Throws: ``CLIError`` when the file cannot be read or is neither a record nor a journal.
  static func sitting(_ path: String, _ invocation: Invocation? = nil) throws(CLIError)
    -> LoadedSitting
  {
    let bytes = try Files.read(path)
    let firstLine = bytes.firstIndex(of: 0x0A).map { bytes[..<$0] } ?? bytes[...]
    // A journal's line 1 is canonical and begins `{"seq":1,`; anything else is not decoded as
    // one, so that a record written on one line is not parsed twice.
    guard firstLine.starts(with: Array(#"{"seq":1,"#.utf8)),
      let line = try? JournalLine(decoding: firstLine), case .open = line.event
    else {
      let record: Record
      do {
        record = try Record.decode(bytes)
      } catch {
        throw .input(file: path, message: error.description)
      }
      return LoadedSitting(
        record: record, report: nil,
        methodology: try chosenMethodology(record, file: path, invocation))
    }
    let journal = Journal(bytes: bytes)
    let given = try givenMethodology(invocation)
    do throws(SessionLoadError) {
      let state = try SessionState.replay(journal, given: given)
      return LoadedSitting(
        record: state.record(anchor: journal.report.anchor), report: journal.report,
        methodology: state.methodology, isClosed: state.isClosed)
    } catch {
      if case .noRules(var record, let problem) = error {
        if case .differsFromPinned = problem { throw .input(file: path, message: message(problem)) }
        record.journal = journal.report.anchor
        let pinned = try? line.pinnedMethodology()
        return LoadedSitting(
          record: record, report: journal.report,
          methodology: try chosenMethodology(record, file: path, pinned: pinned, invocation))
      }
      throw .badInput(message: SessionJournal.message(error, path: path))
    }
  }
}

extension JournalLine {
  /// The methodology an `open` line pins, if it pins one that decodes.
  func pinnedMethodology() throws -> Methodology? {
    guard case .open(_, _, let pinned) = event, let pinned else { return nil }
    return try pinned.methodology()
  }
}
