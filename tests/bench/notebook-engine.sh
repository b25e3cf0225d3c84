#!/usr/bin/env bash
# Benchmark, not a test: one trivial two-cell notebook end to end (process start, worker, kernel, both cells,
# executed .ipynb written) with this repository's `run` command, against `dotnet-repl --run` on the same
# notebook, alternating so both see the same machine load. Reports the median wall and user CPU time of each.
#
# Needs dotnet-repl: `dotnet tool install -g dotnet-repl` (it targets an older .NET, so it runs with
# DOTNET_ROLL_FORWARD=Major here).
# Usage: tests/bench/notebook-engine.sh [RUNS]   (default 5; SKIP_BUILD=1 uses the Site.dll already built)
set -euo pipefail

runs="${1:-5}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repl="$(command -v dotnet-repl || echo "$HOME/.dotnet/tools/dotnet-repl")"
if [[ ! -x "$repl" ]]; then
  echo "dotnet-repl is not installed: dotnet tool install -g dotnet-repl" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/trivial.ipynb" <<'JSON'
{
 "cells": [
  {"cell_type": "code", "execution_count": null, "id": "one", "metadata": {"polyglot_notebook": {"kernelName": "csharp"}},
   "outputs": [], "source": ["var greeting = \"hello\";\n", "Console.WriteLine(greeting);"]},
  {"cell_type": "code", "execution_count": null, "id": "two", "metadata": {"polyglot_notebook": {"kernelName": "csharp"}},
   "outputs": [], "source": ["1 + 1"]}
 ],
 "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
              "language_info": {"name": "polyglot-notebook"}},
 "nbformat": 4, "nbformat_minor": 5
}
JSON

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  echo "building the site host..." >&2
  dotnet build "$repo/Site.csproj" -nologo -v q >/dev/null
fi
site="$repo/bin/Debug/net10.0/Site.dll"

# `time` wraps the process itself; user CPU includes the children it waited for (our worker, its restores).
ours() { /usr/bin/time -f '%e %U' -o "$work/t" dotnet "$site" run "$work/trivial.ipynb" --root "$work" --output "$work/ours.ipynb"; }
theirs() { DOTNET_ROLL_FORWARD=Major /usr/bin/time -f '%e %U' -o "$work/t" "$repl" --run "$work/trivial.ipynb" --exit-after-run --output-path "$work/repl.ipynb"; }

# Both must really have run the cells.
check() { grep -qF '"hello\n"' "$1" && grep -qE '<pre>2</pre>|"2"' "$1" || { echo "no outputs in $1" >&2; exit 1; }; }

# One untimed run each: file cache, JIT-independent first-time work (dotnet-repl's first-run setup).
ours >/dev/null 2>&1; check "$work/ours.ipynb"
theirs >/dev/null 2>&1; check "$work/repl.ipynb"

: > "$work/ours.times"
: > "$work/repl.times"
for i in $(seq "$runs"); do
  rm -f "$work/ours.ipynb" "$work/repl.ipynb"
  ours >/dev/null 2>&1; check "$work/ours.ipynb"; cat "$work/t" >> "$work/ours.times"
  theirs >/dev/null 2>&1; check "$work/repl.ipynb"; cat "$work/t" >> "$work/repl.times"
  echo "run $i: ours $(tail -1 "$work/ours.times") / dotnet-repl $(tail -1 "$work/repl.times") (wall s, user s)" >&2
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ours_wall=$(cut -d' ' -f1 "$work/ours.times" | median)
ours_user=$(cut -d' ' -f2 "$work/ours.times" | median)
repl_wall=$(cut -d' ' -f1 "$work/repl.times" | median)
repl_user=$(cut -d' ' -f2 "$work/repl.times" | median)
echo "trivial two-cell notebook, median of $runs runs on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "  ours (run command):    wall ${ours_wall} s, user CPU ${ours_user} s"
echo "  dotnet-repl --run:     wall ${repl_wall} s, user CPU ${repl_user} s"
awk -v a="$ours_wall" -v b="$repl_wall" 'BEGIN { printf "  ratio (wall):          %.2f (target: at most 0.50)\n", a / b }'
