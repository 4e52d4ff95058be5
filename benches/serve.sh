#!/usr/bin/env bash
# Time from saving one page to the reload event of `ecolib serve`, against a full `ecolib build`, on the
# generated corpora (made by benches/build.sh; run that first). Prints one line per corpus size.
#   bash benches/serve.sh            # sizes from BENCH_SIZES, default "1000 10000"
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=target/release/ecolib
sizes=${BENCH_SIZES:-"1000 10000"}
now_ms() { date +%s%3N; }
printf '%-7s %14s %16s\n' pages full_build_ms save_to_reload_ms
for n in $sizes; do
  root=target/bench/corpus-$n
  [ -d "$root/content" ] || { echo "no corpus at $root: run benches/build.sh first" >&2; exit 1; }
  start=$(now_ms); "$bin" build --root "$root" >/dev/null 2>&1; build_ms=$(( $(now_ms) - start ))
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$bin" serve --root "$root" --port "$port" --debounce-ms 50 >/dev/null 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$port/" >/dev/null; do sleep 0.2; done
  events=$(mktemp)
  curl -sN "http://127.0.0.1:$port/__ecolib/events" >"$events" &
  listener=$!
  sleep 0.5
  page="$root/content/section-0/page-00000.md"
  start=$(now_ms)
  printf '\nИзменение для замера.\n' >>"$page"
  until grep -q 'event: reload' "$events"; do sleep 0.02; done
  reload_ms=$(( $(now_ms) - start ))
  kill "$listener" "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  trap - EXIT
  sed -i '$ d' "$page"; sed -i '$ d' "$page"
  rm -f "$events"
  printf '%-7s %14s %16s\n' "$n" "$build_ms" "$reload_ms"
done
