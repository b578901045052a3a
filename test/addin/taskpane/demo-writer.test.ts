/** Writing the demo plan through the workbook door: formulas in Excel, the core's values elsewhere. */
import { demoFormulaText, writeDemo } from "../../../addin/taskpane/rules/demo-writer";
import { demoWorkbookPlan } from "../../../core/demo";
import { fakeWorkbook } from "./fake-workbook";

test("formula text in en-US syntax: references, quoted texts with quotes doubled, numbers, TRUE/FALSE", () => {
  expect(
    demoFormulaText({
      fn: "AUDITDAYS",
      args: [{ ref: "A5" }, { text: '高"' }, { text: "初次" }, { number: -10 }, { text: "HG-HY" }],
      value: 7,
    }),
  ).toBe('=CERT.AUDITDAYS(A5,"高""","初次",-10,"HG-HY")');
  expect(
    demoFormulaText({
      fn: "SAMPLESITES",
      args: [{ number: 25 }, { text: "监督" }, { bool: false }],
      value: 8,
    }),
  ).toBe('=CERT.SAMPLESITES(25,"监督",FALSE)');
});

function workbookFor(taken: string[] = []) {
  return fakeWorkbook({
    addSheet: async (name: string) => (taken.includes(name) ? `${name} (2)` : name),
    writeBlock: async () => undefined,
    formatCells: async () => undefined,
    addChart: async () => undefined,
  });
}

test("Excel: new sheets with =CERT.* formulas, bold headers and the chart, on the names Excel gave", async () => {
  const workbook = workbookFor(["演示 审核时间"]);
  const plan = demoWorkbookPlan("HG-HY", true);
  const written = await writeDemo(workbook, plan, true);
  expect(written.sheets).toEqual(["演示 审核时间 (2)", "演示 练习", "演示 答案"]);
  expect(workbook.addSheet.mock.calls).toEqual([["演示 审核时间"], ["演示 练习"], ["演示 答案"]]);
  const [sheet, topLeft, rows] = workbook.writeBlock.mock.calls[0] as [string, string, unknown[][]];
  expect([sheet, topLeft]).toEqual(["演示 审核时间 (2)", "A1"]);
  expect(rows[4]).toEqual([
    180,
    "高",
    "初次",
    0,
    '=CERT.AUDITDAYS(A5,B5,C5,D5,"HG-HY")',
    "=CERT.ONSITEDAYS(E5)",
    '=CERT.EXPLAIN(A5,B5,C5,D5,"HG-HY")',
  ]);
  expect(workbook.formatCells).toHaveBeenCalledWith("演示 审核时间 (2)", "A4:G4", { bold: true });
  // The scope-code column is text before the values go in.
  const textCall = workbook.formatCells.mock.calls.findIndex((c) => c[1] === "B5:B11");
  expect(workbook.formatCells.mock.calls[textCall]).toEqual([
    "演示 审核时间 (2)",
    "B5:B11",
    { numberFormat: "@" },
  ]);
  expect(workbook.formatCells.mock.invocationCallOrder[textCall]).toBeLessThan(
    workbook.writeBlock.mock.invocationCallOrder[0] as number,
  );
  expect(workbook.addChart).toHaveBeenCalledTimes(1);
  expect(workbook.addChart).toHaveBeenCalledWith("演示 审核时间 (2)", plan.sheets[0]?.chart);
  expect(workbook.writeBlock.mock.calls.map((c) => c[0])).toEqual(written.sheets);
});

test("without custom functions: the values the core computed, no formula anywhere", async () => {
  const workbook = workbookFor();
  await writeDemo(workbook, demoWorkbookPlan("HG-HY", false), false);
  const rows = workbook.writeBlock.mock.calls.flatMap((c) => c[2] as unknown[][]);
  expect(rows.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  const first = workbook.writeBlock.mock.calls[0]?.[2] as unknown[][];
  expect(first[4]?.slice(4, 6)).toEqual([10, 8]);
  expect(String(first[4]?.[6])).toMatch(/^有效人数 180 → 附录B 176–275 人 → 9 人日；高风险 \+10% → 9\.9/);
});

test("a workbook failure stops the demo and reaches the caller", async () => {
  const workbook = fakeWorkbook({
    addSheet: async () => Promise.reject(new Error("新建工作表「演示 审核时间」失败：工作簿受保护")),
  });
  await expect(writeDemo(workbook, demoWorkbookPlan("HG-HY", true), true)).rejects.toThrow("工作簿受保护");
  expect(workbook.writeBlock).not.toHaveBeenCalled();
});
