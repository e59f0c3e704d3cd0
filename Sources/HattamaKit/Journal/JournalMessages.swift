// Every text the journal shows a person, in one place (STYLE: errors rendered in one place).
// Phrases start in lowercase: the command line puts them into its sentence, after the file's
// name ("'J.jsonl': line 5 was changed after line 6 was written …").

extension ChainReport {
  /// One line: intact with its anchor, or the first thing wrong.
  public var message: Phrase {
    var text: Phrase
    if let firstBreak {
      text = Phrase(kk: "өзгертілген: ", ru: "изменён: ", en: "tampered: ") + firstBreak.message
    } else if let expected, let anchorMismatch {
      text =
        Phrase(
          kk: "\(expected) бақылау белгісіне сәйкес келмейді: ",
          ru: "не совпадает с контрольной отметкой \(expected): ",
          en: "does not match the anchor \(expected): ")
        + anchorMismatch.message(expected: expected)
    } else if let anchor {
      let events = Phrase.counted(
        lineCount, kk: "оқиға", ru: ("событие", "события", "событий"), en: ("event", "events"))
      text =
        Phrase(kk: "бүтін: ", ru: "цел: ", en: "intact: ") + events
        + Phrase(
          kk: ", бақылау белгісі \(anchor)", ru: ", контрольная отметка \(anchor)",
          en: ", anchor \(anchor)")
    } else {
      text = Phrase(kk: "бос", ru: "пуст", en: "empty")
    }
    if let tornTail {
      text =
        text + Phrase(kk: "; соңында ", ru: "; в конце ", en: "; it ends in ") + tornTail.message
    }
    return text
  }
}

extension ChainBreak {
  /// What is wrong at the line the chain breaks.
  public var message: Phrase {
    let before = line - 1
    switch reason {
    case .missingOpen:
      return Phrase(
        kk: "журналда бірде-бір толық жол жоқ: ол ашылмаған немесе бірінші жолы кесілген",
        ru: "в журнале нет ни одной полной строки: он не был открыт или его первая строка обрезана",
        en: "the journal has no complete line: it was never opened, or its first line was cut")
    case .notOpen:
      return Phrase(
        kk: "1-жол журналдың 'open' оқиғасы емес", ru: "строка 1 — не событие журнала 'open'",
        en: "line 1 is not the journal's 'open' event")
    case .misplacedOpen:
      return Phrase(
        kk: "\(line)-жол — екінші 'open' оқиғасы", ru: "строка \(line) — второе событие 'open'",
        en: "line \(line) is a second 'open' event")
    case .malformed(let error):
      return Phrase(
        kk: "\(line)-жол журнал жазатын оқиға емес: ",
        ru: "строка \(line) — не событие в той форме, в какой его пишет журнал: ",
        en: "line \(line) is not an event as the journal writes it: ") + error.message
    case .splicedOrEdited:
      return Phrase(
        kk: "\(line)-жолда \(before)-жолдың хэші жоқ, ал одан кейінгі жолдар оған сәйкес: "
          + "\(before)-жол \(line)-жол жазылғаннан кейін өзгертілген немесе \(line)-жолдан "
          + "бастап жолдар басқа журналдан көшірілген",
        ru: "строка \(line) не содержит хэш строки \(before), хотя следующие за ней строки "
          + "продолжают её: строка \(before) изменена после записи строки \(line), или строки "
          + "начиная с \(line) скопированы из другого журнала",
        en: "line \(line) does not carry the hash of line \(before), though the lines after it "
          + "follow it: line \(before) was changed after line \(line) was written, or the lines "
          + "from \(line) on were copied from another journal")
    case .seqChanged(let found, let expected):
      return Phrase(
        kk: "\(line)-жол өзгертілген: оның seq мәні \(expected) болуы керек еді, ал \(found)",
        ru: "строка \(line) изменена: её seq равен \(found), а ожидался \(expected)",
        en: "line \(line) was changed: its seq is \(found) where \(expected) was expected")
    case .removed(let first, let count) where count == 1:
      return Phrase(
        kk: "\(line)-жолдың алдындағы seq \(first) жолы жойылған",
        ru: "перед строкой \(line) удалена строка с seq \(first)",
        en: "the line with seq \(first) was removed before line \(line)")
    case .removed(let first, let count):
      let last = first + count - 1
      return Phrase(
        kk: "\(line)-жолдың алдындағы seq \(first)–\(last) жолдары жойылған",
        ru: "перед строкой \(line) удалены строки с seq от \(first) до \(last)",
        en: "the lines with seq \(first) to \(last) were removed before line \(line)")
    case .reordered(let found, let expected):
      return Phrase(
        kk: "\(line)-жолдың орны ауысқан: оның seq мәні \(expected) болуы керек еді, ал \(found)",
        ru: "строка \(line) не на своём месте: её seq равен \(found), а ожидался \(expected)",
        en: "line \(line) is out of order: it has seq \(found) where \(expected) was expected")
    case .foreign:
      return Phrase(
        kk: "\(line)-жол бұл журналға жатпайды: ол қосылған, ауыстырылған немесе басқа "
          + "журналдан көшірілген",
        ru: "строка \(line) не принадлежит журналу: она вставлена, заменена или скопирована из "
          + "другого журнала",
        en: "line \(line) does not belong here: it was inserted, replaced or copied from another "
          + "journal")
    case .unlinked:
      return Phrase(
        kk: "\(line)-жол \(before)-жолдың жалғасы емес: \(before)-жол өзгертілген немесе "
          + "\(line)-жол ауыстырылған",
        ru: "строка \(line) не продолжает строку \(before): строка \(before) изменена или строка "
          + "\(line) заменена",
        en: "line \(line) does not follow line \(before): line \(before) was changed or line "
          + "\(line) replaced")
    }
  }
}

extension AnchorMismatch {
  /// What differs from the anchor `expected`.
  ///
  /// - Parameter expected: The anchor the reviewer was given (`--expect N:HEX`).
  /// - Returns: The sentence naming the events and head found against those expected.
  public func message(expected: JournalAnchor) -> Phrase {
    let events = expected.events
    switch self {
    case .tooFewLines(let found):
      return Phrase(kk: "журналда ", ru: "в журнале ", en: "the journal has ")
        + Phrase.counted(found, kk: "жол", ru: ("строка", "строки", "строк"), en: ("line", "lines"))
        + Phrase(
          kk: ", бақылау белгісі тіркеген \(events) жолдан аз: соңындағы жолдар кесілген",
          ru: " — меньше, чем \(events) по контрольной отметке: строки в конце обрезаны",
          en: ", fewer than the \(events) the anchor records: lines were cut off its end")
    case .brokenBefore(let chainBreak):
      return Phrase(
        kk: "тізбек \(events)-жолда немесе одан бұрын үзілген: ",
        ru: "цепочка разорвана в строке \(events) или раньше: ",
        en: "the chain is broken at or before line \(events): ") + chainBreak.message
    case .headDiffers(let found):
      return Phrase(
        kk: "\(events)-жолдың хэші \(expected.head) емес, \(found.hex): ол өзгертілген немесе "
          + "файл қайта жазылған",
        ru: "хэш строки \(events) равен \(found.hex), а не \(expected.head): она изменена или "
          + "файл переписан",
        en: "line \(events) hashes to \(found.hex), not \(expected.head): it was changed, "
          + "or the file rewritten")
    }
  }
}

extension TornTail {
  /// "a torn line of 12 bytes (a write cut short)".
  public var message: Phrase {
    let bytes = Phrase.counted(
      byteCount, kk: "байт", ru: ("байт", "байта", "байт"), en: ("byte", "bytes"))
    return Phrase(kk: "үзілген жол (", ru: "оборванная строка (", en: "a torn line of ")
      + bytes
      + Phrase(
        kk: "; жазу аяқталмай қалған)", ru: "; запись прервана)", en: " (a write cut short)")
  }
}

extension JournalLineError {
  /// Why a line is not an event as the journal writes it.
  public var message: Phrase {
    switch self {
    case .notJSON(let error):
      // The JSON layer's own sentence, in the same language.
      Phrase(kk: "ол JSON емес (", ru: "это не JSON (", en: "it is not JSON (")
        + error.phraseInLine + Phrase(verbatim: ")")
    case .notAnObject:
      Phrase(kk: "ол JSON объектісі емес", ru: "это не объект JSON", en: "it is not a JSON object")
    case .duplicateKey(let key):
      Phrase(
        kk: "'\(key)' кілті екі рет кездеседі", ru: "ключ '\(key)' встречается дважды",
        en: "key '\(key)' appears twice")
    case .missingKey(let key):
      Phrase(kk: "'\(key)' кілті жоқ", ru: "нет ключа '\(key)'", en: "key '\(key)' is missing")
    case .unexpectedKey(let key):
      Phrase(
        kk: "'\(key)' кілті бұл оқиғаға жатпайды", ru: "ключ '\(key)' не относится к этому событию",
        en: "key '\(key)' is not part of this event")
    case .wrongType(let key, let expected):
      Phrase(
        kk: "'\(key)' кілтінде ", ru: "в ключе '\(key)' должно быть ",
        en: "key '\(key)' should hold ")
        + expected.message + Phrase(kk: " болуы керек", ru: "", en: "")
    case .invalidValue(let key, let value, let expected):
      Phrase(
        kk: "'\(key)' кілтінде '\(value)' тұр, бұл — ",
        ru: "в ключе '\(key)' стоит '\(value)', а это не ",
        en: "key '\(key)' has '\(value)', which is not ")
        + expected.message + Phrase(kk: " емес", ru: "", en: "")
    case .unknownType(let type):
      Phrase(
        kk: "'\(type)' — оқиға түрі емес", ru: "'\(type)' — не тип события",
        en: "'\(type)' is not an event type")
    case .unsupportedFormat(let format):
      Phrase(
        kk: "онда журнал форматы '\(JournalLine.format)' емес, '\(format)' деп көрсетілген",
        ru: "в ней указан формат журнала '\(format)', а не '\(JournalLine.format)'",
        en: "it names the journal format '\(format)', not '\(JournalLine.format)'")
    case .unsupportedHash(let hash):
      Phrase(
        kk: "онда хэш '\(JournalLine.hashAlgorithm)' емес, '\(hash)' деп көрсетілген",
        ru: "в ней указан хэш '\(hash)', а не '\(JournalLine.hashAlgorithm)'",
        en: "it names the hash '\(hash)', not '\(JournalLine.hashAlgorithm)'")
    case .notCanonical:
      Phrase(
        kk: "оның байттары журнал жазатын пішіннен өзгеше, яғни ол қолмен өзгертілген",
        ru: "её байты отличаются от формы, в которой пишет журнал: она изменена вручную",
        en: "its bytes differ from the form the journal writes, so it was edited by hand")
    case .tooLong(let limit):
      Phrase(
        kk: "ол \(limit) байттан ұзын, журнал жолы бұдан ұзын бола алмайды (файл бүлінген "
          + "немесе журнал емес)",
        ru: "она длиннее \(limit) байт — наибольшей длины строки журнала (файл повреждён или "
          + "это не журнал)",
        en: "it is longer than \(limit) bytes, the most a journal line may have (a damaged "
          + "file, or not a journal)")
    }
  }
}

extension JournalValueKind {
  /// What a key should hold: "a positive whole number".
  public var message: Phrase {
    switch self {
    case .string: Phrase(kk: "жол (string)", ru: "строка", en: "a string")
    case .positiveInteger:
      Phrase(kk: "оң бүтін сан", ru: "положительное целое число", en: "a positive whole number")
    case .stringList: Phrase(kk: "жолдар тізімі", ru: "список строк", en: "a list of strings")
    case .object: Phrase(kk: "JSON объектісі", ru: "объект JSON", en: "a JSON object")
    case .date: Phrase(kk: "ЖЖЖЖ-АА-КК күні", ru: "дата ГГГГ-ММ-ДД", en: "a date YYYY-MM-DD")
    case .score:
      Phrase(kk: "'3.80' сияқты баға", ru: "оценка вида '3.80'", en: "a score such as '3.80'")
    case .category:
      Phrase(
        kk: "санат, 1-ден 4-ке дейінгі бүтін сан", ru: "категория, целое число от 1 до 4",
        en: "a category, a whole number from 1 to 4")
    case .kpiMet:
      Phrase(
        kk: "орындалған НМИ саны, 0-ден 5-ке дейінгі бүтін сан",
        ru: "число достигнутых ЦИ, целое число от 0 до 5",
        en: "a number of targets met, a whole number from 0 to 5")
    case .voteChoice:
      Phrase(
        kk: "'for', 'against' немесе 'abstain'", ru: "'for', 'against' или 'abstain'",
        en: "'for', 'against' or 'abstain'")
    case .motionKind:
      Phrase(
        kk: "'confirm' немесе 'correct'", ru: "'confirm' или 'correct'",
        en: "'confirm' or 'correct'")
    case .digest:
      Phrase(
        kk: "64 кіші әріпті он алтылық цифр", ru: "64 шестнадцатеричные цифры в нижнем регистре",
        en: "64 lowercase hex digits")
    case .nonce:
      Phrase(
        kk: "32 кіші әріпті он алтылық цифр", ru: "32 шестнадцатеричные цифры в нижнем регистре",
        en: "32 lowercase hex digits")
    }
  }
}

extension JournalDraftError {
  /// Why the draft given to `open` cannot be carried in line 1.
  public var message: Phrase {
    switch self {
    case .invalidJSON(let error):
      // The JSON layer's own sentence, with the line and column, in the same language.
      error.phrase
    case .notAnObject:
      Phrase(
        kk: "жоба JSON объектісі '{…}' емес.", ru: "проект — не объект JSON '{…}'.",
        en: "the draft is not a JSON object '{…}'.")
    }
  }
}

extension JournalAnchorError {
  /// Why a text is not an anchor `N:HEX`.
  public var message: Phrase {
    switch self {
    case .notAnAnchor(let text):
      Phrase(
        kk: "'\(text)' — N:HEX бақылау белгісі емес",
        ru: "'\(text)' — не контрольная отметка N:HEX",
        en: "'\(text)' is not an anchor N:HEX")
    case .badEventCount(let text):
      Phrase(
        kk: "'\(text)' оқиғалардың оң санынан басталмайды; бақылау белгісі N:HEX түрінде болады",
        ru: "'\(text)' не начинается с положительного числа событий; отметка имеет вид N:HEX",
        en: "'\(text)' does not start with a positive number of events; an anchor reads N:HEX")
    case .badHash(let text):
      Phrase(
        kk: "'\(text)' 64 он алтылық цифрмен аяқталмайды; бақылау белгісі N:HEX түрінде болады",
        ru: "'\(text)' не заканчивается 64 шестнадцатеричными цифрами; отметка имеет вид N:HEX",
        en: "'\(text)' does not end in 64 hex digits; an anchor reads N:HEX")
    }
  }
}
