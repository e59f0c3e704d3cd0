#!/usr/bin/env bash
# Line coverage per folder of Sources/, from the test suite's coverage profile (issue 15).
#
#   scripts/coverage.sh            runs `swift test --enable-code-coverage`, then prints the table
#   scripts/coverage.sh --no-test  prints the table of the last such run
#
# A folder is a target's direct subfolder (Sources/HattamaCLI/Output); files at a target's top
# level count under the target itself. Needs llvm-cov (it comes with the Swift toolchain).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--no-test" ]]; then
  swift test --enable-code-coverage >/dev/null
fi
bin=$(swift build --show-bin-path)
profile="$bin/codecov/default.profdata"
tests="$bin/hattamaPackageTests.xctest"
[[ -f "$profile" ]] || { echo "no $profile: run swift test --enable-code-coverage" >&2; exit 2; }
# The toolchain's own llvm-cov: another LLVM's may not read the profile's format version.
llvm_cov="$(dirname "$(readlink -f "$(command -v swift)")")/llvm-cov"
[[ -x "$llvm_cov" ]] || llvm_cov=llvm-cov

# llvm-cov report: Filename Regions Missed Cover Functions Missed Executed Lines Missed Cover …
"$llvm_cov" report "$tests" -instr-profile="$profile" "$PWD/Sources" \
  | awk -v root="$PWD/Sources/" '
    index($1, root) == 1 || $1 ~ /^Hattama|^hattama/ {
      path = $1; sub("^" root, "", path)
      n = split(path, part, "/")
      folder = (n > 2) ? part[1] "/" part[2] : part[1]
      lines[folder] += $8; missed[folder] += $9
      total += $8; totalMissed += $9
    }
    END {
      for (f in lines) {
        printf "%-32s %7d %7d %7.1f%%\n", f, lines[f], missed[f], 100 * (lines[f] - missed[f]) / lines[f]
      }
      printf "~Total %d %d\n", total, totalMissed
    }' \
  | sort \
  | awk '
    BEGIN { printf "%-32s %7s %7s %8s\n", "Folder of Sources/", "Lines", "Missed", "Cover" }
    $1 == "~Total" {
      printf "%-32s %7d %7d %7.1f%%\n", "Total", $2, $3, 100 * ($2 - $3) / $2; next
    }
    { print }'
