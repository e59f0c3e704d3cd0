import Testing

@testable import HattamaKit

// Expected lines are written out in full, as the protocol prints them, so some of them run
// past 100 columns.

/// The text protocol of the fixture in each language: the form's labels, the names, the scores
/// as the language writes them with their band, the attendance sentence, the casting vote and
/// the journal anchor.
@Suite("Protocol text") struct ProtocolTextTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var language: Language
    /// Lines that must appear, compared without their leading indentation.
    var lines: [String]
    /// Pieces that must share one line: the secretary's signature.
    var secretarySignature: [String]
    var testDescription: String { language.rawValue }
  }

  static let anchor = "12:" + String(repeating: "ab", count: 32)

  static let cases: [Case] = [
    Case(
      language: .kk,
      lines: [
        "Бағалау нәтижелері жасырын ақпарат болып табылады", "Калибрлеу сессиясының хаттамасы",
        "Қазақстан Республикасы Сауда және интеграция министрлігі",
        "(мемлекеттік органның атауы)", "2025, 3-тоқсан", "(бағалау мерзімі)",
        "Өткізілген күні: 24.10.2025", "Калибрлеу сессиясының құрамы",
        "Қатысу және кворум: 5 мүшеден 4 қатысты; кворум 4: бар",
        "Бағалау нәтижелері", "1. Тоқтаров Әділет Іңкәрұлы (Бас сарапшы)",
        "Бағалау нәтижелері туралы мәлімет: 3,40 — Функционалдық міндеттерін тиісті түрде атқарады",
        "Бағалау нәтижелері калибрлеу сессиясымен түзетілуі (бар болған жағдайда): 3,80 — Функционалдық міндеттерін тиісті түрде атқарады",
        "Калибрлеу сессиясының ұсыныстары: Біліктілікті арттыру",
        "Бағалау нәтижелері туралы мәлімет: 4,10 — Функционалдық міндеттерін тиімді атқарады",
        "Бағалау нәтижелері калибрлеу сессиясымен түзетілуі (бар болған жағдайда): —",
        "Ашық дауыс беру", "1-ұсыныс: Тоқтаров Әділет Іңкәрұлы",
        "Ұсыныс енгізген: Жұмабекова Сәуле Ғаниқызы",
        "Ұсыныстың мазмұны: бағаны 3,80 деп түзету (бағалаушы адамның бағасы: 3,40)",
        "Серікбаев Нұрлан Асқарұлы — жақтап", "Ахметов Бауыржан Қайратұлы — қарсы",
        "Дауыс беру қорытындысы: жақтап — 2, қарсы — 2, қалыс қалды — 0",
        "Дауыс саны тең болған жағдайда төрағаның дауысы шешуші болды: Серікбаев Нұрлан Асқарұлы — жақтап",
        "Шешім: қабылданды", "2-ұсыныс: Ержанова Гүлнұр Һадиқызы",
        "Ұсыныстың мазмұны: бағалаушы адамның бағасын (4,10) қолдау",
        "Нұрланова Айгүл Маратқызы — қалыс қалды",
        "Калибрлеу сессиясының қорытындысы: Бағалау нәтижелері қаралды.", "Тексерілді:",
        "Электрондық журналдың бақылау белгісі: \(anchor)",
        "(тексеру: hattama verify ЖУРНАЛ.jsonl --expect \(anchor))",
      ],
      secretarySignature: [
        "Калибрлеу сессиясының хатшысы:", "Қасымова Дана Бекқызы", "Күні: 24.10.2025",
      ]),
    Case(
      language: .ru,
      lines: [
        "Результаты оценки являются конфиденциальной информацией", "Протокол калибровочной сессии",
        "(наименование государственного органа)", "(оценочный период)",
        "Дата проведения: 24.10.2025", "Состав калибровочной сессии",
        "Явка и кворум: присутствуют 4 из 5; кворум 4: имеется", "Результаты оценки",
        "Сведения о результатах оценки: 3,40 — Надлежащим образом выполняет функциональные обязанности",
        "Корректировка результатов оценки калибровочной сессией (в случае наличия): 3,80 — Надлежащим образом выполняет функциональные обязанности",
        "Рекомендации калибровочной сессии: Біліктілікті арттыру",
        "Открытое голосование", "Предложение № 1: Тоқтаров Әділет Іңкәрұлы",
        "Автор предложения: Жұмабекова Сәуле Ғаниқызы",
        "Содержание предложения: скорректировать оценку до 3,80 (оценка оценивающего лица: 3,40)",
        "Серікбаев Нұрлан Асқарұлы — за", "Итоги голосования: за — 2, против — 2, воздержались — 0",
        "При равенстве голосов решающим стал голос председателя: Серікбаев Нұрлан Асқарұлы — за",
        "Решение: принято", "Нұрланова Айгүл Маратқызы — воздержался(-ась)",
        "Заключение калибровочной сессии: Бағалау нәтижелері қаралды.", "Проверено:",
        "Контрольная отметка электронного журнала: \(anchor)",
      ],
      secretarySignature: [
        "Секретарь калибровочной сессии:", "Қасымова Дана Бекқызы", "Дата: 24.10.2025",
      ]),
    Case(
      language: .en,
      lines: [
        "The evaluation results are confidential information",
        "Protocol of the Calibration Session", "(name of the state body)", "(evaluation period)",
        "Date held: 2025-10-24", "Composition of the Calibration Session",
        "Attendance and quorum: present 4 of 5; quorum 4: met", "Evaluation results",
        "Information on the evaluation results: 3.40 — Performs functional duties properly",
        "Evaluation results corrected by the Calibration Session (if any): 3.80 — Performs functional duties properly",
        "Information on the evaluation results: 4.10 — Performs functional duties effectively",
        "Open vote", "Motion 1: Тоқтаров Әділет Іңкәрұлы",
        "Proposed by: Жұмабекова Сәуле Ғаниқызы",
        "Proposal: correct the score to 3.80 (the evaluator's score: 3.40)",
        "Proposal: support the evaluator's score (4.10)",
        "Tally: for — 2, against — 2, abstained — 0",
        "The votes being equal, the chair's vote decided: Серікбаев Нұрлан Асқарұлы — for",
        "Result: adopted", "Conclusion of the Calibration Session: Бағалау нәтижелері қаралды.",
        "Checked:", "Journal anchor: \(anchor)",
        "(check: hattama verify JOURNAL.jsonl --expect \(anchor))",
      ],
      secretarySignature: [
        "Secretary of the Calibration Session:", "Қасымова Дана Бекқызы", "Date: 2025-10-24",
      ]),
  ]

  @Test("the text protocol carries the form's labels, names, scores and votes", arguments: cases)
  func text(_ expected: Case) {
    let text = ProtocolRenderer.render(
      ProtocolFixture.document(), language: expected.language, format: .text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.drop(while: { $0 == " " }))
    }
    for line in expected.lines {
      #expect(lines.contains(line), "missing line: \(line)")
    }
    #expect(
      lines.contains { line in expected.secretarySignature.allSatisfy { line.contains($0) } },
      "no secretary signature line")
    #expect(text.hasSuffix("\n"))
    #expect(!text.contains(" \n"), "trailing spaces")
  }

  @Test(
    "000 Appendix 11: a commission gets the form's own title and column",
    arguments: [
      (
        Language.kk, "Бағалау жөніндегі комиссия отырысының хаттамасы",
        "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)", "Комиссияның хатшысы:"
      ),
      (
        .ru, "Протокол заседания Комиссии по оценке",
        "Корректировка результатов оценки Комиссией (в случае наличия)", "Секретарь Комиссии:"
      ),
      (
        .en, "Protocol of the Sitting of the Evaluation Commission",
        "Evaluation results corrected by the Commission (if any)",
        "Secretary of the Commission:"
      ),
    ])
  func commission(language: Language, title: String, column: String, secretary: String) {
    let text = ProtocolRenderer.render(
      ProtocolFixture.document(kind: .commission), language: language, format: .text)
    #expect(text.contains(title))
    #expect(text.contains(column))
    #expect(text.contains(secretary))
    #expect(!text.contains(ProtocolLabels.labels(language, kind: .calibration).title))
  }

  @Test(
    "000 ¶63: a sitting without quorum says so",
    arguments: [
      (Language.kk, "5 мүшеден 3 қатысты; кворум 4: жоқ"),
      (.ru, "присутствуют 3 из 5; кворум 4: отсутствует"),
      (.en, "present 3 of 5; quorum 4: not met"),
    ])
  func quorumNotMet(language: Language, sentence: String) {
    let text = ProtocolRenderer.render(
      ProtocolFixture.document(present: ["m1", "m2", "m3"]), language: language, format: .text)
    #expect(text.contains(sentence))
  }

  @Test("a protocol without a journal prints no anchor", arguments: Language.allCases)
  func noAnchor(language: Language) {
    let record = ProtocolFixture.record(journal: nil)
    let text = ProtocolRenderer.render(
      ProtocolFixture.document(record), language: language, format: .text)
    #expect(!text.contains("12:abab"))
    #expect(!text.contains("--expect"))
  }

  @Test("an unresolved tie is written as not adopted, with no casting vote")
  func unresolvedTie() {
    var record = ProtocolFixture.record()
    // m1 (the chair) and h1 abstain; m2 for and m3 against tie at one each.
    record.motions?[0].votes[0].choice = .abstain
    record.motions?[0].votes[3].choice = .abstain
    record.motions?[0].result = .unresolved
    let text = ProtocolRenderer.render(
      ProtocolFixture.document(record), language: .en, format: .text)
    #expect(text.contains("Result: not adopted: a tie with no casting vote"))
    #expect(!text.contains("the chair's vote decided"))
  }
}

@Suite("Protocol text: votes that do not count") struct ProtocolRefusedVoteTests {
  @Test(
    "a vote that must not count is marked beside the name",
    arguments: [
      (Language.kk, "Қасымова Дана Бекқызы — қарсы (есепке алынбады)"),
      (.ru, "Қасымова Дана Бекқызы — против (не учитывается)"),
      (.en, "Қасымова Дана Бекқызы — against (not counted)"),
    ])
  func marked(language: Language, line: String) {
    var record = ProtocolFixture.record()
    record.motions?[1].votes.append(Vote(member: "s1", choice: .against))
    let text = ProtocolRenderer.render(
      ProtocolFixture.document(record), language: language, format: .text)
    #expect(text.contains("     \(line)\n"))
  }
}
