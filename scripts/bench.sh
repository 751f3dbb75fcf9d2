#!/usr/bin/env bash
# Speed figures, to compare between changes (a report, not a test: nothing here fails
# because the machine is slow or busy):
#   - the core: wall-clock median per evaluation of a 200-incident case, per regime
#     (cargo bench), and instructions per evaluation, counted by callgrind;
#   - a hospital's roster through the release binary (jifen evaluate ROSTER.jsonl):
#     1,000, 10,000 and 100,000 cases, each with cases/second and peak memory (RSS),
#     which stays flat as the file grows; and the instructions of the 1,000- and
#     10,000-case runs (callgrind, about a minute);
#   - the roster page: a roster of 1,000 and of 5,000 people (examples/roster_sheet.rs)
#     read, computed and written as CSV and a workbook natively (instructions, callgrind),
#     and imported, computed and drawn in the app in headless Chromium (milliseconds,
#     tests/browser/roster-bench.mjs; when dist/ has been built).
# Installs GNU time and valgrind from Debian where missing. Writes target/bench/report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
report=target/bench/report.txt

missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v valgrind >/dev/null || missing+=(valgrind)
if [ ${#missing[@]} -gt 0 ]; then
  printf '\033[1m[bench]\033[0m installing %s (Debian)\n' "${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The roster's standing is reported for a fixed day, so that every run does the same work.
as_of=2026-06-30

{
  echo "# jifen benchmark, $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo
  echo "## core: wall clock (this machine, now)"
  cargo bench --quiet --bench evaluate 2>/dev/null
  echo
  echo "## core: instructions per evaluation (callgrind: (11 runs − 1 run) / 10)"
  cargo build --quiet --release --example evaluate_200
  for regime in shanghai-2025 shanghai-2023 wenzhou-2014 jining-2024 shanghai-2020; do
    count() {
      valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/evaluate_200 "$1" "$regime" 2>&1 \
        | awk '/Collected :/ { print $4 }'
    }
    one=$(count 1); eleven=$(count 11)
    printf '%-15s %12d\n' "$regime" $(( (eleven - one) / 10 ))
  done

  echo
  echo "## roster: jifen evaluate ROSTER.jsonl --as-of $as_of (release binary, this machine, now)"
  cargo build --quiet --release --bin jifen --example roster
  # One timed run: sets ns, rss and out_bytes. Every line must be answered with a
  # result (exit 0): a benchmark of errors is none.
  run_roster() {
    local roster=$1 n=$2 lines status start end
    start=$(date +%s%N)
    read -r lines out_bytes status < <(
      /usr/bin/time -v -o target/bench/time.txt \
        target/release/jifen evaluate "$roster" --as-of "$as_of" | wc -lc | tr '\n' ' '
      echo "${PIPESTATUS[0]}"
    )
    end=$(date +%s%N)
    if [ "$status" -ne 0 ] || [ "$lines" -ne "$n" ]; then
      echo "roster of $n: exit $status, $lines answers: the benchmark roster must evaluate" >&2
      exit 1
    fi
    ns=$((end - start))
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' target/bench/time.txt)
  }
  echo "(rosters from examples/roster.rs: deterministic, five regimes, 0–8 incidents a person;"
  echo " answers counted, not kept; median of 3 runs after one untimed; peak RSS from"
  echo " /usr/bin/time -v, the largest of the 3)"
  printf '%8s %10s %10s %10s %12s %14s\n' cases "input MB" "output MB" seconds "cases/s" "peak RSS kB"
  for n in 1000 10000 100000; do
    roster=target/bench/roster-$n.jsonl
    target/release/examples/roster "$n" >"$roster"
    run_roster "$roster" "$n"
    times=() peak=0
    for _ in 1 2 3; do
      run_roster "$roster" "$n"
      times+=("$ns")
      [ "$rss" -gt "$peak" ] && peak=$rss
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    in_bytes=$(wc -c <"$roster")
    awk -v n="$n" -v ns="$median" -v rss="$peak" -v i="$in_bytes" -v o="$out_bytes" 'BEGIN {
      s = ns / 1e9
      printf "%8d %10.1f %10.1f %10.3f %12.0f %14d\n", n, i / 1e6, o / 1e6, s, n / s, rss
    }'
  done

  echo
  echo "## roster: instructions (callgrind, repeatable whatever the load)"
  count_roster() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      target/release/jifen evaluate "$1" --as-of "$as_of" 2>&1 >/dev/null \
      | awk '/Collected :/ { print $4 }'
  }
  empty=target/bench/roster-0.jsonl
  : >"$empty"
  base=$(count_roster "$empty")
  printf '%-24s %14s %12s\n' roster instructions "per case"
  printf '%-24s %14d\n' "empty (start-up)" "$base"
  # Two sizes, so that a cost growing with the file (not flat per case) shows.
  for n in 1000 10000; do
    total=$(count_roster target/bench/roster-$n.jsonl)
    printf '%-24s %14d %12d\n' "$n cases" "$total" $(( (total - base) / n ))
  done

  echo
  echo "## roster page: read, computed, exported (examples/roster_sheet.rs overview N, callgrind)"
  cargo build --quiet --release --example roster_sheet
  count_sheet() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      target/release/examples/roster_sheet overview "$1" 2>&1 >/dev/null \
      | awk '/Collected :/ { print $4 }'
  }
  base=$(count_sheet 0)
  printf '%-24s %14s %12s\n' roster instructions "per person"
  printf '%-24s %14d\n' "empty (start-up)" "$base"
  for n in 1000 5000; do
    total=$(count_sheet "$n")
    printf '%-24s %14d %12d\n' "$n people" "$total" $(( (total - base) / n ))
  done
  if [ -f dist/index.html ] && [ -d tests/browser/node_modules ]; then
    echo
    echo "## roster page: imported, computed and drawn in the app (tests/browser/roster-bench.mjs)"
    node tests/browser/roster-bench.mjs
  else
    echo "(the app's figure needs dist/ and tests/browser/node_modules: trunk build --release --offline; scripts/setup.sh browser)"
  fi
  rm -f target/bench/roster-*.jsonl target/bench/time.txt
} | tee "$report"
