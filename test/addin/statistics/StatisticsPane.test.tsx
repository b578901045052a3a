/**
 * The statistics pane against an in-memory workbook: sheets recognised and chosen, the year, the
 * new 年报统计YYYY sheet with its chart, the register untouched, a re-run asking before it replaces
 * its own sheet, and bad input as a message.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../../core/validation/sheet";
import { StatisticsPane } from "../../../addin/taskpane/panes/StatisticsPane";
import { FakeWorkbook } from "../validation/fake-workbook";
import { renderWithProviders } from "../render-with-providers";
import { memoryStorage } from "../taskpane/fake-workbook";
import { SETTINGS_KEY } from "../../../addin/taskpane/shell/settings";
import { REGISTER_HEADER, SAMPLE_ROWS } from "../../core/statistics/grids";

const REGISTER: CellValue[][] = [REGISTER_HEADER, SAMPLE_ROWS.甲, SAMPLE_ROWS.乙];

function renderPane(workbook: FakeWorkbook) {
  renderWithProviders(<StatisticsPane />, workbook);
}

async function ready() {
  await screen.findByRole("checkbox", { name: /台账（证书 · friendly · 2 行）/ });
}

function setYear(year: string) {
  fireEvent.change(screen.getByLabelText(/统计年度/), { target: { value: year } });
}

test("writes 年报统计2025 with tables and a column chart, leaving the register as it was", async () => {
  const workbook = new FakeWorkbook({ 台账: REGISTER, 备注: [["随手记"]] });
  renderPane(workbook);
  await ready();
  expect((screen.getByRole("checkbox", { name: /备注（未识别）/ }) as HTMLInputElement).disabled).toBe(true);
  setYear("2025");
  fireEvent.click(screen.getByRole("button", { name: "生成统计" }));
  await waitFor(() =>
    expect(screen.getByRole("status").textContent).toContain("已写入工作表「年报统计2025」"),
  );
  const summary = screen.getByRole("region", { name: "统计结果" });
  expect(summary.textContent).toContain(
    "截至 2025-12-31：有效 1，暂停 0（存量）；本年撤销 0，注销 0，到期 1；本年颁发 0。",
  );
  expect(workbook.names()).toEqual(["台账", "备注", "年报统计2025"]);
  expect(workbook.values("台账")).toEqual(REGISTER);
  expect(workbook.chartsOf("年报统计2025")).toEqual([
    expect.objectContaining({ kind: "column", title: "2025 年有效证书按省份" }),
  ]);
  const cells = workbook.values("年报统计2025").flat();
  expect(cells).toContain("北京市");
  expect(cells).toContain(`=HYPERLINK("#'台账'!H3","台账!H3")`);
});

test("a second run asks first; 取消 keeps the sheet, 替换 rewrites only it", async () => {
  const workbook = new FakeWorkbook({ 台账: REGISTER });
  renderPane(workbook);
  await ready();
  setYear("2025");
  fireEvent.click(screen.getByRole("button", { name: "生成统计" }));
  await screen.findByText(/已写入工作表/);
  fireEvent.click(screen.getByRole("button", { name: "生成统计" }));
  const confirm = await screen.findByRole("region", { name: "确认替换" });
  expect(confirm.textContent).toContain("工作表「年报统计2025」已存在");
  expect(workbook.callsOf("deleteSheet")).toHaveLength(0);

  fireEvent.click(within(confirm).getByRole("button", { name: "取消" }));
  expect(screen.queryByRole("region", { name: "确认替换" })).toBeNull();
  expect(workbook.callsOf("deleteSheet")).toHaveLength(0);

  fireEvent.click(screen.getByRole("button", { name: "生成统计" }));
  fireEvent.click(
    within(await screen.findByRole("region", { name: "确认替换" })).getByRole("button", { name: "替换" }),
  );
  await waitFor(() => expect(workbook.callsOf("deleteSheet")).toHaveLength(1));
  expect(workbook.callsOf("deleteSheet")[0]?.args).toEqual(["年报统计2025"]);
  await waitFor(() => expect(workbook.names()).toEqual(["台账", "年报统计2025"]));
  expect(workbook.chartsOf("年报统计2025")).toHaveLength(1);
});

test("a year that is not four digits is a message, nothing is written", async () => {
  const workbook = new FakeWorkbook({ 台账: REGISTER });
  renderPane(workbook);
  await ready();
  setYear("25年");
  fireEvent.click(screen.getByRole("button", { name: "生成统计" }));
  expect((await screen.findByRole("alert")).textContent).toBe(
    "统计年度「25年」无法识别，应为 4 位年份，例如 2025",
  );
  expect(workbook.callsOf("addSheet")).toHaveLength(0);
});

test("no chosen register is a message", async () => {
  const workbook = new FakeWorkbook({ 台账: REGISTER });
  renderPane(workbook);
  await ready();
  fireEvent.click(screen.getByRole("checkbox", { name: /台账/ }));
  fireEvent.click(screen.getByRole("button", { name: "生成统计" }));
  expect((await screen.findByRole("alert")).textContent).toBe("请至少选择一张证书台账或证书信息表。");
});

test("with SR-GGBZ as the default rules, categories are named by HG-HY and the pane says so", async () => {
  const workbook = new FakeWorkbook({ 台账: REGISTER });
  renderWithProviders(<StatisticsPane />, workbook, {
    storage: memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ defaultProfile: "SR-GGBZ" }) }),
  });
  await ready();
  expect(screen.getByText("业务大类按 HG-HY 命名：默认规则 SR-GGBZ 没有业务大类表。")).toBeTruthy();
  setYear("2025");
  fireEvent.click(screen.getByRole("button", { name: "生成统计" }));
  await screen.findByText(/已写入工作表「年报统计2025」/);
});

test("with HG-ZGLY as the default rules, its own categories name the tables and no note is shown", async () => {
  const workbook = new FakeWorkbook({ 台账: REGISTER });
  renderWithProviders(<StatisticsPane />, workbook, {
    storage: memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ defaultProfile: "HG-ZGLY" }) }),
  });
  await ready();
  expect(screen.queryByText(/业务大类按/)).toBeNull();
});
