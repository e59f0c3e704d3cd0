extension CalendarDay {
  /// `{"date", "weekday", "kind", "working", "reason", "estimated", "covered"}`, `reason` only
  /// where the day has one: how `calendar` and `deadlines --json` write a day.
  package var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [
      ("date", .string(day.description)), ("weekday", .string(day.weekdayAbbreviation)),
      ("kind", .string(kind.rawValue)), ("working", .bool(isWorking)),
    ]
    members.append(optional: "reason", reason.map(JSONValue.string))
    members += [("estimated", .bool(isEstimated)), ("covered", .bool(isCovered))]
    return .object(members)
  }
}
