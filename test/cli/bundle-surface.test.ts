/**
 * Importing the core through core/index.ts must not make the light commands heavy: in the split CLI
 * bundle, what `days`, `sample`, `certno`, `certparse`, `deadline` and `--version` load before they
 * run (the entry, the command's module and their static imports) holds no validation, CNCA layout,
 * zod or exceljs code. Read from the bundle's source maps, which name every source file in a chunk.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, runCli } from "./run-cli";

const BUILD = path.join(ROOT, "cli", "build");
let dir: string;
let mainFile: string;

beforeAll(() => {
  // Brings the bundle up to date with the sources, as any user run does.
  expect(runCli(["--version"]).status).toBe(0);
  const main = (JSON.parse(readFileSync(path.join(BUILD, "certdesk.json"), "utf8")) as { main: string }).main;
  dir = path.join(BUILD, path.dirname(main));
  mainFile = path.basename(main);
});

/** Chunks a module imports statically (a dynamic import() loads only when that command runs). */
function staticImports(file: string): string[] {
  const text = readFileSync(path.join(dir, file), "utf8");
  return [...text.matchAll(/\bimport\s*(?:[\w${},\s*]*?from\s*)?"\.\/([^"]+\.mjs)"/g)].map(
    (m) => m[1] as string,
  );
}

/** The module a command entry loads (registry.ts: `import("./days")` becomes `import("./days-XXXX.mjs")`). */
function commandChunk(name: string): string {
  const found = readFileSync(path.join(dir, mainFile), "utf8").match(
    new RegExp(`import\\("\\./(${name}-[\\w]+\\.mjs)"\\)`),
  );
  if (!found?.[1]) throw new Error(`no chunk for command module ${name}`);
  return found[1];
}

/** The source files (relative to the repository) and external packages a start of `module` loads. */
function loaded(module: string | null): { sources: string[]; externals: string[] } {
  const seen = new Set<string>();
  const todo = [mainFile, ...(module ? [commandChunk(module)] : [])];
  while (todo.length) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(file));
  }
  const sources = new Set<string>();
  const externals = new Set<string>();
  for (const file of seen) {
    const map = JSON.parse(readFileSync(path.join(dir, `${file}.map`), "utf8")) as { sources: string[] };
    for (const source of map.sources) sources.add(path.relative(ROOT, path.resolve(dir, source)));
    for (const m of readFileSync(path.join(dir, file), "utf8").matchAll(/\bfrom\s*"([^".][^"]*)"/g))
      externals.add(m[1] as string);
  }
  return { sources: [...sources], externals: [...externals] };
}

const HEAVY = /^(core\/validation\/|core\/convert\/|core\/statistics\/|node_modules\/zod\/)/;
/** Every module's message table is merged into core/messages.ts, which every command loads to word its errors. */
const heavy = (source: string) => HEAVY.test(source) && !source.endsWith("/messages.ts");

test.each([
  ["days", "days"],
  ["sample", "sample"],
  ["certno and certparse", "certno"],
  ["deadline", "deadline"],
  ["--version", "version"],
  ["--help (the entry alone)", null],
])("%s loads no validation, conversion, statistics, zod or exceljs", (_label, module) => {
  const { sources, externals } = loaded(module);
  expect(sources.filter(heavy)).toEqual([]);
  expect(externals).not.toContain("exceljs");
});

test("days loads the audit-time core it computes with, through core/index.ts", () => {
  const { sources } = loaded("days");
  expect(sources).toEqual(
    expect.arrayContaining(["core/audit-time/audit-days.ts", "cli/src/commands/days.ts"]),
  );
});

test("validate does load the validation core (the check above can see it)", () => {
  const { sources } = loaded("validate");
  expect(sources).toEqual(expect.arrayContaining(["core/validation/validate.ts"]));
  expect(sources.some((s) => s.startsWith("node_modules/zod/"))).toBe(true);
});
