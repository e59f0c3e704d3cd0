extension Methodology {
  /// A methodology file with the built-in's `source` filled in where the file gives none.
  ///
  /// Files written before rule values carried their force have no `source`. Where the file's
  /// `id` is a built-in one and a value keeps the built-in's clause, it keeps the built-in's
  /// force (an analogy stays a warning); any other value without a `source` is the body's own
  /// text. Bodies are matched by their `kind`, other members by key.
  static func withBuiltInSources(_ root: JSONValue) -> JSONValue {
    guard case .object(let members) = root.content,
      case .string(let id)? = members.first(where: { $0.key == "id" })?.value.content,
      let builtIn = Methodology.builtIn(id: id)
    else { return root }
    return filled(root, from: builtIn.jsonValue)
  }

  private static func filled(_ value: JSONValue, from model: JSONValue) -> JSONValue {
    switch (value.content, model.content) {
    case (.object(let members), .object(let modelMembers)):
      var result = members.map { member in
        var member = member
        if let counterpart = modelMembers.first(where: { $0.key == member.key }) {
          member.value = filled(member.value, from: counterpart.value)
        }
        return member
      }
      let isCited = members.contains { $0.key == "clause" }
      if isCited, !members.contains(where: { $0.key == "source" }),
        string(of: "clause", in: members) == string(of: "clause", in: modelMembers)
      {
        result += modelMembers.filter { $0.key == "source" || $0.key == "readings" }
      }
      return JSONValue(.object(result), at: value.position)
    case (.array(let elements), .array(let modelElements)):
      let matched = elements.map { element in
        let kind = string(of: "kind", in: element)
        let counterpart = modelElements.first { kind != nil && string(of: "kind", in: $0) == kind }
        return counterpart.map { filled(element, from: $0) } ?? element
      }
      return JSONValue(.array(matched), at: value.position)
    default:
      return value
    }
  }

  private static func string(of key: String, in members: [JSONMember]) -> String? {
    guard case .string(let text)? = members.first(where: { $0.key == key })?.value.content
    else { return nil }
    return text
  }

  private static func string(of key: String, in value: JSONValue) -> String? {
    guard case .object(let members) = value.content else { return nil }
    return string(of: key, in: members)
  }
}
