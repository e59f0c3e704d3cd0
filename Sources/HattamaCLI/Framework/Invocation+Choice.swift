// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
    let suggestion = text.nearest(in: names).map { " (did you mean '\($0)'?)" }
    throw .usage(
      .invalidValue(
        option: option, value: text,
        expected: "one of " + names.map { "'\($0)'" }.joined(separator: ", ") + (suggestion ?? "")),
      command: command.path)
  }
}
