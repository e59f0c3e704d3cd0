#!/usr/bin/env bash
# Builds the libFuzzer targets into .build-fuzz/libfuzzer/ with swiftc directly (SwiftPM is not
# involved, and Package.swift knows nothing of them).
#
#   fuzz/build.sh            every target: one per fuzz/*Fuzzer.swift
#   fuzz/build.sh record     only the named targets
#
# HattamaKit is compiled once, with coverage (-sanitize=fuzzer) and AddressSanitizer, into one
# object and module; each target is then its small entry file linked against that object. The
# library object is rebuilt only when a source under Sources/HattamaKit is newer than it.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=.build-fuzz/libfuzzer
SWIFTC=${SWIFTC:-swiftc}
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)
mkdir -p "$OUT"

library="$OUT/HattamaKit.o"
mapfile -t sources < <(find Sources/HattamaKit -name '*.swift' | sort)
if [[ ! -f $library || -n $(find Sources/HattamaKit -name '*.swift' -newer "$library") ]] \
  || [[ $(printf '%s\n' "${sources[@]}") != "$(cat "$OUT/sources.txt" 2>/dev/null)" ]]; then
  echo "build.sh: compiling HattamaKit (${#sources[@]} files) with -sanitize=fuzzer,address" >&2
  rm -f "$library"
  # -enable-testing lets a target reach internal entry points with @testable import.
  "$SWIFTC" "${FLAGS[@]}" -module-name HattamaKit -enable-testing -wmo \
    -emit-module -emit-module-path "$OUT/HattamaKit.swiftmodule" \
    -c -o "$library" "${sources[@]}"
  printf '%s\n' "${sources[@]}" > "$OUT/sources.txt"
fi

if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  targets=()
  for entry in fuzz/*Fuzzer.swift; do
    name=$(basename "$entry" Fuzzer.swift)
    targets+=("${name,,}")
  done
fi

# The other Swift files in fuzz/ are shared by every target.
mapfile -t support < <(find fuzz -maxdepth 1 -name '*.swift' ! -name '*Fuzzer.swift' | sort)

for target in "${targets[@]}"; do
  entry=$(ls fuzz/*Fuzzer.swift | grep -i "/${target}Fuzzer.swift$" || true)
  if [[ -z $entry ]]; then
    echo "build.sh: no entry file for target '$target' (fuzz/${target^}Fuzzer.swift)" >&2
    exit 2
  fi
  echo "build.sh: linking $OUT/$target" >&2
  "$SWIFTC" "${FLAGS[@]}" -module-name "Fuzz_${target}" -use-ld=lld -I "$OUT" \
    "$entry" "${support[@]}" "$library" -o "$OUT/$target"
done
