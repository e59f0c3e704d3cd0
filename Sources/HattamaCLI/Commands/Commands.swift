/// Every command of `hattama`, in the order `hattama --help` lists them.
enum Commands {
  static let all: [CommandSpec] = [
    DeadlinesCommand.spec,
    CalendarCommand.add,
    CalendarCommand.list,
  ]
}
