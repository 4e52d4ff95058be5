#!/usr/bin/env bash
# Time from saving one page to the reload event of `ecolib serve`, against a full `ecolib build`, on the
# generated corpora (made by benches/build.sh; run that first). Prints one line per corpus size: the full build, the median of three save-to-reload times, and their ratio.
#   bash benches/serve.sh            # sizes from BENCH_SIZES, default "1000 10000"
#   ECOLIB_BIN=/path/to/ecolib BENCH_CORPUS=/path/to/corpus-%s bash benches/serve.sh
#                                    # another binary (no cargo build), on corpora named by size (%s)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ECOLIB_BIN:-}" ]; then cargo build --release --locked --quiet; fi
bin=${ECOLIB_BIN:-target/release/ecolib}
corpus_pattern=${BENCH_CORPUS:-target/bench/corpus-%s}
sizes=${BENCH_SIZES:-"1000 10000"}
now_ms() { date +%s%3N; }
printf '%-7s %14s %16s %8s\n' pages full_build_ms save_to_reload_ms ratio
for n in $sizes; do
  # shellcheck disable=SC2059 # the pattern is the format
  root=$(printf "$corpus_pattern" "$n")
  [ -d "$root/content" ] || { echo "no corpus at $root: run benches/build.sh first" >&2; exit 1; }
  # The full build writes to tmpfs, as in benches/build.sh (the shared disk's noise would swamp it); serve
  # keeps its site in memory anyway.
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then shm=/dev/shm; else shm=${TMPDIR:-/tmp}; fi
  out=$(mktemp -d "$shm/ecolib-serve-bench.XXXXXX")
  trap 'rm -rf "$out"' EXIT
  start=$(now_ms); "$bin" build --root "$root" --output "$out/public" --cache "$out/cache" >/dev/null 2>&1; build_ms=$(( $(now_ms) - start ))
  rm -rf "$out"; trap - EXIT
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$bin" serve --root "$root" --port "$port" --debounce-ms 50 >/dev/null 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$port/" >/dev/null; do sleep 0.2; done
  events=$(mktemp)
  curl -sN "http://127.0.0.1:$port/__ecolib/events" >"$events" &
  listener=$!
  sleep 0.5
  # Three saves of different pages; the median is reported.
  times=()
  for i in 0 1 2; do
    page="$root/content/section-$i/page-0000$i.md"
    before=$(grep -c 'event: reload' "$events" || true)
    start=$(now_ms)
    printf '\nИзменение для замера.\n' >>"$page"
    until [ "$(grep -c 'event: reload' "$events" || true)" -gt "$before" ]; do sleep 0.02; done
    times+=($(( $(now_ms) - start )))
    sed -i '$ d' "$page"; sed -i '$ d' "$page"
    sleep 1
    # The restore is a save too: wait for its reload before the next measurement.
    until [ "$(grep -c 'event: reload' "$events" || true)" -gt "$((before + 1))" ]; do sleep 0.05; done
  done
  reload_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  kill "$listener" "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  trap - EXIT
  rm -f "$events"
  printf '%-7s %14s %16s %8s\n' "$n" "$build_ms" "$reload_ms" "$(python3 -c "print(f'{$reload_ms/$build_ms:.2f}')")"
done
