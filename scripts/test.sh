#!/usr/bin/env bash
# Runs every test of ecolib: formatting, lints, Rust unit and integration tests (stemmer parity included),
# JavaScript unit tests, and the headless-Chromium browser tests on the real library built from content/.
# Needs: cargo, node (20+), npm, and Debian's chromium at /usr/bin/chromium (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

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
xss_dir="$PWD/target/browser-xss"
cargo run --locked --quiet -- build --output "$site_dir" --cache "$PWD/target/browser-cache"
rm -rf target/browser-xss-root && mkdir -p target/browser-xss-root
cp -r tests/fixtures/search-xss/content themes target/browser-xss-root/
cp tests/fixtures/base-site.toml target/browser-xss-root/site.toml
cargo run --locked --quiet -- build --root target/browser-xss-root --output "$xss_dir"
if [ ! -d tests/browser/node_modules ]; then
  npm ci --prefix tests/browser --no-audit --no-fund
fi
SITE_DIR="$site_dir" XSS_SITE_DIR="$xss_dir" node --test tests/browser/
