extension Finding {
  /// `{"code", "severity", "clause", "subject", "message"}`, as SPEC.md fixes it.
  package var jsonValue: JSONValue {
    .object([
      ("code", .string(code.rawValue)), ("severity", .string(severity.rawValue)),
      ("clause", .string(clause)), ("subject", .string(subject)), ("message", .string(message)),
    ])
  }
}
