import { expectOneLineError, parseSingleJson, runCli } from "./run-cli";

describe("certdesk days (DOMAIN §3, §12)", () => {
  test("180 people, high risk, initial → 10 person-days with steps", () => {
    const run = runCli(["days", "--employees", "180", "--risk", "high", "--type", "initial", "--json"]);
    expect(run.status).toBe(0);
    const json = parseSingleJson(run.stdout);
    expect(json.days).toBe(10);
    expect(json.profile).toBe("HG-HY");
    expect(Array.isArray(json.steps) && json.steps.length).toBeGreaterThan(2);
    expect(json.record).toContain("10 人日");
  });

  test("high risk with a documented 10 % reduction nets to the table value", () => {
    const json = parseSingleJson(
      runCli(["days", "--employees", "180", "--risk", "高", "--type", "初次", "--adjust", "-10", "--json"])
        .stdout,
    );
    expect(json.days).toBe(9);
  });

  test("text output names the result and the record", () => {
    const run = runCli(["days", "--employees", "180", "--risk", "H", "--type", "initial"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("审核时间：10 人日（HG-HY）");
  });

  test("a reduction over 30 % is refused citing 004 5.4.2.3", () => {
    expectOneLineError(
      runCli(["days", "--employees", "100", "--risk", "medium", "--type", "initial", "--adjust", "-31"]),
      "004 5.4.2.3",
      "-31",
    );
  });

  test.each([["0"], ["-5"], ["abc"]])("headcount %s → exit 2 naming the value", (value) => {
    expectOneLineError(
      runCli(["days", "--employees", value, "--risk", "low", "--type", "initial"]),
      value,
      "有效人数",
    );
  });

  test("missing headcount → exit 2", () => {
    expectOneLineError(runCli(["days", "--risk", "low", "--type", "initial"]), "--employees", "有效人数");
  });

  test("unknown profile → exit 2 naming it", () => {
    expectOneLineError(
      runCli(["days", "--employees", "10", "--risk", "low", "--type", "initial", "--profile", "XX-1"]),
      "XX-1",
    );
  });

  test("stage split on a profile without one → exit 2", () => {
    const run = runCli(["days", "--employees", "100", "--risk", "low", "--type", "stage1"]);
    expect(run.status).toBe(2);
  });

  test("SR-GGBZ interpolates: 100 people → 6.5", () => {
    const json = parseSingleJson(
      runCli(["days", "--employees", "100", "--type", "initial", "--profile", "SR-GGBZ", "--json"]).stdout,
    );
    expect(json.days).toBe(6.5);
    expect(json.profile).toBe("SR-GGBZ");
  });
});

describe("certdesk sample (DOMAIN §4)", () => {
  test.each([
    [["--sites", "25", "--type", "initial"], 5],
    [["--sites", "25", "--type", "surveillance"], 3],
    [["--sites", "25", "--type", "recertification"], 4],
    [["--sites", "100", "--type", "surveillance"], 6],
    [["--sites", "25", "--type", "surveillance", "--dissimilar"], 8],
  ])("%j → %d", (args, sites) => {
    const run = runCli(["sample", ...args, "--json"]);
    expect(run.status).toBe(0);
    expect(parseSingleJson(run.stdout)).toEqual({ sites }); // DOMAIN §12: exactly {"sites"}
  });

  test.each([["0"], ["2.5"], ["x"]])("sites %s → exit 2", (value) => {
    expectOneLineError(runCli(["sample", "--sites", value, "--type", "initial"]), value);
  });
});

describe("certdesk certno / certparse (DOMAIN §5)", () => {
  test("makes 081226HG00017R000 from the approval number", () => {
    const run = runCli(["certno", "--cb", "CNCA-R-2021-812", "--year", "2026", "--seq", "17", "--json"]);
    expect(run.status).toBe(0);
    expect(parseSingleJson(run.stdout)).toEqual({ certNo: "081226HG00017R000" });
  });

  test("sub-certificate and cycle", () => {
    const run = runCli([
      "certno",
      "--cb",
      "0812",
      "--year",
      "2026",
      "--seq",
      "17",
      "--cycle",
      "1",
      "--sub",
      "2",
    ]);
    expect(run.stdout.trim()).toBe("081226HG00017R100-2");
  });

  test("parses a sub-certificate into its parts", () => {
    const json = parseSingleJson(runCli(["certparse", "081226HG00017R000-1", "--json"]).stdout);
    expect(json).toEqual({
      cbCode: "0812",
      year: 2026,
      scheme: "HG",
      seq: 17,
      cycle: 0,
      accreditation: "00",
      sub: 1,
    });
  });

  test("a malformed number → exit 2 naming it", () => {
    expectOneLineError(runCli(["certparse", "0812-26-HG"]), "0812");
  });

  test("certparse without a number → exit 2", () => {
    expectOneLineError(runCli(["certparse"]), "number");
  });
});

describe("certdesk deadline (DOMAIN §7)", () => {
  test.each([
    ["2025-09-30", "status", "2025-10-10"],
    ["2025-09-26", "status", "2025-09-29"],
    ["2026-10-12", "monthly", "2026-11-05"],
    ["2026-10-12", "cnas-monthly", "2026-11-10"],
    ["2025-06-01", "annual", "2026-01-10"],
  ])("%s %s → %s", (date, kind, due) => {
    const run = runCli(["deadline", "--date", date, "--kind", kind, "--json"]);
    expect(run.status).toBe(0);
    // DOMAIN §12: {"due"}; a kind counted in working days also says where the year's schedule came from.
    const calendar =
      kind === "status"
        ? {
            calendar: [
              { year: 2025, source: "chinese-days 1.5.7 数据", sourceEn: "chinese-days 1.5.7 data" },
            ],
          }
        : {};
    expect(parseSingleJson(run.stdout)).toEqual({ due, ...calendar });
  });

  test("a status change at the end of 2026 needs 2027 holidays → exit 2 saying so", () => {
    expectOneLineError(runCli(["deadline", "--date", "2026-12-31", "--kind", "status"]), "2027");
  });

  test("unknown kind → exit 2 naming it", () => {
    expectOneLineError(runCli(["deadline", "--date", "2026-01-05", "--kind", "weekly"]), "weekly");
  });

  test("unreadable date → exit 2", () => {
    expectOneLineError(runCli(["deadline", "--date", "2026-02-30", "--kind", "status"]), "2026-02-30");
  });
});

describe("certdesk usage", () => {
  test("every command has --help with an example", () => {
    for (const name of ["days", "sample", "certno", "certparse", "deadline"]) {
      const run = runCli([name, "--help"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("示例 / examples:");
      expect(run.stdout).toContain(`certdesk ${name}`);
    }
  });

  test("unknown command and unknown option → exit 2", () => {
    expectOneLineError(runCli(["dayz"]), "dayz");
    expectOneLineError(runCli(["days", "--employes", "10"]), "employes");
  });

  test("bad usage under --json: exit 2, one Chinese + English line on stderr, nothing on stdout", () => {
    // `--employees --json` once made parseArgs say "argument is ambiguous" in English only.
    expectOneLineError(
      runCli(["days", "--risk", "high", "--type", "initial", "--json", "--employees"]),
      "参数 --employees 缺少值",
      "needs a value",
    );
    expectOneLineError(
      runCli([
        "days",
        "--employees",
        "10",
        "--employees",
        "20",
        "--risk",
        "high",
        "--type",
        "initial",
        "--json",
      ]),
      "给了两次（「10」和「20」）",
    );
    expectOneLineError(
      runCli(["days", "--employees", "180", "--risk", "high", "--json"]),
      "缺少必填参数 --type",
    );
  });

  test("a negative value without a digit after the dash is still a value (--adjust -.5)", () => {
    const run = runCli([
      "days",
      "--employees",
      "180",
      "--risk",
      "high",
      "--type",
      "initial",
      "--adjust",
      "-.5",
      "--json",
    ]);
    expect(run.status).toBe(0);
    expect(parseSingleJson(run.stdout).days).toBe(10);
  });

  test("`certdesk help days` shows the days help", () => {
    const run = runCli(["help", "days"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("用法 / usage: certdesk days --employees N");
  });

  test("no command → overview on stdout, exit 2", () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("用法 / usage: certdesk <command>");
    expect(run.stderr).toContain("缺少命令");
  });
});
