// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
extension WorkingCalendar {
  /// Kazakhstan's public holidays and transfers of days off, 2018–2027, in the line format that
  /// ``WorkingCalendar/init(extraLines:source:)`` also reads from a `--calendar` file.
  ///
  /// `scripts/calendar-crosscheck.py` parses this very text and compares every day of 2018–2027
  /// with the PyPI package `holidays` (module KZ); see `scripts/CALENDAR.md`.
  static let kazakhstanData = #"""
    # Kazakhstan's working-day calendar, 2018-2027.
    #
    # Line format (one fact a line; `#` starts a comment; columns are separated by spaces):
    #   year YYYY  SOURCE                     a year the data covers, and who set its transfers
    #   every MM-DD [FROM]..[TO] KIND NAME    a holiday on that date every year FROM..TO (inclusive)
    #   YYYY-MM-DD KIND TEXT [estimated]      one day
    # KIND is one of
    #   holiday  a public holiday; on a Saturday or Sunday its day off moves to the next working
    #            day (Labour Code art. 84)
    #   fixed    a public holiday that never moves: the religious ones, Orthodox Christmas and the
    #            first day of Kurban Ait, to which art. 84's rule does not apply
    #   off      a day off by a transfer (Labour Code art. 85)
    #   work     a working day by a transfer, such as a Saturday worked for a Friday off
    # `[estimated]` marks a date that its source only estimates (a future Kurban Ait).
    # An `off` or `work` line overrides whatever the rules give for that day.
    #
    # Holidays: Law of the Republic of Kazakhstan No. 267-II of 2001-12-13 "On holidays in the
    # Republic of Kazakhstan", as amended (adilet Z010000267_), and Labour Code art. 84-85.
    # The amendments of 2022 added Republic Day (25 October) and dropped First President's Day
    # (1 December) and the second day of Independence Day (17 December). The amendments that
    # came with the Constitution of 2026 (in force 2026-07-01) moved Constitution Day from
    # 30 August to 15 March from 2027, so 2026 has no Constitution Day; the same change is in
    # `holidays` (vacanza/holidays pull request 3690, citing the law's history on adilet).
    # Until 2023 transfers were Government decrees; from 2024 they are orders of the Minister of
    # Labour and Social Protection of the Population (Labour Code art. 85 as amended).

    every 01-01 ..       holiday  New Year
    every 01-02 ..       holiday  New Year
    every 01-07 2006..   fixed    Orthodox Christmas
    every 03-08 ..       holiday  International Women's Day
    every 03-15 2027..   holiday  Constitution Day
    every 03-21 2010..   holiday  Nauryz
    every 03-22 ..       holiday  Nauryz
    every 03-23 2010..   holiday  Nauryz
    every 05-01 ..       holiday  Kazakhstan People's Unity Day
    every 05-07 2013..   holiday  Defender of the Fatherland Day
    every 05-09 ..       holiday  Victory Day
    every 07-06 2009..   holiday  Capital Day
    every 08-30 ..2025   holiday  Constitution Day
    every 10-25 2022..   holiday  Republic Day
    every 12-01 2012..2021 holiday First President's Day
    every 12-16 ..       holiday  Independence Day
    every 12-17 ..2021   holiday  Independence Day

    year 2018  Government decree No. 864 of 2017, "On the transfer of days off in 2018" (adilet P1700000864)
    2018-03-03 work     Saturday worked; its day off moves to Friday 2018-03-09
    2018-03-09 off      day off transferred from Saturday 2018-03-03
    2018-04-28 work     Saturday worked; its day off moves to Monday 2018-04-30
    2018-04-30 off      day off transferred from Saturday 2018-04-28
    2018-05-05 work     Saturday worked; its day off moves to Tuesday 2018-05-08
    2018-05-08 off      day off transferred from Saturday 2018-05-05
    2018-08-21 fixed    Kurban Ait, first day
    2018-08-25 work     Saturday worked; its day off moves to Friday 2018-08-31
    2018-08-31 off      day off transferred from Saturday 2018-08-25
    2018-12-29 work     Saturday worked; its day off moves to Monday 2018-12-31
    2018-12-31 off      day off transferred from Saturday 2018-12-29

    year 2019  Government decree No. 888 of 2018, "On the transfer of a day off in 2019" (adilet P1800000888)
    2019-05-04 work     Saturday worked; its day off moves to Friday 2019-05-10
    2019-05-10 off      day off transferred from Saturday 2019-05-04
    2019-08-11 fixed    Kurban Ait, first day

    year 2020  Government decree No. 820 of 2019, "On the transfer of days off in 2020" (adilet P1900000820)
    2020-01-03 off      day off transferred from Sunday 2020-01-05
    2020-01-05 work     Sunday worked; its day off moves to Friday 2020-01-03
    2020-05-08 off      day off transferred from Monday 2020-05-11
    # Victory Day fell on Saturday 2020-05-09, so its day off was Monday 2020-05-11; the decree
    # moved that day off to Friday 2020-05-08 and Monday stayed a working day.
    2020-05-11 work     Victory Day's day off moved to Friday 2020-05-08
    2020-07-31 fixed    Kurban Ait, first day
    2020-12-18 off      day off transferred from Sunday 2020-12-20
    2020-12-20 work     Sunday worked; its day off moves to Friday 2020-12-18

    year 2021  Government decree No. 930 of 2020, "On the transfer of a day off in 2021" (adilet P2000000930)
    2021-07-03 work     Saturday worked; its day off moves to Monday 2021-07-05
    2021-07-05 off      day off transferred from Saturday 2021-07-03
    2021-07-20 fixed    Kurban Ait, first day

    year 2022  Government decree No. 713 of 2021-10-06 (March, August) and No. 796 of 2022 (October, adilet P2200000796)
    2022-03-05 work     Saturday worked; its day off moves to Monday 2022-03-07
    2022-03-07 off      day off transferred from Saturday 2022-03-05
    2022-07-09 fixed    Kurban Ait, first day
    2022-08-27 work     Saturday worked; its day off moves to Monday 2022-08-29
    2022-08-29 off      day off transferred from Saturday 2022-08-27
    2022-10-22 work     Saturday worked; its day off moves to Monday 2022-10-24
    2022-10-24 off      day off transferred from Saturday 2022-10-22

    year 2023  Government decree No. 326 of 2023-04-25, "On the transfer of a day off in 2023" (adilet P2300000326)
    2023-06-28 fixed    Kurban Ait, first day
    2023-07-01 work     Saturday worked; its day off moves to Friday 2023-07-07
    2023-07-07 off      day off transferred from Saturday 2023-07-01

    year 2024  order of the acting Minister of Labour and Social Protection of 2024-04-17, "On the transfer of a day off in 2024" (adilet G24G0000109)
    2024-05-04 work     Saturday worked; its day off moves to Wednesday 2024-05-08
    2024-05-08 off      day off transferred from Saturday 2024-05-04
    2024-06-16 fixed    Kurban Ait, first day

    year 2025  order of the Minister of Labour and Social Protection of 2024, "On the transfer of a day off in 2025" (adilet G24G0000436)
    2025-01-03 off      day off transferred from Sunday 2025-01-05
    2025-01-05 work     Sunday worked; its day off moves to Friday 2025-01-03
    2025-06-06 fixed    Kurban Ait, first day

    year 2026  no transfer of days off was published for 2026 (checked 2026-11)
    # Kurban Ait follows the lunar calendar; `holidays` gives 2026 and 2027 as estimates.
    2026-05-27 fixed    Kurban Ait, first day [estimated]

    year 2027  no transfer of days off published yet (checked 2026-11); add the order with --calendar
    2027-05-16 fixed    Kurban Ait, first day [estimated]
    """#
}
