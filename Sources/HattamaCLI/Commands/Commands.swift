/// Every command of `hattama`, in the order `hattama --help` lists them.
enum Commands {
  static let all: [CommandSpec] = [
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
