#!/usr/bin/env bash
# Byte cost of a search query, ecolib against Pagefind 1.6 on the realistic corpus (issue 11). See
# benches/README.md, "Bytes per query". Usage: benches/search_bytes.sh
#
# Environment:
#   BENCH_SIZES="1000 10000"  corpus sizes (pages)
#   BENCH_QUERIES=60          queries per size (70% Russian, 20% English, 10% Kazakh)
#   BENCH_MODES="…"           what to measure (default: all of ecolib-file ecolib-http ecolib-typing
#                             pagefind-plain pagefind-http pagefind-ui)
#   BENCH_DIR=DIR             corpora, word lists, tools and results (default target/bench)
#   BENCH_KEEP=1              keep the built sites (on /dev/shm, that is memory: 40 MB at 1,000 pages, 0.4 GB
#                             at 10,000) instead of deleting each once it is measured
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SIZES=${BENCH_SIZES:-"1000 10000"}
QUERIES=${BENCH_QUERIES:-60}
MODES=${BENCH_MODES:-"ecolib-file ecolib-http ecolib-typing pagefind-plain pagefind-http pagefind-ui"}
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}
TOOLS=$BENCH_DIR/tools
WORDS=$BENCH_DIR/wordlists
if [ -d /dev/shm ] && [ -w /dev/shm ]; then OUT=/dev/shm/ecolib-search-bytes; else OUT=$BENCH_DIR/out-bytes; fi
RESULTS=$BENCH_DIR/search-bytes.txt
log() { printf '\n== %s\n' "$*" >&2; }
note() { printf '   %s\n' "$*" >&2; }
die() { printf 'search_bytes.sh: %s\n' "$*" >&2; exit 1; }

# ---- tools ---------------------------------------------------------------------------------------
log "cargo build --release --locked (ecolib and gen_real_corpus)"
cargo build --release --locked
cargo build --release --locked --example gen_real_corpus
[ -d tests/browser/node_modules/playwright-core ] || (cd tests/browser && npm ci --no-audit --no-fund)
mkdir -p "$TOOLS"
if [ ! -x "$TOOLS/node_modules/.bin/pagefind" ]; then
  [ -f "$TOOLS/package.json" ] || printf '{"private": true}\n' >"$TOOLS/package.json"
  (cd "$TOOLS" && npm install --no-audit --no-fund pagefind@1.6)
fi
PAGEFIND="$TOOLS/node_modules/.bin/pagefind"
PF_VERSION=$("$PAGEFIND" --version)
note "Pagefind: $PF_VERSION"

# Word lists from wordfreq (PyPI), made once: `pip install wordfreq` into BENCH_DIR/tools/py if needed.
if [ ! -f "$WORDS/words-ru.tsv" ] || [ ! -f "$WORDS/words-en.tsv" ]; then
  if ! python3 -c 'import wordfreq' 2>/dev/null; then
    python3 -m pip install --quiet --target "$TOOLS/py" wordfreq
    export PYTHONPATH="$TOOLS/py${PYTHONPATH:+:$PYTHONPATH}"
  fi
  python3 benches/data/make_wordlists.py "$WORDS"
  gzip -dkf "$WORDS/words-ru.tsv.gz" "$WORDS/words-en.tsv.gz"
fi

# ---- helpers -------------------------------------------------------------------------------------
SERVER=""
stop_server() { if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi; }
trap stop_server EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# serve DIR [plain]: starts the gzip server and sets URL to its base. Not called in $(…): SERVER must be set
# in this shell for stop_server to end it.
URL=""
serve() {
  local port
  port=$(free_port)
  node benches/serve_gzip.mjs "$1" "$port" ${2:-} >/dev/null &
  SERVER=$!
  URL="http://127.0.0.1:$port"
  until curl -sf "$URL/" -o /dev/null; do sleep 0.1; done
}
seconds() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b - a) / 1e9}'; }
dir_stats() { find "$@" -type f -printf '%s\n' | awk '{s += $1; n++} END {printf "%d files, %.2f MB", n, s / 1e6}'; }

# Pagefind's pages: its stock UI, and its JS API loading 10 results with excerpts; both read ?q=.
pagefind_pages() {
  cat >"$1/pagefind-bench-ui.html" <<'HTML'
<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
var ui = new PagefindUI({ element: '#search', showSubResults: false });
ui.triggerSearch(new URLSearchParams(location.search).get('q') || '');
</script></body></html>
HTML
  cat >"$1/pagefind-bench-api.html" <<'HTML'
<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Pagefind API</title></head>
<body><ol id="results"></ol><script type="module">
const pagefind = await import('./pagefind/pagefind.js');
const search = await pagefind.search(new URLSearchParams(location.search).get('q') || '');
const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
for (const d of data) {
  const li = document.createElement('li');
  li.innerHTML = `<a href="${d.url}">${d.meta.title}</a><p>${d.excerpt}</p>`;
  document.getElementById('results').append(li);
}
window.benchResults = data.length;
</script></body></html>
HTML
}

# summary MODE FILE: "median p95 files shown" of a results file (bytes in KB).
summary() {
  node -e '
    const rows = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const q = (xs, p) => { xs = [...xs].sort((a, b) => a - b); return xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]; };
    const kb = (b) => (b / 1000).toFixed(0);
    console.log([kb(q(rows.map((r) => r.bytes), 0.5)), kb(q(rows.map((r) => r.bytes), 0.95)),
      q(rows.map((r) => r.files), 0.5), q(rows.map((r) => r.shown), 0.5), rows.length].join(" "));' "$1"
}

# ---- run -----------------------------------------------------------------------------------------
ROWS=()
INFO=()
mkdir -p "$OUT"
for n in $SIZES; do
  corpus=$BENCH_DIR/real-$n
  stamp="gen_real_corpus $(sha256sum examples/gen_real_corpus.rs site.toml "$WORDS/words-ru.tsv" | sha256sum | cut -c1-16) pages=$n"
  if [ -f "$corpus/.bench-stamp" ] && [ "$(cat "$corpus/.bench-stamp")" = "$stamp" ]; then
    note "reusing $corpus"
  else
    log "generating $n pages into $corpus"
    rm -rf "$corpus"
    target/release/examples/gen_real_corpus --pages "$n" --words "$WORDS" --out "$corpus" >&2
    printf '%s\n' "$stamp" >"$corpus/.bench-stamp"
  fi
  site=$OUT/site-$n
  log "ecolib build, $n pages"
  rm -rf "$site" "$OUT/cache-$n"
  t0=$(date +%s%N)
  target/release/ecolib build --root "$corpus" --output "$site" --cache "$OUT/cache-$n" >&2
  t1=$(date +%s%N)
  e_build=$(seconds "$t0" "$t1")
  e_index=$(dir_stats "$site/search" -name '*.js')
  log "pagefind over ecolib's $n document pages"
  t0=$(date +%s%N)
  "$PAGEFIND" --site "$site" --glob '**/page-*/index.html' >"$OUT/pagefind-$n.log" 2>&1
  t1=$(date +%s%N)
  p_build=$(seconds "$t0" "$t1")
  p_index=$(dir_stats "$site/pagefind" -name 'pf_*' -o -name '*.pf_*')
  pagefind_pages "$site"
  queries=$BENCH_DIR/queries-$n.tsv
  node benches/search_bytes.mjs queries "$corpus" "$QUERIES" >"$queries"
  INFO+=("$(printf '%6s pages: %s; ecolib build %s s, search index %s; pagefind %s s, index %s' \
    "$n" "$(sed -n 1p "$corpus/corpus-stats.txt" | sed 's/.*: //')" "$e_build" "$e_index" "$p_build" "$p_index")")
  for mode in $MODES; do
    res=$BENCH_DIR/bytes-$n-$mode.json
    log "$mode, $n pages, $(wc -l <"$queries") queries"
    case $mode in
      ecolib-file) node benches/search_bytes.mjs ecolib "file://$site" "$queries" >"$res" ;;
      ecolib-typing) node benches/search_bytes.mjs ecolib-typing "file://$site" "$queries" >"$res" ;;
      ecolib-http) serve "$site"; node benches/search_bytes.mjs ecolib "$URL" "$queries" >"$res"; stop_server ;;
      pagefind-plain) serve "$site" plain; node benches/search_bytes.mjs pagefind-api "$URL" "$queries" >"$res"; stop_server ;;
      pagefind-http) serve "$site"; node benches/search_bytes.mjs pagefind-api "$URL" "$queries" >"$res"; stop_server ;;
      pagefind-ui) serve "$site"; node benches/search_bytes.mjs pagefind-ui "$URL" "$queries" >"$res"; stop_server ;;
      *) die "unknown mode $mode" ;;
    esac
    read -r med p95 files shown count < <(summary "$res")
    ROWS+=("$(printf '%-15s %6s %9s %9s %7s %7s %5s' "$mode" "$n" "$med" "$p95" "$files" "$shown" "$count")")
    note "median $med KB, p95 $p95 KB, $files files, $shown results shown"
  done
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$site" "$OUT/cache-$n"
done

{
  printf '\nsearch bytes per query — %s, ecolib %s, %s, Chromium %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" \
    "$(git rev-parse --short HEAD)" "$PF_VERSION" "$(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
  printf '%s\n' "${INFO[@]}"
  printf '\n%-15s %6s %9s %9s %7s %7s %5s\n' measure pages med_KB p95_KB files shown n
  printf '%s\n' "${ROWS[@]}"
  printf '\nas in benches/README.md (every bytes-N-MODE.json in %s, earlier runs included):\n' "$BENCH_DIR"
  node benches/search_bytes.mjs table "$BENCH_DIR"
} | tee "$RESULTS"
printf '\nresults saved to %s (per query: %s/bytes-N-MODE.json)\n' "$RESULTS" "$BENCH_DIR" >&2
