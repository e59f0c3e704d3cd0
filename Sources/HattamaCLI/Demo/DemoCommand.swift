// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import Foundation
import HattamaKit

/// `hattama demo`: a calibration session and a commission recorded end to end on built-in data,
/// through the same commands a secretary, HR and a reviewer run.
enum DemoCommand {
  static let spec = CommandSpec(
    path: ["demo"],
    abstract: "Record a calibration session and a commission end to end on built-in data.",
    discussion: """
      For each sitting: the composition is checked, the sitting is recorded vote by vote into a
      journal in a new temporary folder (the commission adopts a correction on the chair's
      casting vote, 000 ¶66; a calibration session has none),
      the journal is closed and verified against its anchor, the protocol (хаттама) is written
      in Kazakh, Russian and English as text and HTML, and the journal is audited. The folder is
      kept so that the files can be opened; its path is printed last. --json prints
      {"folder", "sittings": [{"name", "methodology", "kind", "draft", "journal", "anchor",
      "protocols", "audit"}]} instead, "audit" as 'hattama audit --json' prints it.
      """,
    options: [.flag("--json", help: "Print the folder, each sitting's files and audit as JSON.")],
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
      console.out(
        "Journals, protocols (kk, ru, en; text and HTML) and records are in \(folder.path)")
      return .success
    })
}

extension DemoCommand {
  static func builtIn(_ json: String, _ name: String) throws(CLIError) -> Record {
    do {
      return try Record.decode(Array(json.utf8))
    } catch {
      throw .failed(message: "the built-in \(name) data is invalid: \(error.description)")
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
      throw .io(file: folder.path, message: "cannot be created: \(error.localizedDescription)")
    }
    return folder
  }
}
