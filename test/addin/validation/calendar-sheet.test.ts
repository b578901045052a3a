/**
 * The workbook's own 节假日安排 sheet counts for the pane's working-day checks (status changes
 * reported within 2 working days, 000 4.3.8.3), and its mistakes are findings on its own rows.
 */
import { coveredYears } from "../../../core/dates";
import type { CellValue } from "../../../core/validation/sheet";
import { validateSheets } from "../../../addin/taskpane/validation/workbook-actions";
import { FakeWorkbook } from "./fake-workbook";

const STATUS_HEADERS = [
  "证书号",
  "组织名称",
  "颁证日期",
  "证书截止日期",
  "证书状态",
  "变更日期",
  "暂停原因",
  "暂停开始日期",
  "暂停截止日期",
  "上报日期",
];
/** The first year the holiday package does not cover, derived from the data (never hard-coded). */
const UNCOVERED = Math.max(...coveredYears()) + 1;
const LAST = UNCOVERED - 1;

function statusSheet(reported: string): CellValue[][] {
  return [
    STATUS_HEADERS,
    [
      `0812${String(LAST - 2).slice(2)}HG00017R000`,
      "杭州示例科技有限公司",
      `${LAST - 2}-03-01`,
      `${LAST + 1}-02-28`,
      "暂停",
      `${LAST}-12-31`,
      "0116",
      `${LAST}-12-31`,
      `${UNCOVERED}-03-31`,
      reported,
    ],
  ];
}

const uncovered = (findings: { message: string }[]) =>
  findings.filter((f) => f.message.includes(`节假日数据未覆盖 ${UNCOVERED} 年`));

describe("节假日安排 sheet in the workbook", () => {
  test("without it, a deadline reaching past the package's years says so; with it, the deadline is checked", async () => {
    const reportDate = `${UNCOVERED}-01-04`;
    const without = await validateSheets(
      new FakeWorkbook({ 证书状态变更: statusSheet(reportDate) }),
      {},
      { reportDate },
    );
    expect(uncovered(without.findings).length).toBeGreaterThan(0);

    // One rest day in each holiday's window is enough for the table to count as the whole year.
    const calendar: CellValue[][] = [
      ["日期", "类型", "名称"],
      ...[
        ["01-01", "元旦"],
        ["02-10", "春节"],
        ["04-05", "清明节"],
        ["05-01", "劳动节"],
        ["05-02", "劳动节"],
        ["06-10", "端午节"],
        ["09-20", "中秋节"],
        ["10-01", "国庆节"],
        ["10-02", "国庆节"],
        ["10-03", "国庆节"],
      ].map(([day, name]): CellValue[] => [`${UNCOVERED}-${day}`, "休", name ?? ""]),
    ];
    const withSheet = await validateSheets(
      new FakeWorkbook({ 证书状态变更: statusSheet(reportDate), 节假日安排: calendar }),
      {},
      { reportDate },
    );
    expect(uncovered(withSheet.findings)).toEqual([]);
    // The calendar sheet is not read as a report, and a complete table raises no error on it.
    expect(withSheet.sheets.map((s) => s.name)).toEqual(["证书状态变更"]);
    expect(withSheet.findings.filter((f) => f.sheet === "节假日安排" && f.severity === "error")).toEqual([]);
  });

  test("a row whose 类型 is neither 休 nor 班 is an error naming the row, and nothing is guessed", async () => {
    const reportDate = `${UNCOVERED}-01-04`;
    const calendar: CellValue[][] = [
      ["日期", "类型", "名称"],
      [`${UNCOVERED}-01-01`, "放假", "元旦"],
    ];
    const result = await validateSheets(
      new FakeWorkbook({ 证书状态变更: statusSheet(reportDate), 节假日安排: calendar }),
      {},
      { reportDate },
    );
    const bad = result.findings.filter((f) => f.sheet === "节假日安排" && f.severity === "error");
    expect(bad).toEqual([
      expect.objectContaining({ cell: "A2", row: 2, message: expect.stringContaining("放假") }),
    ]);
    expect(result.canUpload).toBe(false);
    expect(uncovered(result.findings).length).toBeGreaterThan(0);
  });
});
