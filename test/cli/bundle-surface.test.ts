/**
 * Each command runs as its own program (cli/bin/command-programs.cjs), and importing the core
 * through core/index.ts must not make the light ones heavy: what `days`, `sample`, `certno`,
 * `certparse`, `deadline`, `--version` and `--help` load holds no validation, CNCA layout, zod or
 * exceljs code, and no other command. Read from the programs' source maps, which name every source
 * file in a program.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { COMMAND_ENTRIES } from "../../cli/src/commands/registry";
import { ROOT, runCli } from "./run-cli";

const BUILD = path.join(ROOT, "cli", "build");

interface Pointer {
  dir: string;
  commands: Record<string, string>;
  files: string[];
  programs: Record<string, number[]>;
}
let pointer: Pointer;

beforeAll(() => {
  // Brings the programs up to date with the sources, as any user run does.
  expect(runCli(["--version"]).status).toBe(0);
  pointer = JSON.parse(readFileSync(path.join(BUILD, "certdesk.json"), "utf8")) as Pointer;
});

/** The source files (relative to the repository) and the packages a program requires at run time. */
function loaded(program: string): { sources: string[]; externals: string[] } {
  const file = path.join(BUILD, pointer.dir, `${program}.cjs`);
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] };
  const sources = map.sources.map((s) => path.relative(ROOT, path.resolve(path.dirname(file), s)));
  const externals = [...readFileSync(file, "utf8").matchAll(/\brequire\("([^".][^"]*)"\)/g)].map(
    (m) => m[1] as string,
  );
  return { sources, externals };
}

const HEAVY = /^(core\/validation\/|core\/convert\/|core\/statistics\/|node_modules\/zod\/)/;
/** Every module's message table is merged into core/messages.ts, which every command loads to word its errors. */
const heavy = (source: string) => HEAVY.test(source) && !source.endsWith("/messages.ts");

const commandModules = (program: string) =>
  loaded(program)
    .sources.filter((s) => s.startsWith("cli/src/commands/") && !s.endsWith("/registry.ts"))
    .sort();

test("every command of the registry is routed to the program built around its module", () => {
  expect(Object.keys(pointer.commands).sort()).toEqual(COMMAND_ENTRIES.map((c) => c.name).sort());
  expect(pointer.commands.certparse).toBe("certno");
  for (const [name, program] of Object.entries(pointer.commands))
    expect([name, commandModules(program)]).toEqual([
      name,
      expect.arrayContaining([`cli/src/commands/${program}.ts`]),
    ]);
});

test.each(["days", "sample", "certno", "deadline"])("the %s program holds no other command", (program) => {
  expect(commandModules(program)).toEqual([`cli/src/commands/${program}.ts`]);
});

test.each([
  ["days", "days"],
  ["sample", "sample"],
  ["certno and certparse", "certno"],
  ["deadline", "deadline"],
  ["--version and --help (main)", "main"],
])("%s loads no validation, conversion, statistics, zod or exceljs", (_label, program) => {
  const { sources, externals } = loaded(program);
  expect(sources.filter(heavy)).toEqual([]);
  expect(externals).not.toContain("exceljs");
});

test("main holds the version module and no command", () => {
  const { sources } = loaded("main");
  expect(sources).toContain("cli/src/version.ts");
  expect(commandModules("main")).toEqual([]);
});

test("days loads the audit-time core it computes with, through core/index.ts", () => {
  const { sources } = loaded("days");
  expect(sources).toEqual(
    expect.arrayContaining(["core/audit-time/audit-days.ts", "cli/src/commands/days.ts"]),
  );
});

test("validate does load the validation core and zod (the check above can see them)", () => {
  const { sources, externals } = loaded("validate");
  expect(sources).toEqual(expect.arrayContaining(["core/validation/validate.ts"]));
  expect(sources.some((s) => s.startsWith("node_modules/zod/"))).toBe(true);
  expect(externals).toContain("exceljs");
});
