#!/usr/bin/env bash
# Speed figures of the scoring core, to compare between changes (a report, not a test):
#   - wall-clock median per evaluation of a 200-incident case, per regime (cargo bench);
#   - instructions per evaluation, counted by callgrind: repeatable whatever the load.
# Writes target/bench/report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
report=target/bench/report.txt
{
  echo "# jifen core benchmark, $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo
  echo "## wall clock (this machine, now)"
  cargo bench --quiet --bench evaluate 2>/dev/null
  echo
  echo "## instructions per evaluation (callgrind: (11 runs − 1 run) / 10)"
  cargo build --quiet --release --example evaluate_200
  if command -v valgrind >/dev/null; then
    for regime in shanghai-2025 shanghai-2023 wenzhou-2014 jining-2024 shanghai-2020; do
      count() {
        valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/evaluate_200 "$1" "$regime" 2>&1 \
          | awk '/Collected :/ { print $4 }'
      }
      one=$(count 1); eleven=$(count 11)
      printf '%-15s %12d\n' "$regime" $(( (eleven - one) / 10 ))
    done
  else
    echo "valgrind is not installed: no instruction counts"
  fi
} | tee "$report"
