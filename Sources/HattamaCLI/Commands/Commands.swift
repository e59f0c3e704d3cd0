/// Every command of `hattama`, in the order `hattama --help` lists them.
enum Commands {
  static let all: [CommandSpec] = [
    SessionCommands.open,
    SessionCommands.attend,
    SessionCommands.propose,
    SessionCommands.vote,
    SessionCommands.tally,
    SessionCommands.close,
    SessionReadCommands.status,
    SessionReadCommands.export,
    SessionRunCommand.spec,
    SessionReadCommands.repair,
    SessionReadCommands.verify,
    AuditCommand.spec,
    RosterCommands.check,
    RosterCommands.compose,
    MethodologyCommands.list,
    MethodologyCommands.show,
    DeadlinesCommand.spec,
    CalendarCommand.add,
    CalendarCommand.list,
    ProtocolCommand.spec,
  ]
}
