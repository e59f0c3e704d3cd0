// l10n: exempt — one language's protocol form; the three are kept side by side
extension ProtocolLabels {
  /// Russian: the official Russian text of the same form ("УТВЕРЖДАЮ", "Протокол заседания
  /// Комиссии по оценке", "Проверено"); a calibration session is "калибровочная сессия" as in
  /// the Russian text of 000 ¶18.
  static func russian(_ kind: BodyKind) -> ProtocolLabels {
    let commission = kind == .commission
    // "Секретарь Комиссии" becomes "Секретарь калибровочной сессии".
    let of = commission ? "Комиссии" : "калибровочной сессии"
    return ProtocolLabels(
      language: .ru,
      confidential: "Результаты оценки являются конфиденциальной информацией",
      approve: "\"УТВЕРЖДАЮ\"",
      official: "Должностное лицо",
      officialCaption: "(фамилия, инициалы)",
      approvalDate: "дата",
      approvalSignature: "подпись",
      title: commission ? "Протокол заседания Комиссии по оценке" : "Протокол калибровочной сессии",
      bodyCaption: "(наименование государственного органа)",
      periodCaption: "(оценочный период)",
      sittingDate: "Дата проведения",
      compositionHeading: "Состав \(of)",
      roleColumn: "Роль",
      nameColumn: "Фамилия, имя, отчество",
      positionColumn: "Должность",
      presenceColumn: "Присутствие",
      roles: [.chair: "председатель", .member: "член", .secretary: "секретарь"],
      presentWord: "присутствует",
      absentWord: "отсутствует",
      attendanceLabel: "Явка и кворум",
      attendanceSentence: { present, members, quorum, isMet in
        let met = isMet ? "имеется" : "отсутствует"
        return "присутствуют \(present) из \(members); кворум \(quorum): \(met)"
      },
      resultsHeading: "Результаты оценки",
      numberColumn: "№ п/п",
      employeeColumn: "Фамилия, имя, отчество (при его наличии) служащих",
      resultColumn: "Сведения о результатах оценки",
      correctedColumn: commission
        ? "Корректировка результатов оценки Комиссией (в случае наличия)"
        : "Корректировка результатов оценки калибровочной сессией (в случае наличия)",
      recommendationsColumn: "Рекомендации \(of)",
      votingHeading: "Открытое голосование",
      motionHeading: { "Предложение № \($0)" },
      proposedBy: "Автор предложения",
      proposalLabel: "Содержание предложения",
      correctProposal: { "скорректировать оценку до \($0) (оценка оценивающего лица: \($1))" },
      confirmProposal: { "поддержать оценку оценивающего лица (\($0))" },
      categoryValue: { category, met in
        "категория \(category)" + (met.map { " (достигнуто ЦИ: \($0) из 5)" } ?? "")
      },
      votesLabel: "Голоса",
      memberColumn: "Член",
      voteColumn: "Голос",
      choices: [.for: "за", .against: "против", .abstain: "воздержался(-ась)"],
      notCounted: "не учитывается",
      tallyLabel: "Итоги голосования",
      tallyWords: [.for: "за", .against: "против", .abstain: "воздержались"],
      resultLabel: "Решение",
      results: [
        .adopted: "принято", .rejected: "не принято",
        .unresolved: "не принято: голоса разделились поровну, решающего голоса нет",
      ],
      resultNotRecorded: "не записано",
      castingVote: "При равенстве голосов решающим стал голос председателя",
      recusedLabel: "Не голосовал(а) по данному вопросу (как оценивающее или оцениваемое лицо)",
      conclusion: "Заключение \(of)",
      checked: "Проверено",
      signatories: [
        .secretary: "Секретарь \(of)", .chair: "Председатель \(of)", .member: "Член \(of)",
      ],
      signatureDate: "Дата",
      signatureCaption: "(фамилия, имя, отчество, подпись)",
      journalAnchor: "Контрольная отметка электронного журнала",
      verifyHint: { "проверка: hattama verify ЖУРНАЛ.jsonl --expect \($0)" })
  }
}
