#!/usr/bin/env bash
# The app's size and speed report (a report, not a test): the bytes of the first load
# (raw, gzip, brotli; per file and per kind) and, on a slow phone (1.6 Mbps down, 750 kbps
# up, 150 ms RTT, CPU 4× slower, cold cache, brotli from the server), the time from
# navigation to the first result and to the first contentful paint: median, min and max
# of RUNS runs (default 7). Writes target/browser/size-report.json.
#
#   scripts/size.sh            build, then report
#   scripts/size.sh --no-build report on the dist/ already built
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh browser
export PATH="$HOME/.cargo/bin:$PATH"
[ "${1:-}" = --no-build ] || trunk build --release --offline
node tests/browser/size-report.mjs
