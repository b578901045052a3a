/** Spawns the real `certdesk` binary the way a user does (node cli/bin/certdesk.cjs …). */
import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Each run starts a node process (1–3 s, more on a loaded machine): a test that awaits between
 * runs would hit jest's 5 s default, so every file spawning the CLI gets this explicit limit.
 */
jest.setTimeout(120_000);

export const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "cli", "bin", "certdesk.cjs");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string } = {}): CliRun {
  const out = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

/** `--json` must print exactly one JSON object and nothing else. */
export function parseSingleJson(stdout: string): Record<string, unknown> {
  const text = stdout.trim();
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`not one JSON object: ${text}`);
  return value as Record<string, unknown>;
}

/** Bad usage/input: exit 2, exactly one stderr line with Chinese then English. */
export function expectOneLineError(run: CliRun, ...fragments: string[]): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^错误：.+ \| Error: .+/);
  for (const fragment of fragments) expect(lines[0]).toContain(fragment);
}
