extension JournalLine {
  /// Decodes one line's bytes, without its newline.
  ///
  /// Strict: unknown keys, missing keys, a journal format or hash other than this one's, and
  /// bytes other than the canonical form the journal writes for the event (`encoded()`) are all
  /// refused, so that a line changed by hand does not pass for one the journal wrote.
  ///
  /// - Throws: ``JournalLineError`` naming the first problem; bytes that are not JSON give the
  ///   ``JSONSyntaxError`` a record or a methodology file with those bytes gives.
  /// - Complexity: O(n) in the length of the line.
  ///
  /// - Parameter bytes: the line, without its newline.
  public init(decoding bytes: some Collection<UInt8>) throws(JournalLineError) {
    let bytes = Array(bytes)
    let value: JSONValue
    do {
      value = try JSONParser().parse(bytes)
    } catch {
      throw .notJSON(error)
    }
    guard case .object(let members) = value.content else { throw .notAnObject }
    var fields = try LineFields(members)
    let seq = try fields.positiveInteger("seq")
    let prev = try fields.optionalString("prev").map { (text) throws(JournalLineError) in
      guard text.utf8.count == 64, let digest = SHA256Digest(hex: text) else {
        throw .invalidValue(key: "prev", value: text, expected: .digest)
      }
      return digest
    }
    let event = try JournalLine.event(from: &fields, bytes: bytes)
    try fields.finish()
    self.init(seq: seq, prev: prev, event: event)
    guard encoded() == bytes else { throw .notCanonical }
  }

  private static func event(
    from fields: inout LineFields, bytes: [UInt8]
  ) throws(JournalLineError) -> JournalEvent {
    let type = try fields.string("type")
    switch type {
    case "open":
      let format = try fields.string("format")
      guard format == JournalLine.format else { throw .unsupportedFormat(format) }
      let hash = try fields.string("hash")
      guard hash == JournalLine.hashAlgorithm else { throw .unsupportedHash(hash) }
      let nonceText = try fields.string("nonce")
      guard let nonce = JournalNonce(hex: nonceText) else {
        throw .invalidValue(key: "nonce", value: nonceText, expected: .nonce)
      }
      let draft = try fields.objectBytes("draft")
      let methodology = try fields.optionalObjectBytes("methodology")
      return .open(
        nonce: nonce, draft: JournalDraft(compactJSON: Array(bytes[draft])),
        methodology: methodology.map { JournalMethodology(compactJSON: Array(bytes[$0])) })
    case "attend":
      let dateText = try fields.string("date")
      guard let date = Day(iso: dateText) else {
        throw .invalidValue(key: "date", value: dateText, expected: .date)
      }
      return .attend(date: date, present: try fields.stringList("present"))
    case "propose":
      let motion = try fields.string("motion")
      let caseID = try fields.string("case")
      let kindText = try fields.string("kind")
      let kind: MotionKind
      switch kindText {
      case "confirm":
        kind = .confirm
      case "correct":
        kind = .correct(try fields.correction())
      default:
        throw .invalidValue(key: "kind", value: kindText, expected: .motionKind)
      }
      let by = try fields.optionalString("by")
      return .propose(motion: motion, caseID: caseID, kind: kind, by: by)
    case "vote":
      let motion = try fields.string("motion")
      let member = try fields.string("member")
      let choiceText = try fields.string("choice")
      guard let choice = VoteChoice(rawValue: choiceText) else {
        throw .invalidValue(key: "choice", value: choiceText, expected: .voteChoice)
      }
      return .vote(motion: motion, member: member, choice: choice)
    case "tally":
      return .tally(motion: try fields.string("motion"))
    case "close":
      return .close(conclusion: try fields.optionalString("conclusion"))
    case "repair":
      let count = try fields.positiveInteger("bytes")
      let hashText = try fields.string("sha256")
      guard hashText.utf8.count == 64, let digest = SHA256Digest(hex: hashText) else {
        throw .invalidValue(key: "sha256", value: hashText, expected: .digest)
      }
      return .repair(tornBytes: count, tornSHA256: digest)
    default:
      throw .unknownType(type)
    }
  }
}

/// The members of a line's object, taken one key at a time; any left over are unexpected.
private struct LineFields {
  private var members: [JSONMember]

  init(_ members: [JSONMember]) throws(JournalLineError) {
    var seen: Set<String> = []
    for member in members where !seen.insert(member.key).inserted {
      throw .duplicateKey(member.key)
    }
    self.members = members
  }

  private mutating func take(_ key: String) -> JSONValue.Content? {
    guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
    return members.remove(at: index).value.content
  }

  /// The value of `key` as read, with the bytes it was read from.
  private mutating func takeValue(_ key: String) -> JSONValue? {
    guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
    return members.remove(at: index).value
  }

  mutating func optionalString(_ key: String) throws(JournalLineError) -> String? {
    guard let value = take(key) else { return nil }
    guard case .string(let text) = value else { throw .wrongType(key: key, expected: .string) }
    return text
  }

  mutating func string(_ key: String) throws(JournalLineError) -> String {
    guard let text = try optionalString(key) else { throw .missingKey(key) }
    return text
  }

  mutating func positiveInteger(_ key: String) throws(JournalLineError) -> Int {
    guard let value = take(key) else { throw .missingKey(key) }
    guard case .number(let text) = value else {
      throw .wrongType(key: key, expected: .positiveInteger)
    }
    guard text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
      let number = Int(text), number > 0
    else { throw .invalidValue(key: key, value: text, expected: .positiveInteger) }
    return number
  }

  mutating func stringList(_ key: String) throws(JournalLineError) -> [String] {
    guard let value = take(key) else { throw .missingKey(key) }
    guard case .array(let elements) = value else {
      throw .wrongType(key: key, expected: .stringList)
    }
    var strings: [String] = []
    for element in elements {
      guard case .string(let text) = element.content else {
        throw .wrongType(key: key, expected: .stringList)
      }
      strings.append(text)
    }
    return strings
  }

  mutating func objectBytes(_ key: String) throws(JournalLineError) -> Range<Int> {
    guard let range = try optionalObjectBytes(key) else { throw .missingKey(key) }
    return range
  }

  mutating func optionalObjectBytes(_ key: String) throws(JournalLineError) -> Range<Int>? {
    guard let value = takeValue(key) else { return nil }
    guard case .object = value.content else { throw .wrongType(key: key, expected: .object) }
    return value.byteRange
  }

  /// A correction's `score`, or its `category` and optional `kpiMet`.
  mutating func correction() throws(JournalLineError) -> EvaluationResult {
    guard let category = try optionalInteger("category", in: 1...4, expected: .category) else {
      let scoreText = try string("score")
      guard let score = try? ScoreInput(text: scoreText) else {
        throw .invalidValue(key: "score", value: scoreText, expected: .score)
      }
      return .score(score)
    }
    let kpiMet = try optionalInteger("kpiMet", in: 0...TargetCategory.targets, expected: .kpiMet)
    guard let value = TargetCategory(rawValue: category) else {
      throw .invalidValue(key: "category", value: String(category), expected: .category)
    }
    return .category(value, kpiMet: kpiMet)
  }

  mutating func optionalInteger(
    _ key: String, in range: ClosedRange<Int>, expected: JournalValueKind
  ) throws(JournalLineError) -> Int? {
    guard let value = take(key) else { return nil }
    guard case .number(let text) = value else { throw .wrongType(key: key, expected: expected) }
    guard text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
      text.utf8.count <= 4, let number = Int(text), range.contains(number)
    else { throw .invalidValue(key: key, value: text, expected: expected) }
    return number
  }

  /// Throws for the first key no accessor took.
  func finish() throws(JournalLineError) {
    if let member = members.first { throw .unexpectedKey(member.key) }
  }
}
