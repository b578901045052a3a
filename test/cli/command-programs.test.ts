/**
 * The launcher's routing and freshness (cli/bin/command-programs.cjs): a start runs the program
 * built around its command, and any file that program was built from being newer than the build
 * makes it rebuild — so neither a user nor a test ever runs code older than the sources.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT, runCli } from "./run-cli";
import { useTempDir } from "../temp-dir";

interface Pointer {
  dir: string;
  startedAt: number;
  commands: Record<string, string>;
  files: string[];
  programs: Record<string, number[]>;
}
const launcher = require("../../cli/bin/command-programs.cjs") as {
  POINTER: string;
  programFor(pointer: Pointer, argv: string[]): string;
  readPointer(file?: string): Pointer | null;
  upToDate(pointer: Pointer, program: string): boolean;
};

let pointer: Pointer;
beforeAll(() => {
  expect(runCli(["--version"]).status).toBe(0);
  pointer = JSON.parse(readFileSync(launcher.POINTER, "utf8")) as Pointer;
});

test.each([
  [["days", "--employees", "5"], "days"],
  [["certparse", "081226HG00017R000-1"], "certno"],
  [["certno"], "certno"],
  [["help", "days"], "days"],
  [["help"], "main"],
  [["help", "nope"], "main"],
  [["--version"], "main"],
  [[], "main"],
  [["dyas"], "main"],
  [["constructor"], "main"],
  [["toString"], "main"],
])("certdesk %j runs the %s program", (argv, program) => {
  expect(launcher.programFor(pointer, argv)).toBe(program);
});

const inputsOf = (program: string) => (pointer.programs[program] ?? []).map((i) => pointer.files[i]);

test("a program lists what it was built from: its sources, the build scripts, the installed packages", () => {
  expect(inputsOf("days")).toEqual(
    expect.arrayContaining([
      "cli/src/main.ts",
      "cli/src/commands/days.ts",
      "core/audit-time/audit-days.ts",
      "core/profiles/data/HG-HY.json",
      "core/index.ts",
      "cli/bin/command-programs.cjs",
      "node_modules/.package-lock.json",
    ]),
  );
  expect(inputsOf("days").filter((f) => f?.startsWith("core/validation/"))).toEqual([]);
});

test("the current build is up to date; a source newer than the build, or a missing one, is not", () => {
  expect(launcher.upToDate(pointer, "days")).toBe(true);
  const sourceTime = statSync(path.join(ROOT, "core", "audit-time", "audit-days.ts")).mtimeMs;
  // As if the build had started before audit-days.ts was last saved (no file is touched).
  expect(launcher.upToDate({ ...pointer, startedAt: sourceTime - 5000 }, "days")).toBe(false);
  const files = pointer.files.map((f) =>
    f === "core/audit-time/audit-days.ts" ? "core/audit-time/gone.ts" : f,
  );
  expect(launcher.upToDate({ ...pointer, files }, "days")).toBe(false);
  expect(launcher.upToDate(pointer, "no-such-program")).toBe(false);
  expect(launcher.upToDate({ ...pointer, programs: { days: [pointer.files.length] } }, "days")).toBe(false);
  expect(launcher.upToDate({ ...pointer, dir: "certdesk-gone" }, "days")).toBe(false);
});

test("a program asked for a command it was not built with says so (exit 3), never runs another build's code", () => {
  const days = path.join(ROOT, "cli", "build", pointer.dir, "days.cjs");
  const run = spawnSync(process.execPath, [days, "sample", "--sites", "4"], { encoding: "utf8" });
  expect(run.status).toBe(3);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain("cli/src/commands/sample is not built into this program");
});

const temp = useTempDir("certdesk-pointer-");

test("a pointer left by an older build, or unreadable, counts as no build (rebuilt, never a crash)", () => {
  expect(launcher.readPointer(launcher.POINTER)).toEqual(pointer);
  for (const text of ['{"main":"certdesk-mx7soqch-24770/main.mjs"}', "{", "null", '{"dir":"x"}', ""])
    expect([text, launcher.readPointer(temp.save("certdesk.json", text))]).toEqual([text, null]);
  expect(launcher.readPointer(temp.file("missing.json"))).toBeNull();
});
