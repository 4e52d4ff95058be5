#!/usr/bin/env bash
# Two ecolib binaries on the same generated corpora, interleaved in one run (the machines are shared and
# noisy: only ratios within a run mean anything): the median of BENCH_RUNS clean builds each (output and
# cache on tmpfs, as benches/build.sh), then serve's save-to-reload time each (benches/serve.sh).
#
#   benches/compare.sh OLD_BIN OLD_CORPUS NEW_BIN NEW_CORPUS
#
# A corpus is a pattern with %s for the size (target/bench/corpus-%s): each binary builds its own copy, so
# an older binary can read its own site.toml format while the pages are the same. Sizes from BENCH_SIZES
# (default "1000 10000"), runs from BENCH_RUNS (default 5). SKIP_SERVE=1 times the builds only (serve.sh
# edits gen_corpus pages: it needs corpora made by examples/gen_corpus.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# = 4 ] || { sed -n 2,12p "$0" >&2; exit 2; }
old_bin=$1 old_corpus=$2 new_bin=$3 new_corpus=$4
sizes=${BENCH_SIZES:-"1000 10000"}
runs=${BENCH_RUNS:-5}
if [ -d /dev/shm ] && [ -w /dev/shm ]; then shm=/dev/shm; else shm=${TMPDIR:-/tmp}; fi
out=$(mktemp -d "$shm/ecolib-compare.XXXXXX")
trap 'rm -rf "$out"' EXIT

# Seconds of wall and CPU (user + sys) of one clean build, as "wall cpu".
clean_build() {
  local bin=$1 root=$2
  rm -rf "$out/public" "$out/cache"
  /usr/bin/time -f '%e %U %S' -o "$out/time" "$bin" build --root "$root" --output "$out/public" --cache "$out/cache" >/dev/null 2>&1
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$out/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '%-7s %-5s %10s %10s %12s\n' pages side wall_s cpu_s wall/cpu
for n in $sizes; do
  # shellcheck disable=SC2059 # the patterns are formats
  old_root=$(printf "$old_corpus" "$n") new_root=$(printf "$new_corpus" "$n")
  : >"$out/old" && : >"$out/new"
  for _ in $(seq "$runs"); do
    clean_build "$old_bin" "$old_root" >>"$out/old"
    clean_build "$new_bin" "$new_root" >>"$out/new"
  done
  for side in old new; do
    wall=$(cut -d' ' -f1 "$out/$side" | median) cpu=$(cut -d' ' -f2 "$out/$side" | median)
    printf '%-7s %-5s %10s %10s %12s\n' "$n" "$side" "$wall" "$cpu" "$(python3 -c "print(f'{$wall/$cpu:.2f}')")"
  done
done
[ "${SKIP_SERVE:-0}" = 1 ] && exit 0
echo
echo "save to reload (benches/serve.sh), old then new:"
ECOLIB_BIN=$old_bin BENCH_CORPUS=$old_corpus BENCH_SIZES=$sizes bash benches/serve.sh
ECOLIB_BIN=$new_bin BENCH_CORPUS=$new_corpus BENCH_SIZES=$sizes bash benches/serve.sh
