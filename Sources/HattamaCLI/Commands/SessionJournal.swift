import HattamaJournal
import HattamaKit

/// A secretary's journal as the session commands use it: read and replayed into a
/// ``SessionState``, appended to under the lock with the event checked against the state as it
/// is then, every failure turned into a ``CLIError``.
struct SessionJournal {
  let path: String
  let invocation: Invocation

  init(_ invocation: Invocation) throws(CLIError) {
    self.path = try invocation.required("journal")
    self.invocation = invocation
  }

  var file: JournalFile { JournalFile(path: path) }
  var console: Console { invocation.console }

  /// Reads the journal and replays it; a torn last line is reported on standard error and the
  /// events before it are used.
  ///
  /// - Throws: A tampered or unreadable journal, or one whose events the rules refuse (exit 2).
  func load() throws(CLIError) -> (state: SessionState, report: ChainReport) {
    let given = try Inputs.givenMethodology(invocation)
    let replayed: Result<SessionState, SessionLoadError>
    let report: ChainReport
    do {
      (replayed, report) = try file.replay { lines in Self.replay(lines, given: given) }
    } catch {
      throw .badInput(message: error.advised)
    }
    if let firstBreak = report.firstBreak {
      throw .badInput(message: JournalFileError.tampered(path: path, firstBreak).advised)
    }
    warnIfTorn(report)
    do {
      return (try replayed.get(), report)
    } catch {
      throw .badInput(message: Self.message(error, path: path))
    }
  }

  /// Prints the torn-line warning with the way out.
  func warnIfTorn(_ report: ChainReport) {
    if let tornTail = report.tornTail {
      console.err(
        Phrase(kk: "Ескерту: ", ru: "Предупреждение: ", en: "Warning: ")
          + JournalFileError.torn(path: path, tornTail).advised)
    }
  }

  /// ``SessionState/replay(streaming:given:)`` of lines read from the file.
  static func replay(
    _ lines: some Sequence<JournalLine>, given: Methodology?
  ) -> Result<SessionState, SessionLoadError> {
    Result { () throws(SessionLoadError) in try SessionState.replay(streaming: lines, given: given)
    }
  }

  /// ``SessionState/replay(first:rest:given:)``; no line 1 is a journal with no `open`.
  static func replay(
    first: JournalLine?, rest: some Sequence<JournalLine>, given: Methodology?
  ) -> Result<SessionState, SessionLoadError> {
    guard let first else { return .failure(.noOpenLine) }
    return Result { () throws(SessionLoadError) in
      try SessionState.replay(first: first, rest: rest, given: given)
    }
  }

  /// Appends the event `compose` makes from the journal's current state, after checking it
  /// against that state. Nothing is written when anything fails.
  ///
  /// - Returns: The state after the event, and the journal's new anchor.
  @discardableResult
  func append(
    _ compose: (SessionState) throws(CLIError) -> JournalEvent
  ) throws(CLIError) -> SessionAppend {
    // The methodology file is read before the lock is taken, so that a bad one fails early.
    let given = try Inputs.givenMethodology(invocation)
    do throws(JournalAppendError<CLIError>) {
      let appended = try file.append { (lines) throws(CLIError) in
        let before: SessionState
        do throws(SessionLoadError) {
          before = try Self.replay(lines, given: given).get()
        } catch {
          throw .badInput(message: Self.message(error, path: path))
        }
        let event = try compose(before)
        do throws(SessionRefusal) {
          let after = try before.applying(event)
          return (event: event, output: after)
        } catch {
          throw refusal(error, in: before)
        }
      }
      console.health.recorded(RecordedEvent(journal: path, anchor: appended.anchor))
      return SessionAppend(after: appended.output, anchor: appended.anchor)
    } catch {
      switch error {
      case .refused(let error): throw error
      case .file(let error): throw .badInput(message: error.advised)
      }
    }
  }

  /// A refusal of the rules (exit 1), or an id the draft lacks (exit 2).
  func refusal(_ refusal: SessionRefusal, in state: SessionState) -> CLIError {
    let sentence = refusal.message(in: state, journal: path)
    return refusal.isBadInput
      ? .badInput(message: Phrase(verbatim: "'\(path)': ") + sentence)
      : .refused(message: sentence)
  }

  static func message(_ error: SessionLoadError, path: String) -> Phrase {
    let file = Phrase(verbatim: "'\(path)': ")
    switch error {
    case .noOpenLine:
      return Phrase(
        kk: "'\(path)' 'open' оқиғасынан басталмайды; 'hattama session open' жасаған журналды "
          + "беріңіз.",
        ru: "'\(path)' не начинается с события 'open'; укажите журнал, созданный "
          + "'hattama session open'.",
        en: "'\(path)' does not begin with an 'open' event; give a journal made by "
          + "'hattama session open'.")
    case .draftInvalid(let error):
      return file
        + Phrase(
          kk: "1-жолдағы жоба жарамды жазба емес: ",
          ru: "проект в строке 1 не является допустимой записью: ",
          en: "the draft in line 1 is not a valid record: ")
        + error.phrase.map { $0 + "." }
    case .methodologyInvalid(let error):
      return file
        + Phrase(
          kk: "1-жол бекіткен әдістеме жарамсыз: ",
          ru: "методика, закреплённая в строке 1, неверна: ",
          en: "the methodology line 1 pins is not valid: ")
        + error.phrase.map { $0 + "." }
    case .draftUnusable(let problem):
      return file + problem.advised.map { $0 + "." }
    case .noRules(_, let problem):
      return file + Inputs.message(problem)
    case .refused(let replay):
      return file
        + Phrase(
          kk: "\(replay.line)-жол ережелер қабылдамайтын оқиғаны жазады, демек журналды бұл құрал "
            + "жазбаған: ",
          ru: "строка \(replay.line) записывает событие, которое правила не допускают, значит, "
            + "журнал записан не этой программой: ",
          en: "line \(replay.line) records an event the rules refuse, so the journal was not "
            + "written by this tool: ")
        + replay.refusal.message(in: replay.state, journal: path)
    }
  }
}

/// What one append did.
struct SessionAppend {
  var after: SessionState
  var anchor: JournalAnchor
}
