extension JournalLine {
  /// The most bytes (without the newline) line `number` of a journal may have; a longer line is
  /// malformed and readers keep none of its bytes, so that memory stays bounded whatever the
  /// file holds (issue 13: a sparse 4 GB file made `audit` take 8.4 GB).
  ///
  /// Line 1 carries the whole draft (and the methodology): 16 MiB holds a draft of about 30,000
  /// cases at ~550 bytes a case with its people, three times the 10,000-case draft the format
  /// is sized for. Every later line is one event of at most a few hundred bytes, or a
  /// conclusion the secretary typed: 1 MiB is far beyond any of them. `session open` refuses a
  /// draft whose line would be longer, so the tool never writes a line it cannot read back.
  package static func maximumLength(ofLine number: Int) -> Int {
    number == 1 ? 16 << 20 : 1 << 20
  }
}
