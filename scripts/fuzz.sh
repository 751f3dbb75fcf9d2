#!/usr/bin/env bash
# Feeds random and damaged inputs to every decoder (the core's case parser and
# evaluation, share links, case files, the saved-case library, the app's routes, item
# search, the command line and its JSON Lines) and reports, for each kind of input, how
# many were tried, how many were read as a case or a page, and how many panicked. None
# may: the script exits with status 1 if any did, and shows the first input that did.
# Writes target/fuzz-report.txt. examples/fuzz_report.rs has the details.
#
# Usage: scripts/fuzz.sh [INPUTS of each kind, default 20000] [SEED, default 0]
#
# Built with the `fuzz` profile of Cargo.toml (optimised, panics unwind so that they
# can be counted, overflow checks on). FUZZ_PROFILE=dev uses the tests' build instead,
# which `cargo test` has already compiled: scripts/test.sh runs `FUZZ_PROFILE=dev
# scripts/fuzz.sh 2000`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p target
cargo run --quiet --profile "${FUZZ_PROFILE:-fuzz}" --example fuzz_report -- "${1:-20000}" "${2:-0}" |
  tee target/fuzz-report.txt
