/** The rules pane for trainers: chart, step-by-step calculator, categories, sampling, data, demo. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { RulesPane } from "../../../addin/taskpane/panes/RulesPane";
import type { Downloader } from "../../../addin/taskpane/shell/workbook-context";
import { coveredYears } from "../../../core/dates";
import { fakeWorkbook, memoryStorage, type MockWorkbook } from "./fake-workbook";
import { renderWithProviders } from "../render-with-providers";

function renderPane(workbook: MockWorkbook = fakeWorkbook(), downloader: Downloader | null = null) {
  renderWithProviders(<RulesPane />, workbook, { storage: memoryStorage(), downloader });
  return workbook;
}

const openSection = (name: RegExp | string) => fireEvent.click(screen.getByRole("button", { name }));
const steps = () =>
  within(screen.getByRole("region", { name: "逐步计算" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("the calculator shows each step of the core's record with its clause", () => {
  test("180 people, medium risk, initial under HG-HY", () => {
    renderPane();
    expect(screen.getByTestId("calculator-days").textContent).toBe("9 人日");
    expect(steps()).toEqual([
      "有效人数 180（004 附录B）",
      "附录B 176–275 人 → 9 人日（004 附录B）",
      "中风险 0% → 9（004 附录B 注4）",
      "调整至最接近的半人日 → 9 人日（004 5.4.2.3）",
      "现场审核时间不少于 9 × 80% = 7.2 → 7 人日（004 5.4.2.3）",
    ]);
  });

  test("SR-GGBZ, 100 people: the interpolation and the stage split step by step", () => {
    renderPane();
    fireEvent.change(screen.getByLabelText("查看的规则"), { target: { value: "SR-GGBZ" } });
    fireEvent.change(screen.getByLabelText("演示人数"), { target: { value: "100" } });
    expect(screen.getByTestId("calculator-days").textContent).toBe("6.5 人日");
    // Clauses are the profile's: only their start is pinned here.
    expect(steps()).toContainEqual(
      expect.stringMatching(
        /^第一阶段：表A\.1 B 栏 86–125 人，连续插值 1 \+ \(100 − 85\) ÷ \(125 − 85\) × \(1 − 1\) = 1 → 1 人日（003 表A\.1/,
      ),
    );
    expect(steps()).toContainEqual(expect.stringMatching(/^第二阶段 = 6\.5 − 1 = 5\.5 人日（003 /));
    expect(steps().some((s) => s?.startsWith(" → "))).toBe(false);
  });

  test("a bad headcount shows the core's message instead of steps, and the chart loses its dot", () => {
    renderPane();
    expect(screen.getByTestId("chart-marker")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("演示人数"), { target: { value: "-3" } });
    expect(screen.getByRole("alert").textContent).toMatch(/^有效人数「-3」须大于 0（依据 /);
    expect(screen.queryByRole("region", { name: "逐步计算" })).toBeNull();
    expect(screen.queryByTestId("chart-marker")).toBeNull();
  });
});

test("the chart draws 附录B's stairs and 表A.1's curve together, described in text", () => {
  renderPane();
  const chart = screen.getByRole("img", { name: /有效人数与初次审核人日/ });
  expect(Array.from(chart.querySelectorAll("path")).map((p) => p.getAttribute("data-profile"))).toEqual([
    "HG-HY",
    "SR-GGBZ",
  ]);
  expect(chart.querySelector("desc")?.textContent).toBe(
    "HG-HY 附录B（按档取值）：42 个点，自 1 人 2.5 人日至 10700 人 22 人日；SR-GGBZ 表A.1（连续插值）：22 个点，自 1 人 1.5 人日至 10700 人 22 人日",
  );
  expect(within(screen.getByRole("list", { name: "图例" })).getAllByRole("listitem")).toHaveLength(2);
});

test("risk categories with where each risk comes from, sampling with its clauses, the data vintage", () => {
  renderPane();
  openSection("业务范围分类与风险（004 表A.1）");
  const table = screen.getByRole("table", { name: "HG-HY 业务范围分类与风险" });
  expect(within(table).getByRole("row", { name: /^03 食品、饮料和烟草 高 示例/ })).toBeTruthy();
  expect(within(table).getByRole("row", { name: "02 采矿业和采石业 中 未列出，按中风险默认" })).toBeTruthy();
  openSection("多场所抽样");
  expect(screen.getByText(/^相似场所：初次认证 ⌈√X⌉（004 5\.4\.3\.3\(1\)），监督审核 ⌈0\.6√X⌉/)).toBeTruthy();
  openSection("数据版本");
  const years = coveredYears();
  expect(screen.getByText(new RegExp(`^覆盖 ${years[0]}–${years.at(-1)} 年`))).toBeTruthy();
});

describe("the demo workbook", () => {
  const writing = () =>
    fakeWorkbook({
      addSheet: async (name: string) => name,
      writeBlock: async () => undefined,
      formatCells: async () => undefined,
      addChart: async () => undefined,
    });

  test("in Excel: 插入演示工作簿 writes =CERT.* formulas and the chart into new sheets", async () => {
    const workbook = renderPane(writing());
    openSection("演示工作簿");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "插入演示工作簿" }));
    });
    expect(workbook.addSheet.mock.calls).toEqual([["演示 审核时间"], ["演示 练习"], ["演示 答案"]]);
    expect((workbook.writeBlock.mock.calls[0]?.[2] as unknown[][])[4]?.[4]).toBe(
      '=CERT.AUDITDAYS(A5,B5,C5,D5,"HG-HY")',
    );
    expect(workbook.addChart).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("status").textContent).toBe(
      "已插入工作表「演示 审核时间」、「演示 练习」、「演示 答案」：=CERT.* 公式、人数与人日图表、练习和答案",
    );
  });

  test("in the workbench: 下载演示工作簿 writes the core's values and downloads those sheets", async () => {
    const download = jest.fn(async () => undefined);
    const workbook = renderPane(writing(), { download });
    fireEvent.change(screen.getByLabelText("查看的规则"), { target: { value: "SR-GGBZ" } });
    openSection("演示工作簿");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "下载演示工作簿" }));
    });
    const first = workbook.writeBlock.mock.calls[0]?.[2] as unknown[][];
    expect(first[4]?.slice(0, 6)).toEqual([180, "", "初次", 0, 8, 6.5]);
    expect(download).toHaveBeenCalledWith("CertDesk 演示工作簿 SR-GGBZ.xlsx", [
      "演示 审核时间",
      "演示 练习",
      "演示 答案",
    ]);
    expect(screen.getByRole("status").textContent).toMatch(/^已下载「CertDesk 演示工作簿 SR-GGBZ\.xlsx」/);
  });

  test("a workbook failure is shown as its message", async () => {
    renderPane(
      fakeWorkbook({ addSheet: async () => Promise.reject(new Error("新建工作表失败：工作簿受保护")) }),
    );
    openSection("演示工作簿");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "插入演示工作簿" }));
    });
    expect(screen.getByRole("alert").textContent).toBe("新建工作表失败：工作簿受保护");
  });
});
