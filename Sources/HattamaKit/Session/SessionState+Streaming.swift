extension SessionState {
  /// The state a journal's lines lead to, each applied as it is read: line 1 under the
  /// methodology it pins (``replay(_:given:)``), then every later event
  /// (``replaying(_:)``), so that no line is kept and memory follows the sitting, not the file.
  ///
  /// This is what an embedder calls inside `JournalFile.append`'s closure, with the lines the
  /// store reads under its lock.
  ///
  /// - Parameters:
  ///   - lines: The journal's lines in order, line 1 first.
  ///   - given: A methodology the user supplied; refused when it differs from the pinned one.
  /// - Throws: ``SessionLoadError``.
  /// - Complexity: O(n) in the events.
  ///
  /// - Returns: the state after the last line.
  @inlinable
  public static func replay(
    streaming lines: some Sequence<JournalLine>, given: Methodology? = nil
  ) throws(SessionLoadError) -> SessionState {
    var iterator = lines.makeIterator()
    guard let first = iterator.next() else { throw .noOpenLine }
    return try replay(first: first, rest: IteratorSequence(iterator), given: given)
  }

  /// ``replay(streaming:given:)`` of a line 1 already read and the lines after it.
  ///
  /// Inlinable, as ``replaying(_:)`` is, so that the loop over the lines is compiled for the
  /// caller's sequence (the journal store's lines): a replay runs it for every line under the
  /// lock, and the generic loop copied each line and its event once more.
  @inlinable
  package static func replay(
    first: JournalLine, rest: some Sequence<JournalLine>, given: Methodology? = nil
  ) throws(SessionLoadError) -> SessionState {
    let state = try opening(first, given: given)
    do throws(SessionReplayError) {
      return try state.replaying(rest)
    } catch {
      throw .refused(error)
    }
  }

  /// The state of line 1, under the methodology it pins.
  @usableFromInline
  static func opening(_ first: JournalLine, given: Methodology?) throws(SessionLoadError)
    -> SessionState
  {
    let opening = Journal(
      lines: [first], report: ChainReport(lineCount: 1, head: nil, firstBreak: nil, tornTail: nil))
    return try replay(opening, given: given)
  }
}
