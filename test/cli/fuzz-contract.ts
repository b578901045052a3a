/**
 * The contract every fuzzed `certdesk validate` run must keep, whatever reader the file goes through
 * (.xlsx or .xls): exit 0/1/2, one bilingual stderr line on exit 2, no stack trace or library chatter,
 * output of bounded size, the input unchanged (checked by the callers with `sha256`).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { validateCommand } from "../../cli/src/commands/validate";
import { runCommand } from "../../cli/src/run-command";
import { runCli } from "./run-cli";

export const AS_OF = ["--month", "2026-10", "--date", "2026-11-03"];

export const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

export interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** "Missing Info" is SheetJS's console chatter, which the .xls reader mutes. */
const NEVER_ON_STDERR = /internal error|内部错误|\n\s+at |RangeError|TypeError|Missing Info/;

export function expectContract(run: Outcome, mode: string): void {
  expect([0, 1, 2]).toContain(run.status);
  expect(run.stderr).not.toMatch(NEVER_ON_STDERR);
  const lines = run.stderr === "" ? [] : run.stderr.trimEnd().split("\n");
  if (run.status === 2) {
    expect(run.stdout).toBe("");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^错误：.+ \| Error: .+/);
    return;
  }
  // The annotated copy may fail (the writer meets what our reader read); the validation still stands.
  if (mode === "out" && lines.length === 1)
    expect(lines[0]).toMatch(/^未写出标注副本.+ \| annotated copy not written/);
  else expect(lines).toEqual([]);
  expect(run.stdout.length).toBeLessThan(5_000_000);
  if (mode === "json") expect(typeof JSON.parse(run.stdout)).toBe("object");
}

/** The command line of one case: plain, `--json`, or `--out` into `dir` (named by `n`). */
export function argsFor(file: string, mode: string, dir: string, n: number): string[] {
  const args = ["validate", file, ...AS_OF];
  if (mode === "json") args.push("--json");
  if (mode === "out") args.push("--out", path.join(dir, `out-${n}.xlsx`));
  return args;
}

/** `certdesk validate` in this process, its output collected as the binary would print it. */
export async function validateInProcess(args: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCommand(validateCommand, args.slice(1), {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(`${text}\n`),
  });
  return { status, stdout: out.join(""), stderr: err.join("") };
}

/** The fuzzer reached both sides: files that read (exit 0/1) and files refused (exit 2). */
export function expectBothSides(exits: ReadonlyMap<number, number>): void {
  expect(exits.get(2) ?? 0).toBeGreaterThan(0);
  expect((exits.get(0) ?? 0) + (exits.get(1) ?? 0)).toBeGreaterThan(0);
}

/** One case through the real binary: written to `file`, validated; the contract holds, the file is unchanged. */
export function expectBinaryContract(
  file: string,
  bytes: Buffer,
  mode: string,
  dir: string,
  n: number,
): void {
  writeFileSync(file, bytes);
  const run = runCli(argsFor(file, mode, dir, n));
  expectContract({ status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr }, mode);
  expect(sha256(readFileSync(file))).toBe(sha256(bytes));
}
