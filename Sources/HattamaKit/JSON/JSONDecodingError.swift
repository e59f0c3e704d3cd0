/// A document that is not a valid `hattama.record/1` record (or methodology file), with the
/// line, column and path of the first problem.
///
/// Decoding stops at the first problem: a record that cannot be read cannot be audited. What
/// *can* be read but breaks a rule (an even composition, a vote by the secretary, a score of
/// `"5.01"`) is not an error here; the checks report it as a finding.
public struct JSONDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, with the values its message names.
  public var problem: Problem
  /// Where the offending value or key starts; where the object starts for a missing field.
  public var position: JSONPosition
  /// The offending value, `cases[0].score`; for a missing field, the object that lacks it.
  public var path: JSONPath

  /// The 1-based line of `position`.
  public var line: Int { position.line }
  /// The 1-based column of `position`, counted in Unicode scalars as an editor shows it.
  public var column: Int { position.column }

  package init(_ problem: Problem, at position: JSONPosition, path: JSONPath) {
    self.problem = problem
    self.position = position
    self.path = path
  }

  init(_ error: JSONSyntaxError) {
    self.init(.syntax(error.problem), at: error.position, path: error.path)
  }

  /// What is wrong.
  public enum Problem: Sendable, Equatable {
    /// The bytes are not JSON.
    case syntax(JSONSyntaxProblem)
    /// A key the format does not define, with the nearest allowed key if one is near; the
    /// allowed keys in their order, for the message when none is.
    case unknownField(String, suggestion: String?, allowed: [String])
    /// A key the format requires is absent from the object at `path`.
    case missingField(String)
    /// A key written twice in one object (a motion's votes excepted).
    case duplicateField(String)
    /// `expected` and `found` as messages word them: "a string", "an array".
    case wrongType(expected: Phrase, found: Phrase)
    /// Text that is not a date `YYYY-MM-DD` of the calendar (the text as given).
    case invalidDate(String)
    /// Text that is no number at all; a number outside 0–5 or with more decimals is read and
    /// reported by the audit instead.
    case invalidScore(String)
    /// A word that is not one of the allowed ones (a kind, a sanction, a vote).
    case invalidValue(String, allowed: [String])
    /// A value of the right type but the wrong shape; `expected` completes "is not …".
    case invalid(String, expected: Phrase)
    /// An id already given to another person, case or motion, at `firstAt`.
    case duplicateID(String, firstAt: JSONPath)
    /// An id that names no person or case of the record.
    case unknownReference(String, kind: ReferenceKind)
    /// A methodology describes the rules of one kind of body twice; the first at `firstAt`.
    case duplicateBody(String, firstAt: JSONPath)
    /// `format` is not the one this reader reads.
    case wrongFormat(found: String, expected: String)
    /// A `confirm` motion carries a `score` or `category`, which only a correction has.
    case scoreOnConfirm(field: String)
    /// Two fields of which an object may have one: `score` and `category`.
    case conflictingFields(String, String)
    /// None of the fields that give a result; `expected` names them.
    case missingResult(expected: Phrase)
    /// A result of the other kind than the case's: a score for a case graded by category, or
    /// the reverse.
    case wrongScale(caseID: String, caseScale: String, field: String)
  }

  /// What an id is expected to name.
  public enum ReferenceKind: String, Sendable, Equatable {
    /// A person id, which `people` must define.
    case person
    /// A case id, which `cases` must define.
    case `case`
  }

  /// The problem in one sentence, without its place, in English.
  public var message: String { problemPhrase.en }

  /// The problem in one sentence of each language, without its place: what is wrong and what
  /// to write instead.
  public var problemPhrase: Phrase {
    switch problem {
    case .syntax(let syntax):
      return syntax.phrase
    case .unknownField(let key, let suggestion?, _):
      return Phrase(
        kk: "'\(key)' — белгісіз өріс; мүмкін, '\(suggestion)'?",
        ru: "неизвестное поле '\(key)'; возможно, имелось в виду '\(suggestion)'?",
        en: "unknown field '\(key)'; did you mean '\(suggestion)'?")
    case .unknownField(let key, nil, let allowed):
      return Phrase(
        kk: "'\(key)' — белгісіз өріс; мұнда рұқсат етілген өрістер: "
          + "\(Self.list(allowed, "және")).",
        ru: "неизвестное поле '\(key)'; здесь допустимы поля \(Self.list(allowed, "и")).",
        en: "unknown field '\(key)'; the fields allowed here are \(Self.list(allowed, "and")).")
    case .missingField(let key):
      return Phrase(
        kk: "міндетті '\(key)' өрісі жоқ; оны қосыңыз.",
        ru: "нет обязательного поля '\(key)'; добавьте его.",
        en: "the required field '\(key)' is missing; add it.")
    case .duplicateField(let key):
      return Phrase(
        kk: "'\(key)' өрісі бұл нысанда бірнеше рет кездеседі; біреуін қалдырыңыз.",
        ru: "поле '\(key)' встречается в этом объекте несколько раз; оставьте одно.",
        en: "the field '\(key)' appears more than once in this object; keep one.")
    case .wrongType(let expected, let found):
      return Phrase(
        kk: "\(expected.kk) күтілген, бірақ мынау тұр: \(found.kk).",
        ru: "ожидалось: \(expected.ru), а найдено: \(found.ru).",
        en: "expected \(expected.en), found \(found.en).")
    case .invalidDate(let text):
      return Phrase(
        kk: "'\(text)' күн емес; оны YYYY-MM-DD түрінде жазыңыз, мысалы \"2025-10-24\".",
        ru: "'\(text)' не дата; пишите её как YYYY-MM-DD, например \"2025-10-24\".",
        en: "'\(text)' is not a date; write it as YYYY-MM-DD, like \"2025-10-24\".")
    case .invalidScore(let text):
      return Phrase(
        kk: "'\(text)' баға емес; оны \"3.40\" сияқты жазыңыз.",
        ru: "'\(text)' не оценка; пишите её как \"3.40\".",
        en: "'\(text)' is not a score; write it like \"3.40\".")
    case .invalidValue(let text, let allowed):
      return Phrase(
        kk: "мұнда '\(text)' жазуға болмайды; жазыңыз: \(Self.list(allowed, "немесе")).",
        ru: "'\(text)' здесь недопустимо; пишите \(Self.list(allowed, "или")).",
        en: "'\(text)' is not allowed here; write \(Self.list(allowed, "or")).")
    case .invalid(let text, let expected):
      return Phrase(
        kk: "'\(text)' жарамсыз: күтілгені — \(expected.kk).",
        ru: "'\(text)' не подходит: ожидалось \(expected.ru).",
        en: "'\(text)' is not \(expected.en).")
    case .duplicateID(let id, let first):
      return Phrase(
        kk: "'\(id)' сәйкестендіргіші \(first) орнында қолданылған; әрқайсысына өз "
          + "сәйкестендіргішін беріңіз.",
        ru: "идентификатор '\(id)' уже использован в \(first); дайте каждому свой идентификатор.",
        en: "the id '\(id)' is already used at \(first); give each one an id of its own.")
    case .unknownReference(let id, .person):
      return Phrase(
        kk: "'\(id)' 'people' ішіндегі ешкімді атамайды; адамды қосыңыз немесе сәйкестендіргішті "
          + "түзетіңіз.",
        ru: "'\(id)' не называет никого в 'people'; добавьте лицо или исправьте идентификатор.",
        en: "'\(id)' names no person in 'people'; add the person or correct the id.")
    case .unknownReference(let id, .case):
      return Phrase(
        kk: "'\(id)' 'cases' ішіндегі ешбір істі атамайды; істі қосыңыз немесе сәйкестендіргішті "
          + "түзетіңіз.",
        ru: "'\(id)' не называет ни одного дела в 'cases'; добавьте дело или исправьте "
          + "идентификатор.",
        en: "'\(id)' names no case in 'cases'; add the case or correct the id.")
    case .duplicateBody(let kind, let first):
      return Phrase(
        kk: "'\(kind)' органының ережелері \(first) орнында берілген; әр түрді бір рет беріңіз.",
        ru: "правила органа '\(kind)' уже даны в \(first); дайте каждый вид один раз.",
        en: "the rules for a '\(kind)' body are already given at \(first); give each kind once.")
    case .wrongFormat(let found, let expected):
      return Phrase(
        kk: "'\(found)' — бұл құрал оқитын формат емес; \"\(expected)\" деп жазыңыз.",
        ru: "'\(found)' — не формат, который читает эта программа; пишите \"\(expected)\".",
        en: "'\(found)' is not a format this tool reads; write \"\(expected)\".")
    case .scoreOnConfirm(let field):
      return Phrase(
        kk: "'confirm' ұсынысы бағалаушының нәтижесін қалдырады және '\(field)' алмайды; оны алып "
          + "тастаңыз немесе түрін 'correct' етіңіз.",
        ru: "предложение 'confirm' сохраняет результат оценивающего и не принимает '\(field)'; "
          + "удалите его или сделайте вид 'correct'.",
        en: "a 'confirm' motion keeps the evaluator's result and takes no '\(field)'; remove it, "
          + "or make the kind 'correct'.")
    case .conflictingFields(let first, let second):
      return Phrase(
        kk: "'\(first)' және '\(second)' — нәтиженің екі түрі; екеуін емес, біреуін беріңіз.",
        ru: "'\(first)' и '\(second)' — два вида результата; дайте один из них, а не оба.",
        en: "'\(first)' and '\(second)' are two kinds of result; give one of them, not both.")
    case .missingResult(let expected):
      return Phrase(
        kk: "нәтиже берілмеген; қосыңыз: \(expected.kk).",
        ru: "результат не указан; добавьте \(expected.ru).",
        en: "no result is given; add \(expected.en).")
    case .wrongScale(let caseID, let caseScale, let field):
      let by =
        caseScale == EvaluationResult.Scale.category.rawValue
        ? Phrase(kk: "санатпен", ru: "категорией", en: caseScale)
        : Phrase(kk: "балмен", ru: "оценкой в баллах", en: caseScale)
      return Phrase(
        kk: "'\(caseID)' ісі \(by.kk) бағаланады, сондықтан '\(field)' қолданылмайды; нәтижесін "
          + "\(by.kk) беріңіз.",
        ru: "дело '\(caseID)' оценивается \(by.ru), поэтому '\(field)' неприменимо; дайте его "
          + "результат \(by.ru).",
        en: "case '\(caseID)' is graded by \(caseScale), so '\(field)' does not apply; "
          + "give its result by \(caseScale).")
    }
  }

  /// `line 12, column 7, cases[0].score: '3.4x' is not a score; write it like "3.40".` The
  /// caller puts the file name in front.
  public var description: String {
    "\(position)\(path.isRoot ? "" : ", \(path)"): \(message)"
  }

  /// The place and the problem in each language: «12-жол, 7-баған, cases[0].score: …».
  public var phrase: Phrase {
    position.phrase + Phrase(verbatim: path.isRoot ? ": " : ", \(path): ") + problemPhrase
  }

  /// `'a', 'b' or 'c'`.
  private static func list(_ words: [String], _ conjunction: String) -> String {
    let quoted = words.map { "'\($0)'" }
    guard let last = quoted.last else { return "—" }
    if quoted.count == 1 { return last }
    return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}

/// The error `Record.decode(_:)` throws.
public typealias RecordDecodingError = JSONDecodingError
