/// Every command of `hattama`, in the order `hattama --help` lists them: the demo, then the
/// way a sitting goes — HR's roster, the secretary's journal, the protocol, the reviewer's
/// checks — then the rules and the calendar they rest on.
enum Commands {
  static let all: [CommandSpec] = [
    DemoCommand.spec,
    DraftCommand.spec,
    RosterCommands.compose,
    RosterCommands.check,
    RosterPlanCommand.spec,
    SessionCommands.open,
    SessionCommands.attend,
    SessionCommands.propose,
    SessionCommands.vote,
    SessionCommands.tally,
    SessionCommands.close,
    SessionRunCommand.spec,
    SessionReadCommands.status,
    SessionReadCommands.export,
    SessionReadCommands.repair,
    ProtocolCommand.spec,
    AuditCommand.spec,
    ReportCommand.spec,
    SessionReadCommands.verify,
    DeadlinesCommand.spec,
    MethodologyCommands.list,
    MethodologyCommands.show,
    CalendarCommand.add,
    CalendarCommand.list,
    HelpCommand.spec,
    CompletionCommand.spec,
  ]
}
