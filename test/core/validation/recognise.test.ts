import { detectSheetType, templateColumns, type CellValue, type SheetGrid } from "../../../core/validation";
import {
  grid,
  MONTHLY_ROW,
  only,
  REGISTER_ROW,
  run,
  STATUS_ROW,
  TEAM_ROWS,
  FAILED_ROW,
  AUDITOR_ROW,
  monthly,
} from "./fixtures";

/** Deterministic shuffle (no Math.random in tests). */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("sheet recognition (DOMAIN §9)", () => {
  test.each([
    ["monthly", grid("monthly", [MONTHLY_ROW])],
    ["team", grid("team", TEAM_ROWS)],
    ["failed", grid("failed", [FAILED_ROW])],
    ["status", grid("status", [STATUS_ROW])],
    ["register", grid("register", [REGISTER_ROW])],
    ["auditors", grid("auditors", [AUDITOR_ROW])],
  ] as const)("a %s template is recognised with score 1", (type, sheet) => {
    expect(detectSheetType(sheet)).toMatchObject({ type, score: 1, headerRow: 1 });
  });

  test("a monthly sheet is not taken for a register although it holds every register column", () => {
    const d = detectSheetType(grid("monthly", [MONTHLY_ROW]));
    expect(d.candidates[0]).toMatchObject({ type: "monthly", score: 1 });
    expect(d.candidates.find((c) => c.type === "register")?.score).toBeLessThan(0.5);
  });

  test("shuffled columns, full-width brackets, spaces, * marks, synonyms, header on row 3", () => {
    const cols = templateColumns("monthly");
    const order = shuffled(
      cols.map((_, i) => i),
      7,
    );
    const headerOf = (k: string, h: string): string =>
      k === "capital"
        ? "注册资本(万元)"
        : k === "employees"
          ? " 组织员工数 *（有效人数）"
          : k === "certNo"
            ? "证书编号"
            : k === "issueDate"
              ? "发证日期"
              : k === "orgName"
                ? "组织 名称*"
                : h;
    const header = order.map((i) => headerOf(cols[i]?.key ?? "", cols[i]?.header ?? ""));
    const data = order.map((i) => MONTHLY_ROW[cols[i]?.key ?? ""] ?? null);
    const sheet: SheetGrid = {
      name: "十月",
      cells: [["获证组织基本信息月报（2026年10月）"], [], header, data],
    };
    expect(detectSheetType(sheet)).toMatchObject({ type: "monthly", headerRow: 3 });
    const result = run([sheet]);
    expect(result.sheets[0]).toMatchObject({
      type: "monthly",
      typeSource: "detected",
      headerRow: 3,
      rows: 1,
    });
    // Reordered columns still read right: the clean row stays clean, apart from layout notes.
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(only(result, "HEADER-ORDER")).toMatchObject({ severity: "warning", row: 3, clause: "DOMAIN §9" });
    const inexact = result.findings.filter((f) => f.id === "HEADER-NOT-EXACT").map((f) => f.params.found);
    expect(inexact.sort()).toEqual(
      ["注册资本(万元)", "证书编号", "发证日期", "组织 名称*", " 组织员工数 *（有效人数）"].sort(),
    );
  });

  test("a sheet with no recognisable headers is a notice, not a crash; a workbook of which nothing was read is an error", () => {
    const notes: SheetGrid = {
      name: "说明",
      cells: [["填表说明"], ["1. 日期格式为 2026-01-15"], [{ error: "#N/A" } as CellValue]],
    };
    expect(detectSheetType(notes)).toMatchObject({ type: null, headerRow: 0 });
    const result = run([notes]);
    expect(result.sheets[0]).toMatchObject({ type: null, typeSource: "unknown", rows: 0, headerRow: 0 });
    expect(result.findings.map((f) => [f.id, f.severity, f.sheet])).toEqual([
      ["WORKBOOK-NO-REPORT", "error", ""],
      ["SHEET-UNRECOGNISED", "info", "说明"],
    ]);
    expect(run([{ name: "空", cells: [] }]).sheets[0]).toMatchObject({ type: null, rows: 0 });
  });

  test("a type forced by the user wins; forcing a type whose headers are absent is an error", () => {
    const sheet = grid("register", [REGISTER_ROW]);
    expect(run([sheet], { types: { [sheet.name]: "register" } }).sheets[0]).toMatchObject({
      type: "register",
      typeSource: "forced",
    });
    const wrong = run([sheet], { types: { [sheet.name]: "auditors" } });
    expect(only(wrong, "SHEET-NO-HEADER")).toMatchObject({ severity: "error", sheet: sheet.name });
    const missing = run([grid("register", [REGISTER_ROW])], { types: { 不存在: "team" } });
    expect(only(missing, "OPTION-TYPE-UNKNOWN-SHEET").params.value).toBe("不存在");
  });

  test("merged header cells are a finding; a merged title above the header is not", () => {
    const sheet = grid("monthly", [MONTHLY_ROW]);
    const withTitle: SheetGrid = { ...sheet, cells: [["月报"], ...sheet.cells], merged: ["A1:AH1", "D2:E2"] };
    const result = run([withTitle]);
    expect(only(result, "HEADER-MERGED")).toMatchObject({
      cell: "D2",
      severity: "error",
      params: { range: "D2:E2" },
    });
  });

  test("a two-row header merged column by column is one finding (one fix), not an error per column", () => {
    const sheet = grid("monthly", [MONTHLY_ROW]);
    // Row 1 the headers, each merged down over an empty row 2, as two-level layouts do.
    const blankRow = (sheet.cells[0] ?? []).map(() => null);
    const cells = [sheet.cells[0] ?? [], blankRow, ...sheet.cells.slice(1)];
    const merged = ["A1:A2", "C1:C2", "B1:B2", "F1:F2", "E1:E2", "D1:D2", "G1:G2"];
    const result = run([{ name: "月报", cells, merged }]);
    const f = only(result, "HEADER-MERGED");
    expect(f).toMatchObject({
      cell: "A1",
      related: ["B1", "C1", "D1", "E1", "F1", "G1"],
      params: { range: "A1:A2、B1:B2、C1:C2、D1:D2、E1:E2 等 7 处" },
    });
    expect(f.message).toContain("请取消合并");
    // The data row under the blank second header row is still read.
    expect(result.sheets[0]).toMatchObject({ type: "monthly", headerRow: 1, rows: 1 });
  });

  test("a missing required column and a duplicated column", () => {
    const sheet = monthly();
    const cells = sheet.cells.map((r) => r.filter((_, i) => i !== 3)); // drop 统一社会信用代码
    cells[0]?.push("组织名称");
    cells[1]?.push("另一个名称");
    const result = run([{ name: "m", cells }]);
    expect(only(result, "HEADER-MISSING")).toMatchObject({
      severity: "error",
      row: 1,
      params: { column: "统一社会信用代码" },
      clause: "000 4.3.3.1",
    });
    expect(only(result, "HEADER-DUPLICATE")).toMatchObject({
      severity: "warning",
      cell: "AH1",
      params: { first: "A", second: "AH" },
    });
  });
});
