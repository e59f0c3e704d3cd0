import Foundation
import HattamaKit

/// `hattama demo`: a calibration session and a commission recorded end to end on built-in data,
/// through the same commands a secretary, HR and a reviewer run.
enum DemoCommand {
  static let spec = CommandSpec(
    path: ["demo"],
    abstract: Phrase(
      kk: "Кіріктірілген деректер бойынша калибрлеу сессиясы мен комиссияны басынан аяғына дейін "
        + "жазады.",
      ru: "Записывает калибровочную сессию и комиссию от начала до конца на встроенных данных.",
      en: "Record a calibration session and a commission end to end on built-in data."),
    discussion: Phrase(
      kk: """
        Әр отырыс үшін: құрам тексеріледі, отырыс жаңа уақытша қалтадағы журналға дауыс
        бойынша жазылады (комиссия түзетуді төрағаның шешуші дауысымен қабылдайды, 000 ¶66;
        калибрлеу сессиясында ондай дауыс жоқ), журнал жабылып, бақылау белгісі бойынша
        тексеріледі, хаттама қазақ, орыс және ағылшын тілдерінде text және HTML түрінде
        жазылады, ал журнал тексеріледі. Файлдарды ашу үшін қалта сақталады; оның жолы соңында
        шығарылады. --json берілсе, оның орнына {"folder", "sittings": [{"name", "methodology",
        "kind", "draft", "journal", "anchor", "protocols", "audit"}]} шығарылады, "audit" —
        'hattama audit --json' шығаратындай.
        """,
      ru: """
        Для каждого заседания: проверяется состав, заседание записывается голос за голосом в
        журнал в новой временной папке (комиссия принимает корректировку решающим голосом
        председателя, 000 ¶66; у калибровочной сессии его нет), журнал закрывается и
        сверяется с контрольной отметкой, протокол пишется на казахском, русском и английском
        как text и HTML, а журнал проверяется. Папка сохраняется, чтобы файлы можно было
        открыть; её путь выводится последним. С --json вместо этого выводится
        {"folder", "sittings": [{"name", "methodology", "kind", "draft", "journal", "anchor",
        "protocols", "audit"}]}, где "audit" — то, что выводит 'hattama audit --json'.
        """,
      en: """
        For each sitting: the composition is checked, the sitting is recorded vote by vote into a
        journal in a new temporary folder (the commission adopts a correction on the chair's
        casting vote, 000 ¶66; a calibration session has none), the journal is closed and
        verified against its anchor, the protocol (хаттама) is written in Kazakh, Russian and
        English as text and HTML, and the journal is audited. The folder is kept so that the
        files can be opened; its path is printed last. --json prints {"folder", "sittings":
        [{"name", "methodology", "kind", "draft", "journal", "anchor", "protocols", "audit"}]}
        instead, "audit" as 'hattama audit --json' prints it.
        """),
    options: [
      .flag(
        "--json",
        help: Phrase(
          kk: "Қалтаны, әр отырыстың файлдары мен тексеру нәтижесін JSON ретінде шығарады.",
          ru: "Вывести папку, файлы каждого заседания и результат проверки в JSON.",
          en: "Print the folder, each sitting's files and audit as JSON."))
    ],
    run: { invocation throws(CLIError) in
      let folder = try DemoFolder.create()
      let json = invocation.flag("--json")
      // With --json the steps' lines are not printed: one JSON object is the whole output.
      let console =
        json ? Console.capturing(language: invocation.console.language).0 : invocation.console
      var sittings: [JSONValue] = []
      for (name, data) in [
        ("calibration", DemoData.calibration), ("commission", DemoData.commission),
      ] {
        sittings.append(
          try DemoSitting(
            record: try builtIn(data, name), name: name, folder: folder, console: console
          )
          .run())
        console.out()
      }
      if json {
        invocation.console.out(
          JSONWriter().string(
            for: .object([("folder", .string(folder.path)), ("sittings", .array(sittings))])))
        return .success
      }
      let path = folder.path
      console.out(
        Phrase(
          kk: "Журналдар, хаттамалар (kk, ru, en; text және HTML) және жазбалар мына қалтада: "
            + path,
          ru: "Журналы, протоколы (kk, ru, en; text и HTML) и записи находятся в \(path)",
          en: "Journals, protocols (kk, ru, en; text and HTML) and records are in \(path)"))
      return .success
    })
}

extension DemoCommand {
  static func builtIn(_ json: String, _ name: String) throws(CLIError) -> Record {
    do {
      return try Record.decode(Array(json.utf8))
    } catch {
      let reason = error.description
      throw .failed(
        message: Phrase(
          kk: "кіріктірілген \(name) деректері жарамсыз: \(reason)",
          ru: "встроенные данные \(name) недопустимы: \(reason)",
          en: "the built-in \(name) data is invalid: \(reason)"))
    }
  }
}

/// A fresh folder for the demo's files, readable only by its owner: the files hold scores.
enum DemoFolder {
  static func create() throws(CLIError) -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hattama-demo-\(UUID().uuidString.prefix(8).lowercased())")
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: false,
        attributes: [.posixPermissions: 0o700])
    } catch {
      let reason = error.localizedDescription
      throw .io(
        file: folder.path,
        message: Phrase(
          kk: "жасалмайды: \(reason)", ru: "не удаётся создать: \(reason)",
          en: "cannot be created: \(reason)"))
    }
    return folder
  }
}
