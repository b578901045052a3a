/**
 * The certdesk command line in process (no spawn): every way to mistype a command gives exit 2 and
 * ONE stderr line `错误：… | Error: …` naming the option and the value, with nothing on stdout — also
 * under --json (DOMAIN §12). The spawned binary is covered in calc-commands.test.ts.
 */
import { COMMANDS } from "../../cli/src/commands";
import { FIELD_LABELS } from "../../core/messages";
import { parseLine } from "../../cli/src/parse-args";
import { runCommand } from "../../cli/src/run-command";

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

async function run(name: string, ...argv: string[]): Promise<Run> {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  const out: Run = { code: -1, stdout: [], stderr: [] };
  out.code = await runCommand(command, argv, {
    stdout: (text) => void out.stdout.push(text),
    stderr: (text) => void out.stderr.push(text),
  });
  return out;
}

async function expectRefused(argv: [string, ...string[]], ...fragments: string[]): Promise<string> {
  const [name, ...rest] = argv;
  const r = await run(name, ...rest);
  expect(r.code).toBe(2);
  expect(r.stdout).toEqual([]);
  expect(r.stderr).toHaveLength(1);
  const line = r.stderr[0]!;
  expect(line).not.toContain("\n");
  expect(line).toMatch(/^错误：.+ \| Error: .+/);
  for (const fragment of fragments) expect(line).toContain(fragment);
  return line;
}

async function json(name: string, ...argv: string[]): Promise<Record<string, unknown>> {
  const r = await run(name, ...argv, "--json");
  expect([r.code, r.stderr]).toEqual([0, []]);
  expect(r.stdout).toHaveLength(1);
  return JSON.parse(r.stdout[0]!) as Record<string, unknown>;
}

const DAYS = ["--employees", "180", "--risk", "high", "--type", "initial"];

describe("negative numbers as option values (DOMAIN §12 writes --adjust -10)", () => {
  test.each([
    [["--adjust", "-10"], 9],
    [["--adjust=-10"], 9],
    [["--adjust", "\u221210"], 9],
    [["--adjust", "－１０％"], 9],
    [["--adjust", "-.5"], 10],
    [["--adjust", "-0"], 10],
  ])("%j → %d person-days", async (adjust, days) => {
    expect((await json("days", ...DAYS, ...adjust)).days).toBe(days);
  });

  test("an exponent is not a number here: exit 2 naming it and the clause", async () => {
    await expectRefused(["days", ...DAYS, "--adjust", "-1e3"], "调整百分比「-1e3」不是数字", "004 5.4.2.3");
  });
});

describe("mistyped command lines: exit 2, one line, Chinese and English, nothing on stdout", () => {
  test("an unknown option is named, with the options the command takes", async () => {
    const line = await expectRefused(
      ["days", ...DAYS, "--proFile", "HG-HY", "--json"],
      "未知参数「--proFile」",
    );
    expect(line).toContain("本命令的参数：--employees、--risk、--type、--adjust、--profile、--json、--help");
    expect(line).toContain('unknown option "--proFile"');
    await expectRefused(["days", ...DAYS, "-x"], "未知参数「-x」");
  });

  test("an option at the end without its value", async () => {
    await expectRefused(
      ["days", "--risk", "high", "--type", "initial", "--employees"],
      "参数 --employees 缺少值",
    );
  });

  test("an option followed by another option is missing its value, not given '--json' as a value", async () => {
    await expectRefused(
      ["days", "--risk", "high", "--type", "initial", "--employees", "--json"],
      "参数 --employees 缺少值",
      "option --employees needs a value",
    );
  });

  test("a repeated option names both values instead of keeping the last in silence", async () => {
    await expectRefused(
      ["days", "--employees", "10", "--employees", "20", "--risk", "high", "--type", "initial", "--json"],
      "参数 --employees 给了两次（「10」和「20」）",
    );
  });

  test("a switch given a value", async () => {
    await expectRefused(
      ["sample", "--sites", "25", "--type", "initial", "--dissimilar=yes"],
      "参数 --dissimilar 不带值，实为「yes」",
    );
  });

  test.each([
    [["days", "--employees", "180", "--risk", "high"], "--type"],
    [["days", "--risk", "high", "--type", "initial"], "--employees"],
    [["sample", "--sites", "25"], "--type"],
    [["sample", "--type", "initial"], "--sites"],
    [["certno", "--cb", "0812", "--seq", "17"], "--year"],
    [["deadline", "--date", "2025-09-30"], "--kind"],
  ] as [[string, ...string[]], string][])(
    "%j: the missing required option %s and the usage",
    async (argv, option) => {
      const line = await expectRefused(
        [...argv, "--json"] as [string, ...string[]],
        `缺少必填参数 ${option}`,
      );
      expect(line).toContain(`用法：certdesk ${argv[0]} `);
    },
  );

  test("every required option names a field with a label, and is an option of its command", () => {
    for (const command of COMMANDS)
      for (const [option, field] of Object.entries(command.required ?? {})) {
        expect([command.name, option, FIELD_LABELS[field]?.zh]).toEqual([
          command.name,
          option,
          expect.any(String),
        ]);
        expect([command.name, option, command.options[option]?.type]).toEqual([
          command.name,
          option,
          "string",
        ]);
      }
  });

  test("the missing option's message names its field", async () => {
    await expectRefused(
      ["days", "--risk", "high", "--type", "initial"],
      "缺少必填参数 --employees（有效人数）",
      "missing required option --employees (headcount)",
    );
  });

  test("a value that is not a number names the value, what was expected and the clause", async () => {
    await expectRefused(
      ["days", "--employees", "Infinity", "--risk", "high", "--type", "initial", "--json"],
      "有效人数「Infinity」不是数字",
      "DOMAIN §3.1",
    );
    await expectRefused(
      ["sample", "--sites", "\u22125", "--type", "initial"],
      "场所数「−5」不能小于 1",
      "DOMAIN §4",
    );
    await expectRefused(["days", "--employees", " ", "--risk", "high", "--type", "initial"], "有效人数为空");
  });

  test("an extra argument, and a certificate number given twice", async () => {
    await expectRefused(["days", ...DAYS, "extra"], "多余的参数「extra」");
    await expectRefused(
      ["certparse", "081226HG00017R000", "081226HG00017R001"],
      "多余的参数「081226HG00017R001」",
    );
  });
});

describe("--help wins over everything else on the line", () => {
  test.each([[["--help", "--bogus"]], [["-h", "--employees"]], [["--json", "--help", "--employees", "abc"]]])(
    "%j → the help, exit 0",
    async (argv) => {
      const r = await run("days", ...argv);
      expect(r.code).toBe(0);
      expect(r.stderr).toEqual([]);
      expect(r.stdout.join("")).toContain("用法 / usage: certdesk days --employees N");
    },
  );
});

describe("--json prints exactly the DOMAIN §12 object", () => {
  test('days → {"days","profile","steps",…}', async () => {
    const out = await json("days", ...DAYS);
    expect(Object.keys(out).slice(0, 3)).toEqual(["days", "profile", "steps"]);
    expect(out).toMatchObject({ days: 10, profile: "HG-HY" });
    expect(Array.isArray(out.steps)).toBe(true);
  });

  test('sample → {"sites"}', async () => {
    expect(await json("sample", "--sites", "２５", "--type", "监督")).toEqual({ sites: 3 });
  });

  test('certno → {"certNo"}', async () => {
    expect(await json("certno", "--cb", "CNCA-R-2021-812", "--year", "２０２６", "--seq", "17")).toEqual({
      certNo: "081226HG00017R000",
    });
  });

  test("certparse → its seven parts (DOMAIN §11 CERTPARSE)", async () => {
    expect(await json("certparse", "０８１２２６ｈｇ00017r101-3")).toEqual({
      cbCode: "0812",
      year: 2026,
      scheme: "HG",
      seq: 17,
      cycle: 1,
      accreditation: "01",
      sub: 3,
    });
    expect((await json("certparse", "081226HG00017R000")).sub).toBeNull();
  });

  test('deadline → {"due"}, and for working days where the year\'s schedule came from', async () => {
    expect(await json("deadline", "--date", "2025年9月30日", "--kind", "status")).toEqual({
      due: "2025-10-10",
      calendar: [{ year: 2025, source: "chinese-days 1.5.7 数据", sourceEn: "chinese-days 1.5.7 data" }],
    });
    expect(await json("deadline", "--date", "2025年9月30日", "--kind", "monthly")).toEqual({
      due: "2025-10-05",
    });
  });
});

describe("parseLine", () => {
  const options = { n: { type: "string" as const }, flag: { type: "boolean" as const } };

  test("`--` ends the options: what follows is positional even if it starts with a dash", () => {
    expect(parseLine(options, ["--n", "1", "--", "--flag", "-x"])).toEqual({
      values: { n: "1" },
      positionals: ["--flag", "-x"],
      help: false,
      problem: null,
    });
  });

  test("a lone dash and an empty string are values", () => {
    expect(parseLine(options, ["--n", "-"]).values).toEqual({ n: "-" });
    expect(parseLine(options, ["--n", ""]).values).toEqual({ n: "" });
    expect(parseLine(options, ["--n="]).values).toEqual({ n: "" });
  });

  test("an option name is never looked up on the prototype", () => {
    expect(parseLine(options, ["--toString"]).problem?.zh).toContain("未知参数「--toString」");
    expect(parseLine(options, ["--constructor=1"]).problem?.zh).toContain("未知参数「--constructor」");
  });
});
