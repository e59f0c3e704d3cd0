// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// The manual page `hattama.1`, in roff, generated from the command specs that `--help` prints,
/// so the two never disagree.
enum ManualPage {
  static func roff(_ commands: [CommandSpec], in language: Language) -> String {
    var lines = [
      #".TH HATTAMA 1 "" "hattama \#(HattamaCLI.version)" "User Commands""#,
      ".SH NAME",
      #"hattama \- calibration sessions and evaluation commissions: rosters, live voting, deadlines, audit and the protocol"#,
      ".SH SYNOPSIS", ".B hattama", #"\fIcommand\fR [\fIoptions\fR]"#,
      ".SH DESCRIPTION",
      escaped(
        "Records and checks the collegial bodies that review civil servants' performance scores "
          + "in Kazakhstan. Every command has --help; 'hattama help COMMAND' prints the same."),
      ".SH COMMANDS",
    ]
    for command in commands {
      lines += [".TP", ".B " + escaped(HelpFormatter.usageLine(for: command)), escaped(command.abstract.text(in: language))]
      if let discussion = command.discussion {
        lines += [".RS"] + paragraphs(discussion.text(in: language)) + [".RE"]
      }
      let options = command.options.map { option in
        [".TP", #"\fB"# + escaped(option.synopsis) + #"\fR"#, escaped(option.help.text(in: language))]
      }
      if !options.isEmpty { lines += [".RS"] + options.flatMap { $0 } + [".RE"] }
    }
    lines += [
      ".SH EXIT STATUS",
      escaped(
        "0 done (no violation); 1 a rule refused the action or a check found a violation; 2 bad "
          + "usage, unreadable input, a failed write, or output that could not be printed."),
      ".SH ENVIRONMENT", ".TP", ".B HATTAMA_LANG",
      escaped("kk, ru or en: the language of messages (else LC_ALL, LC_MESSAGES, LANG)."),
      ".TP", ".B NO_COLOR", escaped("never colour the output."),
    ]
    return lines.joined(separator: "\n")
  }

  /// Paragraphs of a discussion, each reflowed by roff; a blank line separates them.
  private static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").flatMap { paragraph in
      [".PP", escaped(paragraph.split(separator: "\n").joined(separator: " "))]
    }
  }

  /// Text roff prints as written: backslashes doubled, a leading dot or quote protected.
  static func escaped(_ text: String) -> String {
    let body = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    return body.hasPrefix(".") || body.hasPrefix("'") ? "\\&" + body : body
  }
}
