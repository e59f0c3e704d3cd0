#!/usr/bin/env bash
# Builds every fuzz target and runs each once over its committed corpus, fuzzing nothing new:
# a cheap check for CI that no input which once crashed, or once found new code, crashes now.
#
#   fuzz/replay.sh
#
# Exits non-zero at the first target that crashes, leaks or fails a property.
set -euo pipefail
cd "$(dirname "$0")/.."

# Replaying needs no optimizer: -Onone compiles in a fifth of the time and keeps assertions on.
export HATTAMA_FUZZ_OPT=${HATTAMA_FUZZ_OPT:--Onone}
OUT=.build-fuzz/libfuzzer$([[ $HATTAMA_FUZZ_OPT == -Onone ]] && echo -Onone || true)
# Swift's own crash backtracer runs inside the crashing process, where AddressSanitizer takes it
# for a bug of its own and the report never ends; libFuzzer and ASan print the stack instead.
export SWIFT_BACKTRACE=enable=no
fuzz/build.sh
symbolizer=$(command -v llvm-symbolizer || true)
[[ -n $symbolizer ]] && export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$symbolizer}

for entry in fuzz/*Fuzzer.swift; do
  name=$(basename "$entry" Fuzzer.swift)
  target=${name,,}
  corpus=fuzz/corpus/$target
  count=$(find "$corpus" -type f | wc -l)
  echo "replay.sh: $target over $count inputs in $corpus" >&2
  log="$OUT/replay-$target.log"
  # -runs=0: execute the corpus and stop. The corpus is read, never written to.
  status=0
  "$OUT/$target" -runs=0 -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$OUT/replay-$target-" "$corpus" > "$log" 2>&1 || status=$?
  if [[ $status -ne 0 ]]; then
    cat "$log" >&2
    echo "replay.sh: $target failed (exit $status); the log is $log" >&2
    exit "$status"
  fi
  grep -E '^#[0-9]+.*(INITED|DONE)' "$log" | tail -1 >&2 || true
done
echo "replay.sh: every target replayed its corpus without a crash" >&2
