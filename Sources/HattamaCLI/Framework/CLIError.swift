import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything that stops a command, with the context a person needs to fix it.
///
/// Rendered into text in one place, ``message``; the exit code follows SPEC.md.
enum CLIError: Error, Sendable {
  /// The words of the command line are wrong.
  case usage(UsageProblem, command: [String])
  /// A file could not be read, or its content is invalid.
  case input(file: String, message: Phrase)
  /// Writing or syncing a file failed; what was acknowledged before is intact.
  case io(file: String, message: Phrase)
  /// A procedural rule refused the action; nothing was changed.
  case refused(message: Phrase)
  /// The command ran but could not reach its goal (no valid roster exists).
  case failed(message: Phrase)
  /// Bad input whose sentence already names the file (a journal's errors).
  case badInput(message: Phrase)
  /// Standard output could not be written (`errno`); `recorded` is the event already on disk.
  case outputLost(errno: Int32, recorded: RecordedEvent?)

  var exitCode: ExitCode {
    switch self {
    case .usage, .input, .io, .badInput, .outputLost: .badInput
    case .refused, .failed: .failure
    }
  }

  /// What went wrong with a file, without the file's name: for reports that list files.
  var fileProblem: Phrase? {
    switch self {
    case .input(_, let message), .io(_, let message), .badInput(let message): message
    default: nil
    }
  }

  /// What went wrong, for a report that lists files: the file's problem without its name, else
  /// the whole message.
  func problemText(in language: Language) -> String {
    fileProblem?.text(in: language) ?? message(commands: Commands.all, in: language)
  }

  /// The text printed on standard error.
  func message(commands: [CommandSpec], in language: Language) -> String {
    phrase(commands: commands).text(in: language)
  }

  private func phrase(commands: [CommandSpec]) -> Phrase {
    switch self {
    case .usage(let problem, let path):
      let spec = commands.first { $0.path == path }
      let usage = spec.map { Self.usage + Phrase(verbatim: " " + HelpFormatter.usageLine(for: $0)) }
      return [Self.error + problem.sentence, usage, Self.seeHelp(path)].compactMap { $0 }
        .joined(separator: "\n")
    case .input(let file, let message), .io(let file, let message):
      return Self.error + Phrase(verbatim: "\(file): ") + message
    case .refused(let message):
      return Self.refused + message
    case .failed(let message), .badInput(let message):
      return Self.error + message
    case .outputLost(let code, let recorded):
      let reason = String(cString: strerror(code))
      guard let recorded else {
        return Self.error
          + Phrase(
            kk: "шығыс жазылмады: \(reason).", ru: "не удалось записать вывод: \(reason).",
            en: "the output could not be written: \(reason).")
      }
      let (journal, events, anchor) = (recorded.journal, recorded.anchor.events, recorded.anchor)
      return Self.error
        + Phrase(
          kk: "'\(journal)': № \(events) оқиға ретінде жазылды (бақылау белгісі \(anchor)); "
            + "шығыс жазылмады: \(reason). Отырысты және оның бақылау белгісін "
            + "'hattama session status \(journal)' көрсетеді.",
          ru: "'\(journal)': записано как событие \(events) (контрольная отметка \(anchor)); "
            + "не удалось записать вывод: \(reason). Заседание и его контрольную отметку "
            + "показывает 'hattama session status \(journal)'.",
          en: "'\(journal)': recorded as event \(events) (anchor \(anchor)); the output could "
            + "not be written: \(reason). 'hattama session status \(journal)' shows the sitting "
            + "and its anchor.")
    }
  }

  /// The word that opens an error on standard error.
  static let error = Phrase(kk: "Қате: ", ru: "Ошибка: ", en: "Error: ")
  /// The word that opens a refusal.
  static let refused = Phrase(kk: "Бас тартылды: ", ru: "Отказано: ", en: "Refused: ")
  /// The word that opens a warning on standard error.
  static let warning = Phrase(kk: "Ескерту: ", ru: "Предупреждение: ", en: "Warning: ")
  /// The label of the usage line.
  static let usage = Phrase(kk: "Қолданылуы:", ru: "Использование:", en: "Usage:")

  /// `See 'hattama session vote --help'.`
  static func seeHelp(_ path: [String]) -> Phrase {
    let help = "'" + (["hattama"] + path + ["--help"]).joined(separator: " ") + "'"
    return Phrase(kk: "Толығырақ: \(help).", ru: "Подробнее: \(help).", en: "See \(help).")
  }
}
