#!/usr/bin/env bash
# Check, not a test: runs each site notebook's small configuration (the one the SiteNotebooks tests use) twice,
# the two runs side by side (one notebook at a time: all six at once exceed the cells' timeouts on two cores) and,
# with LOAD=N, next to N busy loops, then compares the two executed notebooks byte for byte after dropping the
# run times. A notebook whose results depend on timing, thread placement or uninitialised
# memory shows up as "differs" with the cells whose outputs changed. Exit 0: every notebook reproduced itself.
# Usage: tests/bench/notebook-determinism.sh [ROUNDS]   (default 1; LOAD=4 adds four busy loops;
#        SKIP_BUILD=1 uses the Site.dll already built; ONLY="a b" runs only the notebooks named a and b)
set -euo pipefail

rounds="${1:-1}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
site="$repo/bin/Debug/net10.0/Site.dll"
[[ "${SKIP_BUILD:-0}" == 1 ]] || dotnet build "$repo/Site.csproj" -v q -nologo > /dev/null

work="$(mktemp -d)"
hogs=()
runs=()
cleanup() {
  for pid in "${hogs[@]}" "${runs[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq "${LOAD:-0}"); do (while :; do :; done) & hogs+=("$!"); done

# name|parameters: the SiteNotebooks tests' small configurations.
configs=(
  "parameter-scale|"
  "imagebind-toy|--param trainPerDigit=200 --param testPerDigit=50 --param stage1Epochs=8 --param stage2Epochs=6 --param batchSize=128"
  "mlp-vs-cnn|--param epochs=1 --param mlpWidthList=8 --param cnnChannelList=4,8 --param trainSizeList=500,7000 --param curvePointsPerEpoch=2"
  "function-fitting|--param widthList=2 --param deepWidth=64 --param dataSizeList=20,160 --param steps=800"
  "nano-gpt-sort|--param steps=200 --param temperatureList=2"
)

# The executed notebook without what legitimately changes between runs: each cell's run times, and the training time
# nano-gpt-sort prints ("训练 200 步用了 9 秒").
normalise() {
  python3 - "$1" <<'PY'
import json, re, sys
notebook = json.load(open(sys.argv[1], encoding="utf-8"))
for cell in notebook["cells"]:
    cell.get("metadata", {}).pop("execution", None)
text = json.dumps(notebook, ensure_ascii=False, indent=1, sort_keys=True)
print(re.sub(r"用了 \d+ 秒", "用了 … 秒", text))
PY
}

status=0
for round in $(seq "$rounds"); do
  for config in "${configs[@]}"; do
    name="${config%%|*}"
    [[ -z "${ONLY:-}" || " $ONLY " == *" $name "* ]] || continue
    pids=()
    for copy in a b; do
      # shellcheck disable=SC2086 # the parameters are separate words on purpose
      dotnet "$site" run "$repo/notebooks/$name.ipynb" --root "$repo" --output "$work/$name.$copy.ipynb" ${config#*|} \
        > "$work/$name.$copy.log" 2>&1 &
      pids+=("$!")
      runs+=("$!")
    done
    for pid in "${pids[@]}"; do
      wait "$pid" || { echo "round $round: $name: a run failed:" >&2; cat "$work/$name".?.log >&2; exit 1; }
    done

    normalise "$work/$name.a.ipynb" > "$work/$name.a.json"
    normalise "$work/$name.b.ipynb" > "$work/$name.b.json"
    if cmp -s "$work/$name.a.json" "$work/$name.b.json"; then
      echo "round $round: $name: identical"
    else
      echo "round $round: $name: differs"
      diff "$work/$name.a.json" "$work/$name.b.json" | head -40
      status=1
    fi
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
exit "$status"
