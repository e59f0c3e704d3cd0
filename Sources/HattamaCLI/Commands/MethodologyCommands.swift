// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
import HattamaKit

/// `hattama methodology list` and `hattama methodology show`.
enum MethodologyCommands {
  static let list = CommandSpec(
    path: ["methodology", "list"],
    abstract: "List the built-in methodologies, their seeds, validity and bodies.",
    options: [.flag("--json", help: "Print the list as JSON.")],
    run: { invocation throws(CLIError) in
      let rows = Methodology.builtIn.map { m in
        [m.id, m.seed, validity(of: m), m.bodies.map(\.kind.rawValue).joined(separator: ", ")]
      }
      if invocation.flag("--json") {
        invocation.console.out(
          JSONWriter().string(
            for: .array(
              Methodology.builtIn.map { m in
                .object([
                  ("id", .string(m.id)), ("seed", .string(m.seed)), ("title", .string(m.title)),
                  ("validFrom", m.validFrom.value.jsonValue),
                  ("validThrough", m.validThrough?.value.jsonValue ?? JSONValue(.null)),
                  ("bodies", .array(m.bodies.map { .string($0.kind.rawValue) })),
                ])
              })))
      } else {
        invocation.console.out(
          TextTable.render(header: ["ID", "SEED", "IN FORCE", "BODIES"], rows: rows))
      }
      return .success
    })

  static let show = CommandSpec(
    path: ["methodology", "show"],
    abstract: "Show every rule of a methodology with its clause.",
    discussion: """
      The JSON that --json prints is the shape --methodology-file loads: copy it, change a value
      and its clause, and pass the file wherever a methodology is used.
      """,
    arguments: [ArgumentSpec(name: "id", help: "A methodology id, such as 'kz-trade-2025'.")],
    options: [
      .flag("--json", help: "Print the methodology as JSON (the --methodology-file shape).")
    ],
    run: { invocation throws(CLIError) in
      let methodology = try Inputs.builtIn(
        try invocation.required("id"), option: "<id>", command: invocation.command)
      if invocation.flag("--json") {
        invocation.console.out(methodology.encodedJSON())
      } else {
        invocation.console.out(MethodologyDescription.text(of: methodology))
      }
      return .success
    })

  static func validity(of methodology: Methodology) -> String {
    methodology.validityDescription
  }
}
