// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit
import HattamaJournal

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
  /// The largest record/1 file read: a sitting of 100,000 cases is about 108 MB. A larger file
  /// is refused before it is read, so that memory stays bounded whatever the file (issue 13).
  static let maximumRecordSize = 256 << 20

  /// A record/1 file or a secretary's journal, told apart by the first line: a journal begins
  /// with its `open` event.
  ///
  /// A journal is read from the file a chunk at a time and replayed up to its first broken
  /// line (the findings report the break) under the methodology its line 1 pins, and carries
  /// its anchor in `record.journal`. When no rules govern it, the record is the draft with the
  /// anchor, so that the audit can say why nothing else was checked.
  ///
  /// - Parameter invocation: For `--methodology-file`, which must not differ from a journal's
  ///   pinned methodology.
  /// - Throws: ``CLIError`` when the file cannot be read or is neither a record nor a journal.
  static func sitting(_ path: String, _ invocation: Invocation? = nil) throws(CLIError)
    -> LoadedSitting
  {
    let given = try givenMethodology(invocation)
    if path != "-", let journal = try journalSitting(path, given: given, invocation) {
      return journal
    }
    if path != "-" {
      try refuseIfNotJSON(path)
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
    // A journal's line 1 is canonical and begins `{"seq":1,`; anything else is not decoded as
    // one, so that a record written on one line is not parsed twice.
    guard firstLine.starts(with: Array(#"{"seq":1,"#.utf8)),
      let line = try? JournalLine(decoding: firstLine), case .open = line.event
    else {
      let record: Record
      do {
        record = try Record.decode(bytes)
      } catch {
        throw .input(file: path, message: Phrase(untranslated: error.description))
      }
      return LoadedSitting(
        record: record, report: nil,
        methodology: try chosenMethodology(record, file: path, invocation))
    }
    // A journal reached through a link, or on standard input: read from memory.
    let journal = Journal(bytes: bytes)
    let intact =
      journal.report.firstBreak.map { journal.lines.prefix($0.line - 1) } ?? journal.lines[...]
    let replayed = SessionJournal.replay(first: line, rest: intact.dropFirst(), given: given)
    return try loaded(replayed, line, report: journal.report, path: path, invocation)
  }

  /// Refuses, from its first bytes alone, a file whose first byte after white space cannot
  /// begin any JSON value (a file of zeros, say): the record's own error at that byte, the same
  /// it would be after reading the whole file, without reading it.
  private static func refuseIfNotJSON(_ path: String) throws(CLIError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return }
    defer { close(fd) }
    var head = [UInt8](repeating: 0, count: 4096)
    let count = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else { return }
    head.removeSubrange(count...)
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
    guard let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }),
      !Array(#"{["-0123456789tfn"#.utf8).contains(first)
    else { return }
    do {
      _ = try Record.decode(head)
    } catch {
      throw .input(file: path, message: Phrase(untranslated: error.description))
    }
  }

  /// The journal at `path` replayed straight from the file; `nil` when its first line is not
  /// an `open` event (a record/1 file: the rest is not read), or the path is a link (read by
  /// ``Files`` instead).
  private static func journalSitting(
    _ path: String, given: Methodology?, _ invocation: Invocation?
  ) throws(CLIError) -> LoadedSitting? {
    let replayed: ((Result<SessionState, SessionLoadError>, JournalLine), ChainReport)?
    do {
      replayed = try JournalFile(path: path).replayIfJournal { lines in
        guard let first = lines.next(), case .open = first.event else { return nil }
        return (SessionJournal.replay(first: first, rest: lines, given: given), first)
      }
    } catch {
      switch error {
      case .symbolicLink, .notFound, .notRegularFile, .linkedDirectory: return nil
      default: throw .io(file: path, message: Phrase(untranslated: error.description))
      }
    }
    guard let ((state, first), report) = replayed else { return nil }
    return try loaded(state, first, report: report, path: path, invocation)
  }

  /// The sitting a journal's replay gives, or the draft with the anchor when no rules govern
  /// it.
  private static func loaded(
    _ replayed: Result<SessionState, SessionLoadError>, _ line: JournalLine,
    report: ChainReport, path: String, _ invocation: Invocation?
  ) throws(CLIError) -> LoadedSitting {
    switch replayed {
    case .success(let state):
      return LoadedSitting(
        record: state.record(anchor: report.anchor), report: report,
        methodology: state.methodology, isClosed: state.isClosed)
    case .failure(.noRules(var record, let problem)):
      if case .differsFromPinned = problem { throw .input(file: path, message: message(problem)) }
      record.journal = report.anchor
      let pinned = try? line.pinnedMethodology()
      return LoadedSitting(
        record: record, report: report,
        methodology: try chosenMethodology(record, file: path, pinned: pinned, invocation))
    case .failure(let error):
      throw .badInput(message: Phrase(untranslated: SessionJournal.message(error, path: path)))
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
