/**
 * A source tree that does not build (a developer's half-saved file) makes certdesk say so once,
 * as an internal error with esbuild's file and line, exit 3 — never run an older build silently.
 * Run on a copy of the CLI and core, so the real build is not touched.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./run-cli";
import { useTempDir } from "../temp-dir";

const temp = useTempDir("certdesk-broken-");

test("a syntax error in a CLI source: one bilingual internal-error report naming file and line, exit 3", () => {
  const copy = path.join(temp.path, "repo");
  for (const dir of ["cli/bin", "cli/src", "core"])
    cpSync(path.join(ROOT, dir), path.join(copy, dir), { recursive: true });
  cpSync(path.join(ROOT, "cli", "package.json"), path.join(copy, "cli", "package.json"));
  mkdirSync(path.join(copy, "cli", "build"));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  appendFileSync(path.join(copy, "cli", "src", "help.ts"), "\nexport const broken = ;\n");

  const run = spawnSync(process.execPath, [path.join(copy, "cli", "bin", "certdesk.cjs"), "--help"], {
    encoding: "utf8",
    timeout: 90_000,
  });
  expect(run.status).toBe(3);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(
    /^内部错误：无法构建命令行程序 \| internal error: could not build the command line: /,
  );
  expect(run.stderr).toContain('cli/src/help.ts:32:22: ERROR: Unexpected ";"');
  // esbuild's own log is silenced: the error is reported once, not once per program.
  expect(run.stderr.match(/Unexpected ";"/g)).toHaveLength(1);
});
