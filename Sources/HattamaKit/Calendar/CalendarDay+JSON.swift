extension CalendarDay {
  /// `{"date", "weekday", "kind", "working", "reason", "estimated", "covered"}`, `reason` only
  /// where the day has one: how `calendar` and `deadlines --json` write a day.
  ///
  /// The ``explanation`` is in `language`, the interface language, like every message inside
  /// the JSON; what a program keys on — the date, the weekday (`Mon`), the kind, the flags — is
  /// the same in every language.
  package func jsonValue(in language: Language) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("date", .string(day.description)), ("weekday", .string(day.weekdayAbbreviation)),
      ("kind", .string(kind.rawValue)), ("working", .bool(isWorking)),
    ]
    members.append(
      optional: "reason", explanation.map { JSONValue.string($0.text(in: language)) })
    members += [("estimated", .bool(isEstimated)), ("covered", .bool(isCovered))]
    return .object(members)
  }
}
