#!/usr/bin/env python3
"""Cross-checks hattama's Kazakhstan calendar data against the PyPI package `holidays`.

The data lives in Sources/HattamaKit/Calendar/KazakhstanCalendarData.swift as a raw string
literal. This script reads that very text, applies the same rules as the Swift
`WorkingCalendar` (weekends, holidays, a weekend holiday's day off moved to the next working
day, transfers overriding both), and compares every day of the covered years with
`holidays.country_holidays("KZ")`: which weekdays are non-working and which weekend days are
working (the Saturdays and Sundays a transfer names as the day it moved a day off *from*).

Every difference is printed. A difference the data file explains with a comment line
    # differs from holidays: YYYY-MM-DD <why, with the source>
is listed as explained. The last line is the number of unexplained differences; the exit status
is 0 when it is 0.

With --hattama BIN the script also runs `BIN calendar list YEAR --json` for every covered year
and checks that the Swift implementation gives the same days as this reading of the data.

Usage: pip install holidays && python3 scripts/calendar-crosscheck.py [--hattama PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

DATA_FILE = (
    Path(__file__).resolve().parent.parent
    / "Sources" / "HattamaKit" / "Calendar" / "KazakhstanCalendarData.swift"
)
KINDS = ("holiday", "fixed", "off", "work")
EXPLAINED = re.compile(r"^#\s*differs from holidays:\s*(\d{4}-\d{2}-\d{2})\s+(.*)$")


@dataclass
class Rule:
    month: int
    day: int
    first: int | None
    last: int | None
    kind: str
    name: str


@dataclass
class Line:
    date: dt.date
    kind: str
    text: str
    estimated: bool


@dataclass
class Data:
    years: dict[int, str] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)
    days: list[Line] = field(default_factory=list)
    explained: dict[dt.date, str] = field(default_factory=dict)


def swift_literal(path: Path) -> str:
    """The text of the raw multi-line string literal, dedented as Swift does."""
    source = path.read_text(encoding="utf-8")
    start = source.index('#"""') + len('#"""')
    end = source.index('"""#', start)
    return textwrap.dedent(source[start:end].split("\n", 1)[1])


def parse(text: str) -> Data:
    data = Data()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            match = EXPLAINED.match(line)
            if match:
                data.explained[dt.date.fromisoformat(match[1])] = match[2]
            continue
        words = line.split()
        if words[0] == "year":
            data.years[int(words[1])] = " ".join(words[2:])
        elif words[0] == "every":
            month, day = (int(part) for part in words[1].split("-"))
            first, last = words[2].split("..")
            data.rules.append(Rule(month, day, int(first) if first else None,
                                   int(last) if last else None, words[3], " ".join(words[4:])))
        else:
            estimated = words[-1] == "[estimated]"
            if estimated:
                words = words[:-1]
            if words[1] not in KINDS:
                sys.exit(f"line {number}: unknown kind '{words[1]}'")
            data.days.append(Line(dt.date.fromisoformat(words[0]), words[1],
                                  " ".join(words[2:]), estimated))
    return data


def year_table(data: Data, year: int) -> dict[dt.date, tuple[bool, str, bool]]:
    """Every day of `year` that is not an ordinary weekday or weekend: (working, reason, estimated)."""
    holidays: dict[dt.date, list[tuple[str, bool, bool]]] = {}
    for rule in data.rules:
        if (rule.first or year) <= year <= (rule.last or year):
            day = dt.date(year, rule.month, rule.day)
            holidays.setdefault(day, []).append((rule.name, rule.kind == "holiday", False))
    for line in data.days:
        if line.date.year == year and line.kind in ("holiday", "fixed"):
            holidays.setdefault(line.date, []).append((line.text, line.kind == "holiday",
                                                       line.estimated))
    table: dict[dt.date, tuple[bool, str, bool]] = {}
    for day, entries in holidays.items():
        table[day] = (False, " and ".join(name for name, _, _ in entries),
                      any(estimated for _, _, estimated in entries))
    taken: set[dt.date] = set()
    for day in sorted(holidays):
        entries = holidays[day]
        if day.weekday() < 5 or not any(moves for _, moves, _ in entries):
            continue
        target = day + dt.timedelta(days=1)
        while target.weekday() >= 5 or target in holidays or target in taken:
            target += dt.timedelta(days=1)
        taken.add(target)
        name = " and ".join(name for name, moves, _ in entries if moves)
        table[target] = (False, f"{name}, moved from {day:%A} {day}", False)
    for line in data.days:
        if line.date.year == year and line.kind in ("off", "work"):
            table[line.date] = (line.kind == "work", line.text, line.estimated)
    return table


def ours(data: Data, years: list[int]) -> dict[dt.date, tuple[bool, str, bool]]:
    result: dict[dt.date, tuple[bool, str, bool]] = {}
    for year in years:
        table = year_table(data, year)
        day = dt.date(year, 1, 1)
        while day.year == year:
            result[day] = table.get(day, (day.weekday() < 5, "weekend" if day.weekday() >= 5 else "", False))
            day += dt.timedelta(days=1)
    return result


def theirs(years: list[int]) -> dict[dt.date, tuple[bool, str, bool]]:
    import holidays  # noqa: PLC0415 - imported here so that --help works without it
    from holidays.countries import kazakhstan

    known = holidays.country_holidays("KZ", years=years, language="en_US")
    working_weekends: dict[dt.date, str] = {}
    for year, entries in kazakhstan.KazakhstanStaticHolidays.special_public_holidays.items():
        entries = entries if isinstance(entries[0], tuple) else (entries,)
        for entry in entries:
            to_month, to_day, from_month, from_day, *from_year = entry
            source = dt.date(from_year[0] if from_year else year, from_month, from_day)
            working_weekends[source] = f"day off transferred to {dt.date(year, to_month, to_day)}"
    result: dict[dt.date, tuple[bool, str, bool]] = {}
    for year in years:
        day = dt.date(year, 1, 1)
        while day.year == year:
            if day in known:
                name = known.get(day)
                result[day] = (False, name, "estimated" in name)
            elif day in working_weekends:
                result[day] = (True, working_weekends[day], False)
            else:
                result[day] = (day.weekday() < 5, "weekend" if day.weekday() >= 5 else "", False)
            day += dt.timedelta(days=1)
    return result


def compare_with_hattama(binary: str, data: Data, years: list[int]) -> int:
    differences = 0
    expected = ours(data, years)
    for year in years:
        output = subprocess.run([binary, "calendar", "list", str(year), "--json"],
                                check=True, capture_output=True, text=True).stdout
        listed = {dt.date.fromisoformat(entry["date"]): entry for entry in json.loads(output)["days"]}
        day = dt.date(year, 1, 1)
        while day.year == year:
            working, _, estimated = expected[day]
            entry = listed.get(day)
            swift_working = entry["working"] if entry else day.weekday() < 5
            swift_estimated = entry.get("estimated", False) if entry else False
            if (working, estimated) != (swift_working, swift_estimated):
                differences += 1
                print(f"{day} hattama says working={swift_working} estimated={swift_estimated}, "
                      f"the data says working={working} estimated={estimated}")
            day += dt.timedelta(days=1)
    print(f"hattama binary: {differences} differences from this reading of the data")
    return differences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_FILE, help="the Swift data file")
    parser.add_argument("--hattama", help="also compare `hattama calendar list --json`")
    arguments = parser.parse_args()

    data = parse(swift_literal(arguments.data))
    years = sorted(data.years)
    print(f"{arguments.data.name}: years {years[0]}-{years[-1]}")
    mine, package = ours(data, years), theirs(years)

    unexplained = explained = 0
    for day in sorted(mine):
        (working, reason, estimated), (p_working, p_reason, p_estimated) = mine[day], package[day]
        if working == p_working and estimated == p_estimated:
            continue
        what = "working" if working else "non-working"
        p_what = "working" if p_working else "non-working"
        line = (f"{day} {day:%a}: data {what}{' (estimated)' if estimated else ''} [{reason}]; "
                f"holidays {p_what}{' (estimated)' if p_estimated else ''} [{p_reason}]")
        if day in data.explained:
            explained += 1
            print(f"explained  {line}\n           why: {data.explained[day]}")
        else:
            unexplained += 1
            print(f"DIFFERENCE {line}")
    print(f"{explained} explained differences")
    failures = unexplained
    if arguments.hattama:
        failures += compare_with_hattama(arguments.hattama, data, years)
    print(unexplained)
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
