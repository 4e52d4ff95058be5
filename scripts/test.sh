#!/usr/bin/env bash
# Runs every test of ecolib: formatting, lints, Rust unit and integration tests (stemmer parity included),
# JavaScript unit tests, and the headless-Chromium browser tests on the real library built from content/.
# Needs: cargo, node (20+), npm, Debian's chromium at /usr/bin/chromium (or CHROMIUM_PATH), dosfstools, mtools. They are
# checked first: as root with apt-get, what is missing is installed; otherwise the commands to run are
# printed and the script exits 1 before any long step.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'
}

# The Debian packages of the browser tests' tools that this machine lacks, space-separated.
missing_packages() {
  local missing=()
  node_is_recent || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ -x "$chromium" ] || missing+=(chromium)
  # tests/integration/pack.rs and the pack browser test write a FAT32 image (mkfs.vfat and a loop mount, or mtools).
  command -v mkfs.vfat >/dev/null 2>&1 || missing+=(dosfstools)
  command -v mcopy >/dev/null 2>&1 || missing+=(mtools)
  echo "${missing[*]}"
}

install_packages() {
  step "installing what the browser tests need: $*"
  apt-get update -qq
  # One at a time: a nodejs package that bundles npm must not be asked to sit beside Debian's npm.
  for package in "$@"; do
    if [ "$package" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  done
}

require_tools() {
  local missing
  missing="$(missing_packages)"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    # shellcheck disable=SC2086 # one package per word
    install_packages $missing
    missing="$(missing_packages)"
    [ -z "$missing" ] && return 0
  fi
  cat >&2 <<EOF
scripts/test.sh: the browser and USB tests need what this machine lacks: $missing
Install it, then run scripts/test.sh again:
  sudo apt-get update && sudo apt-get install -y $missing
Node.js must be 20 or newer (node --version); if Chromium is not at /usr/bin/chromium, set CHROMIUM_PATH.
EOF
  exit 1
}

step "tools for the browser and USB tests (node 20+, npm, chromium, dosfstools, mtools)"
require_tools

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --locked --all-targets -- -D warnings

step "rustdoc (warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --quiet

step "cargo test"
cargo test --locked

step "JavaScript unit tests"
node --test tests/js/

step "browser tests (headless Chromium, file://, no network)"
site_dir="$PWD/target/browser-site"
# --force: folders under target/ are the tests' own (one built by an older ecolib has no output marker).
cargo run --locked --quiet -- build --force --output "$site_dir" --cache "$PWD/target/browser-cache"
# A fixture site beside the library, built with the repository's theme: <name> → target/browser-<name>.
build_fixture() {
  local name="$1" root="target/browser-$1-root"
  rm -rf "$root" && mkdir -p "$root"
  cp -r "tests/fixtures/$name/content" themes "$root/"
  cp tests/fixtures/base-site.toml "$root/site.toml"
  cargo run --locked --quiet -- build --force --root "$root" --output "$PWD/target/browser-$name" --cache "$PWD/target/browser-$name-cache"
}
build_fixture search-xss
xss_dir="$PWD/target/browser-search-xss"
# Editors' raw HTML with script in it: built (sanitised, with warnings), then opened to prove no script runs.
build_fixture raw-html
raw_html_dir="$PWD/target/browser-raw-html"
# 2,000 generated pages (and 199 translations) for the search's byte and file budget (issue 11).
budget_root="$PWD/target/budget-corpus"
rm -rf "$budget_root"
cargo run --locked --quiet --example gen_corpus -- --pages 2000 --lang-mix --out "$budget_root"
cargo run --locked --quiet -- build --force --root "$budget_root" --output "$PWD/target/browser-budget" --cache "$PWD/target/browser-budget-cache"
budget_dir="$PWD/target/browser-budget"
# npm ci again whenever the lockfile changed since node_modules was installed (a new devDependency).
if ! cmp -s tests/browser/package-lock.json tests/browser/node_modules/.ecolib-installed-lock; then
  npm ci --prefix tests/browser --no-audit --no-fund
  cp tests/browser/package-lock.json tests/browser/node_modules/.ecolib-installed-lock
fi
SITE_DIR="$site_dir" XSS_SITE_DIR="$xss_dir" RAW_HTML_SITE_DIR="$raw_html_dir" BUDGET_SITE_DIR="$budget_dir" node --test tests/browser/
