import Foundation
import HattamaKit

/// Records and methodologies read from files, with errors that name the file, line and field.
enum Inputs {
  /// The `hattama.record/1` in a file.
  static func record(_ path: String) throws(CLIError) -> Record {
    let bytes = try Files.read(path)
    do {
      return try Record.decode(bytes)
    } catch {
      throw .input(file: path, message: Phrase(untranslated: error.description))
    }
  }

  /// A methodology in the JSON shape `hattama methodology show --json` prints.
  static func methodology(file path: String) throws(CLIError) -> Methodology {
    let bytes = try Files.read(path)
    do {
      return try Methodology.decodeJSON(bytes)
    } catch {
      throw .input(file: path, message: Phrase(untranslated: error.description))
    }
  }

  static let methodologyOption = OptionSpec.value(
    "--methodology-file", "file",
    help: Phrase(
      kk: "Өз әдістемеңіз, 'hattama methodology show --json' шығаратын JSON пішінінде.",
      ru: "Собственная методика в форме JSON, которую выводит 'hattama methodology show --json'.",
      en: "A methodology of your own, in the JSON shape 'hattama methodology show --json' "
        + "prints."))

  /// The methodology `--methodology ID` or `--methodology-file FILE` names (exactly one).
  static func methodology(_ invocation: Invocation) throws(CLIError) -> Methodology {
    let option = try invocation.exactlyOne(of: ["--methodology", methodologyOption.name])
    if option == methodologyOption.name, let path = invocation.value(option) {
      return try methodology(file: path)
    }
    let id = invocation.value("--methodology") ?? ""
    return try builtIn(id, option: "--methodology", command: invocation.command)
  }

  /// A built-in methodology by id, or a usage error listing the ids with a suggestion.
  static func builtIn(_ id: String, option: String, command: CommandSpec) throws(CLIError)
    -> Methodology
  {
    if let methodology = Methodology.builtIn(id: id) { return methodology }
    let ids = Methodology.builtIn.map(\.id)
    throw .usage(
      .invalidValue(
        option: option, value: id,
        expected: UsageProblem.oneOf(ids, suggestion: id.nearest(in: ids))),
      command: command.path)
  }
}
