#!/usr/bin/env bash
# Runs every test of the project: formatting, lints, docs, the core, calendar and CLI
# tests (with property tests), the JavaScript API in Node, the app's build, the
# browser tests in headless Chromium, and a phone's flows in WebKit (WebKitGTK in
# Xvfb). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh browser
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --check

step "lints (native, app, wasm, the app split)"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --all-targets --features app -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins --features app -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings

step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --features app

step "core, calendar and CLI tests"
cargo test --quiet
cargo test --quiet --features app --lib

step "JavaScript API (wasm-bindgen, in Node)"
cargo build --quiet --lib --target wasm32-unknown-unknown --release
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
