/**
 * Filling a table with CERT.AUDITDAYS formulas: the plan (pure), then the whole path through the
 * Excel workbook on office-addin-mock, counting context.sync for 10, 10 000 and 25 000 rows.
 */
import {
  guessChoice,
  looksLikeHeader,
  planFill,
  readTable,
  tableColumns,
  type SelectedTable,
} from "../../../addin/taskpane/audit-time/table-fill";
import { createExcelWorkbook } from "../../../addin/workbook/excel-workbook";
import type { Selection } from "../../../addin/workbook/workbook";
import { FakeExcel } from "../workbook/fake-excel";

const FIXED = { risk: "中", type: "监督", profile: "HG-HY" };

function selection(address: string, values: Selection["values"], size?: [number, number]): Selection {
  const rows = size?.[0] ?? values.length;
  const columns = size?.[1] ?? Math.max(...values.map((r) => r.length));
  return { sheet: "台账", address, rowCount: rows, columnCount: columns, values };
}

function table(sel: Selection): SelectedTable {
  const read = readTable(sel);
  if (!read.ok) throw new Error(read.message);
  return read.table;
}

const WITH_HEADER = selection("B1:F4", [
  ["组织", "有效人数", "风险", "审核类型", null],
  ["甲公司", 180, "高", "初次", null],
  ["乙公司", 100, "03.01", "监督", null],
  ["丙公司", 20, "低", "再认证", null],
]);

describe("reading the selected table", () => {
  test("a single cell is not a table", () => {
    expect(readTable(selection("C5", [[180]]))).toEqual({
      ok: false,
      message:
        "所选的是单个单元格 C5，不是表格。请选中整个表格区域（可含标题行），其中包括有效人数列和一个用于写入公式的输出列（可为空列）。",
    });
  });

  test("an empty selection says it has no data", () => {
    const read = readTable(selection("B2:D9", [], [8, 3]));
    expect(read.ok ? "" : read.message).toMatch(/^所选区域 B2:D9 没有数据。/);
    const blanks = readTable(
      selection("B2:C3", [
        [null, ""],
        [" ", null],
      ]),
    );
    expect(blanks.ok ? "" : blanks.message).toMatch(/没有数据/);
  });

  test("a single column has nowhere to write", () => {
    const read = readTable(selection("B2:B4", [[1], [2], [3]]));
    expect(read.ok ? "" : read.message).toMatch(/^所选区域 B2:B4 只有一列。/);
  });

  test("values cut at the used range keep one blank selected column for the output", () => {
    const t = table(
      selection(
        "A1:H3",
        [
          [1, "高"],
          [2, "低"],
          [3, "中"],
        ],
        [3, 8],
      ),
    );
    expect(t.width).toBe(3);
    expect(t.rows[0]).toEqual([1, "高", null]);
  });

  test("a header row is text over numbers; a first data row is not a header", () => {
    expect(looksLikeHeader(WITH_HEADER.values)).toBe(true);
    expect(looksLikeHeader(WITH_HEADER.values.slice(1))).toBe(false);
    expect(looksLikeHeader([["人数"]])).toBe(false);
  });
});

describe("choosing columns", () => {
  test("header names pick headcount, risk and type; the empty column is the output", () => {
    const t = table(WITH_HEADER);
    expect(guessChoice(t, true)).toEqual({ header: true, employees: 3, risk: 4, type: 5, output: 6 });
    expect(tableColumns(t, true).map((c) => c.label)).toEqual([
      "B 列：组织",
      "C 列：有效人数",
      "D 列：风险",
      "E 列：审核类型",
      "F 列",
    ]);
  });

  test("without a header: the first all-number column and the first empty column", () => {
    const t = table(
      selection("B2:D3", [
        ["甲", 180, null],
        ["乙", 100, null],
      ]),
    );
    expect(guessChoice(t, false)).toEqual({ header: false, employees: 3, output: 4 });
  });
});

describe("the fill plan", () => {
  test("one relative formula per row, the empty output header named, in one block", () => {
    const plan = planFill(
      table(WITH_HEADER),
      { header: true, employees: 3, risk: 4, type: 5, adjust: null, output: 6 },
      FIXED,
    );
    expect(plan).toEqual({
      ok: true,
      sheet: "台账",
      topLeft: "F1",
      address: "F1:F4",
      rows: [
        ["审核人日"],
        ["=CERT.AUDITDAYS(C2,D2,E2)"],
        ["=CERT.AUDITDAYS(C3,D3,E3)"],
        ["=CERT.AUDITDAYS(C4,D4,E4)"],
      ],
      formulas: 3,
      overwrites: 0,
    });
  });

  test("risk and type from the pane when the table has no such column; another profile is passed on", () => {
    const plan = planFill(
      table(WITH_HEADER),
      { header: true, employees: 3, risk: null, type: null, adjust: null, output: 6 },
      { ...FIXED, profile: "HG-ZGLY" },
    );
    expect(plan.ok && plan.rows[1]).toEqual(['=CERT.AUDITDAYS(C2,"中","监督",0,"HG-ZGLY")']);
  });

  test("an output column with values is counted so the pane can ask before overwriting; its header is kept", () => {
    const t = table(
      selection("A1:C3", [
        ["人数", "风险", "人日"],
        [180, "高", 9],
        [20, "低", null],
      ]),
    );
    const plan = planFill(
      t,
      { header: true, employees: 1, risk: 2, type: null, adjust: null, output: 3 },
      FIXED,
    );
    expect(plan.ok && [plan.topLeft, plan.overwrites, plan.rows.length]).toEqual(["C2", 1, 2]);
  });

  test("the output cannot be an input column, and a header-only table has no rows", () => {
    const t = table(WITH_HEADER);
    expect(
      planFill(t, { header: true, employees: 3, risk: 4, type: 5, adjust: null, output: 4 }, FIXED),
    ).toEqual({
      ok: false,
      message: "输出列 D 不能同时是输入列，请另选一个（可为空）列写入公式。",
    });
    const headerOnly = table(
      selection("A1:B2", [
        ["人数", "风险"],
        [1, null],
      ]),
    );
    const plan = planFill(
      { ...headerOnly, rows: headerOnly.rows.slice(0, 1) },
      { header: true, employees: 1, risk: null, type: null, adjust: null, output: 2 },
      FIXED,
    );
    expect(plan).toEqual({ ok: false, message: "所选区域 A1:B2 除标题行外没有数据行。" });
  });
});

describe("through Excel (office-addin-mock): read the selection, then write the block", () => {
  test.each([
    [10, 2, 1],
    [9_999, 2, 1], // 10 000 rows with the header
    [25_000, 4, 3],
  ])("%i data rows: %i syncs to read, %i to write", async (rows, readSyncs, writeSyncs) => {
    const excel = new FakeExcel("台账");
    const sheet = excel.sheet("台账");
    sheet.put("A1", [["有效人数", "风险", "审核类型", "审核人日"]]);
    for (let r = 2; r <= rows + 1; r++) sheet.put(`A${r}`, [[r, "高", "初次"]]);
    excel.selection = { sheet: "台账", address: `A1:D${rows + 1}` };
    const workbook = createExcelWorkbook(excel.run);

    const read = readTable(await workbook.getSelection());
    expect(excel.syncs).toBe(readSyncs);
    if (!read.ok) throw new Error(read.message);
    const choice = guessChoice(read.table, read.table.headerLikely);
    expect(choice).toEqual({ header: true, employees: 1, risk: 2, type: 3, output: 4 });
    const plan = planFill(
      read.table,
      { header: true, employees: 1, risk: 2, type: 3, adjust: null, output: 4 },
      FIXED,
    );
    if (!plan.ok) throw new Error(plan.message);

    await workbook.writeBlock(plan.sheet, plan.topLeft, plan.rows);
    expect(excel.syncs - readSyncs).toBe(writeSyncs);
    expect(sheet.cell("D1").value).toBe("审核人日"); // untouched: the header was there
    expect(sheet.cell("D2").formula).toBe("=CERT.AUDITDAYS(A2,B2,C2)");
    expect(sheet.cell(`D${rows + 1}`).formula).toBe(
      `=CERT.AUDITDAYS(A${rows + 1},B${rows + 1},C${rows + 1})`,
    );
    expect(sheet.peek(rows + 2, 4)).toBeUndefined();
  });
});
