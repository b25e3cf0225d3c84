#!/usr/bin/env bash
# Check, not a test: builds this repository's site at two commits, each in a fresh worktree with its own
# notebook cache (so every notebook runs under the engine of that commit), and compares the outputs byte for
# byte. A refactor that must not change the site passes with "identical"; otherwise the differing files are listed.
# Usage: tests/bench/compare-site-builds.sh BEFORE [AFTER]   (AFTER defaults to the working tree as committed: HEAD)
set -euo pipefail

before="${1:?usage: compare-site-builds.sh BEFORE [AFTER]}"
after="${2:-HEAD}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
cleanup() {
  git -C "$repo" worktree remove --force "$work/before" 2>/dev/null || true
  git -C "$repo" worktree remove --force "$work/after" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

build() {
  local name=$1 commit=$2
  git -C "$repo" worktree add --quiet --detach "$work/$name" "$commit"
  echo "building $name ($(git -C "$repo" rev-parse --short "$commit"))…" >&2
  (cd "$work/$name" && dotnet run -- build --output "$work/$name-site" > "$work/$name.log" 2>&1) \
    || { echo "the build of $name failed; its log:" >&2; cat "$work/$name.log" >&2; exit 1; }
}

build before "$before"
build after "$after"
if diff -rq "$work/before-site" "$work/after-site"; then
  echo "identical: $(find "$work/after-site" -type f | wc -l) files"
else
  exit 1
fi
