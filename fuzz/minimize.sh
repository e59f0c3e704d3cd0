#!/usr/bin/env bash
# Shrinks a target's corpus after a run: the committed corpus keeps at most N files (20 unless
# told), chosen for coverage.
#
#   fuzz/minimize.sh TARGET [N]
#
# 1. -set_cover_merge=1 merges the committed corpus (fuzz/corpus/TARGET) and what runs found
#    (.build-fuzz/libfuzzer/corpus/TARGET) into a fresh directory, which becomes the local
#    working corpus; its control file lists every input's coverage features.
# 2. From those, fuzz/corpus/TARGET is rebuilt: every file with a name of its own (the seeds
#    and crash regressions, never a 40-hex-digit name) stays; the other places go greedily to
#    the inputs that add the most features not yet covered, the smaller on a tie.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 1 ]]; then
  echo "usage: fuzz/minimize.sh TARGET [N]" >&2
  exit 2
fi
target=$1
limit=${2:-20}
OUT=.build-fuzz/libfuzzer
# Swift's own crash backtracer runs inside the crashing process, where AddressSanitizer takes it
# for a bug of its own and the report never ends; libFuzzer and ASan print the stack instead.
export SWIFT_BACKTRACE=enable=no
fuzz/build.sh "$target"

work="$OUT/minimize/$target"
rm -rf "$work"
mkdir -p "$work/merged" "$OUT/corpus/$target"
"$OUT/$target" -set_cover_merge=1 -merge_control_file="$work/control" -rss_limit_mb=2048 \
  -timeout=10 "$work/merged" "fuzz/corpus/$target" "$OUT/corpus/$target" 2>"$work/merge.log" \
  || { tail -20 "$work/merge.log" >&2; exit 1; }

python3 - "$work/control" "fuzz/corpus/$target" "$limit" > "$work/chosen" <<'PY'
import os, re, sys

control, committed, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(control, encoding="utf-8", errors="replace").read().splitlines()
count = int(lines[0])
files = lines[2:2 + count]
features = {}
for line in lines[2 + count:]:
    parts = line.split()
    if parts and parts[0] == "FT":
        features[int(parts[1])] = set(map(int, parts[2:]))
pinned = [
    i for i, path in enumerate(files)
    if os.path.dirname(path) == committed.rstrip("/")
    and not re.fullmatch(r"[0-9a-f]{40}", os.path.basename(path))
]
chosen = list(pinned)
covered = set().union(*(features.get(i, set()) for i in chosen))
candidates = [i for i in range(count) if i not in pinned]
while len(chosen) < limit:
    best = max(
        candidates,
        key=lambda i: (len(features.get(i, set()) - covered), -os.path.getsize(files[i])),
        default=None)
    if best is None or not features.get(best, set()) - covered:
        break
    chosen.append(best)
    covered |= features[best]
    candidates.remove(best)
total = set().union(*features.values()) if features else set()
print(f"{len(covered)} of {len(total)} features in {len(chosen)} files", file=sys.stderr)
for i in chosen:
    print(files[i])
PY

fresh="$work/committed"
mkdir -p "$fresh"
while IFS= read -r path; do cp "$path" "$fresh/"; done < "$work/chosen"
rm -rf "fuzz/corpus/$target" "$OUT/corpus/$target"
cp -r "$fresh" "fuzz/corpus/$target"
mv "$work/merged" "$OUT/corpus/$target"
kept=$(ls "fuzz/corpus/$target" | wc -l)
size=$(du -sh "fuzz/corpus/$target" | cut -f1)
echo "minimize.sh: fuzz/corpus/$target holds $kept files ($size);" \
  "the working corpus $(ls "$OUT/corpus/$target" | wc -l)" >&2
