#!/usr/bin/env node
/**
 * The one test command (README, .ci/run): type check, lint, every jest suite, then the browser
 * end-to-end suite when Chromium is present. Prints a closing line `N passed, N failed` that sums
 * them all; exits non-zero when anything failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";

const results = [];
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: "inherit", ...opts });

function check(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const status = run(cmd, args).status;
  results.push({ name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 });
}

check("typecheck", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
check("lint", "npx", ["eslint", ".", "--max-warnings", "0"]);

mkdirSync("build", { recursive: true });
console.log("\n=== jest");
const jestOut = "build/jest-results.json";
const jest = run("npx", ["jest", "--ci", "--json", `--outputFile=${jestOut}`]);
if (existsSync(jestOut)) {
  const report = JSON.parse(readFileSync(jestOut, "utf8"));
  // A suite that fails to load has no test results but must still count as a failure.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === "failed" && s.assertionResults.length === 0,
  ).length;
  results.push({ name: "jest", passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites });
} else {
  results.push({ name: "jest", passed: 0, failed: 1 });
}
if (jest.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;

const e2eDir = "test/e2e";
const e2eFiles = existsSync(e2eDir)
  ? readdirSync(e2eDir)
      .filter((f) => f.endsWith(".e2e.mjs"))
      .map((f) => `${e2eDir}/${f}`)
  : [];
if (e2eFiles.length > 0) {
  if (existsSync("/usr/bin/chromium") || process.env.CHROMIUM_PATH) {
    console.log("\n=== browser end-to-end");
    const out = spawnSync("node", ["--test", "--test-reporter=tap", ...e2eFiles], { encoding: "utf8" });
    process.stdout.write(out.stdout ?? "");
    process.stderr.write(out.stderr ?? "");
    const count = (label) =>
      Number(
        /^# (\w+) (\d+)$/m.test(out.stdout)
          ? ((out.stdout.match(new RegExp(`^# ${label} (\\d+)$`, "m")) ?? [])[1] ?? 0)
          : 0,
      );
    const failed = count("fail") + (out.status !== 0 && count("fail") === 0 ? 1 : 0);
    results.push({ name: "e2e", passed: count("pass"), failed });
  } else {
    console.log("\n=== browser end-to-end: skipped (no /usr/bin/chromium; .ci/run installs it)");
    results.push({ name: "e2e", passed: 0, failed: 0, skipped: 1 });
  }
}

console.log("\n=== summary");
for (const r of results)
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? " (skipped)" : ""}`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
