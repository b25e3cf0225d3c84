# Sourced by lighthouse.sh and screenshots.sh: a temporary folder with Lighthouse 12.2.3 (and the puppeteer-core it
# brings), never the repository's package.json; the site (built here unless SITE names a built one) served on
# 127.0.0.1 by a static server; everything removed and stopped on exit.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

install_lighthouse() {
  echo "installing lighthouse@12.2.3 into $work…" >&2
  (cd "$work" && npm init -y > /dev/null && npm i -E --no-audit --no-fund --loglevel=error lighthouse@12.2.3 > /dev/null)
}

serve_site() {
  local site="${SITE:-}"
  if [[ -z $site ]]; then
    site="$work/site"
    echo "building the site into $site…" >&2
    (cd "$repo" && dotnet run -- build --output "$site" > "$work/build.log" 2>&1) \
      || { cat "$work/build.log" >&2; exit 1; }
  fi
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" > /dev/null 2>&1 &
  server=$!
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/" > /dev/null && break
    sleep 0.1
  done
  site_url="http://127.0.0.1:$port/"
}
