#!/usr/bin/env bash
# Benchmark, not a test: the preview's watch loop, timed from the moment a file is saved.
#   notebook: save -> its first cell starts executing (the cell prints its own clock), -> the "cell" event
#             (the page shows the running cell), -> "reload" (the new outputs are on the page)
#   prose:    save -> "reload"
# On a copy of the fixture tests/DocSite.Tests/Fixtures/watch-site (two notebooks, one page using a result):
# each notebook save changes one value, so only that notebook runs, in the worker the preview keeps ready.
# Prints every run and the medians. Times come from one clock (bash's $EPOCHREALTIME and the cell's own).
#
# Usage: tests/bench/preview-latency.sh [RUNS]   (default 5; SKIP_BUILD=1 uses the Site.dll already built;
#        SETTLE=seconds to wait after each rebuild so the next worker is ready, default 4)
set -euo pipefail

runs="${1:-5}"
settle="${SETTLE:-4}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  echo "building the site host..." >&2
  dotnet build "$repo/Site.csproj" -nologo -v q >/dev/null
fi
site_dll="$repo/bin/Debug/net10.0/Site.dll"

work="$(mktemp -d)"
preview_pid=""
events_pid=""
cleanup() {
  [[ -n "$events_pid" ]] && kill "$events_pid" 2>/dev/null || true
  # SIGTERM: the preview stops its waiting worker itself.
  [[ -n "$preview_pid" ]] && kill "$preview_pid" 2>/dev/null && wait "$preview_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

root="$work/site"
cp -r "$repo/tests/DocSite.Tests/Fixtures/watch-site" "$root"
notebook="$root/notebooks/sub/b.ipynb"
# The first cell prints when it starts, in milliseconds of the Unix clock.
sed -i 's|Console.WriteLine(\\"cwd=\\" + System.IO.Path.GetFileName(System.Environment.CurrentDirectory));|Console.WriteLine(\\"started-at=\\" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());|' "$notebook"
grep -q started-at "$notebook"

port=$(( 20000 + RANDOM % 20000 ))
dotnet "$site_dll" preview --root "$root" --port "$port" > "$work/preview.log" 2>&1 &
preview_pid=$!

now_ms() { local t=${EPOCHREALTIME/./}; echo $(( t / 1000 )); }
wait_for() { # pattern file seconds
  local deadline=$(( $(date +%s) + $3 ))
  until grep -q "$1" "$2"; do
    (( $(date +%s) < deadline )) || { echo "timed out waiting for '$1' in $2" >&2; cat "$work/preview.log" >&2; exit 1; }
    sleep 0.05
  done
}
wait_for "^Serving " "$work/preview.log" 300

# Every event line with the time it arrived.
curl -sN "http://127.0.0.1:$port/__docsite/events" | while IFS= read -r line; do
  t=${EPOCHREALTIME/./}; echo "$(( t / 1000 )) $line"
done > "$work/events.log" &
events_pid=$!
wait_for ": connected" "$work/events.log" 30
sleep "$settle"

# The first event named $1 after line $2 of the event log: "time" of it.
event_after() {
  local deadline=$(( $(date +%s) + 120 ))
  while true; do
    local hit
    hit=$(tail -n +"$(( $2 + 1 ))" "$work/events.log" | grep -m1 " event: \($1\|failed\)$" || true)
    if [[ -n "$hit" ]]; then
      [[ "$hit" == *failed ]] && { echo "the rebuild failed:" >&2; tail -20 "$work/preview.log" >&2; exit 1; }
      echo "${hit%% *}"; return
    fi
    (( $(date +%s) < deadline )) || { echo "no '$1' event" >&2; exit 1; }
    sleep 0.01
  done
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

: > "$work/first-cell" ; : > "$work/cell-event" ; : > "$work/outputs" ; : > "$work/prose"
value=41
for run in $(seq 1 "$runs"); do
  # A notebook save.
  mark=$(wc -l < "$work/events.log")
  next=$(( value + 1 ))
  # Written in place, as VS Code saves (`sed -i` would add a temporary file and a rename).
  edited=$(sed "s|publish(\\\\\"value\\\\\", $value);|publish(\\\\\"value\\\\\", $next);|" "$notebook")
  saved=$(now_ms)
  printf '%s\n' "$edited" > "$notebook"
  value=$next
  cell=$(event_after cell "$mark")
  reloaded=$(event_after reload "$mark")
  started=$(grep -o 'started-at=[0-9]\+' "$root/output/notebooks/sub/b.html" | head -1 | cut -d= -f2)
  echo "notebook run $run: first cell started after $(( started - saved )) ms, cell event after $(( cell - saved )) ms, new outputs on the page after $(( reloaded - saved )) ms"
  echo $(( started - saved )) >> "$work/first-cell"; echo $(( cell - saved )) >> "$work/cell-event"; echo $(( reloaded - saved )) >> "$work/outputs"
  sleep "$settle"

  # A prose save.
  mark=$(wc -l < "$work/events.log")
  saved=$(now_ms)
  printf '\n第 %s 次修改。\n' "$run" >> "$root/input/index.md"
  reloaded=$(event_after reload "$mark")
  echo "prose run $run: reload after $(( reloaded - saved )) ms"
  echo $(( reloaded - saved )) >> "$work/prose"
  sleep "$settle"
done

echo "medians over $runs runs (load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores):"
echo "  notebook save -> first cell starts:      $(median < "$work/first-cell") ms"
echo "  notebook save -> running cell on page:   $(median < "$work/cell-event") ms"
echo "  notebook save -> new outputs on the page: $(median < "$work/outputs") ms"
echo "  prose save -> reload:                     $(median < "$work/prose") ms"
grep -c "runs in the warm worker" "$work/preview.log" | xargs echo "  notebook runs in the warm worker:"
