#!/usr/bin/env bash
# Runs one fuzz target for a bounded time.
#
#   fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
#
# The committed seeds in fuzz/corpus/TARGET/ are read; what the run discovers is written to
# .build-fuzz/libfuzzer/corpus/TARGET/ (not committed), and a crashing input to
# .build-fuzz/libfuzzer/artifacts/TARGET/. One process on one core: the machine is shared, and
# libFuzzer's -jobs would only send the output to fuzz-N.log files.
# To shrink the committed corpus after a long run, see fuzz/README.md ("Keeping the corpus").
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 2 ]]; then
  echo "usage: fuzz/run.sh TARGET SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2

OUT=.build-fuzz/libfuzzer
# Swift's own crash backtracer runs inside the crashing process, where AddressSanitizer takes it
# for a bug of its own and the report never ends; libFuzzer and ASan print the stack instead.
export SWIFT_BACKTRACE=enable=no
fuzz/build.sh "$target"
mkdir -p "$OUT/corpus/$target" "$OUT/artifacts/$target" "fuzz/corpus/$target"

dict=()
[[ -f fuzz/dict/$target.dict ]] && dict=(-dict="fuzz/dict/$target.dict")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
symbolizer=$(command -v llvm-symbolizer || true)
[[ -n $symbolizer ]] && export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$symbolizer}

exec "$OUT/$target" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$target/" \
  "${dict[@]}" "$@" \
  "$OUT/corpus/$target" "fuzz/corpus/$target"
