extension Methodology {
  /// The four profiles shipped with the tool (SPEC.md, "Methodologies").
  public static let builtIn: [Methodology] = [.trade2025, .justice2023, .atyrau2023, .nchr2020]

  /// The built-in profile with this id.
  public static func builtIn(id: String) -> Methodology? { builtIn.first { $0.id == id } }

  /// 002: Ministry of Trade and Integration, order No. 292-НҚ of 2025-10-09.
  public static let trade2025 = Methodology(
    id: "kz-trade-2025",
    title: "Сауда және интеграция министрінің 2025 жылғы 9 қазандағы № 292-НҚ бұйрығы",
    seed: "002",
    validFrom: Cited(day(2025, 10, 9), "002 order item 4", note: "in force from signing"),
    bodies: [
      BodyRules(
        kind: .calibration,
        minimumSize: Cited(3, "002 ¶20"),
        oddSize: Cited(true, "002 ¶20"),
        excludesDisputant: Cited(true, "002 ¶20"),
        excludesEvaluators: Cited(true, "002 ¶20"),
        requiresHRMember: Cited(true, "002 ¶20"),
        requiresHRSecretary: Cited(true, "000 ¶67 (by analogy)", note: silentOnSecretary),
        requiresChair: Cited(true, "000 ¶66 (by analogy)", note: silentOnChair),
        quorum: Cited(Fraction(2, 3), "000 ¶63 (by analogy)", note: silentOnQuorum),
        recusedCountTowardQuorum: Cited(true, "000 ¶63 (by analogy)", note: recusedNote),
        majorityBase: Cited(.present, "002 ¶23", note: majorityNote),
        tieBreak: Cited(.chairDecides, "000 ¶66 (by analogy)", note: silentOnTie),
        periods: Periods(
          application: Cited(Period(workingDays: 5, from: .familiarization), "002 ¶11"),
          decision: Cited(Period(workingDays: 3, from: .application), "002 ¶20"),
          session: Cited(Period(workingDays: 10, from: .application), "002 ¶21"),
          posting: Cited(Period(workingDays: 3, from: .signing), "002 ¶23")),
        appealBody: Cited(
          "under the Administrative Procedural-Process Code of the Republic of Kazakhstan",
          "002 ¶12"))
    ],
    caps: DisciplinaryCaps(
      reprimand: Cited(Score(validHundredths: 299), "002 Appendices 1–2, parameter 5"),
      other: Cited(Score(validHundredths: 199), "002 Appendices 1–2, parameter 5"),
      boundsFinalScore: Cited(
        true, "002 Appendices 1–2, parameter 5", source: .reading(others: [capOtherReading]),
        note: capNote))
  )

  /// 000: Justice bodies, order No. 628 of 2018-04-18 as restated by order No. 457 of 2023-07-04.
  public static let justice2023 = Methodology(
    id: "kz-justice-2023",
    title:
      "Әділет министрінің 2018 жылғы 18 сәуірдегі № 628 бұйрығы (2023 жылғы 4 шілдедегі № 457 бұйрығымен өзгертілген)",
    seed: "000",
    validFrom: Cited(
      day(2023, 7, 10), "000 order No. 457 item 4",
      note:
        "in force from first official publication; the registration date 2023-07-10 stands in for it"
    ),
    bodies: [
      BodyRules(
        kind: .calibration,
        minimumSize: Cited(3, "002 ¶20 (by analogy)", note: silentOnComposition),
        oddSize: Cited(true, "002 ¶20 (by analogy)", note: silentOnComposition),
        excludesDisputant: Cited(true, "002 ¶20 (by analogy)", note: silentOnComposition),
        excludesEvaluators: Cited(true, "002 ¶20 (by analogy)", note: silentOnComposition),
        requiresHRMember: Cited(true, "002 ¶20 (by analogy)", note: silentOnComposition),
        requiresHRSecretary: Cited(true, "000 ¶67 (by analogy)", note: silentOnSecretary),
        requiresChair: Cited(true, "000 ¶66 (by analogy)", note: silentOnChair),
        quorum: Cited(Fraction(2, 3), "000 ¶63 (by analogy)", note: silentOnQuorum),
        recusedCountTowardQuorum: Cited(true, "000 ¶63 (by analogy)", note: recusedNote),
        majorityBase: Cited(.present, "000 ¶47", note: majorityNote),
        tieBreak: Cited(.chairDecides, "000 ¶66 (by analogy)", note: silentOnTie),
        periods: Periods(
          application: Cited(Period(workingDays: 5, from: .familiarization), "000 ¶18"),
          decision: Cited(Period(workingDays: 3, from: .application), "000 ¶44"),
          session: Cited(Period(workingDays: 10, from: .application), "000 ¶45"),
          posting: Cited(Period(workingDays: 3, from: .signing), "000 ¶47"),
          familiarization: Cited(Period(workingDays: 2, from: .evaluationEnd), "000 ¶17")),
        appealBody: Cited(
          "under the Administrative Procedural-Process Code of the Republic of Kazakhstan",
          "000 ¶19")),
      commission(
        clauses: CommissionClauses(
          seed: "000", notice: "¶62", quorum: "¶63", tie: "¶66", secretary: "¶67",
          familiarization: "¶73", appeal: "¶75"),
        minimumSize: Cited(3, "002 ¶20 (by analogy)", note: silentOnCommissionSize),
        noticeDays: 3,
        appealBody: "the authorized body for civil-service affairs or its territorial department"),
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
      day(2023, 6, 29), "001 resolution No. 105 item 4",
      note:
        "in force after first official publication; the date of resolution No. 105 stands in for it"
    ),
    validThrough: Cited(day(2023, 8, 31), "001 resolution No. 105 item 2"),
    bodies: [
      commission(
        clauses: CommissionClauses(
          seed: "001", notice: "¶56", quorum: "¶57", tie: "¶60", secretary: "¶61",
          familiarization: "¶67", appeal: "¶69"),
        minimumSize: Cited(3, "002 ¶20 (by analogy)", note: silentOnCommissionSize),
        noticeDays: 3,
        appealBody: "the authorized body for civil-service affairs or its territorial department")
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
      day(2020, 9, 22), "004 order item 4",
      note: "in force from first official publication; the registration date stands in for it"),
    validThrough: Cited(
      day(2024, 11, 21), "004 header",
      note:
        "repealed by order No. 145 of 2024-11-21, in force ten calendar days after its publication, a date the text does not give; correct it with --methodology-file"
    ),
    bodies: [
      commission(
        clauses: CommissionClauses(
          seed: "004", notice: "¶29", quorum: "¶30", tie: "¶33", secretary: "¶34",
          familiarization: "¶40", appeal: "¶43"),
        minimumSize: Cited(5, "004 ¶5"),
        noticeDays: 7,
        appealBody: "the authorized person")
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

  func cite(_ clause: String) -> String { "\(seed) \(clause)" }
}

extension Methodology {
  fileprivate static func commission(
    clauses c: CommissionClauses, minimumSize: Cited<Int>, noticeDays: Int, appealBody: String
  ) -> BodyRules {
    BodyRules(
      kind: .commission,
      minimumSize: minimumSize,
      oddSize: Cited(
        false, c.cite(c.tie),
        note: "the chair's casting vote resolves a tie, so an even commission is lawful"),
      excludesDisputant: Cited(
        false, c.cite(c.tie),
        note:
          "a commission reviews sheets, not disputes; the employee is recused from their own case instead"
      ),
      excludesEvaluators: Cited(
        false, c.cite(c.tie), note: "evaluators are recused from the cases they evaluated instead"),
      requiresHRMember: Cited(
        false, c.cite(c.secretary), note: "HR takes part through the secretary"),
      requiresHRSecretary: Cited(true, c.cite(c.secretary)),
      requiresChair: Cited(true, c.cite(c.tie)),
      quorum: Cited(Fraction(2, 3), c.cite(c.quorum)),
      recusedCountTowardQuorum: Cited(true, c.cite(c.quorum), note: recusedNote),
      majorityBase: Cited(.present, c.cite(c.tie), note: majorityNote),
      tieBreak: Cited(.chairDecides, c.cite(c.tie)),
      periods: Periods(
        notice: Cited(NoticePeriod(workingDays: noticeDays, reading: .atLeast), c.cite(c.notice)),
        familiarization: Cited(Period(workingDays: 2, from: .sitting), c.cite(c.familiarization)),
        appeal: Cited(Period(workingDays: 10, from: .sitting), c.cite(c.appeal))),
      appealBody: Cited(appealBody, c.cite(c.appeal)))
  }

  fileprivate static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    guard let value = Day(year: year, month: month, day: day) else {
      preconditionFailure("built-in date \(year)-\(month)-\(day) does not exist")
    }
    return value
  }
}

private let silentOnComposition =
  "000 states no composition rule for a calibration session; 002 ¶20's rule is applied"
private let silentOnSecretary =
  "the text names no secretary for a calibration session; as in a commission, an HR employee keeps the protocol and does not vote"
private let silentOnChair =
  "the text names no chair for a calibration session; one is required so that a tie can be decided"
private let silentOnQuorum =
  "the text sets no quorum for a calibration session; the commissions' two thirds is applied"
private let silentOnTie =
  "the text does not say how a tie is decided; the commissions' rule is applied"
private let silentOnCommissionSize =
  "the text sets no minimum size for this commission; the calibration session's three is applied"
private let recusedNote =
  "the text is silent; a recused member is present at the sitting and so counts toward its quorum, but is not eligible to vote on that case"
private let majorityNote =
  "\"majority of the members' votes\": read as more than half of the members present and eligible on the case; abstentions count against adoption"
private let capNote =
  "the cap stands in parameter 5's row and the score is the average of five parameters; read as bounding the final score too (2.99 and 1.99 are the tops of the lower bands), so a correction cannot lift a sanctioned employee past it"
private let capOtherReading =
  "the cap bounds parameter 5 only, so a final score may reach (4 × 5.00 + cap) / 5: 4.60 under 2.99, 4.40 under 1.99"
