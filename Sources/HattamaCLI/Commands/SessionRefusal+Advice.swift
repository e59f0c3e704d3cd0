import HattamaKit

// What to type after a refused event: the CLI's own commands, added to the reason and clause
// the Kit gives (issue 15: Kit messages free of CLI advice).

extension SessionRefusal {
  /// The Kit's sentence with what to type next, naming the journal in the commands it suggests.
  func message(in state: SessionState, journal: String) -> Phrase {
    sentence(in: state, then: advice(in: state, journal: journal))
  }

  private func advice(in state: SessionState, journal: String) -> Phrase? {
    let date = state.date?.description ?? "DATE"
    let words = ["hattama", "session", "attend", journal, "--date", date, "--present", "ID", "..."]
    let attend = "'" + words.joined(separator: " ") + "'"
    switch self {
    case .unknownCase(let id, let known), .unknownMotion(let id, let known),
      .unknownPerson(let id, let known):
      if let near = id.nearest(in: known) {
        return Phrase(
          kk: "'\(near)' болуы мүмкін бе?", ru: "может быть, '\(near)'?",
          en: "did you mean '\(near)'?")
      }
      let list = known.map { "'\($0)'" }.joined(separator: ", ")
      return known.isEmpty
        ? nil : Phrase(kk: "барлары: \(list)", ru: "есть: \(list)", en: "known: \(list)")
    case .motionIDTaken, .misplacedOpen:
      return Phrase(
        kk: "журналды бұл құрал жазбаған", ru: "журнал записан не этой программой",
        en: "the journal was not written by this tool")
    case .sittingClosed:
      return Phrase(
        kk: "оны 'hattama session export \(journal)' арқылы экспорттаңыз",
        ru: "выгрузите его командой 'hattama session export \(journal)'",
        en: "export it with 'hattama session export \(journal)'")
    case .notAttended:
      return Phrase(
        kk: "алдымен кім қатысып отырғанын \(attend) арқылы тіркеңіз",
        ru: "сначала запишите присутствующих командой \(attend)",
        en: "record who is present first with \(attend)")
    case .dateChanged(let recorded, _):
      return Phrase(
        kk: "кешігіп келгендерді '--date \(recorded)' арқылы тіркеңіз",
        ru: "опоздавших записывайте с '--date \(recorded)'",
        en: "record late arrivals with '--date \(recorded)'")
    case .vote(.absent, _, _, _):
      return Phrase(
        kk: "егер келген болса, қатысуды \(attend) арқылы қайта тіркеңіз",
        ru: "если член пришёл, запишите явку заново командой \(attend)",
        en: "if they have arrived, record the attendance again with \(attend)")
    case .vote:
      return nil
    case .noQuorum:
      return Phrase(
        kk: "келген мүшелерді \(attend) арқылы тіркеңіз",
        ru: "запишите прибывших членов командой \(attend)",
        en: "record the members who arrive with \(attend)")
    case .caseDecided:
      return Phrase(
        kk: "алғашқы қабылданған ұсыныс күшінде қалады", ru: "в силе первое принятое предложение",
        en: "its first adopted motion stands")
    case .proposer:
      return Phrase(
        kk: "ұсынысты осы іс бойынша дауыс бере алатын, қатысып отырған мүше енгізеді",
        ru: "предложение вносит присутствующий член, который голосует по делу",
        en: "a present member who may vote on the case proposes")
    case .motionOpen(_, let motion), .closeWithOpenMotion(let motion),
      .attendanceWithOpenMotion(let motion):
      let tally = "'hattama session tally \(journal) --motion \(motion)'"  // l10n: ignore
      return Phrase(
        kk: "оған дауыс беруді аяқтаңыз немесе оны \(tally) арқылы жабыңыз",
        ru: "завершите голосование по нему или закройте его командой \(tally)",
        en: "finish its vote, or close it with \(tally)")
    case .badScore:
      return Phrase(
        kk: "0.00-ден 5.00-ге дейінгі, ең көбі екі ондық таңбасы бар бағаны беріңіз, мысалы '3.80'",
        ru:
          "укажите оценку от 0.00 до 5.00 не более чем с двумя знаками после точки, например '3.80'",
        en: "give a score from 0.00 to 5.00 with at most two decimals, such as '3.80'")
    case .capExceeded(_, _, _, let breach):
      let most = breach.underEveryReading ? breach.highest : breach.cap.value
      return Phrase(
        kk: "ең көбі \(most) бағасын ұсыныңыз", ru: "предложите оценку не выше \(most)",
        en: "propose a score of at most \(most)")
    case .wrongScale(_, .category):
      return Phrase(
        kk:
          "'--correct --category N' (1–4) ұсыныңыз, орындалған НМИ өзгерсе, '--kpi-met K' қосыңыз",
        ru: "предложите '--correct --category N' (1–4), а если меняется число достигнутых ЦИ, "
          + "добавьте '--kpi-met K'",
        en: "propose '--correct --category N' (1–4), with '--kpi-met K' where the targets met "
          + "change")
    case .wrongScale(_, .score):
      return Phrase(
        kk: "'--correct SCORE' ұсыныңыз, мысалы '--correct 3.80'",
        ru: "предложите '--correct SCORE', например '--correct 3.80'",
        en: "propose '--correct SCORE', such as '--correct 3.80'")
    case .motionClosed(_, let result):
      return result == .adopted
        ? nil
        : Phrase(
          kk: "оның орнына іс бойынша жаңа ұсыныс енгізіңіз",
          ru: "вместо этого внесите новое предложение по делу",
          en: "propose a new motion on the case instead")
    }
  }
}
