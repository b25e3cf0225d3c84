#!/usr/bin/env bash
# Check, not a test: the GitHub Actions pipeline simulated on one machine for this repository's site. Copies the
# site five times, each with an empty notebook cache: one cold single-machine build; N shard builds
# (`build --shard K/N`, one after the other, as N runners would run them side by side); their caches merged
# (copied) into the fifth copy, built there with `--no-execute`. Prints the wall time of each and whether the
# merged site is byte-identical to the single-machine one. Runs the TorchSharp notebooks twice over: minutes.
# Usage: tests/bench/sharded-site.sh [N]   (N defaults to 3, the workflow's matrix width)
set -euo pipefail

shards="${1:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building the host (Release)…" >&2
dotnet build "$repo/Site.csproj" -c Release -v q --nologo > "$work/host.log" 2>&1 || { cat "$work/host.log" >&2; exit 1; }
site_dll="$repo/bin/Release/net10.0/Site.dll"
(cd "$repo" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

copy() {
  local target="$work/$1"
  mkdir -p "$target"
  cp -r "$repo/site.yml" "$repo/input" "$repo/notebooks" "$repo/theme" "$repo/package.json" "$repo/package-lock.json" "$target/"
  ln -s "$repo/node_modules" "$target/node_modules"
}

# Runs the host in one copy; prints the wall time in seconds.
timed() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  dotnet "$site_dll" "$@" --root "$work/$name" > "$work/$name.log" 2>&1 || { echo "$name failed; its log:" >&2; cat "$work/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  printf '%.1f' "$(echo "$end - $start" | bc)"
}

copy single
echo "single-machine cold build: $(timed single build --output "$work/single/output") s"
for k in $(seq 1 "$shards"); do
  copy "shard$k"
  seconds=$(timed "shard$k" build --shard "$k/$shards")
  echo "shard $k/$shards: $seconds s ($(grep -oE '^shard [0-9]+/[0-9]+: [0-9]+ of [0-9]+ notebooks' "$work/shard$k.log" | cut -d' ' -f3-))"
  grep -E '^notebooks: ' "$work/shard$k.log" | sed 's/^/  /' || true
done

copy merged
mkdir -p "$work/merged/.cache/notebooks"
for k in $(seq 1 "$shards"); do
  # Entries only: TorchSharp's prepared native libraries (native/) are the shard's own, as on a runner.
  (cd "$work/shard$k/.cache/notebooks" && find . -path ./native -prune -o -type f -exec cp --parents {} "$work/merged/.cache/notebooks/" \;)
done
echo "merge build (--no-execute): $(timed merged build --no-execute --output "$work/merged/output") s"

if diff -rq "$work/single/output" "$work/merged/output"; then
  echo "identical: $(find "$work/merged/output" -type f | wc -l) files"
else
  exit 1
fi
