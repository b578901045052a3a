/**
 * The lint rule that keeps adapters on the core's public surface (eslint.config.mjs): a deep import
 * into core/ from addin/ or cli/ is an error naming core/index.ts, an import of the index is not,
 * and the rules it shares `no-restricted-imports` with (cli/ must not import addin/, the core stays
 * pure, tests may reach core internals) still hold.
 *
 * ESLint's Node API runs in a child node process: it loads eslint.config.mjs with import(), which
 * jest's module sandbox refuses (it would need --experimental-vm-modules).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

/** Reads [{code, filePath}] on stdin, prints each file's no-restricted-imports messages as JSON. */
const LINT_SCRIPT = `
const { ESLint } = require("eslint");
const path = require("node:path");
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const { code, filePath } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), filePath) });
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) throw new Error(filePath + " did not parse: " + fatal.message);
    out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
});
`;

const use = (specifier: string) => `import { a1 } from "${specifier}";\nexport const cell = a1(1, 1);\n`;

const DEEP: Array<[string, string]> = [
  ["addin/x.ts", "../core/sheet/a1"],
  ["addin/taskpane/panes/x.tsx", "../../../core/validation/view-model"],
  ["addin/functions/x.ts", "../../core/problem"],
  ["addin/workbench/x.ts", "../../core/validation"],
  ["cli/src/x.ts", "../../core/sheet/a1"],
  ["cli/src/commands/x.ts", "../../../core/dates/civil"],
];
const SURFACE: Array<[string, string]> = [
  ["addin/x.ts", "../core"],
  ["addin/taskpane/panes/x.tsx", "../../../core"],
  ["addin/functions/x.ts", "../../core/index"],
  ["cli/src/x.ts", "../../core"],
  ["cli/src/commands/x.ts", "../../../core/index"],
];
const OTHERS = {
  reExport: { code: 'export { a1 } from "../../core/sheet/a1";\n', filePath: "cli/src/x.ts" },
  cliToAddin: { code: use("../../addin/workbook/blocks"), filePath: "cli/src/x.ts" },
  coreIo: {
    code: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
    filePath: "core/x.ts",
  },
  testInternal: { code: use("../core/sheet/a1"), filePath: "test/x.ts" },
  benchInternal: { code: use("../core/sheet/a1"), filePath: "bench/x.ts" },
};

const cases = [
  ...DEEP.map(([filePath, specifier]) => ({ code: use(specifier), filePath })),
  ...SURFACE.map(([filePath, specifier]) => ({ code: use(specifier), filePath })),
  ...Object.values(OTHERS),
];
const messages = new Map<object, string[]>();

beforeAll(() => {
  const run = spawnSync(process.execPath, ["-e", LINT_SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`eslint run failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as string[][];
  cases.forEach((c, i) => messages.set(c, results[i] ?? []));
});

const of = (filePath: string, specifier: string) =>
  messages.get(cases.find((c) => c.filePath === filePath && c.code === use(specifier)) ?? {});

describe("adapters import the core only through core/index.ts", () => {
  test.each(DEEP)("%s importing %s is an error naming core/index.ts", (file, specifier) => {
    const found = of(file, specifier);
    expect(found).toHaveLength(1);
    expect(found?.[0]).toContain(`'${specifier}'`);
    expect(found?.[0]).toContain("import the core through core/index.ts");
  });

  test("a re-export from inside core/ is refused as well", () => {
    const found = messages.get(OTHERS.reExport);
    expect(found).toHaveLength(1);
    expect(found?.[0]).toContain("core/index.ts");
  });

  test.each(SURFACE)("%s importing %s is allowed", (file, specifier) => {
    expect(of(file, specifier)).toEqual([]);
  });
});

test("no file in addin/ or cli/ reaches inside core/ (scripts/core-imports.mjs --check)", () => {
  const run = spawnSync(process.execPath, ["scripts/core-imports.mjs", "--check"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.stdout.trim()).toBe("0 deep core import(s)");
  expect(run.status).toBe(0);
});

describe("the other import rules still hold beside it", () => {
  test("cli/ importing the add-in is still an error", () => {
    const found = messages.get(OTHERS.cliToAddin);
    expect(found).toHaveLength(1);
    expect(found?.[0]).toContain("cli/ must not import the add-in");
  });

  test("the core itself is still refused file I/O", () => {
    const found = messages.get(OTHERS.coreIo);
    expect(found).toHaveLength(1);
    expect(found?.[0]).toContain("core/ must not do I/O");
  });

  test("tests and bench/ may reach core internals", () => {
    expect(messages.get(OTHERS.testInternal)).toEqual([]);
    expect(messages.get(OTHERS.benchInternal)).toEqual([]);
  });
});
