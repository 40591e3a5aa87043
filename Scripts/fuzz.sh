#!/usr/bin/env bash
# Coverage-guided fuzzing of every reader of outside text, under AddressSanitizer.
#
#   bash Scripts/fuzz.sh [SECONDS] [TARGET…]
#
# Builds `rebound-fuzz` with libFuzzer (.build-fuzz/), then runs each target (default: all)
# for SECONDS (default 60) from its seeds, the project's own fixtures, and from what earlier
# runs found (.build-fuzz/corpus/TARGET, kept between runs). Stops at the first crash or broken
# invariant with the path of the input that caused it; exit 0 when every target ran clean.
#
# For long runs, FUZZ_KEEP_GOING=1 starts a target again after a failure, keeping every failing
# input, until its time is up; FUZZ_SKIP_BUILD=1 uses the binary already built (to run several
# targets side by side, one script each).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(posting bank transcript index story score)
work=.build-fuzz

fuzzer=$work/release/rebound-fuzz
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building rebound-fuzz with libFuzzer and AddressSanitizer…"
  mkdir -p "$work"
  # A failed build must stop here, not leave an older binary to be fuzzed.
  if ! swift build --scratch-path "$work" -c release --product rebound-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >"$work/build.log" 2>&1; then
    grep -E "error" "$work/build.log" | head -20 >&2
    echo "fuzz.sh: the build failed (log: $work/build.log)" >&2
    exit 1
  fi
fi
[ -x "$fuzzer" ] || { echo "fuzz.sh: no $fuzzer; run without FUZZ_SKIP_BUILD" >&2; exit 1; }

fixtures=Tests/ReboundCoreTests/Fixtures
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
# The Swift runtime's own crash backtracer trips AddressSanitizer; libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no

# Seeds: the project's own inputs of each kind, gathered afresh each run.
seed() {
  local target=$1 dir=$work/seeds/$1
  rm -rf "$dir"
  mkdir -p "$dir"
  case $target in
  posting) cp QuestionBanks/postings/* "$fixtures"/Postings/* "$dir" ;;
  bank) cp QuestionBanks/*.yaml "$dir" ;;
  transcript) cp Transcripts/examples/*.json "$dir" ;;
  story) cp "$fixtures"/Stories/bank/* "$dir" ;;
  score)
    # Each labelled answer as the question on its first line and the answer after it.
    awk -v dir="$dir" '
      /^question: / { question = substr($0, 11) }
      /^--- / { if (out) close(out); out = sprintf("%s/%04d.txt", dir, ++n); print question > out; next }
      /^===/ { if (out) close(out); out = ""; next }
      out { print > out }
    ' "$fixtures"/LabelledAnswers/*.txt "$fixtures"/Ceilings/*.txt "$fixtures"/Paraphrases/*.txt
    ;;
  esac
  # Seeds that are no fixture elsewhere, and inputs that once broke a reader (regression fixtures).
  cp Fuzz/Seeds/"$target"/* "$fixtures/Fuzz/$target/"* "$dir" 2>/dev/null || true
}

for target in "${targets[@]}"; do
  seed "$target"
  corpus=$work/corpus/$target
  mkdir -p "$corpus" "$work/crashes" "$work/logs"
  log=$work/logs/$target.log
  printf '%-11s %ss … ' "$target" "$seconds"
  status=0
  started=$SECONDS
  failures=0
  : >"$log"
  while :; do
    left=$((seconds - (SECONDS - started)))
    run=0
    "$fuzzer" "$target" "$corpus" "$work/seeds/$target" \
      -dict="Fuzz/Dictionaries/$target.dict" -max_total_time="$left" -timeout=10 \
      -artifact_prefix="$work/crashes/$target-" -print_final_stats=1 >>"$log" 2>&1 || run=$?
    [ "$run" -eq 0 ] && break
    status=$run
    failures=$((failures + 1))
    [ "${FUZZ_KEEP_GOING:-0}" = 1 ] && [ $((seconds - (SECONDS - started))) -gt 5 ] && [ "$failures" -lt 50 ] || break
  done
  # Runs summed over every start, coverage from the first start (seeds and kept corpus) to the end.
  awk '
    /^#[0-9]+/ && / cov: / {
      n = substr($1, 2) + 0
      if ($2 == "INITED") { runs += last; if (start == "") { start = $4; corp0 = $8 } }
      last = n
      for (i = 1; i < NF; i++) { if ($i == "cov:") end = $(i + 1); if ($i == "corp:") corp = $(i + 1) }
    }
    END { printf "%d runs, coverage %s -> %s edges, corpus %s -> %s\n", runs + last, start, end, corp0, corp }
  ' "$log"
  if [ "$status" -ne 0 ]; then
    echo "  FAILED"
    grep -E "Fatal error|ERROR: |broken promise: " "$log" | head -3 >&2 || true
    [ "$failures" -gt 1 ] && echo "$failures failures in $((SECONDS - started))s" >&2
    reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    echo "fuzz.sh: $target failed (log: $log)" >&2
    [ -n "$reproducer" ] && echo "reproducer: $reproducer; replay: swift run rebound-fuzz $target $reproducer" >&2
    exit 1
  fi
done
