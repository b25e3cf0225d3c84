#!/usr/bin/env bash
# Takes the README's screenshots: one page of the site, light and dark, in the system Chromium (driven by the
# puppeteer-core that Lighthouse 12.2.3 brings, installed in a temporary folder), into .github/readme/.
# Usage: tests/bench/screenshots.sh [PAGE]   (default overview/parameter-scale.html; SITE=/path/to/output to reuse a build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lighthouse-tools.sh"
page="${1:-overview/parameter-scale.html}"

install_lighthouse
serve_site
mkdir -p "$repo/.github/readme"
cat > "$work/shoot.cjs" <<'JS'
const puppeteer = require('puppeteer-core');
const [url, folder] = process.argv.slice(2);
(async () => {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 760 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(url, { waitUntil: 'networkidle0' });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${folder}/page-${scheme}.png` });
      console.log(`${folder}/page-${scheme}.png`);
    }
  } finally {
    await browser.close();
  }
})();
JS
(cd "$work" && node shoot.cjs "$site_url$page" "$repo/.github/readme")
