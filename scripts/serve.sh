#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080, rebuilding when src/ or www/
# change. Installs the wasm target, Trunk and wasm-bindgen-cli first where missing.
# Extra arguments go to `trunk serve` (e.g. --release, --port 9000).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
export PATH="$HOME/.cargo/bin:$PATH"
echo "Serving on http://127.0.0.1:8080 — Ctrl-C to stop." >&2
exec trunk serve --offline "$@"
