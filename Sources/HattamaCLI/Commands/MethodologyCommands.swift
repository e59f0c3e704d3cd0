import HattamaKit

/// `hattama methodology list` and `hattama methodology show`.
enum MethodologyCommands {
  static let list = CommandSpec(
    path: ["methodology", "list"],
    abstract: Phrase(
      kk: "Кіріктірілген әдістемелерді, олардың дереккөздерін, қолданылу мерзімін және "
        + "органдарын тізеді.",
      ru: "Перечисляет встроенные методики, их источники, срок действия и органы.",
      en: "List the built-in methodologies, their seeds, validity and bodies."),
    options: [
      .flag(
        "--json",
        help: Phrase(
          kk: "Тізімді JSON түрінде шығарады.", ru: "Выводит список в виде JSON.",
          en: "Print the list as JSON."))
    ],
    run: { invocation throws(CLIError) in
      let console = invocation.console
      let rows = Methodology.builtIn.map { m in
        [
          m.id, m.seed, console.text(m.validityDescription),
          m.bodies.map(\.kind.rawValue).joined(separator: ", "),
        ]
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
          TextTable.render(header: listHeader.map(console.text), rows: rows))
      }
      return .success
    })

  static let show = CommandSpec(
    path: ["methodology", "show"],
    abstract: Phrase(
      kk: "Әдістеменің әр ережесін тармағымен көрсетеді.",
      ru: "Показывает каждое правило методики с его пунктом.",
      en: "Show every rule of a methodology with its clause."),
    discussion: Phrase(
      kk: """
        --json шығаратын JSON — --methodology-file жүктейтін пішін: оны көшіріп, мәнді және
        оның тармағын өзгертіңіз де, файлды әдістеме қолданылатын кез келген жерге беріңіз.
        """,
      ru: """
        JSON, который выводит --json, — это форма, которую загружает --methodology-file:
        скопируйте его, измените значение и его пункт и передайте файл туда, где используется
        методика.
        """,
      en: """
        The JSON that --json prints is the shape --methodology-file loads: copy it, change a value
        and its clause, and pass the file wherever a methodology is used.
        """),
    arguments: [
      ArgumentSpec(
        name: "id",
        help: Phrase(
          kk: "Әдістеме идентификаторы, мысалы 'kz-trade-2025'.",
          ru: "Идентификатор методики, например 'kz-trade-2025'.",
          en: "A methodology id, such as 'kz-trade-2025'."))
    ],
    options: [
      .flag(
        "--json",
        help: Phrase(
          kk: "Әдістемені JSON түрінде шығарады (--methodology-file пішіні).",
          ru: "Выводит методику в виде JSON (в форме --methodology-file).",
          en: "Print the methodology as JSON (the --methodology-file shape)."))
    ],
    run: { invocation throws(CLIError) in
      let methodology = try Inputs.builtIn(
        try invocation.required("id"), option: "<id>", command: invocation.command)
      if invocation.flag("--json") {
        invocation.console.out(methodology.encodedJSON())
      } else {
        invocation.console.out(
          MethodologyDescription.text(of: methodology, in: invocation.console.language))
      }
      return .success
    })

  private static let listHeader = [
    Phrase(verbatim: "ID"), Phrase(kk: "ДЕРЕККӨЗ", ru: "ИСТОЧНИК", en: "SEED"),
    Phrase(kk: "ҚОЛДАНЫСТА", ru: "ДЕЙСТВУЕТ", en: "IN FORCE"),
    Phrase(kk: "ОРГАНДАР", ru: "ОРГАНЫ", en: "BODIES"),
  ]
}
