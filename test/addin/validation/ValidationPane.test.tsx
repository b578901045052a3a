/**
 * The validation pane against an in-memory workbook holding the example reports (examples/README.md).
 * Only Date is faked (to 3 November 2026, so the default report month is 2026-10).
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../../core/validation/sheet";
import { ValidationPane } from "../../../addin/taskpane/panes/ValidationPane";
import { MARK_FILLS } from "../../../core/validation/view-model";
import { WorkbookError } from "../../../addin/workbook/errors";
import { exampleSheets } from "./example-sheets";
import { FakeWorkbook } from "./fake-workbook";
import { renderWithProviders } from "../render-with-providers";

const MONTHLY = "获证组织基本信息月报";
const TEAM = "审核组成员";

let withErrors: Record<string, CellValue[][]>;
let clean: Record<string, CellValue[][]>;
beforeAll(async () => {
  withErrors = await exampleSheets("monthly-2026-10.xlsx");
  clean = await exampleSheets("monthly-clean.xlsx");
});

beforeEach(() => {
  jest.useFakeTimers({
    now: new Date(2026, 10, 3, 9, 30),
    doNotFake: [
      "nextTick",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
      "queueMicrotask",
      "hrtime",
      "performance",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
    ],
  });
});
afterEach(() => jest.useRealTimers());

const typeSelect = (sheet: string) =>
  screen.findByRole("combobox", { name: `工作表「${sheet}」的报送表类型` });
const button = (name: string) => screen.getByRole("button", { name });

async function runValidation(container: HTMLElement): Promise<HTMLElement> {
  await typeSelect(MONTHLY);
  fireEvent.click(button("开始校验"));
  await waitFor(() => expect(container.querySelector("[data-verdict]")).not.toBeNull());
  return container.querySelector("[data-verdict]") as HTMLElement;
}

test("sheets are listed with the type recognised from their headers", async () => {
  renderWithProviders(<ValidationPane />, new FakeWorkbook({ ...clean, 说明: [["填表说明"]] }));
  const monthly = await typeSelect(MONTHLY);
  expect((monthly as HTMLSelectElement).value).toBe("auto");
  expect(within(monthly).getByRole("option", { name: "自动识别：获证组织基本信息月报" })).toBeTruthy();
  expect(within(await typeSelect(TEAM)).getByRole("option", { name: "自动识别：审核组成员" })).toBeTruthy();
  expect(within(await typeSelect("说明")).getByRole("option", { name: "自动识别：不是报送表" })).toBeTruthy();
  expect((screen.getByRole("textbox", { name: /报告月份/ }) as HTMLInputElement).value).toBe("2026-10");
});

test("run → 不可上报 with the counts, findings grouped by sheet, severity and check", async () => {
  const { container } = renderWithProviders(<ValidationPane />, new FakeWorkbook(withErrors));
  const verdict = await runValidation(container);
  expect(verdict.dataset.verdict).toBe("blocked");
  expect(verdict.textContent).toContain("不可上报");
  expect(verdict.textContent).toContain("不可上报：5 个错误须改正，另有 1 个警告需查看（共 144 行数据）");

  const monthly = screen.getByRole("region", { name: `工作表「${MONTHLY}」的校验结果` });
  expect(within(monthly).getByRole("heading").textContent).toBe(`${MONTHLY} 错误 4 · 警告 1`);
  expect(within(monthly).getByText("错误（4）")).toBeTruthy();
  expect(within(monthly).getByText("警告（1）")).toBeTruthy();
  expect(within(monthly).getByText("CODE-CHECKSUM · 1 处")).toBeTruthy();
  expect(within(monthly).getByTitle(`定位到「${MONTHLY}」D11`).textContent).toContain("校验位不符");
  const team = screen.getByRole("region", { name: `工作表「${TEAM}」的校验结果` });
  expect(within(team).getByRole("heading").textContent).toBe(`${TEAM} 错误 1`);
  // The ID stored as a number is shown masked.
  expect(team.textContent).toContain("330106********4600");
  expect(team.textContent).not.toContain("330106198611074600");
});

test("a clean report → 可以上报", async () => {
  const { container } = renderWithProviders(<ValidationPane />, new FakeWorkbook(clean));
  const verdict = await runValidation(container);
  expect(verdict.dataset.verdict).toBe("ok");
  expect(verdict.textContent).toContain("可以上报：没有错误（共 144 行数据）");
  expect(screen.getByText("没有发现问题。")).toBeTruthy();
  expect((button("标记") as HTMLButtonElement).disabled).toBe(true);
});

test("a default profile of another scheme: the core's choice (HG rows use HG-HY) is shown, never silent", async () => {
  const stored = JSON.stringify({ defaultProfile: "SR-GGBZ" });
  const storage = { getItem: () => stored, setItem: () => undefined };
  const { container } = renderWithProviders(<ValidationPane />, new FakeWorkbook(clean), { storage });
  const verdict = await runValidation(container);
  expect(verdict.dataset.verdict).toBe("ok");
  expect(container.textContent).toContain(
    "规则配置 SR-GGBZ 用于社会责任管理体系，这类行本来就按它校验；合规（HG）行按 HG-HY 校验",
  );
});

test("clicking a finding selects its cell", async () => {
  const workbook = new FakeWorkbook(withErrors);
  const { container } = renderWithProviders(<ValidationPane />, workbook);
  await runValidation(container);
  fireEvent.click(screen.getByTitle(`定位到「${TEAM}」C27`));
  await waitFor(() => expect(workbook.callsOf("selectCell")).toHaveLength(1));
  expect(workbook.callsOf("selectCell")[0]!.args).toEqual([TEAM, "C27"]);
  expect(workbook.selection()).toEqual({ sheet: TEAM, address: "C27" });
});

test("标记 then 清除标记 puts every fill back as it was, including none", async () => {
  const workbook = new FakeWorkbook(withErrors, {
    [MONTHLY]: { D11: "#00B0F0", D10: "#00B0F0" },
    [TEAM]: { A1: "#D9D9D9" },
  });
  const before = workbook.allFills();
  const { container } = renderWithProviders(<ValidationPane />, workbook);
  await runValidation(container);

  fireEvent.click(button("标记"));
  await waitFor(() => expect((button("清除标记") as HTMLButtonElement).disabled).toBe(false));
  expect(workbook.fillOf(MONTHLY, "D11")).toBe(MARK_FILLS.error);
  expect(workbook.fillOf(MONTHLY, "U8")).toBe(MARK_FILLS.error);
  expect(workbook.fillOf(MONTHLY, "T4")).toBe(MARK_FILLS.warning);
  expect(workbook.fillOf(TEAM, "C27")).toBe(MARK_FILLS.error);
  expect(workbook.callsOf("paintCells")).toHaveLength(3); // per sheet and colour, not per cell
  expect((button("标记") as HTMLButtonElement).disabled).toBe(true);
  expect(
    screen.getByText("已标记 9 个单元格（红色为错误，黄色为警告）；「清除标记」可恢复原来的填充色。"),
  ).toBeTruthy();

  fireEvent.click(button("清除标记"));
  await screen.findByText("已恢复 9 个单元格原来的填充色。");
  expect(workbook.allFills()).toEqual(before);
  expect(workbook.fillOf(MONTHLY, "U8")).toBeNull();
  expect((button("标记") as HTMLButtonElement).disabled).toBe(false);
});

test("validating, marking and clearing leave every value unchanged", async () => {
  const workbook = new FakeWorkbook(withErrors);
  const values = workbook.names().map((n) => workbook.values(n));
  const { container } = renderWithProviders(<ValidationPane />, workbook);
  await runValidation(container);
  fireEvent.click(button("标记"));
  await waitFor(() => expect((button("清除标记") as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button("清除标记"));
  await waitFor(() => expect((button("标记") as HTMLButtonElement).disabled).toBe(false));
  expect(workbook.names().map((n) => workbook.values(n))).toEqual(values);
  expect(workbook.callsOf("writeBlock")).toEqual([]);
});

test("a sheet set to 不校验此表 is neither read nor checked", async () => {
  const workbook = new FakeWorkbook(withErrors);
  const { container } = renderWithProviders(<ValidationPane />, workbook);
  fireEvent.change(await typeSelect(TEAM), { target: { value: "skip" } });
  const reads = workbook.callsOf("readSheet").length;
  await runValidation(container);
  expect(
    workbook
      .callsOf("readSheet")
      .slice(reads)
      .map((c) => c.args[0]),
  ).toEqual([MONTHLY]);
  expect(screen.queryByRole("region", { name: `工作表「${TEAM}」的校验结果` })).toBeNull();
});

test("写入结果表 adds the 校验结果 sheet with a row per finding", async () => {
  const workbook = new FakeWorkbook(withErrors);
  const { container } = renderWithProviders(<ValidationPane />, workbook);
  await runValidation(container);
  fireEvent.click(button("写入结果表"));
  await screen.findByText("已写入工作表「校验结果」：6 条校验结果，单元格列可点击跳转。");
  const rows = workbook.values("校验结果");
  expect(rows).toHaveLength(8);
  expect(rows[0]![0]).toBe("不可上报：5 个错误须改正，另有 1 个警告需查看");
  expect(rows.map((r) => r[2])).toContain(`=HYPERLINK("#'${TEAM}'!C27","${TEAM}!C27")`);
  // The new sheet is listed and left out of the next run.
  expect(((await typeSelect("校验结果")) as HTMLSelectElement).value).toBe("skip");
});

test("插入模板 adds one empty sheet per chosen type", async () => {
  const workbook = new FakeWorkbook(clean);
  renderWithProviders(<ValidationPane />, workbook);
  await typeSelect(MONTHLY);
  fireEvent.click(screen.getByRole("checkbox", { name: "证书状态变更" }));
  fireEvent.click(screen.getByRole("checkbox", { name: TEAM }));
  fireEvent.click(button("插入模板"));
  await screen.findByText(`已插入模板：${MONTHLY} (2)、证书状态变更`);
  expect(workbook.names()).toEqual([MONTHLY, TEAM, `${MONTHLY} (2)`, "证书状态变更"]);
  expect(workbook.values("证书状态变更")[0]!.slice(0, 3)).toEqual(["证书号", "组织名称", "颁证日期"]);
  expect(workbook.validationsOf(`${MONTHLY} (2)`).length).toBe(8);
  expect(
    within(await typeSelect("证书状态变更")).getByRole("option", { name: "自动识别：证书状态变更" }),
  ).toBeTruthy();
});

test("a failure reaches the user as an alert naming what failed", async () => {
  class Broken extends FakeWorkbook {
    override async readSheet(): Promise<CellValue[][]> {
      throw new WorkbookError(
        "sheetNotFound",
        "读取工作表「获证组织基本信息月报」失败：找不到该工作表或单元格，可能已被重命名或删除",
      );
    }
  }
  renderWithProviders(<ValidationPane />, new Broken(withErrors));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toBe(
    "读取工作表「获证组织基本信息月报」失败：找不到该工作表或单元格，可能已被重命名或删除",
  );
});
