extension Finding {
  /// `{"code", "severity", "clause", "subject", "message"}`, as SPEC.md fixes it: the keys in
  /// English, the message in the reader's language.
  package func jsonValue(in language: Language) -> JSONValue {
    .object([
      ("code", .string(code.rawValue)), ("severity", .string(severity.rawValue)),
      ("clause", .string(clause)), ("subject", .string(subject)),
      ("message", .string(message.text(in: language))),
    ])
  }
}
