import HattamaKit

/// The manual page `hattama.1`, in roff, generated from the command specs that `--help` prints,
/// so the two never disagree.
enum ManualPage {
  /// The page in one language.
  ///
  /// The section headings are the language's own, as translated manual pages write them
  /// (`.SH ИМЯ` in Russian ones): a reader of the Kazakh page should not meet English there.
  static func roff(_ commands: [CommandSpec], in language: Language) -> String {
    let text = { (phrase: Phrase) in escaped(oneLine(phrase.text(in: language))) }
    let section = { (phrase: Phrase) in ".SH " + phrase.text(in: language) }
    var lines = [
      ".TH HATTAMA 1 \"\" \"hattama \(HattamaCLI.version)\" \"\(text(Section.userCommands))\"",  // l10n: ignore — roff's title line
      section(Section.name),
      "hattama \\- " + text(HelpFormatter.overview),
      section(Section.synopsis), ".B hattama", #"\fIcommand\fR [\fIoptions\fR]"#,
      section(Section.description), text(description), section(Section.commands),
    ]
    for command in commands {
      lines += [
        ".TP", ".B " + escaped(HelpFormatter.usageLine(for: command)), text(command.abstract),
      ]
      if let discussion = command.discussion {
        lines += [".RS"] + paragraphs(discussion.text(in: language)) + [".RE"]
      }
      let options = command.options.map { option in
        [".TP", #"\fB"# + escaped(option.synopsis) + #"\fR"#, text(option.help)]
      }
      if !options.isEmpty { lines += [".RS"] + options.flatMap { $0 } + [".RE"] }
    }
    lines += [
      section(Section.exitStatus), text(HelpFormatter.exitStatus),
      section(Section.environment), ".TP", ".B HATTAMA_LANG", text(languageVariable),
      ".TP", ".B NO_COLOR", text(noColor),
    ]
    return lines.joined(separator: "\n")
  }

  /// The section headings of the page.
  enum Section {
    static let userCommands = Phrase(
      kk: "Пайдаланушы командалары", ru: "Пользовательские команды", en: "User Commands")
    static let name = Phrase(kk: "АТАУЫ", ru: "ИМЯ", en: "NAME")
    static let synopsis = Phrase(kk: "ҚОЛДАНЫЛУЫ", ru: "ОБЗОР", en: "SYNOPSIS")
    static let description = Phrase(kk: "СИПАТТАМАСЫ", ru: "ОПИСАНИЕ", en: "DESCRIPTION")
    static let commands = Phrase(kk: "КОМАНДАЛАР", ru: "КОМАНДЫ", en: "COMMANDS")
    static let exitStatus = Phrase(kk: "ШЫҒУ КОДЫ", ru: "КОД ВОЗВРАТА", en: "EXIT STATUS")
    static let environment = Phrase(kk: "ОРТА", ru: "ОКРУЖЕНИЕ", en: "ENVIRONMENT")
  }

  static let description = Phrase(
    kk: "Қазақстандағы мемлекеттік қызметшілердің қызметін бағалау нәтижелерін қарайтын "
      + "алқалы органдарды жазады және тексереді. Әр команданың --help опциясы бар; "
      + "'hattama help COMMAND' де соны шығарады.",
    ru: "Записывает и проверяет коллегиальные органы, рассматривающие оценки деятельности "
      + "государственных служащих Казахстана. У каждой команды есть --help; "
      + "'hattama help COMMAND' выводит то же самое.",
    en: "Records and checks the collegial bodies that review civil servants' performance scores "
      + "in Kazakhstan. Every command has --help; 'hattama help COMMAND' prints the same.")

  static let languageVariable = Phrase(
    kk: "kk, ru немесе en: хабарламалардың тілі (болмаса LC_ALL, LC_MESSAGES, LANG).",
    ru: "kk, ru или en: язык сообщений (иначе LC_ALL, LC_MESSAGES, LANG).",
    en: "kk, ru or en: the language of messages (else LC_ALL, LC_MESSAGES, LANG).")

  static let noColor = Phrase(
    kk: "шығысты ешқашан түспен боямайды.", ru: "никогда не раскрашивать вывод.",
    en: "never colour the output.")

  /// Paragraphs of a discussion, each reflowed by roff; a blank line separates them.
  private static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").flatMap { [".PP", escaped(oneLine($0))] }
  }

  /// A paragraph wrapped for the terminal, on one line for roff to fill.
  private static func oneLine(_ text: String) -> String {
    text.split(separator: "\n").joined(separator: " ")
  }

  /// Text roff prints as written: backslashes doubled, a leading dot or quote protected.
  static func escaped(_ text: String) -> String {
    let body = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(
      of: "-", with: "\\-")
    return body.hasPrefix(".") || body.hasPrefix("'") ? "\\&" + body : body
  }
}
