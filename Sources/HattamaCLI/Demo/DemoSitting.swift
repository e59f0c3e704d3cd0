import Foundation
import HattamaKit

/// One sitting of the demo: a finished record replayed live through the CLI's own commands.
struct DemoSitting {
  var record: Record
  var name: String
  var folder: URL
  var console: Console

  private var journal: String { folder.appendingPathComponent("\(name).jsonl").path }

  /// Runs every step; the first command that does not end as expected stops the demo.
  ///
  /// - Returns: The sitting's files and its journal's audit, for `demo --json`.
  @discardableResult
  func run() throws(CLIError) -> JSONValue {
    let title = console.text(record.kind.name.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    let language = console.language
    console.out(
      "== \(title) · \(record.methodology) · \(record.body.text(in: language)), "
        + record.period.text(in: language))
    let draft = try writeDraft()
    let composition = record.composition
    let (count, chair, secretary) = (
      composition?.members.count ?? 0, composition?.chair ?? "—", composition?.secretary ?? "—"
    )
    try step("roster check", ["roster", "check", draft]) { _ in  // l10n: ignore — a command
      console.text(
        Phrase(
          kk: "\(count) мүше, төраға \(chair), хатшы \(secretary): ештеңе анықталмады",
          ru: "членов: \(count), председатель \(chair), секретарь \(secretary): замечаний нет",
          en: "\(count) members, chair \(chair), secretary \(secretary): no findings"))
    }
    try command(["session", "open", draft, "--journal", journal])
    if let sitting = record.sitting {
      try step(
        "attend",
        ["session", "attend", journal, "--date", sitting.date.description, "--present"]
          + sitting.present
      ) {
        "\(sitting.date): " + ($0.split(separator: "\n").last.map(String.init) ?? "")
      }
    }
    for motion in record.motions ?? [] { try record(motion) }
    let closed = try command(
      ["session", "close", journal] + (record.conclusion.map { ["--conclusion", $0.text] } ?? []))
    let anchor = closed.split(separator: "\n").last.map(String.init) ?? ""
    try step("verify", ["verify", journal, "--expect", anchor]) { _ in
      console.text(
        Phrase(
          kk: "журнал бүтін, бақылау белгісі \(anchor.prefix(20))…",
          ru: "журнал цел, контрольная отметка \(anchor.prefix(20))…",
          en: "journal intact, anchor \(anchor.prefix(20))…"))
    }
    let protocols = try protocols()
    try step("audit", ["audit", journal]) { $0.split(separator: "\n").last.map(String.init) ?? "" }
    // The audit's own JSON, embedded as it prints it: the one shape for findings.
    let audit = (try? JSONParser().parse(try command(["audit", journal, "--json"]))) ?? .null
    return .object([
      ("name", .string(name)), ("methodology", .string(record.methodology)),
      ("kind", .string(record.kind.rawValue)), ("draft", .string(draft)),
      ("journal", .string(journal)), ("anchor", .string(anchor)),
      ("protocols", .array(protocols.map(JSONValue.string))), ("audit", audit),
    ])
  }

  /// The record without what the sitting adds: what HR hands the secretary.
  private func writeDraft() throws(CLIError) -> String {
    var draft = record
    (draft.sitting, draft.motions, draft.outcomes, draft.conclusion) = (nil, nil, nil, nil)
    (draft.signing, draft.appeal) = (nil, nil)
    let path = folder.appendingPathComponent("\(name)-draft.json").path
    try Files.writeConfidential(draft.encodedJSON() + "\n", to: path)
    return path
  }

  /// Proposes a motion and casts its votes one by one, as the secretary would.
  private func record(_ motion: Motion) throws(CLIError) {
    let proposal: [String] =
      switch motion.kind {
      case .confirm: ["--confirm"]
      case .correct(.score(let score)): ["--correct", score.description]
      case .correct(.category(let category, let kpiMet)):
        ["--category", category.description] + (kpiMet.map { ["--kpi-met", "\($0)"] } ?? [])
      }
    let proposed = try command(
      ["session", "propose", journal, "--case", motion.caseID] + proposal
        + (motion.proposedBy.map { ["--by", $0] } ?? []))
    let id = proposed.split(separator: "\n").first.map(String.init) ?? motion.id
    var last = ""
    for vote in motion.votes {
      last = try command([
        "session", "vote", journal, "--motion", id, "--member", vote.member,
        "--\(vote.choice.rawValue)",
      ])
    }
    let score = record.case(motion.caseID)?.evaluation.description ?? ""
    let what =
      switch motion.kind {
      case .confirm:
        Phrase(
          kk: "бағаны қолдау \(score)", ru: "поддержать оценку \(score)", en: "confirm \(score)")
      case .correct(let result):
        Phrase(
          kk: "бағаны түзету \(score) → \(result)",
          ru: "скорректировать оценку \(score) → \(result)", en: "correct \(score) → \(result)")
      }
    console.out("  \(id) \(motion.caseID) \(console.text(what))")
    // The last vote closes the motion: its lines after the vote's own are the result.
    for line in last.split(separator: "\n").dropFirst() { console.out("      \(line)") }
  }

  /// Writes the protocol in every language as text and HTML, and shows the Kazakh results;
  /// the files written.
  private func protocols() throws(CLIError) -> [String] {
    var written: [String] = []
    for language in Language.allCases {
      for (format, ext) in [("text", "txt"), ("html", "html")] {
        let out = folder.appendingPathComponent("\(name)-protocol-\(language.rawValue).\(ext)").path
        try command([
          "protocol", journal, "--lang", language.rawValue, "--format", format, "-o", out,
        ])
        written.append(out)
      }
    }
    let labels = ProtocolLabels.labels(console.language, kind: record.kind)
    let text = try command(["protocol", journal, "--lang", console.language.rawValue])
    let heading = labels.resultsHeading
    console.out(
      Phrase(
        kk: "  хаттама, \(heading):", ru: "  протокол, \(heading):",
        en: "  protocol (хаттама), \(heading):"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let results = lines.drop { $0 != labels.resultsHeading }.dropFirst().prefix { !$0.isEmpty }
    for line in results where !line.contains(labels.recommendationsColumn) {
      console.out("    " + line.trimmingCharacters(in: .whitespaces))
    }
    return written
  }

  /// Runs a step and prints one line for it.
  private func step(_ label: String, _ words: [String], summary: (String) -> String)
    throws(CLIError)
  {
    console.out("  \(label): \(summary(try command(words)))")
  }

  /// Runs one command line in-process; its output, or an error with what it printed.
  @discardableResult
  private func command(_ words: [String]) throws(CLIError) -> String {
    let (captured, output) = Console.capturing(language: console.language)
    let code = Dispatcher(commands: Commands.all).run(words, console: captured)
    guard code == .success else {
      let (line, exit, printed) = (
        "'hattama \(words.joined(separator: " "))'", code.rawValue, output.err + output.out
      )
      throw .failed(
        message: Phrase(
          kk: "демо \(line) командасында тоқтады (шығу коды \(exit)):\n\(printed)",
          ru: "демо остановилось на \(line) (код \(exit)):\n\(printed)",
          en: "the demo stopped at \(line) (exit \(exit)):\n\(printed)"))
    }
    return output.out
  }
}
