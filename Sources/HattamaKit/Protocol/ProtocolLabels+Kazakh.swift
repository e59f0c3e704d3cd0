// l10n: exempt — one language's protocol form; the three are kept side by side
extension ProtocolLabels {
  /// Kazakh: the wording of 000 Appendix 11, 001 Appendix 11 and 004 Appendix 5; the vote in the
  /// words of 000 ¶65–¶66; the rest in the same register.
  static func kazakh(_ kind: BodyKind) -> ProtocolLabels {
    let commission = kind == .commission
    // "Комиссияның хатшысы" becomes "Калибрлеу сессиясының хатшысы".
    let of = commission ? "Комиссияның" : "Калибрлеу сессиясының"
    return ProtocolLabels(
      language: .kk,
      confidential: "Бағалау нәтижелері жасырын ақпарат болып табылады",
      approve: "\"БЕКІТЕМІН\"",
      official: "Лауазымды тұлға",
      officialCaption: "(тегі, аты-жөнінің бірінші әріптері)",
      approvalDate: "күні",
      approvalSignature: "қолы",
      title: commission
        ? "Бағалау жөніндегі комиссия отырысының хаттамасы" : "Калибрлеу сессиясының хаттамасы",
      bodyCaption: "(мемлекеттік органның атауы)",
      periodCaption: "(бағалау мерзімі)",
      sittingDate: "Өткізілген күні",
      compositionHeading: "\(of) құрамы",
      roleColumn: "Рөлі",
      nameColumn: "Тегі, аты, әкесінің аты",
      positionColumn: "Лауазымы",
      presenceColumn: "Қатысуы",
      roles: [.chair: "төраға", .member: "мүше", .secretary: "хатшы"],
      presentWord: "қатысты",
      absentWord: "қатыспады",
      attendanceLabel: "Қатысу және кворум",
      attendanceSentence: { present, members, quorum, isMet in
        let met = isMet ? "бар" : "жоқ"
        return "\(members) мүшеден \(present) қатысты; кворум \(quorum): \(met)"
      },
      resultsHeading: "Бағалау нәтижелері",
      numberColumn: "№ р/с",
      employeeColumn: "Қызметшілердің тегі, аты, әкесінің аты (болған жағдайда)",
      resultColumn: "Бағалау нәтижелері туралы мәлімет",
      correctedColumn: commission
        ? "Бағалау нәтижелері комиссиямен түзетілуі (бар болған жағдайда)"
        : "Бағалау нәтижелері калибрлеу сессиясымен түзетілуі (бар болған жағдайда)",
      recommendationsColumn: "\(of) ұсыныстары",
      votingHeading: "Ашық дауыс беру",
      motionHeading: { "\($0)-ұсыныс" },
      proposedBy: "Ұсыныс енгізген",
      proposalLabel: "Ұсыныстың мазмұны",
      correctProposal: { "бағаны \($0) деп түзету (бағалаушы адамның бағасы: \($1))" },
      confirmProposal: { "бағалаушы адамның бағасын (\($0)) қолдау" },
      categoryValue: { category, met in
        "\(category)-санат" + (met.map { " (НМИ санының 5-нен \($0) орындалды)" } ?? "")
      },
      votesLabel: "Дауыстар",
      memberColumn: "Мүше",
      voteColumn: "Дауысы",
      choices: [.for: "жақтап", .against: "қарсы", .abstain: "қалыс қалды"],
      notCounted: "есепке алынбады",
      tallyLabel: "Дауыс беру қорытындысы",
      tallyWords: [.for: "жақтап", .against: "қарсы", .abstain: "қалыс қалды"],
      resultLabel: "Шешім",
      results: [
        .adopted: "қабылданды", .rejected: "қабылданбады",
        .unresolved: "қабылданбады: дауыс саны тең, шешуші дауыс жоқ",
      ],
      resultNotRecorded: "тіркелмеген",
      castingVote: "Дауыс саны тең болған жағдайда төрағаның дауысы шешуші болды",
      recusedLabel:
        "Бұл мәселе бойынша дауыс берген жоқ (бағалаушы немесе бағаланатын адам ретінде)",
      conclusion: commission ? "Комиссия қорытындысы" : "Калибрлеу сессиясының қорытындысы",
      checked: "Тексерілді",
      signatories: [
        .secretary: "\(of) хатшысы", .chair: "\(of) төрағасы", .member: "\(of) мүшесі",
      ],
      signatureDate: "Күні",
      signatureCaption: "(тегі, аты-жөні, қолы)",
      journalAnchor: "Электрондық журналдың бақылау белгісі",
      verifyHint: { "тексеру: hattama verify ЖУРНАЛ.jsonl --expect \($0)" })
  }
}
