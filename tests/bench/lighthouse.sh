#!/usr/bin/env bash
# Benchmark, not a test: Lighthouse 12.2.3 on the home page and the heaviest notebook page (mlp-vs-cnn), desktop
# and mobile, with the system Chromium, over a local static server. Prints one line of scores per run.
# Usage: tests/bench/lighthouse.sh            (builds the site first; SITE=/path/to/output to reuse a build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lighthouse-tools.sh"

install_lighthouse
serve_site
printf '%-28s %-8s %5s %5s %5s %5s\n' page preset perf a11y best seo
for page in "" notebooks/mlp-vs-cnn.html; do
  for preset in desktop mobile; do
    args=(--quiet --output=json --output-path="$work/report.json"
      --only-categories=performance,accessibility,best-practices,seo
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run")
    if [[ $preset == desktop ]]; then args+=(--preset=desktop); fi
    "$work/node_modules/.bin/lighthouse" "$site_url$page" "${args[@]}"
    node -e '
      const r = require(process.argv[1]);
      const score = k => Math.round(r.categories[k].score * 100);
      const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && ["accessibility", "seo"].some(c => r.categories[c].auditRefs.some(x => x.id === a.id && x.weight > 0)));
      console.log([process.argv[2].padEnd(28), process.argv[3].padEnd(8), ...["performance", "accessibility", "best-practices", "seo"].map(k => String(score(k)).padStart(5))].join(" ")
        + (failed.length ? "   failed: " + failed.map(a => a.id).join(", ") : ""));
    ' "$work/report.json" "${page:-index.html}" "$preset"
  done
done
