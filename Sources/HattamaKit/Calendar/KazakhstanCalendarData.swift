extension WorkingCalendar {
  /// Kazakhstan's public holidays and transfers of days off, 2018–2027, in the line format that
  /// ``WorkingCalendar/init(extraLines:source:)`` also reads from a `--calendar` file.
  ///
  /// One fact a line; `#` starts a comment; columns are separated by spaces:
  ///
  ///     year YYYY  SOURCE                     a year the data covers, and who set its transfers
  ///     every MM-DD [FROM]..[TO] KIND NAME    a holiday on that date every year FROM..TO
  ///     YYYY-MM-DD KIND TEXT [estimated]      one day
  ///
  /// KIND is `holiday` (a public holiday: on a Saturday or Sunday its day off moves to the next
  /// working day, Labour Code art. 84), `fixed` (one that never moves: the religious ones,
  /// Orthodox Christmas and the first day of Kurban Ait, to which art. 84's rule does not
  /// apply), `off` (a day off by a transfer, art. 85) or `work` (a working day by a transfer,
  /// such as a Saturday worked for a Friday off). `[estimated]` marks a date that its source
  /// only estimates (a future Kurban Ait). An `off` or `work` line overrides whatever the rules
  /// give for that day.
  ///
  /// A file's NAME, SOURCE and TEXT are shown as written. Here they are names read by
  /// ``CalendarWords/builtIn``, so that every word a person reads is in three languages: NAME a
  /// ``KazakhstanHoliday`` (`nauryz`), SOURCE a ``TransferSource`` (the act's adilet number), and
  /// a transfer's TEXT the other day of its pair — after `off` the day the day off came from,
  /// after `work` the day it went to.
  ///
  /// Holidays: Law of the Republic of Kazakhstan No. 267-II of 2001-12-13 "On holidays in the
  /// Republic of Kazakhstan", as amended (adilet Z010000267_), and Labour Code art. 84–85. The
  /// amendments of 2022 added Republic Day (25 October) and dropped First President's Day
  /// (1 December) and the second day of Independence Day (17 December). The amendments that came
  /// with the Constitution of 2026 (in force 2026-07-01) moved Constitution Day from 30 August to
  /// 15 March from 2027, so 2026 has no Constitution Day, and call 25 October «Қазақстан
  /// Республикасы күні» from 2026; the same changes are in `holidays` (vacanza/holidays pull
  /// request 3690, citing the law's history on adilet).
  ///
  /// `scripts/calendar-crosscheck.py` parses this very text and compares every day of 2018–2027
  /// with the PyPI package `holidays` (module KZ); see `scripts/CALENDAR.md`.
  static let kazakhstanData = #"""
    every 01-01 ..          holiday  new-year
    every 01-02 ..          holiday  new-year
    every 01-07 2006..      fixed    orthodox-christmas
    every 03-08 ..          holiday  womens-day
    every 03-15 2027..      holiday  constitution-day
    every 03-21 2010..      holiday  nauryz
    every 03-22 ..          holiday  nauryz
    every 03-23 2010..      holiday  nauryz
    every 05-01 ..          holiday  unity-day
    every 05-07 2013..      holiday  defender-day
    every 05-09 ..          holiday  victory-day
    every 07-06 2009..      holiday  capital-day
    every 08-30 ..2025      holiday  constitution-day
    every 10-25 2022..2025  holiday  republic-day
    every 10-25 2026..      holiday  republic-of-kazakhstan-day
    every 12-01 2012..2021  holiday  first-president-day
    every 12-16 ..          holiday  independence-day
    every 12-17 ..2021      holiday  independence-day

    year 2018  P1700000864
    2018-03-03 work   2018-03-09
    2018-03-09 off    2018-03-03
    2018-04-28 work   2018-04-30
    2018-04-30 off    2018-04-28
    2018-05-05 work   2018-05-08
    2018-05-08 off    2018-05-05
    2018-08-21 fixed  kurban-ait
    2018-08-25 work   2018-08-31
    2018-08-31 off    2018-08-25
    2018-12-29 work   2018-12-31
    2018-12-31 off    2018-12-29

    year 2019  P1800000888
    2019-05-04 work   2019-05-10
    2019-05-10 off    2019-05-04
    2019-08-11 fixed  kurban-ait

    year 2020  P1900000820
    2020-01-03 off    2020-01-05
    2020-01-05 work   2020-01-03
    2020-05-08 off    2020-05-11
    # Victory Day fell on Saturday 2020-05-09, so its day off was Monday 2020-05-11; the decree
    # moved that day off to Friday 2020-05-08 and Monday stayed a working day.
    2020-05-11 work   2020-05-08
    2020-07-31 fixed  kurban-ait
    2020-12-18 off    2020-12-20
    2020-12-20 work   2020-12-18

    year 2021  P2000000930
    2021-07-03 work   2021-07-05
    2021-07-05 off    2021-07-03
    2021-07-20 fixed  kurban-ait

    # No. 713 of 2021-10-06 set March and August, No. 796 of 2022 October.
    year 2022  P2200000796
    2022-03-05 work   2022-03-07
    2022-03-07 off    2022-03-05
    2022-07-09 fixed  kurban-ait
    2022-08-27 work   2022-08-29
    2022-08-29 off    2022-08-27
    2022-10-22 work   2022-10-24
    2022-10-24 off    2022-10-22

    year 2023  P2300000326
    2023-06-28 fixed  kurban-ait
    2023-07-01 work   2023-07-07
    2023-07-07 off    2023-07-01

    year 2024  G24G0000109
    2024-05-04 work   2024-05-08
    2024-05-08 off    2024-05-04
    2024-06-16 fixed  kurban-ait

    year 2025  G24G0000436
    2025-01-03 off    2025-01-05
    2025-01-05 work   2025-01-03
    2025-06-06 fixed  kurban-ait

    year 2026  none-2026
    # Kurban Ait follows the lunar calendar; `holidays` gives 2026 and 2027 as estimates.
    2026-05-27 fixed  kurban-ait [estimated]

    year 2027  none-2027
    2027-05-16 fixed  kurban-ait [estimated]
    """#  // l10n: ignore — names, dates and kinds for the parser; the words are in the Phrases
}
