extension Finding {
  /// `{"code", "severity", "clause", "subject", "message"}`, as SPEC.md fixes it: the keys in
  /// English, the message in the reader's language, the clause in its canonical form (the same
  /// in every language: scripts read it).
  package func jsonValue(in language: Language) -> JSONValue {
    .object([
      ("code", .string(code.rawValue)), ("severity", .string(severity.rawValue)),
      ("clause", .string(clause.canonical)), ("subject", .string(subject)),
      ("message", .string(message.text(in: language))),
    ])
  }
}
