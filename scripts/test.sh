#!/usr/bin/env bash
# Runs every test of the project: formatting, lints, docs, the core, calendar and CLI
# tests (with property tests), a short fuzz of every decoder, the JavaScript API in
# Node, the app's build, the browser tests in headless Chromium, and a phone's flows in
# WebKit (WebKitGTK in Xvfb). Installs what is missing first. Ends with how long each
# step took.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's time, printed at the end (and as far as it got, should a step fail).
timings=() step_name="" step_start=$SECONDS
step_done() {
  [ -n "$step_name" ] && timings+=("$(printf '%6d s  %s' $((SECONDS - step_start)) "$step_name")")
  step_name=""
}
report() {
  step_done
  printf '\n\033[1m== time per step\033[0m\n'
  printf '%s\n' "${timings[@]}"
  printf '%6d s  in all\n' "$SECONDS"
}
trap report EXIT
step() {
  step_done
  step_name=$*
  step_start=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$*"
}

step "setup (what is missing)"
scripts/setup.sh browser
export PATH="$HOME/.cargo/bin:$PATH"

step "format"
cargo fmt --check

step "lints: native"
cargo clippy --quiet --all-targets -- -D warnings
step "lints: native, app"
cargo clippy --quiet --all-targets --features app -- -D warnings
# The app's code is the same on both targets (nothing in src/app/ depends on
# target_arch), so its split build is linted natively too, on the dependencies the pass
# above has checked; a wasm pass of the app checked leptos for wasm again for no lint of
# its own (148 s of a 2-core machine). Only the JS API (src/js.rs) is wasm-only.
step "lints: native, app split (the app's build)"
cargo clippy --quiet --lib --bins --features split -- -D warnings
step "lints: wasm (the JS API)"
cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings

step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --features app

step "core, calendar and CLI tests"
cargo test --quiet
step "the app's unit tests (native)"
cargo test --quiet --features app --lib

# The tests' build of examples/fuzz_report.rs, which cargo test has just compiled.
step "fuzz (2,000 inputs of each kind for every decoder)"
FUZZ_PROFILE=dev scripts/fuzz.sh 2000

step "JavaScript API (wasm-bindgen, in Node)"
cargo rustc --quiet --lib --crate-type cdylib --target wasm32-unknown-unknown --release
wasm-bindgen --target nodejs --out-dir target/js-api target/wasm32-unknown-unknown/release/jifen.wasm
cargo build --quiet --bin jifen
node --test tests/js/

step "app build (trunk build --release --offline)"
trunk build --release --offline

step "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/browser/

step "WebKit tests (a phone's flows in WebKitGTK's MiniBrowser, in Xvfb)"
node --test --test-concurrency=1 tests/webkit/
echo
echo "All tests passed. Screenshots: target/browser/, target/webkit/"
