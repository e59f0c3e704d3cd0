import Testing

@testable import HattamaKit

@Suite("deadline.* findings of a record") struct RecordDeadlineTests {
  struct Dates {
    var cases: [(id: String, familiarized: String?, applied: String?)] = [
      ("c1", "2025-10-14", "2025-10-16")
    ]
    var approved: String? = "2025-10-20"
    var sitting: String? = "2025-10-24"
    var notice: String? = "2025-10-17"
    var signed: String? = "2025-10-24"
    var posted: String? = "2025-10-29"
    var appeal: String? = nil
  }

  func record(_ kind: BodyKind = .calibration, _ dates: Dates) throws -> Record {
    let score = try ScoreInput(text: "3.40")
    return Record(
      methodology: "kz-trade-2025", kind: kind, body: "body", period: "2025, 3",
      authorizedOfficial: "o1", people: [],
      composition: Composition(
        chair: "m1", members: ["m1", "m2", "h1"], secretary: "s1",
        approvedOn: dates.approved.map(day)),
      cases: dates.cases.map {
        Case(
          id: $0.id, employee: "e-\($0.id)", evaluators: ["v1"], evaluation: .score(score),
          familiarizedOn: $0.familiarized.map(day), appliedOn: $0.applied.map(day))
      },
      sitting: dates.sitting.map {
        Sitting(date: day($0), noticeOn: dates.notice.map(day), present: [])
      },
      signing: Signing(signedOn: dates.signed.map(day), postedOn: dates.posted.map(day)),
      appeal: dates.appeal.map { Appeal(filedOn: day($0)) })
  }

  func findings(
    _ dates: Dates, _ methodology: Methodology = .trade2025, _ kind: BodyKind = .calibration
  ) throws -> [Finding] {
    let rules = try #require(methodology.rules(for: kind))
    return try record(kind, dates).deadlineFindings(under: rules, calendar: .kazakhstan)
  }

  @Test("SPEC's example record keeps every period of 002")
  func specExample() throws {
    #expect(try findings(Dates()).isEmpty)
  }

  @Test("002 ¶11: an application after five working days from familiarisation")
  func lateApplication() throws {
    var dates = Dates()
    dates.cases = [("c1", "2025-10-14", "2025-10-24")]
    dates.approved = nil
    dates.sitting = nil
    let result = try findings(dates)
    #expect(result.map(\.code) == [.deadlineApplication])
    #expect(result.first?.subject == "c1")
    #expect(
      result.first?.message.en
        == "Case c1: the application of 2025-10-24 came after the deadline 2025-10-21 (5 working days from familiarisation on 2025-10-14, 002 ¶11)."
    )
  }

  @Test("each case is counted from its own application: only the late one is reported")
  func perCase() throws {
    var dates = Dates()
    dates.cases = [("c1", "2025-10-14", "2025-10-16"), ("c2", "2025-10-08", "2025-10-10")]
    let result = try findings(dates)
    // c2 applied on 2025-10-10: the decision was due by 2025-10-15, the sitting by 2025-10-24.
    #expect(result.map(\.code) == [.deadlineDecision])
    #expect(result.first?.subject == "c2")
    #expect(
      result.first?.message.en
        == "Case c2: the decision of 2025-10-20 approving the composition came after the deadline 2025-10-15 (3 working days from the application on 2025-10-10, 002 ¶20)."
    )
  }

  @Test("002 ¶21 and ¶23: a late sitting and a late posting")
  func lateSittingAndPosting() throws {
    var dates = Dates()
    dates.sitting = "2025-11-03"
    dates.signed = "2025-11-03"
    dates.posted = "2025-11-07"
    let result = try findings(dates)
    #expect(result.map(\.code) == [.deadlineSession, .deadlinePosting])
    #expect(result.map(\.subject) == ["c1", "record"])
    #expect(
      result.last?.message.en
        == "The posting of the protocol on 2025-11-07 came after the deadline 2025-11-06 (3 working days from signing on 2025-11-03, 002 ¶23)."
    )
  }

  @Test("000 ¶62 and ¶75: a commission's late notice and late appeal, each under one reading")
  func commission() throws {
    var dates = Dates()
    dates.cases = [("c1", nil, nil)]
    dates.notice = "2025-10-22"
    dates.appeal = "2025-11-11"
    let result = try findings(dates, .justice2023, .commission)
    #expect(result.map(\.code) == [.deadlineNotice, .deadlineAppeal])
    // The notice came before the sitting (met if read "within"); the appeal is counted from
    // the sitting for want of an approval date (it might be met from the approval): warnings.
    #expect(result.map(\.severity) == [.warning, .warning])
    #expect(
      result.map(\.message.en) == [
        "The notice of 2025-10-22 came after the deadline 2025-10-21 (at least 3 working days before the sitting on 2025-10-24, 000 ¶62; a breach under the reading chosen, not under within).",
        "The appeal of 2025-11-11 came after the deadline 2025-11-10 (10 working days from the approval on 2025-10-24, 000 ¶75, 000 ¶72; a breach under the reading chosen, not under sitting).",
      ])
    dates.notice = "2025-10-24"
    #expect(try findings(dates, .justice2023, .commission).first?.severity == .violation)
    dates.notice = "2025-10-21"
    dates.appeal = "2025-11-10"
    #expect(try findings(dates, .justice2023, .commission).isEmpty)
  }

  @Test("a draft without dates has no deadline findings")
  func draft() throws {
    let dates = Dates(
      cases: [("c1", nil, nil)], approved: nil, sitting: nil, notice: nil, signed: nil, posted: nil)
    #expect(try findings(dates).isEmpty)
  }

  @Test("a count over an estimated Kurban Ait or past the data says so in the message")
  func flaggedCounts() throws {
    var dates = Dates()
    dates.cases = [("c1", "2026-05-22", "2026-06-02")]
    dates.approved = nil
    dates.sitting = nil
    dates.posted = nil
    let estimated = try findings(dates)
    #expect(
      estimated.first?.message.en
        == "Case c1: the application of 2026-06-02 came after the deadline 2026-06-01 (5 working days from familiarisation on 2026-05-22, 002 ¶11; the count relies on an estimated holiday date)."
    )
    dates.cases = [("c1", "2027-12-27", "2028-01-06")]
    let uncovered = try findings(dates)
    #expect(
      uncovered.first?.message.en.hasSuffix("; the calendar has no transfer data for 2028).") == true)
  }
}

@Suite("Deadlines in the audit") struct DeadlineAuditTests {
  @Test("the audit reports deadline findings when DeadlineCheck is passed as an extra check")
  func audit() throws {
    let score = try ScoreInput(text: "3.40")
    let record = Record(
      methodology: "kz-trade-2025", kind: .calibration, body: "body", period: "2025, 3",
      authorizedOfficial: "o1", people: [],
      cases: [
        Case(
          id: "c1", employee: "e1", evaluators: ["v1"], evaluation: .score(score),
          familiarizedOn: day("2025-10-14"), appliedOn: day("2025-10-22"))
      ])
    let without = Audit.findings(for: record, methodology: .trade2025)
    let with = Audit.findings(for: record, methodology: .trade2025, extra: [DeadlineCheck()])
    #expect(!without.contains { $0.code == .deadlineApplication })
    #expect(with.filter { $0.code == .deadlineApplication }.map(\.subject) == ["c1"])
  }
}
