#!/usr/bin/env node
// Runs a TypeScript script (bench/, scripts/) through the same bundler as the CLI:
//   node cli/bin/run-ts.cjs bench/core.ts [args…]
const path = require("node:path");
const { ensureBundle } = require("./bundle.cjs");
const entry = process.argv[2];
if (!entry) {
  console.error("usage: node cli/bin/run-ts.cjs <file.ts> [args…]");
  process.exit(2);
}
process.argv.splice(2, 1);
require(ensureBundle(entry, path.basename(entry).replace(/\.ts$/, "")));
