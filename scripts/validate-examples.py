#!/usr/bin/env python3
"""Validate Examples/*.json against Schema/hattama.record-1.schema.json.

A development check, not part of the package: it needs Python 3 and the `jsonschema` module.
It also checks that the schema refuses a few broken records, so that a schema that accepts
everything cannot pass. Exit 0 when all is well, 1 otherwise.

    python3 scripts/validate-examples.py
"""
import copy
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate-examples: the Python module 'jsonschema' is missing; pip install jsonschema")

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "Schema" / "hattama.record-1.schema.json"
EXAMPLES = sorted((ROOT / "Examples").glob("*.json"))


def broken_records(valid):
    """(what is wrong, a copy of `valid` with it) for the negative checks."""
    def changed(edit):
        record = copy.deepcopy(valid)
        edit(record)
        return record

    yield "an unknown top-level field", changed(lambda r: r.update(colour="red"))
    yield "an unknown case field", changed(
        lambda r: r["cases"][0].update(familiarisedOn="2025-10-13"))
    yield "another format", changed(lambda r: r.update(format="hattama.record/2"))
    yield "a date of another shape", changed(
        lambda r: r["cases"][0].update(appliedOn="15.10.2025"))
    yield "a month 13", changed(lambda r: r["sitting"].update(date="2025-13-01"))
    yield "a score that is no number", changed(lambda r: r["cases"][0].update(score="3.4x"))
    yield "a score written as a number", changed(lambda r: r["cases"][0].update(score=3.4))
    yield "a correction without a score", changed(lambda r: r["motions"][0].pop("score"))
    yield "a confirmation with a score", changed(
        lambda r: r["motions"][1].update(score="3.00"))
    yield "a vote that is no choice", changed(
        lambda r: r["motions"][0]["votes"].update(m1="yes"))
    yield "a sanction that does not exist", changed(
        lambda r: r["cases"][0].update(sanction="fine"))
    yield "no cases", changed(lambda r: r.pop("cases"))
    yield "a journal head in capitals", changed(
        lambda r: r.update(journal={"events": 3, "head": "AB" * 32}))
    yield "a journal of no events", changed(
        lambda r: r.update(journal={"events": 0, "head": "ab" * 32}))
    yield "hr that is no boolean", changed(lambda r: r["people"][0].update(hr="yes"))
    yield "a display text in an unknown language", changed(
        lambda r: r.update(body={"kk": "Министрлік", "de": "Ministerium"}))
    yield "a display text of no language", changed(lambda r: r.update(body={}))
    yield "a name that is no text", changed(lambda r: r["people"][0].update(name=["Омаров"]))
    yield "a position in a language that is no string", changed(
        lambda r: r["people"][0].update(position={"ru": 5}))


def broken_category_records(valid):
    """The negative checks of results by category, on `commission-categories.json`."""
    def changed(edit):
        record = copy.deepcopy(valid)
        edit(record)
        return record

    yield "a case with a score and a category", changed(
        lambda r: r["cases"][0].update(score="3.40"))
    yield "a category without the targets met", changed(lambda r: r["cases"][0].pop("kpiMet"))
    yield "a category 5", changed(lambda r: r["cases"][0].update(category=5))
    yield "six targets met", changed(lambda r: r["cases"][0].update(kpiMet=6))
    yield "an outcome with a score and a category", changed(
        lambda r: r["outcomes"][0].update(finalScore="4.00"))
    yield "a correction with a score and a category", changed(
        lambda r: r["motions"][1].update(score="4.00"))
    yield "a confirmation with a category", changed(lambda r: r["motions"][0].update(category=1))
    yield "parameters beside a category", changed(
        lambda r: r["cases"][0].update(parameters=["4", "4", "4", "4", "4"]))
    yield "a competency result that does not exist", changed(
        lambda r: r["cases"][0].update(
            competencies=[{"name": "x", "indicators": 4, "observed": 3, "result": "partly"}]))


def main():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0

    if not EXAMPLES:
        print("validate-examples: no examples found under Examples/", file=sys.stderr)
        return 1
    for path in EXAMPLES:
        record = json.loads(path.read_text(encoding="utf-8"))
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
        for error in errors:
            location = "/".join(str(part) for part in error.path) or "(root)"
            print(f"{path.relative_to(ROOT)}: {location}: {error.message}", file=sys.stderr)
        failures += bool(errors)
        print(f"{'ok  ' if not errors else 'FAIL'} {path.relative_to(ROOT)}")

    valid = json.loads((ROOT / "Examples" / "calibration-valid.json").read_text(encoding="utf-8"))
    for what, record in broken_records(valid):
        refused = not validator.is_valid(record)
        failures += not refused
        print(f"{'ok  ' if refused else 'FAIL'} refuses {what}")

    categories = json.loads(
        (ROOT / "Examples" / "commission-categories.json").read_text(encoding="utf-8"))
    for what, record in broken_category_records(categories):
        refused = not validator.is_valid(record)
        failures += not refused
        print(f"{'ok  ' if refused else 'FAIL'} refuses {what}")

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
