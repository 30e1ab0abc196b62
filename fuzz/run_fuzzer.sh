#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time on a fresh copy of its committed corpus (libFuzzer
# adds the inputs it finds to the first corpus folder; the committed one stays untouched).
# Usage: run_fuzzer.sh FUZZER CORPUS_DIR WORK_DIR SECONDS [DICT]
# Exits 0 when the time ran out with no finding; otherwise libFuzzer's status, with the crashing
# input left in WORK_DIR/artifacts/ (commit it under fuzz/corpus/<target>/ once fixed).
set -euo pipefail

fuzzer=$1 corpus=$2 work=$3 seconds=$4 dict=${5:-}
seconds=${LUMIERE_FUZZ_SECONDS:-$seconds}
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp -R "$corpus"/. "$work/corpus/"
args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192
      -print_final_stats=1 -artifact_prefix="$work/artifacts/")
[[ -n $dict ]] && args+=(-dict="$dict")
status=0
"$fuzzer" "${args[@]}" "$work/corpus" >"$work/log.txt" 2>&1 || status=$?
# The whole log is long (one line per new input); keep the end, where any report is.
tail -n 60 "$work/log.txt"
if ((status != 0)); then
  echo "fuzz: $(basename "$fuzzer") FAILED (status $status); inputs in $work/artifacts/:"
  ls -1 "$work/artifacts/"
  exit "$status"
fi
if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$work/log.txt"; then
  echo "fuzz: $(basename "$fuzzer") FAILED: a sanitizer report in $work/log.txt"
  exit 1
fi
echo "fuzz: $(basename "$fuzzer") ran ${seconds}s with no finding"
