extension Invocation {
  /// The value of an option with a fixed set of values, or its default when it is not given.
  ///
  /// - Throws: a usage error listing the values, with the nearest one as a suggestion.
  func choice<Value: RawRepresentable & CaseIterable>(
    _ option: String, default fallback: Value
  ) throws(CLIError) -> Value where Value.RawValue == String {
    guard let text = value(option) else { return fallback }
    if let value = Value(rawValue: text) { return value }
    let names = Value.allCases.map(\.rawValue)
    let expected = UsageProblem.oneOf(names, suggestion: text.nearest(in: names))
    throw .usage(
      .invalidValue(option: option, value: text, expected: expected), command: command.path)
  }
}
