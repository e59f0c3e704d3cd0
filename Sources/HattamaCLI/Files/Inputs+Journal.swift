import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// The largest record/1 file read: a sitting of 100,000 cases is about 108 MB. A larger file
  /// is refused before it is read, so that memory stays bounded whatever the file (issue 13).
  static let maximumRecordSize = 256 << 20

  /// A record/1 file or a secretary's journal, told apart by the first line: a journal begins
  /// with its `open` event.
  ///
  /// A journal is read from the file a chunk at a time and replayed up to its first broken
  /// line (the findings report the break); it carries its anchor in `record.journal`. When its
  /// methodology is unknown, the record is the draft with the anchor, so that the audit can
  /// say why nothing else was checked.
  ///
  /// - Parameter invocation: For `--methodology-file`; the built-in methodology otherwise.
  /// - Throws: ``CLIError`` when the file cannot be read or is neither a record nor a journal.
  static func sitting(_ path: String, _ invocation: Invocation? = nil) throws(CLIError)
    -> LoadedSitting
  {
    if path != "-", let journal = try journalSitting(path, invocation) { return journal }
    if path != "-" {
      var status = stat()
      if stat(path, &status) == 0, Int(status.st_size) > maximumRecordSize {
        throw .input(
          file: path,
          message: "is \(status.st_size) bytes, more than the \(maximumRecordSize >> 20) MiB a "
            + "record may have, and not a journal; give a hattama.record/1 file or a journal.")
      }
    }
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
    // A journal reached through a link, or on standard input: read from memory.
    let journal = Journal(bytes: bytes)
    let intact =
      journal.report.firstBreak.map { journal.lines.prefix($0.line - 1) }
      ?? journal.lines[...]
    let replayed = SessionJournal.replay(
      first: intact.first, rest: intact.dropFirst(), invocation)
    return try loaded(replayed, report: journal.report, path: path)
  }

  /// The journal at `path` replayed straight from the file; `nil` when its first line is not
  /// an `open` event (a record/1 file), or the path is a link (read by ``Files`` instead).
  private static func journalSitting(
    _ path: String, _ invocation: Invocation?
  ) throws(CLIError) -> LoadedSitting? {
    let replayed: (Result<SessionState, SessionLoadError>, ChainReport)?
    do {
      replayed = try JournalFile(path: path).replayIfJournal { lines in
        let first = lines.next()
        guard case .open = first?.event else { return nil }
        return SessionJournal.replay(first: first, rest: lines, invocation)
      }
    } catch {
      switch error {
      case .symbolicLink, .notFound, .notRegularFile, .linkedDirectory: return nil
      default: throw .io(file: path, message: error.description)
      }
    }
    guard let (state, report) = replayed else { return nil }
    return try loaded(state, report: report, path: path)
  }

  private static func loaded(
    _ replayed: Result<SessionState, SessionLoadError>, report: ChainReport, path: String
  ) throws(CLIError) -> LoadedSitting {
    switch replayed {
    case .success(let state):
      return LoadedSitting(record: state.record(anchor: report.anchor), report: report)
    case .failure(.noRules(var record)):
      record.journal = report.anchor
      return LoadedSitting(record: record, report: report)
    case .failure(let error):
      throw .badInput(message: SessionJournal.message(error, path: path))
    }
  }
}
