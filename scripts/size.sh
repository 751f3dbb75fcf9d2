#!/usr/bin/env bash
# The app's size and speed report (a report, not a test): compressed bytes of the first
# visit, and navigation → first result in headless Chromium beside a static page of
# similar size served the same way. Writes target/browser/size-report.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh browser
export PATH="$HOME/.cargo/bin:$PATH"
trunk build --release --offline
node tests/browser/size-report.mjs
