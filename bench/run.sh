#!/usr/bin/env bash
# The benchmark of issue 6: what users feel, on a release build, each figure beside a baseline
# run in the same invocation on the same data.
#
#   bench/run.sh           the full run: 1x, 10x and 100x data (several minutes)
#   bench/run.sh --quick   1x data only, a smoke run (under a minute once built)
#
# Needs: swift; installs jq, hyperfine and time from Debian when they are missing.
# Data: generated deterministically by the `hattama-bench` target into a temporary directory
# (removed at the end; BENCH_KEEP=1 keeps it). BENCH_SCRATCH names another scratch path for the
# release build (default .build-release). Results: docs/PERFORMANCE.md explains them.
set -euo pipefail

quick=0
for argument in "$@"; do
  case "$argument" in
    --quick) quick=1 ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option '$argument'; use --quick or nothing." >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# --- tools -------------------------------------------------------------------------------
missing=()
command -v jq > /dev/null || missing+=(jq)
command -v hyperfine > /dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian ..." >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y "${missing[@]}" > /dev/null 2>&1 \
    || { $sudo apt-get update > /dev/null && $sudo apt-get install -y "${missing[@]}" > /dev/null; }
fi

scratch="${BENCH_SCRATCH:-.build-release}"
echo "Building release (swift build -c release --scratch-path $scratch) ..." >&2
swift build -c release --scratch-path "$scratch" > /dev/null
bin="$(cd "$scratch" && pwd)/release"
hattama="$bin/hattama"
generate="$bin/hattama-bench"

data="$(mktemp -d "${TMPDIR:-/tmp}/hattama-bench.XXXXXX")"
if [ "${BENCH_KEEP:-0}" = 1 ]; then
  echo "Data kept in $data" >&2
else
  trap 'rm -rf "$data"' EXIT
fi

# The session commands (verify, session export, session vote) may not be built yet.
session=1
"$hattama" verify --help > /dev/null 2>&1 || session=0

# --- sizes ---------------------------------------------------------------------------------
if [ "$quick" = 1 ]; then
  record_sizes=(100); event_sizes=(1000); candidate_sizes=(100)
  vote_sizes=(100 10000); case_sizes=(1000)
else
  record_sizes=(100 1000 10000); event_sizes=(1000 10000 100000); candidate_sizes=(100 1000 10000)
  # Issue 13: a vote's replay cost per event already in the journal; BENCH_MILLION=0 skips 1M.
  vote_sizes=(100 10000 100000)
  [ "${BENCH_MILLION:-1}" = 1 ] && vote_sizes+=(1000000)
  # Issue 13: audit and protocol of one sitting as its cases grow.
  case_sizes=(1000 10000 100000)
fi
vote_events=51 # a realistic sitting: 4 cases, 8 motions, the 9th just proposed

echo "Generating data in $data ..." >&2
for n in "${record_sizes[@]}"; do "$generate" records "$data/records-$n" "$n"; done
for n in "${event_sizes[@]}"; do "$generate" journal "$data/journal-$n.jsonl" "$n" > /dev/null; done
for n in "${candidate_sizes[@]}"; do "$generate" candidates "$data/candidates-$n.json" "$n"; done
vote_args="$("$generate" journal "$data/vote-base.jsonl" "$vote_events")"
declare -A vote_scaling_args
for n in "${vote_sizes[@]}"; do
  vote_scaling_args[$n]="$("$generate" journal "$data/vote-$n.jsonl" "$n")"
done
for n in "${case_sizes[@]}"; do "$generate" sitting "$data/sitting-$n.json" "$n"; done
vote_args_10k="$("$generate" journal "$data/vote-base-10k.jsonl" 10003)"

# --- measuring -----------------------------------------------------------------------------
# A command that runs longer than this once is timed by that single run, not by hyperfine.
long_seconds=20
# A command that runs longer than this is stopped and reported as such.
limit_seconds=900

# seconds COMMAND: the mean wall time in seconds, as a decimal; "timeout" past the limit.
seconds() {
  local command="$1" start end elapsed
  start=$(date +%s%N)
  if ! timeout "$limit_seconds" bash -c "$command" > /dev/null 2>&1; then
    end=$(date +%s%N)
    if [ $(((end - start) / 1000000000)) -ge "$limit_seconds" ]; then echo timeout; return; fi
    echo "bench/run.sh: failed: $command" >&2
    bash -c "$command" 2>&1 > /dev/null | head -3 >&2 || true
    echo failed
    return
  fi
  end=$(date +%s%N)
  elapsed=$(((end - start) / 1000000))
  if [ "$elapsed" -ge $((long_seconds * 1000)) ]; then
    awk -v ms="$elapsed" 'BEGIN { printf "%.4f\n", ms / 1000 }'
    return
  fi
  local runs=(--min-runs 5)
  [ "$elapsed" -ge 2000 ] && runs=(--runs 3)
  hyperfine --style none --warmup 1 "${runs[@]}" --export-json "$data/h.json" "$command" \
    > /dev/null 2>&1
  jq -r '.results[0].mean' "$data/h.json"
}

# prepared_seconds PREPARE COMMAND [HYPERFINE-RUNS...]: the mean wall time of COMMAND, PREPARE
# run before each run (not timed); 3 warm-ups and at least 30 runs unless told otherwise.
prepared_seconds() {
  local runs=(--warmup 3 --min-runs 30)
  [ $# -gt 2 ] && runs=("${@:3}")
  hyperfine --style none -N "${runs[@]}" --prepare "$1" \
    --export-json "$data/h.json" "$2" > /dev/null 2>&1 || { echo failed; return; }
  jq -r '.results[0].mean' "$data/h.json"
}

# peak_kib COMMAND...: the maximum resident set size in KiB.
peak_kib() {
  /usr/bin/time -v "$@" 2>&1 > /dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'
}

# --- the table -----------------------------------------------------------------------------
rows=()
# row NAME HATTAMA BASELINE RATIO TARGET MET
row() { rows+=("$1|$2|$3|$4|$5|$6"); }

# ms SECONDS: "12.3 ms" / "1.23 s".
human() {
  case "$1" in
    timeout) echo "> ${limit_seconds} s" ;;
    failed | "" | -) echo "${1:--}" ;;
    *) awk -v s="$1" 'BEGIN { if (s < 1) printf "%.1f ms\n", s * 1000; else printf "%.2f s\n", s }' ;;
  esac
}
ratio() {
  case "$1$2" in *timeout* | *failed*) echo "-"; return ;; esac
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'
}
# at_most VALUE LIMIT: met / missed.
at_most() {
  [ "$1" = "-" ] && { echo missed; return; }
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l ? "met" : "missed") }'
}
unavailable() { row "$1" "not available" "-" "-" "$2" "not available (session commands not built)"; }

echo "Measuring ..." >&2
largest_records=${record_sizes[-1]}
largest_events=${event_sizes[-1]}
largest_candidates=${candidate_sizes[-1]}

# audit over N records in one call vs jq -c . over the same files.
declare -A audit_time
for n in "${record_sizes[@]}"; do
  audit_time[$n]=$(seconds "cd '$data/records-$n' && '$hattama' audit *.json")
done
jq_time=$(seconds "cd '$data/records-$largest_records' && jq -c . *.json")
r=$(ratio "${audit_time[$largest_records]}" "$jq_time")
row "audit, $largest_records records (vs jq -c .)" "$(human "${audit_time[$largest_records]}")" \
  "$(human "$jq_time")" "$r" "<= 1.00" "$(at_most "$r" 1.00)"

# verify of the largest journal vs sha256sum, and its memory.
declare -A verify_time export_time
if [ "$session" = 1 ]; then
  for n in "${event_sizes[@]}"; do
    verify_time[$n]=$(seconds "'$hattama' verify '$data/journal-$n.jsonl'")
  done
  sha_time=$(seconds "sha256sum '$data/journal-$largest_events.jsonl'")
  r=$(ratio "${verify_time[$largest_events]}" "$sha_time")
  row "verify, $largest_events events (vs sha256sum)" "$(human "${verify_time[$largest_events]}")" \
    "$(human "$sha_time")" "$r" "<= 3.00" "$(at_most "$r" 3.00)"
  if [ "$quick" = 0 ]; then
    small_kib=$(peak_kib "$hattama" verify "$data/journal-10000.jsonl")
    large_kib=$(peak_kib "$hattama" verify "$data/journal-100000.jsonl")
    sha_kib=$(peak_kib sha256sum "$data/journal-100000.jsonl")
    r=$(ratio "$large_kib" "$small_kib")
    row "verify peak RSS, 100k vs 10k events" "$((large_kib / 1024)) MiB / $((small_kib / 1024)) MiB" \
      "$((sha_kib / 1024)) MiB (sha256sum)" "$r" "flat (<= 1.25)" "$(at_most "$r" 1.25)"
  fi
  for n in "${event_sizes[@]}"; do
    export_time[$n]=$(seconds "'$hattama' session export '$data/journal-$n.jsonl'")
  done
  row "session export, $largest_events events" "$(human "${export_time[$largest_events]}")" \
    "-" "-" "-" "-"
else
  unavailable "verify, $largest_events events (vs sha256sum)" "<= 3.00"
  [ "$quick" = 0 ] && unavailable "verify peak RSS, 100k vs 10k events" "flat"
  unavailable "session export, $largest_events events" "-"
fi

# roster compose with N candidates.
declare -A compose_time
for n in "${candidate_sizes[@]}"; do
  compose_time[$n]=$(seconds "'$hattama' roster compose '$data/candidates-$n.json'")
done
row "roster compose, $largest_candidates candidates" "$(human "${compose_time[$largest_candidates]}")" \
  "-" "-" "-" "-"

# session vote, start to exit, on a fresh copy of the journal each run so the vote is lawful.
if [ "$session" = 1 ]; then
  for variant in "$vote_events" 10003; do
    [ "$quick" = 1 ] && [ "$variant" = 10003 ] && continue
    if [ "$variant" = 10003 ]; then base="vote-base-10k"; args="$vote_args_10k"; else
      base="vote-base"; args="$vote_args"; fi
    v=$(prepared_seconds "cp '$data/$base.jsonl' '$data/vote.jsonl'" \
      "$hattama session vote $data/vote.jsonl $args --for")
    met=$(awk -v s="$v" 'BEGIN { print (s != "failed" && s < 0.020 ? "met" : "missed") }')
    target="< 20 ms"
    [ "$variant" = 10003 ] && { target="- (stress)"; met="-"; }
    row "session vote, journal of $variant events" "$(human "$v")" "-" "-" "$target" "$met"
  done
else
  unavailable "session vote" "< 20 ms"
fi

# session vote on journals of N events (issue 13): the replay under the lock, per event.
declare -A vote_time vote_kib
if [ "$session" = 1 ]; then
  for n in "${vote_sizes[@]}"; do
    copy="cp '$data/vote-$n.jsonl' '$data/vote-run.jsonl'"
    command="'$hattama' session vote '$data/vote-run.jsonl' ${vote_scaling_args[$n]} --for"
    if [ "$n" -ge 1000000 ]; then
      # Fewer runs: each needs a fresh copy of 157 MB (a vote cannot be cast twice).
      vote_time[$n]=$(prepared_seconds "$copy" "$command" --warmup 1 --runs 5)
    else
      vote_time[$n]=$(prepared_seconds "$copy" "$command")
    fi
    bash -c "$copy"
    # shellcheck disable=SC2086
    vote_kib[$n]=$(peak_kib "$hattama" session vote "$data/vote-run.jsonl" ${vote_scaling_args[$n]} --for)
    row "session vote, journal of $n events" "$(human "${vote_time[$n]}")" \
      "$((vote_kib[$n] / 1024)) MiB peak" "-" "-" "-"
  done
  small=${vote_sizes[0]}
  large=${vote_sizes[-1]}
  per_event=$(awk -v a="${vote_time[$large]}" -v b="${vote_time[$small]}" -v n="$large" -v m="$small" \
    'BEGIN { if (a + 0 > 0) printf "%.2f\n", (a - b) / (n - m) * 1e6; else print "-" }')
  row "session vote, cost per event already there" "$per_event µs" "-" "-" "<= 1 µs" \
    "$(at_most "$per_event" 1)"
fi

# audit and protocol of one sitting of N cases (issue 13: were quadratic in the cases).
declare -A case_audit_time case_protocol_time
for n in "${case_sizes[@]}"; do
  case_audit_time[$n]=$(seconds "'$hattama' audit '$data/sitting-$n.json'")
  case_protocol_time[$n]=$(seconds "'$hattama' protocol '$data/sitting-$n.json' --lang en")
  row "audit, one sitting of $n cases" "$(human "${case_audit_time[$n]}")" "-" "-" "-" "-"
  row "protocol, one sitting of $n cases" "$(human "${case_protocol_time[$n]}")" "-" "-" "-" "-"
done

# Scaling: time at each size and the ratio to the previous size (10 when linear).
scaling() {
  local name="$1" unit="$2"; shift 2
  local -n times="$1"; shift
  local previous="" previous_n=""
  for n in "$@"; do
    local t="${times[$n]:-}"
    [ -z "$t" ] && continue
    if [ -z "$previous" ]; then
      row "  $name, $n $unit" "$(human "$t")" "-" "-" "-" "-"
    else
      local step r
      step=$(ratio "$t" "$previous")
      r=$((n / previous_n))
      row "  $name, $n $unit" "$(human "$t")" "-" "x$step" "<= x$((r * 3 / 2)) (linear: x$r)" \
        "$(at_most "$step" $((r * 3 / 2)))"
    fi
    previous="$t"; previous_n="$n"
  done
}
if [ "$quick" = 0 ]; then
  row "scaling (each step 10x the data)" "" "" "" "" ""
  scaling audit records audit_time "${record_sizes[@]}"
  if [ "$session" = 1 ]; then
    scaling verify events verify_time "${event_sizes[@]}"
    scaling "session export" events export_time "${event_sizes[@]}"
  fi
  scaling "roster compose" candidates compose_time "${candidate_sizes[@]}"
  [ "$session" = 1 ] && scaling "session vote" events vote_time "${vote_sizes[@]}"
  scaling audit cases case_audit_time "${case_sizes[@]}"
  scaling protocol cases case_protocol_time "${case_sizes[@]}"
fi

# --- issue 16: HR's report and the wave planner ----------------------------------------------
# A block of its own, so that it merges beside the other issues' rows. report reads the largest
# folder of records (10,000 in the full run) in one call, against jq over the same files;
# roster plan places a wave of 200 applications from 300 candidates (20 and 30 with --quick).
report_time=$(seconds "'$hattama' report --format json '$data/records-$largest_records'")
r=$(ratio "$report_time" "$jq_time")
row "report, $largest_records records (vs jq -c .)" "$(human "$report_time")" "$(human "$jq_time")" \
  "$r" "-" "-"
report_html_time=$(seconds "'$hattama' report --format html '$data/records-$largest_records'")
row "report --format html, $largest_records records" "$(human "$report_html_time")" "-" "-" "-" "-"
wave_size=200
[ "$quick" = 1 ] && wave_size=20
"$generate" wave "$data/wave-$wave_size.json" "$wave_size"
plan_time=$(seconds "'$hattama' roster plan --json '$data/wave-$wave_size.json'")
plan_sittings=$("$hattama" roster plan --json "$data/wave-$wave_size.json" | jq '.sittings | length')
row "roster plan, $wave_size applications, $((wave_size * 3 / 2)) candidates" "$(human "$plan_time")" \
  "-" "-" "< 5 s" "$(at_most "$plan_time" 5) ($plan_sittings sittings)"

# --- print ---------------------------------------------------------------------------------
{
  echo "measurement|hattama|baseline|ratio|target|result"
  printf '%s\n' "${rows[@]}"
} | awk -F'|' '
  { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > width[i]) width[i] = length($i) } }
  END {
    for (r = 1; r <= NR; r++) {
      line = "|"
      for (i = 1; i <= 6; i++) line = line " " sprintf("%-" width[i] "s", cell[r, i]) " |"
      print line
      if (r == 1) {
        line = "|"
        for (i = 1; i <= 6; i++) { dashes = ""; for (k = 0; k < width[i] + 2; k++) dashes = dashes "-"; line = line dashes "|" }
        print line
      }
    }
  }'
[ "$session" = 1 ] || echo "Note: verify, session export and session vote are not available in this build." >&2
