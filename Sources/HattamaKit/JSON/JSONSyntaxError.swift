/// Bytes that are not a JSON document (RFC 8259), with where the parser stopped.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong with the bytes.
  public var problem: JSONSyntaxProblem
  /// Where the parser stopped: the first byte that is not JSON.
  public var position: JSONPosition
  /// The container the parser was in, `people[1]`; the root when the problem is outside one.
  public var path: JSONPath

  package init(_ problem: JSONSyntaxProblem, at position: JSONPosition, path: JSONPath = .root) {
    self.problem = problem
    self.position = position
    self.path = path
  }

  /// `line 3, column 9: expected ':' after an object key.`
  public var description: String {
    "\(position)\(path.isRoot ? "" : ", \(path)"): \(problem.message)"
  }

  /// The position, the path and the problem in each language.
  public var phrase: Phrase {
    position.phrase + Phrase(verbatim: path.isRoot ? ": " : ", \(path): ") + problem.phrase
  }

  /// The column, the path and the problem, without the line and the final period, for a
  /// document that is one line of a file whose number the caller names (a journal line):
  /// `column 9, present: expected ',' or ']' after an array element, found '}'`.
  public var descriptionInLine: String { phraseInLine.en }

  /// ``descriptionInLine`` in each language: «9-баған, present: …».
  public var phraseInLine: Phrase {
    let column = position.column
    return Phrase(kk: "\(column)-баған", ru: "столбец \(column)", en: "column \(column)")
      + Phrase(verbatim: path.isRoot ? ": " : ", \(path): ")
      + problem.phrase.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
  }
}

/// What is wrong with the bytes; ``message`` is the one place it becomes a sentence.
public enum JSONSyntaxProblem: Sendable, Equatable {
  /// The input holds nothing but white space.
  case empty
  /// A value was expected; `found` is what stood there, as `describe(found:)` writes it.
  case expectedValue(found: String)
  /// The input ended where a value was expected.
  case endWhereValueExpected
  /// An object's key (a string) or its end was expected.
  case expectedKey(found: String)
  /// The colon after an object's key was expected.
  case expectedColon(found: String)
  /// A comma or the end of the object, `}`, was expected.
  case expectedCommaOrObjectEnd(found: String)
  /// A comma or the end of the array, `]`, was expected.
  case expectedCommaOrArrayEnd(found: String)
  /// A comma followed by `]` or `}`, which JSON does not allow.
  case trailingComma(before: Character)
  /// A value, then more than white space.
  case trailingContent(found: String)
  /// A number that RFC 8259's grammar does not allow (`01`, `1.`, `+1`).
  case invalidNumber(String)
  /// A string whose closing quote never came.
  case unterminatedString
  /// A byte below U+0020 inside a string; JSON requires it escaped.
  case controlCharacter(UInt8)
  /// A backslash followed by something that is no escape, `\x`.
  case invalidEscape(String)
  /// `\u` not followed by four hexadecimal digits.
  case invalidUnicodeEscape(String)
  /// A `\uD800`–`\uDFFF` escape that is not half of a surrogate pair.
  case unpairedSurrogate(String)
  /// Bytes that are not UTF-8.
  case invalidUTF8
  /// Objects and arrays nested deeper than the parser's limit.
  case tooDeep(limit: Int)

  /// One sentence, without the final period's location prefix, in English.
  public var message: String { phrase.en }

  /// One sentence in each language, without the location prefix.
  public var phrase: Phrase {
    switch self {
    case .empty:
      Phrase(
        kk: "құжат бос; JSON құжатында бір мән болады, мысалы '{…}' нысаны.",
        ru: "документ пуст; документ JSON содержит одно значение, например объект '{…}'.",
        en: "the document is empty; a JSON document holds one value, such as an object '{…}'.")
    case .expectedValue(let found):
      Self.expected(
        Phrase(
          kk: "мән (нысан, массив, мәтіндік мән, сан, true, false немесе null)",
          ru: "значение (объект, массив, строковое значение, число, true, false или null)",
          en: "a value (an object, array, string, number, true, false or null)"), found: found)
    case .endWhereValueExpected:
      Phrase(
        kk: "құжат мән күтілген жерде аяқталады; ол қиылып қалған болуы мүмкін.",
        ru: "документ обрывается там, где ожидалось значение; возможно, он обрезан.",
        en: "the document ends where a value was expected; it may have been cut off.")
    case .expectedKey(let found):
      Self.expected(
        Phrase(
          kk: "қос тырнақшадағы кілт", ru: "ключ в двойных кавычках",
          en: "a key in double quotes"), found: found)
    case .expectedColon(let found):
      Self.expected(
        Phrase(
          kk: "нысан кілтінен кейін ':'", ru: "':' после ключа объекта",
          en: "':' after an object key"), found: found)
    case .expectedCommaOrObjectEnd(let found):
      Self.expected(
        Phrase(
          kk: "нысан мүшесінен кейін ',' немесе '}'", ru: "',' или '}' после члена объекта",
          en: "',' or '}' after an object member"), found: found)
    case .expectedCommaOrArrayEnd(let found):
      Self.expected(
        Phrase(
          kk: "массив элементінен кейін ',' немесе ']'", ru: "',' или ']' после элемента массива",
          en: "',' or ']' after an array element"), found: found)
    case .trailingComma(let bracket):
      Phrase(
        kk: "JSON-да '\(bracket)' алдында үтір қоюға болмайды; оны алып тастаңыз.",
        ru: "запятая перед '\(bracket)' в JSON недопустима; удалите её.",
        en: "a comma before '\(bracket)' is not allowed in JSON; remove it.")
    case .trailingContent(let found):
      Self.expected(
        Phrase(
          kk: "мәннен кейін құжаттың соңы", ru: "конец документа после его значения",
          en: "the end of the document after its value"), found: found)
    case .invalidNumber(let text):
      Phrase(
        kk: "'\(text)' JSON саны емес; цифрларды жазыңыз, қажет болса '-', '.' және дәрежемен.",
        ru: "'\(text)' не число JSON; пишите цифры с необязательными '-', '.' и порядком.",
        en: "'\(text)' is not a JSON number; write digits with an optional '-', '.' and exponent.")
    case .unterminatedString:
      Phrase(
        kk: "мәтіндік мән жабылмаған; жетіспейтін '\"' қосыңыз.",
        ru: "строковое значение не закрыто; добавьте недостающую '\"'.",
        en: "the string is not closed; add the missing '\"'.")
    case .controlCharacter(0x0A):
      Phrase(
        kk: "мәтіндік мәнде жол ауысуы бар; оны '\\n' деп жазыңыз немесе мәнді оның алдында "
          + "жабыңыз.",
        ru: "в строковом значении есть перенос строки; запишите его как '\\n' или закройте "
          + "значение перед ним.",
        en: "a string holds a line break; write it as '\\n', or close the string before it.")
    case .controlCharacter(0x09):
      Phrase(
        kk: "мәтіндік мәнде табуляция бар; оны '\\t' деп жазыңыз.",
        ru: "в строковом значении есть табуляция; запишите её как '\\t'.",
        en: "a string holds a tab; write it as '\\t'.")
    case .controlCharacter(let byte):
      Self.controlCharacter(JSONSyntaxProblem.hex(byte))
    case .invalidEscape(let text):
      Phrase(
        kk: "'\(text)' экрандау емес; \\\" \\\\ \\/ \\b \\f \\n \\r \\t немесе \\uXXXX қолданыңыз.",
        ru: "'\(text)' не экранирование; используйте \\\" \\\\ \\/ \\b \\f \\n \\r \\t или "
          + "\\uXXXX.",
        en: "'\(text)' is not an escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX.")
    case .invalidUnicodeEscape(let text):
      Phrase(
        kk: "'\(text)' \\u экрандауы емес; төрт он алтылық цифр жазыңыз, мысалы '\\u00e9'.",
        ru: "'\(text)' не экранирование \\u; напишите четыре шестнадцатеричные цифры, как "
          + "'\\u00e9'.",
        en: "'\(text)' is not a \\u escape; write four hexadecimal digits, as '\\u00e9'.")
    case .unpairedSurrogate(let text):
      Phrase(
        kk: "'\(text)' — суррогат жұбының екінші жартысы жоқ жартысы; жұпты толық жазыңыз.",
        ru: "'\(text)' — половина суррогатной пары без второй половины; запишите пару целиком.",
        en: "'\(text)' is half of a surrogate pair without its other half; write the whole pair.")
    case .invalidUTF8:
      Phrase(
        kk: "мұндағы байттар UTF-8 емес; файлды UTF-8 түрінде сақтаңыз.",
        ru: "байты здесь не в кодировке UTF-8; сохраните файл в UTF-8.",
        en: "the bytes here are not UTF-8; save the file as UTF-8.")
    case .tooDeep(let limit):
      Phrase(
        kk: "нысандар мен массивтер \(limit) деңгейден терең салынған; жазбаға бұл ешқашан қажет "
          + "емес.",
        ru: "объекты и массивы вложены глубже \(limit) уровней; записи это никогда не нужно.",
        en: "objects and arrays are nested more than \(limit) deep; a record never needs that.")
    }
  }

  /// "expected ':' after an object key, found '1'."
  private static func expected(_ what: Phrase, found: String) -> Phrase {
    let found = foundPhrase(found)
    return Phrase(
      kk: "\(what.kk) күтілген, бірақ мынау тұр: \(found.kk).",
      ru: "ожидалось: \(what.ru), а найдено: \(found.ru).",
      en: "expected \(what.en), found \(found.en).")
  }

  private static func controlCharacter(_ hex: String) -> Phrase {
    let escape = "'\\u00\(hex.dropFirst(2))'"
    return Phrase(
      kk: "мәтіндік мәнде \(hex) басқару таңбасы бар; оны \(escape) деп жазыңыз.",
      ru: "в строковом значении есть управляющий символ \(hex); запишите его как \(escape).",
      en: "a string holds the control character \(hex); write it as \(escape).")
  }

  /// What ``describe(found:)`` wrote, in each language: a quoted character reads the same in
  /// all three; the words for the end, a line break, a tab, a control character or a byte are
  /// those of ``FoundWords``.
  static func foundPhrase(_ found: String) -> Phrase {
    for word in [FoundWords.end, FoundWords.lineBreak, FoundWords.tab] where found == word.en {
      return word
    }
    for word in [FoundWords.controlCharacter, FoundWords.byte] where found.hasPrefix(word.en + " ")
    {
      let hex = found.dropFirst(word.en.count + 1)
      return Phrase(kk: "\(hex) \(word.kk)", ru: "\(word.ru) \(hex)", en: found)
    }
    return Phrase(verbatim: found)
  }

  /// How a message names what stood at a place when it is no character to quote.
  enum FoundWords {
    static let end = Phrase(
      kk: "құжаттың соңы", ru: "конец документа", en: "the end of the document")
    static let lineBreak = Phrase(kk: "жол ауысуы", ru: "перенос строки", en: "a line break")
    static let tab = Phrase(kk: "табуляция", ru: "табуляция", en: "a tab")
    /// Followed by the character's code: «0x01 басқару таңбасы», «управляющий символ 0x01».
    static let controlCharacter = Phrase(
      kk: "басқару таңбасы", ru: "управляющий символ", en: "the control character")
    static let byte = Phrase(kk: "байты", ru: "байт", en: "byte")
  }

  /// How a message names what stood at a place: `'x'`, `'ж'`, `byte 0xFF`, `the end of the
  /// document`.
  static func describe(found bytes: ArraySlice<UInt8>) -> String {
    guard let first = bytes.first else { return FoundWords.end.en }
    if first < 0x20 || first == 0x7F {
      switch first {
      case 0x0A: return FoundWords.lineBreak.en
      case 0x09: return FoundWords.tab.en
      default: return "\(FoundWords.controlCharacter.en) \(hex(first))"
      }
    }
    if first < 0x80 { return "'\(Character(Unicode.Scalar(first)))'" }
    if let (scalar, _) = UTF8Scan.scalar(in: bytes) { return "'\(Character(scalar))'" }
    return "\(FoundWords.byte.en) \(hex(first))"
  }

  fileprivate static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }
}
