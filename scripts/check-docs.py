#!/usr/bin/env python3
"""Every public symbol of the libraries has a doc comment that says what it needs to (issue 15).

    scripts/check-docs.py                 build, write the symbol graphs, check them
    scripts/check-docs.py --graphs DIR    check graphs already in DIR (no build)
    scripts/check-docs.py --count         print only the count per module (exit 0)

It reads the symbol graphs of HattamaKit and HattamaJournal at public level
(`swift-symbolgraph-extract` over the debug build's modules in .build: after `swift build` it
costs seconds, and builds nothing twice), so it sees what an embedder sees: every public declaration,
enum cases and members of public extensions included, after access control, not a guess from
the syntax. For each public symbol declared in Sources/ (the synthesized ones, `==` of a
derived Equatable or the protocols' defaults, have no source and are not ours to document) it
asks:

- a doc comment;
- a summary that says more than the name ("The motion." on `motion` is filler);
- functions, initializers and subscripts: each parameter, by its local name as DocC wants it,
  under `- Parameter name:` or `- Parameters:`; a throwing one `- Throws:`; a function
  returning a value `- Returns:` (operators are exempt: their operands are `lhs` and `rhs` and
  the summary says the rest; an initializer's parameter named as a documented property of its
  type is documented there, as a memberwise initializer's are).

Then, where the toolchain has `docc`, it converts Sources/HattamaKit/HattamaKit.docc against
the public graph with warnings as errors: an article or a doc comment that links to a symbol
an embedder cannot see (package or internal) or that does not exist fails.

A failure prints `file:line: kind name: what is missing` and the script exits 1. A
development script: no part of the package runs Python.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("HattamaKit", "HattamaJournal")
CATALOGUE = ROOT / "Sources/HattamaKit/HattamaKit.docc"
FUNCTION_KINDS = {
    "swift.func", "swift.method", "swift.type.method", "swift.init", "swift.subscript",
    "swift.type.subscript",
}
NO_RETURNS_KINDS = {"swift.init", "swift.subscript", "swift.type.subscript"}
ARTICLES = {"the", "a", "an", "its", "this"}


def run(command: list[str]) -> str:
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        sys.exit(f"check-docs: {' '.join(command[:3])} … failed")
    return result.stdout


def build(graphs: Path) -> Path:
    """Builds the libraries if needed (the debug build in .build, which `swift build` has
    already made in CI: a no-op then) and writes their public symbol graphs into `graphs`."""
    run(["swift", "build", "--target", "HattamaJournal"])  # HattamaKit with it
    modules = Path(run(["swift", "build", "--show-bin-path"]).strip()) / "Modules"
    triple = json.loads(run(["swift", "-print-target-info"]))["target"]["triple"]
    sdk = []
    if sys.platform == "darwin":
        sdk = ["-sdk", run(["xcrun", "--show-sdk-path"]).strip()]
    graphs.mkdir(parents=True, exist_ok=True)
    # HattamaKit imports the C module CHattamaSHA256, which loading HattamaKit needs too.
    c_module = ROOT / "Sources/CHattamaSHA256/include"
    for module in MODULES:
        run(["swift-symbolgraph-extract", "-module-name", module, "-target", triple, *sdk,
             "-I", str(modules), "-I", str(c_module), "-minimum-access-level", "public",
             "-output-dir", str(graphs)])
    return graphs


def check_catalogue(graphs: Path) -> bool:
    """Converts the DocC catalogue against HattamaKit's public graph; warnings fail."""
    docc = shutil.which("docc")
    if docc is None:
        print("check-docs: note: no docc on PATH; the DocC catalogue was not converted")
        return True
    with tempfile.TemporaryDirectory() as scratch:
        kit = Path(scratch) / "graphs"
        kit.mkdir()
        for file in graphs.glob("HattamaKit*.symbols.json"):
            shutil.copy(file, kit)
        command = [
            docc, "convert", str(CATALOGUE), "--additional-symbol-graph-dir", str(kit),
            "--fallback-display-name", "HattamaKit",
            "--fallback-bundle-identifier", "hattama.HattamaKit",
            "--output-path", str(Path(scratch) / "HattamaKit.doccarchive"), "--warnings-as-errors",
        ]
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True)
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        print("check-docs: the DocC catalogue does not convert cleanly against the public API")
        return False
    print("check-docs: HattamaKit.docc converts without a warning")
    return True


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
    parser.add_argument("--count", action="store_true", help="print the counts only")
    arguments = parser.parse_args()

    graphs = arguments.graphs or build(ROOT / ".build" / "public-symbol-graphs")

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
    catalogue = check_catalogue(graphs)
    return 1 if failures or not catalogue else 0


if __name__ == "__main__":
    sys.exit(main())
