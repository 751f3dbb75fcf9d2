#!/usr/bin/env bash
# Installs what the project needs, where it is missing. Safe to run again.
#
#   scripts/setup.sh core      the wasm target and the wasm-bindgen CLI (JS API tests)
#   scripts/setup.sh app       + Trunk, to build and serve the app, wasm-split-cli, and
#                              binaryen's wasm-opt and esbuild from npm (tools/; the
#                              post-build hook runs them)
#   scripts/setup.sh browser   + Debian's chromium and chromedriver, and the browser-test
#                              packages from npm (playwright-core, driving that chromium);
#                              Debian's WebKitGTK driver (WebKitWebDriver, MiniBrowser) and
#                              xvfb, and the WebKit tests' package (selenium-webdriver)
#
# Versions: Trunk 0.21.14 (0.22 needs a newer rustc); wasm-bindgen-cli exactly the
# wasm-bindgen of Cargo.lock (Trunk uses the one on PATH only when they match).
set -euo pipefail
cd "$(dirname "$0")/.."

level=${1:-browser}
say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

# (grep reads to the end rather than -q: under pipefail, a grep that stops early can make
# the command before it fail with SIGPIPE, and a present tool look missing.)
if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen_version"; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  # Without --locked: the registry here lacks one of its pinned dependencies.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# The JS API tests' package: npm's typescript, for the check of the API's types.
if [ ! -f tests/js/node_modules/typescript/package.json ]; then
  say "installing the JS API tests' packages (npm ci: typescript)"
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error)
fi

[ "$level" = core ] && exit 0

if ! trunk --version 2>/dev/null | grep -qx "trunk 0.21.14"; then
  say "installing trunk 0.21.14 (about 10 minutes on 2 cores)"
  cargo install trunk --version 0.21.14 --locked --force
fi

# wasm-split-cli splits the parts loaded later off the app's wasm (scripts/post-build.mjs):
# the splitter leptos's own build tool uses, from its crate, which has no --version.
if ! cargo install --list | grep -x "wasm_split_cli_support v0.2.4:" >/dev/null; then
  say "installing wasm-split-cli (wasm_split_cli_support 0.2.4, about a minute)"
  cargo install wasm_split_cli_support --version 0.2.4 --features build-binary --locked --force
fi

if [ ! -x tools/node_modules/binaryen/bin/wasm-opt ] || [ ! -f tools/node_modules/esbuild/bin/esbuild ]; then
  say "installing the build tools from npm (binaryen's wasm-opt, esbuild; npm ci in tools/)"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

[ "$level" = app ] && exit 0

# Chinese fonts, so that the screenshots the tests save can be read.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list 2>/dev/null | grep -i "noto sans cjk" >/dev/null; then
  say "installing Debian's chromium, chromium-driver and the Noto CJK fonts"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
fi

# poppler-utils: pdftoppm renders the printed handouts to PNG pages in the tests.
if ! command -v pdftoppm >/dev/null; then
  say "installing poppler-utils (pdftoppm, for the print tests)"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq poppler-utils >/dev/null
fi

# WebKit, the engine of every browser on an iPhone (WeChat's too): Debian's WebKitGTK
# MiniBrowser, driven through its WebKitWebDriver (webkit2gtk-driver), in a virtual
# display (Xvfb). Nothing is downloaded but Debian's packages.
if ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null || ! ls /usr/lib/*/webkit2gtk-4.1/MiniBrowser >/dev/null 2>&1; then
  say "installing Debian's webkit2gtk-driver (WebKitWebDriver, MiniBrowser) and xvfb"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq webkit2gtk-driver xvfb >/dev/null
fi

# Every package the browser tests and the WebKit tests list, at the version the lock file pins.
for tests in tests/browser tests/webkit; do
  missing_packages=$(cd "$tests" && node -e '
    const deps = Object.keys(require("./package.json").devDependencies ?? {});
    const fs = require("fs");
    console.log(deps.filter((d) => !fs.existsSync("node_modules/" + d + "/package.json")).join(" "));')
  if [ -n "$missing_packages" ]; then
    say "installing the packages of $tests (npm ci)"
    (cd "$tests" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
