#!/usr/bin/env python3
"""Every public symbol of the libraries has a doc comment that says what it needs to (issue 15).

    scripts/check-docs.py                 build the symbol graphs, then check them
    scripts/check-docs.py --graphs DIR    check graphs already in DIR (no build)
    scripts/check-docs.py --count         print only the count per module (exit 0)

It reads the symbol graphs the compiler writes (`-emit-symbol-graph`) for HattamaKit and
HattamaJournal, so it sees what an embedder sees: every public declaration, enum cases and
members of public extensions included, after access control, not a guess from the syntax.
For each public symbol declared in Sources/ (the synthesized ones, `==` of a derived Equatable
or the protocols' defaults, have no source and are not ours to document) it asks:

- a doc comment;
- a summary that says more than the name ("The motion." on `motion` is filler);
- functions, initializers and subscripts: each parameter, by its local name as DocC wants it,
  under `- Parameter name:` or `- Parameters:`; a throwing one `- Throws:`; a function returning a value `- Returns:`
  (operators are exempt: their operands are `lhs` and `rhs` and the summary says the rest; an
  initializer's parameter named as a documented property of its type is documented there,
  as a memberwise initializer's are).

A failure prints `file:line: kind name: what is missing` and the script exits 1. A
development script: no part of the package runs Python.
"""

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("HattamaKit", "HattamaJournal")
FUNCTION_KINDS = {
    "swift.func", "swift.method", "swift.type.method", "swift.init", "swift.subscript",
    "swift.type.subscript",
}
NO_RETURNS_KINDS = {"swift.init", "swift.subscript", "swift.type.subscript"}
ARTICLES = {"the", "a", "an", "its", "this"}


def build(graphs: Path, scratch: Path) -> None:
    """Compiles the two library targets with the symbol graph on: one build, reused next time."""
    graphs.mkdir(parents=True, exist_ok=True)
    for module in MODULES:
        command = [
            "swift", "build", "--target", module, "--scratch-path", str(scratch),
            "-Xswiftc", "-emit-symbol-graph", "-Xswiftc", "-emit-symbol-graph-dir",
            "-Xswiftc", str(graphs),
        ]
        result = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        if result.returncode != 0:
            sys.stdout.write(result.stdout)
            sys.exit(f"check-docs: the build of {module} failed")


def symbols(graphs: Path, module: str):
    """The module's own graph and its extensions of other modules' types (Module@Other)."""
    files = [graphs / f"{module}.symbols.json", *sorted(graphs.glob(f"{module}@*.symbols.json"))]
    if not files[0].exists():
        sys.exit(f"check-docs: no symbol graph for {module} in {graphs}")
    for file in files:
        yield from json.loads(file.read_text())["symbols"]


def doc_text(symbol) -> str:
    comment = symbol.get("docComment")
    if not comment or comment.get("module") not in MODULES:
        return ""
    return "\n".join(line["text"] for line in comment["lines"]).strip()


def words(text: str) -> list[str]:
    """camelCase and prose alike, lower-cased: "nearestMatch" -> ["nearest", "match"]."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return [w.lower() for w in re.findall(r"[A-Za-z0-9]+", spaced)]


def is_filler(summary: str, name: str) -> bool:
    said = [w for w in words(summary) if w not in ARTICLES]
    return said == words(name.split("(")[0])


def documented_parameters(text: str) -> set[str]:
    single = re.findall(r"^\s*-\s*Parameter\s+(\w+)\s*:", text, re.MULTILINE)
    listed = []
    block = re.search(r"^\s*-\s*Parameters:\s*$(.*?)(?=^\s*-\s*(?:Returns|Throws|Complexity|Note|"
                      r"Precondition|Important|Warning)\b|\Z)", text, re.MULTILINE | re.DOTALL)
    if block:
        listed = re.findall(r"^\s*-\s*(\w+)\s*:", block.group(1), re.MULTILINE)
    return set(single) | set(listed)


def has_section(text: str, name: str) -> bool:
    return re.search(rf"^\s*-\s*{name}\s*:", text, re.MULTILINE) is not None


def problems(symbol, properties: set[str]) -> list[str]:
    text = doc_text(symbol)
    if not text:
        return ["no doc comment"]
    kind = symbol["kind"]["identifier"]
    found = []
    summary = text.split("\n\n")[0]
    if '"' not in summary and "«" not in summary and is_filler(summary, symbol["names"]["title"]):
        found.append(f"the summary only repeats the name ({summary!r})")
    if kind not in FUNCTION_KINDS:
        return found  # operators included: see the module's comment
    signature = symbol.get("functionSignature", {})
    # By its local name, as DocC asks: `requested` in `compose(size requested: Int?)`.
    wanted = [p.get("internalName", p["name"]) for p in signature.get("parameters", [])]
    if kind == "swift.init":
        wanted = [name for name in wanted if name not in properties]
    documented = documented_parameters(text)
    missing = [name for name in wanted if name != "_" and name not in documented]
    if missing:
        found.append("parameters not under '- Parameters:': " + ", ".join(missing))
    fragments = [f["spelling"] for f in symbol.get("declarationFragments", [])]
    if any(f.strip() in ("throws", "rethrows") or f.startswith("throws(") for f in fragments):
        if not has_section(text, "Throws"):
            found.append("throws, without '- Throws:'")
    returns = "".join(f["spelling"] for f in signature.get("returns", [])).strip()
    if kind not in NO_RETURNS_KINDS and returns not in ("", "()", "Void", "Never"):
        if not has_section(text, "Returns"):
            found.append(f"returns {returns}, without '- Returns:'")
    return found


def documented_properties(graph) -> dict[tuple, set[str]]:
    """Per type (its path), the names of its properties that have a doc comment."""
    found: dict[tuple, set[str]] = {}
    for symbol in graph:
        if symbol["kind"]["identifier"] == "swift.property" and doc_text(symbol):
            path = tuple(symbol["pathComponents"])
            found.setdefault(path[:-1], set()).add(path[-1])
    return found


def location(symbol) -> tuple[str, int] | None:
    place = symbol.get("location")
    if not place:
        return None  # synthesized (a derived conformance, a protocol's default): no source
    path = Path(place["uri"].removeprefix("file://"))
    try:
        path = path.relative_to(ROOT)
    except ValueError:
        pass
    return str(path), place["position"]["line"] + 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphs", type=Path, help="symbol graphs already built (no build)")
    parser.add_argument("--scratch-path", type=Path, default=ROOT / ".build-docs")
    parser.add_argument("--count", action="store_true", help="print the counts only")
    arguments = parser.parse_args()

    graphs = arguments.graphs
    if graphs is None:
        graphs = arguments.scratch_path / "symbol-graphs"
        build(graphs, arguments.scratch_path)

    failures = []
    for module in MODULES:
        public = undocumented = 0
        seen = set()
        graph = list(symbols(graphs, module))
        properties = documented_properties(graph)
        for symbol in graph:
            place = location(symbol)
            precise = symbol["identifier"]["precise"]
            if symbol["accessLevel"] not in ("public", "open") or place is None or precise in seen:
                continue
            seen.add(precise)
            public += 1
            parent = tuple(symbol["pathComponents"][:-1])
            found = problems(symbol, properties.get(parent, set()))
            if found:
                undocumented += 1
                name = ".".join(symbol["pathComponents"])
                kind = symbol["kind"]["displayName"].lower()
                failures.append((*place, f"{kind} {name}: " + "; ".join(found)))
        print(f"check-docs: {module}: {public} public symbols, {undocumented} lacking documentation")

    if arguments.count:
        return 0
    for path, line, message in sorted(failures):
        print(f"{path}:{line}: {message}")
    if failures:
        print(f"check-docs: {len(failures)} public symbols lack documentation "
              "(scripts/check-docs.py, README: Development)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
