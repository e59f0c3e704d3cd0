#!/usr/bin/env bash
# Builds the libFuzzer targets with swiftc directly (SwiftPM is not involved, and Package.swift
# knows nothing of them).
#
#   fuzz/build.sh            every target: one per fuzz/*Fuzzer.swift
#   fuzz/build.sh record     only the named targets
#
# HattamaKit is compiled once, with coverage (-sanitize=fuzzer) and AddressSanitizer, into one
# object and module, and the C target it imports (Sources/CHattamaSHA256: SHA-256 on the CPU's
# SHA extensions) into another with clang and the same sanitizers; each target is then its small
# entry file linked against those objects. The library object is rebuilt only when a source
# under Sources/HattamaKit or Sources/CHattamaSHA256 or a flag changes.
#
# HATTAMA_FUZZ_OPT=-O (the default, for fuzzing) builds into .build-fuzz/libfuzzer/;
# HATTAMA_FUZZ_OPT=-Onone (replay.sh: a fifth of the compile time, assertions on) builds into
# .build-fuzz/libfuzzer-Onone/.
set -euo pipefail
cd "$(dirname "$0")/.."

OPT=${HATTAMA_FUZZ_OPT:--O}
case $OPT in
  -O) OUT=.build-fuzz/libfuzzer ;;
  -Onone) OUT=.build-fuzz/libfuzzer-Onone ;;
  *) echo "build.sh: HATTAMA_FUZZ_OPT must be -O or -Onone, not '$OPT'" >&2; exit 2 ;;
esac
SWIFTC=${SWIFTC:-swiftc}
CLANG=${CLANG:-clang}
# -gline-tables-only: file and line in stack traces (full -g with -Onone makes the driver
# write the module wrapper into the same object file and fail).
FLAGS=(-sanitize=fuzzer,address -parse-as-library "$OPT" -gline-tables-only -swift-version 6
  -package-name hattama -I Sources/CHattamaSHA256/include)
CFLAGS=(-fsanitize=fuzzer-no-link,address "$([[ $OPT == -O ]] && echo -O2 || echo -O0)"
  -gline-tables-only -I Sources/CHattamaSHA256/include)
mkdir -p "$OUT"

csha="$OUT/CHattamaSHA256.o"
if [[ ! -f $csha || -n $(find Sources/CHattamaSHA256 -newer "$csha") ]] \
  || [[ "${CFLAGS[*]}" != "$(cat "$OUT/stamp-c" 2>/dev/null)" ]]; then
  echo "build.sh: compiling CHattamaSHA256, ${CFLAGS[*]}" >&2
  "$CLANG" "${CFLAGS[@]}" -c -o "$csha" Sources/CHattamaSHA256/CHattamaSHA256.c
  echo "${CFLAGS[*]}" > "$OUT/stamp-c"
fi

library="$OUT/HattamaKit.o"
mapfile -t sources < <(find Sources/HattamaKit -name '*.swift' | sort)
if [[ ! -f $library || -n $(find Sources/HattamaKit -name '*.swift' -newer "$library") ]] \
  || [[ -n $(find Sources/CHattamaSHA256/include -newer "$library") ]] \
  || [[ "${FLAGS[*]} ${sources[*]}" != "$(cat "$OUT/stamp" 2>/dev/null)" ]]; then
  echo "build.sh: compiling HattamaKit (${#sources[@]} files), ${FLAGS[*]}" >&2
  rm -f "$library"
  "$SWIFTC" "${FLAGS[@]}" -module-name HattamaKit -wmo \
    -emit-module -emit-module-path "$OUT/HattamaKit.swiftmodule" \
    -c -o "$library" "${sources[@]}"
  echo "${FLAGS[*]} ${sources[*]}" > "$OUT/stamp"
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
    "$entry" "${support[@]}" "$library" "$csha" -o "$OUT/$target"
done
