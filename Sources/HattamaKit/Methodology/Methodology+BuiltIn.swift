extension Methodology {
  /// The four profiles shipped with the tool (SPEC.md, "Methodologies").
  public static let builtIn: [Methodology] = [.trade2025, .justice2023, .atyrau2023, .nchr2020]

  /// The built-in profile with this id.
  ///
  /// - Parameter id: a methodology id such as `kz-trade-2025`.
  /// - Returns: the profile, or `nil` when no built-in one has that id.
  public static func builtIn(id: String) -> Methodology? { builtIn.first { $0.id == id } }

  // What a calibration session's texts (002, 000) leave out, borrowed from the commission's
  // clauses of 000 Chapter 6: the same for every calibration session.
  static let borrowedSecretary = Cited(
    true, Citation(verbatim: "000 ¶67").byAnalogy, source: .analogy,
    note: BuiltInNote.silentOnSecretary)
  static let borrowedChair = Cited(
    true, Citation(verbatim: "000 ¶66").byAnalogy, source: .analogy,
    note: BuiltInNote.silentOnChair)
  static let borrowedQuorum = Cited(
    Fraction(2, 3), Citation(verbatim: "000 ¶63").byAnalogy, source: .analogy,
    note: BuiltInNote.silentOnQuorum)
  /// 002's composition rules, which 000's calibration session and every commission's minimum
  /// size borrow.
  static let tradeCompositionByAnalogy = Citation(verbatim: "002 ¶20").byAnalogy

  /// 002: Ministry of Trade and Integration, order No. 292-НҚ of 2025-10-09.
  public static let trade2025 = Methodology(
    id: "kz-trade-2025",
    title: "Сауда және интеграция министрінің 2025 жылғы 9 қазандағы № 292-НҚ бұйрығы",
    seed: "002",
    validFrom: Cited(
      ValidityDay(day(2025, 10, 9)), .item(4, of: .order, in: "002"),
      note: BuiltInNote.inForceFromSigning),
    bodies: [
      BodyRules(
        kind: .calibration,
        minimumSize: Cited(3, "002 ¶20"),
        oddSize: Cited(true, "002 ¶20"),
        excludesDisputant: Cited(true, "002 ¶20"),
        excludesEvaluators: Cited(true, "002 ¶20"),
        requiresHRMember: Cited(true, "002 ¶20"),
        requiresHRSecretary: borrowedSecretary, requiresChair: borrowedChair,
        quorum: borrowedQuorum, recusedCountTowardQuorum: recusedCount(borrowedQuorum.clause),
        majorityBase: Cited(
          .present, "002 ¶23", source: .reading(others: membersBases), note: BuiltInNote.membersNote
        ),
        tieBreak: Cited(
          .notAdopted, "002 ¶23",
          note: Phrase(verbatim: "«мүшелерінің басым дауысымен»: ") + BuiltInNote.noCastingVote),
        periods: Periods(
          application: Cited(Period(workingDays: 5, from: .familiarization), "002 ¶11"),
          decision: Cited(Period(workingDays: 3, from: .application), "002 ¶20"),
          session: Cited(Period(workingDays: 10, from: .application), "002 ¶21"),
          posting: Cited(Period(workingDays: 3, from: .signing), "002 ¶23")),
        appealBody: Cited(BuiltInNote.underTheCode, "002 ¶12"),
        form: Cited(.calibration, "002 ¶23", source: .analogy, note: BuiltInNote.tradeForm),
        composedBy: Cited(BuiltInNote.officialsDecision, "002 ¶20"))
    ],
    caps: DisciplinaryCaps(
      reprimand: Cited(Score(validHundredths: 299), sanctionParameter),
      other: Cited(Score(validHundredths: 199), sanctionParameter),
      boundsFinalScore: Cited(
        true, sanctionParameter, source: .reading(others: [capOtherReading]),
        note: BuiltInNote.capNote))
  )

  /// 000: Justice bodies, order No. 628 of 2018-04-18 as restated by order No. 457 of 2023-07-04.
  public static let justice2023 = Methodology(
    id: "kz-justice-2023",
    title:
      "Әділет министрінің 2018 жылғы 18 сәуірдегі № 628 бұйрығы (2023 жылғы 4 шілдедегі № 457 бұйрығымен өзгертілген)",
    seed: "000",
    validFrom: Cited(
      publicationWindow(after: day(2023, 7, 10)), .item(4, of: .order, number: "457", in: "000"),
      source: .reading(others: [laterPublication]),
      note: BuiltInNote.fromPublication(registered: "2023-07-10")),
    bodies: [
      BodyRules(
        kind: .calibration,
        minimumSize: Cited(
          3, tradeCompositionByAnalogy, source: .analogy, note: BuiltInNote.silentOnComposition),
        oddSize: Cited(
          true, tradeCompositionByAnalogy, source: .analogy, note: BuiltInNote.silentOnComposition),
        excludesDisputant: Cited(
          true, tradeCompositionByAnalogy, source: .analogy, note: BuiltInNote.silentOnComposition),
        excludesEvaluators: Cited(
          true, tradeCompositionByAnalogy, source: .analogy, note: BuiltInNote.silentOnComposition),
        requiresHRMember: Cited(
          true, tradeCompositionByAnalogy, source: .analogy, note: BuiltInNote.silentOnComposition),
        requiresHRSecretary: borrowedSecretary, requiresChair: borrowedChair,
        quorum: borrowedQuorum, recusedCountTowardQuorum: recusedCount(borrowedQuorum.clause),
        majorityBase: Cited(
          .present, "000 ¶47", source: .reading(others: [votesCast]),
          note: BuiltInNote.participantsNote),
        tieBreak: Cited(
          .notAdopted, "000 ¶47",
          note: Phrase(verbatim: "«қатысушыларының басым дауысымен»: ") + BuiltInNote.noCastingVote),
        periods: Periods(
          application: Cited(Period(workingDays: 5, from: .familiarization), "000 ¶18"),
          decision: Cited(Period(workingDays: 3, from: .application), "000 ¶44"),
          session: Cited(Period(workingDays: 10, from: .application), "000 ¶45"),
          posting: Cited(Period(workingDays: 3, from: .signing), "000 ¶47"),
          familiarization: Cited(Period(workingDays: 2, from: .evaluationEnd), "000 ¶17")),
        appealBody: Cited(BuiltInNote.underTheCode, "000 ¶19"),
        form: Cited(
          .calibration, .appendix("11", of: "000").byAnalogy, source: .analogy,
          note: BuiltInNote.silentOnForm),
        composedBy: Cited(BuiltInNote.officialsDecision, "000 ¶44")),
      commission(
        clauses: CommissionClauses(
          seed: "000", notice: "¶62", quorum: "¶63", tie: "¶66", secretary: "¶67",
          familiarization: "¶73", appeal: "¶75", approval: "¶72", formed: "¶64",
          form: .appendix11, formClause: .appendix("11", of: "000")),
        minimumSize: Cited(
          3, tradeCompositionByAnalogy, source: .analogy, note: BuiltInNote.silentOnCommissionSize),
        noticeDays: 3,
        appealBody: BuiltInNote.civilServiceAgency),
    ],
    targetCategories: Cited(.functionalDuties, "000 ¶55")
  )

  /// 001: Atyrau region akimat, resolution No. 57 of 2023-04-25 as amended by No. 105 of
  /// 2023-06-29; its Chapter 6 is valid until 2023-08-31 (item 2).
  public static let atyrau2023 = Methodology(
    id: "kz-atyrau-2023",
    title:
      "Атырау облысы әкімдігінің 2023 жылғы 25 сәуірдегі № 57 қаулысы (2023 жылғы 29 маусымдағы № 105 қаулысымен өзгертілген)",
    seed: "001",
    validFrom: Cited(
      publicationWindow(after: day(2023, 6, 29)),
      .item(4, of: .resolution, number: "105", in: "001"),
      source: .reading(others: [laterPublication]),
      note: Phrase(
        kk: "алғашқы ресми жарияланғаннан кейін қолданылады, ал ол күн дереккөзде жоқ; 2023-06-29 "
          + "қол қойылған, содан кейін \(publicationDays) күнтізбелік күн ішінде жарияланды деп "
          + "есептеледі",
        ru: "применяется после первого официального опубликования, даты которого в источнике "
          + "нет; подписан 2023-06-29 и считается опубликованным в течение \(publicationDays) "
          + "календарных дней после этого",
        en: "applied after its first official publication, a date the seed lacks; signed on "
          + "2023-06-29, it is assumed published within \(publicationDays) calendar days of that")
    ),
    validThrough: Cited(
      ValidityDay(earliest: day(2023, 8, 30), latest: day(2023, 8, 31)),
      .item(2, of: .resolution, number: "105", in: "001"),
      source: .reading(others: [
        Reading(
          Phrase(
            kk: "2023-08-31 қамтылмайды", ru: "2023-08-31 не включается", en: "2023-08-31 excluded")
        )
      ]),
      note: Phrase(
        kk: "«2023 жылдың 31 тамызына дейін»: «дейін» 31-і күнді қамтуы да, қамтымауы да мүмкін; "
          + "2023-08-31 күнгі отырыс тек қамтыған жағдайда ғана қолданыста болады",
        ru: "«2023 жылдың 31 тамызына дейін» («до 31 августа 2023 года»): «до» может включать "
          + "31-е число, а может и не включать; заседание 2023-08-31 проходит в период действия, "
          + "только если включает",
        en: "«2023 жылдың 31 тамызына дейін»: «дейін» (until) may or may not include the 31st; a "
          + "sitting on 2023-08-31 is in force only if it does")
    ),
    bodies: [
      commission(
        clauses: CommissionClauses(
          seed: "001", notice: "¶56", quorum: "¶57", tie: "¶60", secretary: "¶61",
          familiarization: "¶67", appeal: "¶69", approval: "¶66", formed: "¶58",
          form: .appendix11, formClause: .appendix("11", of: "001")),
        minimumSize: Cited(
          3, tradeCompositionByAnalogy, source: .analogy, note: BuiltInNote.silentOnCommissionSize),
        noticeDays: 3,
        appealBody: BuiltInNote.civilServiceAgency)
    ],
    targetCategories: Cited(.functionalDuties, "001 ¶49")
  )

  /// 004: National Centre for Human Rights, order No. 1 of 2020-09-14; repealed by order No. 145
  /// of 2024-11-21.
  public static let nchr2020 = Methodology(
    id: "kz-nchr-2020",
    title:
      "Адам құқықтары жөніндегі ұлттық орталық Басшысының 2020 жылғы 14 қыркүйектегі № 1 бұйрығы",
    seed: "004",
    validFrom: Cited(
      publicationWindow(after: day(2020, 9, 22)), .item(4, of: .order, in: "004"),
      source: .reading(others: [laterPublication]),
      note: BuiltInNote.fromPublication(registered: "2020-09-22")),
    validThrough: Cited(
      ValidityDay(
        earliest: day(2024, 12, 1), latest: day(2024, 12, 1).adding(days: publicationDays)),
      .header(of: "004", naming: .order, number: "145", of: "2024-11-21"),
      source: .reading(others: [laterPublication]),
      note: Phrase(
        kk: "2024-11-21 № 145 бұйрықпен күші жойылған, ол алғашқы ресми жарияланғаннан кейін он "
          + "күнтізбелік күн өткен соң қолданысқа енеді, ал жариялану күні дереккөзде жоқ: 004 "
          + "кемінде 2024-12-01 дейін қолданылады және қол қойылғаннан кейін \(publicationDays) "
          + "күнтізбелік күн ішінде жарияланды деп есептеледі; оны --methodology-file арқылы "
          + "түзетіңіз",
        ru: "отменён приказом № 145 от 2024-11-21, который вводится в действие по истечении "
          + "десяти календарных дней после первого официального опубликования, даты которого в "
          + "источнике нет: 004 действует как минимум по 2024-12-01 и считается опубликованным "
          + "в течение \(publicationDays) календарных дней после подписания; исправьте это через "
          + "--methodology-file",
        en: "repealed by order No. 145 of 2024-11-21, which takes effect ten calendar days after "
          + "its first official publication, a date the seed lacks: 004 governs through "
          + "2024-12-01 at least, and is assumed published within \(publicationDays) calendar "
          + "days of signing; correct it with --methodology-file")
    ),
    bodies: [
      commission(
        clauses: CommissionClauses(
          seed: "004", notice: "¶29", quorum: "¶30", tie: "¶33", secretary: "¶34",
          familiarization: "¶40", appeal: "¶43", approval: "¶39", formed: "¶5",
          form: .appendix5, formClause: .appendix("5", of: "004")),
        minimumSize: Cited(5, "004 ¶5"),
        noticeDays: 7,
        appealBody: BuiltInNote.authorizedPerson)
    ],
    targetCategories: Cited(.nchr, "004 ¶18"),
    competencyThreshold: Cited(Fraction(3, 4), "004 ¶27")
  )
}

/// Where each commission rule sits in a seed; the commission chapters of 000, 001 and 004 state
/// the same rules under different numbers.
struct CommissionClauses {
  var seed: String
  var notice: String
  var quorum: String
  var tie: String
  var secretary: String
  var familiarization: String
  var appeal: String
  /// Where the authorized person approves the results (БЕКІТЕМІН).
  var approval: String
  /// Where the order forming the commission is named.
  var formed: String
  /// The protocol form and its clause.
  var form: ProtocolForm
  var formClause: Citation

  func cite(_ clause: String) -> Citation { Citation(verbatim: "\(seed) \(clause)") }
}

extension Methodology {
  fileprivate static func commission(
    clauses c: CommissionClauses, minimumSize: Cited<Int>, noticeDays: Int, appealBody: Phrase
  ) -> BodyRules {
    BodyRules(
      kind: .commission,
      minimumSize: minimumSize,
      oddSize: Cited(
        false, c.cite(c.tie),
        note: Phrase(
          kk: "тең дауыс төрағаның шешуші дауысымен шешіледі, сондықтан жұп құрамды комиссия заңды",
          ru: "при равенстве голосов решает голос председателя, поэтому комиссия чётного состава "
            + "законна",
          en: "the chair's casting vote resolves a tie, so an even commission is lawful")),
      excludesDisputant: Cited(
        false, c.cite(c.tie),
        note: Phrase(
          kk: "комиссия дауларды емес, парақтарды қарайды; оның орнына қызметші өз ісі бойынша "
            + "дауыс бермейді",
          ru: "комиссия рассматривает листы, а не споры; вместо этого служащий не голосует по "
            + "своему делу",
          en: "a commission reviews sheets, not disputes; the employee is recused from their own "
            + "case instead")),
      excludesEvaluators: Cited(
        false, c.cite(c.tie),
        note: Phrase(
          kk: "оның орнына бағалаушы адамдар өздері бағалаған істер бойынша дауыс бермейді",
          ru: "вместо этого оценивающие лица не голосуют по делам, которые они оценивали",
          en: "evaluators are recused from the cases they evaluated instead")),
      requiresHRMember: Cited(
        false, c.cite(c.secretary),
        note: Phrase(
          kk: "HR хатшы арқылы қатысады", ru: "HR участвует через секретаря",
          en: "HR takes part through the secretary")),
      requiresHRSecretary: Cited(true, c.cite(c.secretary)),
      requiresChair: Cited(true, c.cite(c.tie)),
      quorum: Cited(Fraction(2, 3), c.cite(c.quorum)),
      recusedCountTowardQuorum: recusedCount(c.cite(c.quorum)),
      majorityBase: Cited(
        .present, c.cite(c.tie), source: .reading(others: membersBases),
        note: BuiltInNote.membersNote),
      tieBreak: Cited(.chairDecides, c.cite(c.tie)),
      periods: Periods(
        notice: Cited(
          NoticePeriod(workingDays: noticeDays, reading: .atLeast), c.cite(c.notice),
          source: .reading(others: [withinNotice]), note: BuiltInNote.noticeNote),
        familiarization: fromApproval(2, c.cite(c.familiarization), c.cite(c.approval)),
        appeal: fromApproval(10, c.cite(c.appeal), c.cite(c.approval))),
      appealBody: Cited(appealBody, c.cite(c.appeal)),
      form: Cited(c.form, c.formClause),
      composedBy: Cited(
        Phrase(
          kk: "уәкілетті тұлғаның комиссияны құру туралы бұйрығы",
          ru: "приказ уполномоченного лица о создании комиссии",
          en: "the authorized person's order forming the commission"), c.cite(c.formed)))
  }

  /// A period of a commission that runs from the decision's completion, which the text ties to
  /// the authorized person's approval; without an approval date it runs from the sitting.
  fileprivate static func fromApproval(_ days: Int, _ clause: Citation, _ approval: Citation)
    -> Cited<Period>
  {
    Cited(
      Period(workingDays: days, from: .approval), .list([clause, approval]),
      source: .reading(others: [
        Reading(name: PeriodStart.sitting.rawValue, phrase: PeriodStart.sitting.title)
      ]),
      note: Phrase(verbatim: "«ол аяқталған соң» / «шешім шыққан күннен»: ")
        + Phrase(
          kk: "шешім аяқталған күннен есептеледі, оны \(approval.phrase.kk) уәкілетті тұлғаның "
            + "бекітуімен байланыстырады (protocol.approvedOn), болмаса отырыстан",
          ru: "считается от завершения решения, которое \(approval.phrase.ru) связывает с "
            + "утверждением уполномоченным лицом (protocol.approvedOn), иначе от заседания",
          en: "counted from the decision's completion, which \(approval.phrase.en) ties to the "
            + "authorized person's approval (protocol.approvedOn), else from the sitting"))
  }

  /// 000 ¶63, 001 ¶57, 004 ¶30 are silent on recusal: a reading.
  fileprivate static func recusedCount(_ clause: Citation) -> Cited<Bool> {
    Cited(
      true, clause,
      source: .reading(others: [
        Reading(
          Phrase(
            kk: "дауыс бермейтін мүшелер есептелмейді", ru: "не голосующие члены не учитываются",
            en: "recused members do not count"))
      ]),
      note: BuiltInNote.recusedNote)
  }

  /// The window in which a first official publication is assumed to fall: from `day` through
  /// ``publicationDays`` calendar days later.
  fileprivate static func publicationWindow(after day: Day) -> ValidityDay {
    ValidityDay(earliest: day, latest: day.adding(days: publicationDays))
  }

  fileprivate static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    guard let value = Day(year: year, month: month, day: day) else {
      preconditionFailure("built-in date \(year)-\(month)-\(day) does not exist")  // l10n: ignore — for developers
    }
    return value
  }
}

/// How many calendar days after signing or registration a first official publication the seed
/// does not date is assumed to come: the end of every validity window that depends on one.
let publicationDays = 20

/// The bases "the majority of the members" allows besides the members present and eligible.
private let membersBases = [
  votesCast,
  Reading(name: MajorityBase.composition.rawValue, phrase: MajorityBase.composition.name),
]

/// "The majority of the votes": of those cast, abstentions aside.
private let votesCast = Reading(
  name: MajorityBase.votesCast.rawValue, phrase: MajorityBase.votesCast.name)

/// Notice given within the N working days before the sitting, not on or before the N-th.
private let withinNotice = Reading(
  name: NoticeReading.within.rawValue,
  phrase: Phrase(
    kk: "отырыс алдындағы күндер ішінде", ru: "в пределах дней до заседания", en: "within"))

/// A validity that starts from a publication the seed does not date.
private let laterPublication = Reading(
  Phrase(
    kk: "жариялану бұл мерзімнен кейін", ru: "опубликование позже этого срока",
    en: "a publication later than the window"))

/// 002 Appendices 1–2, parameter 5: the caps of a disciplinary sanction.
private let sanctionParameter = ScoreParameters.clause.parameter(5)

/// That the cap bounds only parameter 5, not the final score: how high a final score may go.
private let capOtherReading = Reading(
  Phrase(
    kk: "шек тек 5-параметрді шектейді, сондықтан қорытынды баға (4 × 5.00 + шек) / 5 дейін "
      + "жетуі мүмкін: 2.99 кезінде 4.60, 1.99 кезінде 4.40",
    ru: "ограничение касается только параметра 5, поэтому итоговая оценка может достигать "
      + "(4 × 5.00 + ограничение) / 5: 4.60 при 2.99, 4.40 при 1.99",
    en: "the cap bounds parameter 5 only, so a final score may reach (4 × 5.00 + cap) / 5: 4.60 "
      + "under 2.99, 4.40 under 1.99"))
