// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension JSONField {
  /// A display text: a string, or an object of languages `{"kk": "…", "ru": "…", "en": "…"}`
  /// with at least one of them, each a string (SPEC.md, "The record").
  ///
  /// - Throws: ``JSONDecodingError`` for another kind of value, an empty object, a key that is
  ///   not `kk`, `ru` or `en` (at the key), a key given twice, or a text that is not a string
  ///   (at `body.ru`).
  func displayText() throws(JSONDecodingError) -> DisplayText {
    switch value.content {
    case .string(let text):
      return DisplayText(text)
    case .object(let members):
      return try translations(members)
    default:
      throw error(
        .wrongType(
          expected: "a string or an object of languages, like {\"kk\": \"…\", \"ru\": \"…\"}",
          found: value.kindDescription))
    }
  }

  private func translations(_ members: [JSONMember]) throws(JSONDecodingError) -> DisplayText {
    let path = path
    var translations: [DisplayText.Translation] = []
    for member in members {
      guard let language = Language(rawValue: member.key) else {
        throw JSONDecodingError(
          .invalid(member.key, expected: "a language of a display text; write 'kk', 'ru' or 'en'"),
          at: member.keyPosition, path: path.appending(member.key))
      }
      guard !translations.contains(where: { $0.language == language }) else {
        throw JSONDecodingError(
          .duplicateField(member.key), at: member.keyPosition, path: path.appending(member.key))
      }
      let text = try JSONField(member.value, in: path, at: .key(member.key)).string()
      translations.append(DisplayText.Translation(language, text))
    }
    guard let text = DisplayText(translations) else {
      throw error(
        .invalid("{}", expected: "a display text; give at least one language, like {\"kk\": \"…\"}")
      )
    }
    return text
  }
}

extension DisplayText {
  /// The text as the record writes it: a string, or its languages in the order given.
  var jsonValue: JSONValue {
    guard let translations else { return .string(text) }
    return .object(translations.map { ($0.language.rawValue, .string($0.text)) })
  }
}
