import { detectLayout, type CellValue, type SheetGrid } from "../../../../core/validation";
import { byId, CERT, cncaGrid, colOf, PLAN, problems, run, sheetDef, TEAM, type Row } from "./fixtures";

const certs = (rows: Row[] = [CERT], options = {}) => cncaGrid("cnca-2016", "certificates", rows, options);
const team = (rows: Row[] = TEAM, options = {}) => cncaGrid("cnca-2016", "team", rows, options);

describe("recognising CNCA's upload workbooks (issue 7 item 2)", () => {
  test("a grid shaped like CNCA's .xls template (seven header rows, A1 code, data from C8) is read from C8", () => {
    const grid = certs();
    expect(grid.cells[0]?.slice(0, 3)).toEqual(["103010", "字段名称", "RZJG_ID"]);
    expect(grid.cells[7]?.[0]).toBe("从C8元格开始填写上报信息");
    const result = run([grid, team()]);
    expect(result.sheets[0]).toMatchObject({
      type: "monthly",
      rows: 1,
      cnca: {
        layout: "cnca-2016",
        version: "2016",
        sheet: "证书信息表",
        recognisedBy: "field-codes",
        dataStart: 8,
      },
    });
    expect(result.layouts).toEqual([expect.objectContaining({ id: "cnca-2016", version: "2016" })]);
    expect(byId(result, "CNCA-LAYOUT-RECOGNISED")[0]?.message).toContain(
      "识别为 CNCA 管理体系及服务认证信息上报数据模版（2016 规范） 的「证书信息表」",
    );
    // The clean workbook: no error; the one warning is 22 认证项目分类代码, unknown for 合规管理体系.
    expect(problems(result)).toEqual([`CNCA-REQUIRED-UNSURE@X8`]);
  });

  test("each of the four 2016 sheets and the 2021 plan sheet is recognised by its own fields", () => {
    const plan2021 = cncaGrid("cnca-2021", "plan", [{ ...PLAN, AUDIT_METHOD: "FS01" }]);
    const result = run([
      cncaGrid("cnca-2016", "plan", [PLAN]),
      certs(),
      team(),
      cncaGrid("cnca-2016", "energy", []),
      plan2021,
    ]);
    expect(result.sheets.map((s) => [s.cnca?.layout, s.cnca?.sheet])).toEqual([
      ["cnca-2016", "审核计划信息表"],
      ["cnca-2016", "证书信息表"],
      ["cnca-2016", "审核结果信息表"],
      ["cnca-2016", "能源绩效信息表"],
      ["cnca-2021", "审核计划信息表"],
    ]);
    // The 2021 revision keeps the 2016 sheets, so the workbook is one 2021 upload.
    expect(result.layouts?.map((l) => l.id)).toEqual(["cnca-2021"]);
    expect(byId(result, "CNCA-LAYOUTS-MIXED")).toEqual([]);
  });

  test("the 2014 and 2015 variants (Sheet1 / Sheet2 from column A) and the 59-field 月报 are told apart", () => {
    const c2015 = cncaGrid("cnca-2015", "certificates", [{ ...CERT }]);
    const t2015 = cncaGrid("cnca-2015", "team", TEAM);
    expect(c2015.name).toBe("证书信息表");
    const r2015 = run([
      { ...c2015, name: "Sheet1" },
      { ...t2015, name: "Sheet2" },
    ]);
    expect(r2015.sheets.map((s) => s.cnca?.layout)).toEqual(["cnca-2015", "cnca-2015"]);
    expect(byId(r2015, "CNCA-SHEET-NAME")).toEqual([]);
    const r2014 = run([{ ...cncaGrid("cnca-2014", "certificates", [CERT]), name: "Sheet1" }]);
    expect(r2014.sheets[0]?.cnca?.layout).toBe("cnca-2014");
    const m59 = cncaGrid("cnca-59", "certificates", [{ RZJG_ID: "CNCA-R-2002-001", ORG_NAME: "样例公司" }]);
    const r59 = run([m59]);
    expect(r59.sheets[0]).toMatchObject({ rows: 1, cnca: { layout: "cnca-59", dataStart: 2 } });
  });

  test("numbered headers alone are enough, written 「3、」 or 「3.」", () => {
    const noCodes = certs([CERT], { dropRows: ["fieldCode"] });
    const dotted: SheetGrid = {
      ...noCodes,
      cells: noCodes.cells.map((row, r) =>
        r === 0 ? row.map((v) => (typeof v === "string" ? v.replace(/^(\d+)、/, "$1.") : v)) : row,
      ),
    };
    const result = run([dotted]);
    expect(result.sheets[0]?.cnca).toMatchObject({ layout: "cnca-2016", recognisedBy: "numbered-headers" });
    // The field-code row is gone: the block is one row short, the platform needs it.
    expect(byId(result, "CNCA-HEADER-ROWS")[0]?.message).toContain("「字段名称（字段代码）」");
  });

  test("a renamed sheet is recognised by its field codes, with a warning naming the exact name", () => {
    const result = run([certs([CERT], { name: "2026年10月证书" })]);
    expect(result.sheets[0]?.cnca?.sheet).toBe("证书信息表");
    const f = byId(result, "CNCA-SHEET-NAME");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
    expect(f[0]?.message).toContain("应为「证书信息表」");
  });

  test("an edited header is an error showing the template's text; nothing advises reordering", () => {
    const col = colOf("cnca-2016", "certificates", "ORG_NAME");
    const result = run([certs([CERT], { set: [{ row: 2, col, value: "获证组织名称" }] })]);
    const f = byId(result, "CNCA-HEADER-CHANGED");
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["E2", "error"]]);
    expect(f[0]?.message).toContain("模版此处为「3、获证组织名称（主要名称）」");
    expect(f[0]?.message).toContain("平台拒收表头被改动的文件");
    for (const x of result.findings) expect(x.message).not.toMatch(/顺序|调整列|reorder/);
  });

  test("moved, missing and added columns are errors; data are still read by field code", () => {
    const def = sheetDef("cnca-2016", "certificates");
    const grid = certs();
    const a = colOf("cnca-2016", "certificates", "ORG_ZIP") - 1;
    const b = colOf("cnca-2016", "certificates", "ORG_PHONE") - 1;
    const swapped: SheetGrid = {
      ...grid,
      cells: grid.cells.map((row) => {
        const r = [...row];
        [r[a], r[b]] = [r[b] ?? null, r[a] ?? null];
        return r;
      }),
    };
    const result = run([swapped]);
    expect(byId(result, "CNCA-COLUMN-MOVED").map((f) => [f.cell, f.params.expected])).toEqual([
      ["M2", "N"],
      ["N2", "M"],
    ]);
    // Read by field code: the swapped phone and zip are still where their meaning is.
    expect(byId(result, "CNCA-REQUIRED-UNSURE").map((f) => f.params.code)).toEqual(["AUTH_PROJ_CODE"]);
    const extra = certs([CERT], { set: [{ row: 2, col: def.columns.length + 3, value: "备注2" }] });
    expect(byId(run([extra]), "CNCA-COLUMN-EXTRA").map((f) => f.params.found)).toEqual(["备注2"]);
    const cut: SheetGrid = { ...grid, cells: grid.cells.map((row) => row.filter((_, i) => i !== a)) };
    const missing = run([cut]);
    expect(byId(missing, "CNCA-COLUMN-MISSING").map((f) => [f.params.code, f.params.column])).toEqual([
      ["ORG_ZIP", "M"],
    ]);
  });

  test("a title row above the block moves the data: the platform reads from C8", () => {
    const result = run([certs([CERT], { above: [["2026年10月上报"]] })]);
    expect(result.sheets[0]?.cnca?.dataStart).toBe(9);
    expect(result.sheets[0]?.rows).toBe(1);
    expect(byId(result, "CNCA-DATA-START")[0]?.message).toContain("模版规定从 C8 开始");
  });

  test("the label columns deleted: one finding for the shifted block, not one per column", () => {
    const grid = certs();
    const shifted: SheetGrid = { ...grid, cells: grid.cells.map((row) => row.slice(2)) };
    const result = run([shifted]);
    expect(result.sheets[0]?.rows).toBe(1);
    expect(byId(result, "CNCA-COLUMNS-SHIFTED").map((f) => [f.params.found, f.params.expected])).toEqual([
      ["A", "C"],
    ]);
    expect(byId(result, "CNCA-COLUMN-MOVED")).toEqual([]);
  });

  test("blank rows between the data and a header row pasted into them are skipped and named", () => {
    const second = { ...CERT, CERT_NUMBER: "081226HG00018R000" };
    const grid = certs([CERT, {}, {}, second]);
    const header = grid.cells[1] as CellValue[];
    grid.cells.splice(9, 0, [...header]);
    const result = run([grid]);
    expect(result.sheets[0]?.rows).toBe(2);
    expect(byId(result, "CNCA-BLANK-ROWS").map((f) => [f.row, f.params.rows])).toEqual([[9, "9、11"]]);
    expect(byId(result, "CNCA-HEADER-IN-DATA").map((f) => f.row)).toEqual([10]);
    expect(byId(result, "CNCA-REQUIRED")).toEqual([]);
  });

  test("a type forced on a CNCA sheet does not read its header rows as data", () => {
    const result = run([certs()], { types: { 证书信息表: "monthly" } });
    expect(result.sheets[0]).toMatchObject({ rows: 1, cnca: { dataStart: 8 } });
    expect(byId(result, "CNCA-TYPE-IGNORED").map((f) => f.severity)).toEqual(["warning"]);
    expect(byId(result, "HEADER-UNKNOWN")).toEqual([]);
  });

  test("a workbook of which nothing is read is an error, never a silent pass", () => {
    const result = run([{ name: "Sheet1", cells: [["随便写的"], ["1", "2"]] }]);
    expect(result.canUpload).toBe(false);
    expect(byId(result, "WORKBOOK-NO-REPORT").map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("detectLayout, for adapters that list sheets", () => {
  test("names the layout and template sheet, or null for a friendly sheet", () => {
    expect(detectLayout(certs())).toEqual({
      layout: "cnca-2016",
      version: "2016",
      title: "CNCA 管理体系及服务认证信息上报数据模版（2016 规范）",
      sheet: "证书信息表",
      role: "certificates",
      by: "field-codes",
      score: 1,
    });
    expect(detectLayout({ name: "月报", cells: [["组织名称", "证书号"]] })).toBeNull();
  });

  test("ID and certificate numbers in lower case or with spaces are errors naming the upper-case form", () => {
    const rows = TEAM.map((r, k) => (k === 2 ? { ...r, ID_CODE: "11010519491231002x" } : r));
    const f = byId(run([certs(), team(rows)]), "CNCA-CERTNO-FORM");
    expect(f.map((x) => [x.cell, x.params.normalised])).toEqual([["J10", "110105********002X"]]);
    expect(f[0]?.message).not.toContain("11010519491231002");
  });
});

describe("an empty CNCA sheet", () => {
  test("is named by its template sheet, not the friendly report's title", () => {
    const result = run([certs([])]);
    expect(result.findings.filter((f) => f.id.endsWith("EMPTY")).map((f) => f.message)).toEqual([
      "「证书信息表」没有数据行（依据 CNCA 模版）",
    ]);
    expect(result.canUpload).toBe(true);
  });
});
