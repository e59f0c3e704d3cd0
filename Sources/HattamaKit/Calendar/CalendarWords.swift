/// How the words of calendar lines are read: a `--calendar` file's as written, in its one
/// language; the built-in data's as names of ``KazakhstanHoliday`` and ``TransferSource``, which
/// say them in three languages, and on a transfer line as the other day of the pair.
enum CalendarWords: Sendable {
  /// A `--calendar` file: every name and reason is shown as written.
  case written
  /// The built-in data: `nauryz`, `P1700000864`, and `2018-03-09` after `work`.
  case builtIn

  /// A `year` line's source of transfers; `nil` for a word the built-in data does not know.
  func source(_ text: String) -> Phrase? {
    switch self {
    case .written: Phrase(verbatim: text)
    case .builtIn: TransferSource(rawValue: text)?.title
    }
  }

  /// A holiday's name on an `every`, `holiday` or `fixed` line; `nil` for a word the built-in
  /// data does not know.
  func holidayName(_ text: String) -> Phrase? {
    switch self {
    case .written: Phrase(verbatim: text)
    case .builtIn: KazakhstanHoliday(rawValue: text)?.name
    }
  }

  /// What an `off` or `work` line says; `nil` for a built-in one whose text is not a date.
  func transfer(_ text: String) -> Transfer.Text? {
    switch self {
    case .written: .written(text)
    case .builtIn: Day(iso: text).map(Transfer.Text.otherDay)
    }
  }
}
