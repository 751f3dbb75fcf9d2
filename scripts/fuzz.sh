#!/usr/bin/env bash
# Fuzzes the decoders (share links, case files, the core's case parser) with proptest
# strategies and reports how many inputs were tried and how many panicked (none may).
# Usage: scripts/fuzz.sh [inputs per decoder, default 20000]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --profile fuzz --example fuzz_report -- "${1:-20000}" | tee target/fuzz-report.txt
