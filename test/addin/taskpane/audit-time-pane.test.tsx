/** The audit-time pane: live result, the core's messages inline, and the workbook door it calls. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { AuditTimePane } from "../../../addin/taskpane/panes/AuditTimePane";
import { WorkbookError } from "../../../addin/workbook/errors";
import type { Selection } from "../../../addin/workbook/workbook";
import { fakeWorkbook, memoryStorage, type MockWorkbook } from "./fake-workbook";
import { renderWithProviders } from "../render-with-providers";

function renderPane(workbook: MockWorkbook = fakeWorkbook(), settings: Record<string, string> = {}) {
  renderWithProviders(<AuditTimePane />, workbook, { storage: memoryStorage(settings) });
  return workbook;
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const result = () => screen.getByRole("region", { name: "计算结果" });

function fill180High() {
  type("有效人数", "180");
  type("风险等级或业务范围代码", "高");
}

describe("live result", () => {
  test("180 people, high risk, initial: 10 person-days, on-site at least 8, and the record", () => {
    renderPane();
    fill180High();
    expect(screen.getByTestId("audit-days").textContent).toBe("10 人日");
    expect(screen.getByTestId("onsite-days").textContent).toBe("现场审核不少于 8 人日");
    expect(screen.getByTestId("audit-record").textContent).toBe(
      "有效人数 180 → 附录B 176–275 人 → 9 人日；高风险 +10% → 9.9；调整至最接近的半人日 → 10 人日；现场审核时间不少于 10 × 80% = 8 → 8 人日（004 附录B 注4、5.4.2.3）",
    );
  });

  test("updates as the inputs change", () => {
    renderPane();
    fill180High();
    type("有效人数", "100");
    expect(screen.getByTestId("audit-days").textContent).toBe("7.5 人日");
    fireEvent.change(screen.getByLabelText("审核类型"), { target: { value: "监督" } });
    expect(screen.getByTestId("audit-days").textContent).toBe("2.5 人日");
    expect(within(result()).getByText("监督审核审核时间")).toBeTruthy();
  });

  test("0 people shows the core's Chinese message in place, no result, and the insert buttons are off", () => {
    renderPane();
    fill180High();
    type("有效人数", "0");
    expect(within(result()).getByRole("alert").textContent).toBe("有效人数「0」须大于 0（依据 本工具约定）");
    expect(screen.queryByTestId("audit-days")).toBeNull();
    expect((screen.getByRole("button", { name: "在所选单元格插入公式" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  test("nothing typed yet is a prompt, not an alert", () => {
    renderPane();
    expect(within(result()).queryByRole("alert")).toBeNull();
    expect(within(result()).getByRole("status").textContent).toBe(
      "有效人数为空，需要填写（依据 本工具约定）",
    );
  });

  test("the factors are folded under the result; opened, a factor asks for its percentage, then changes the time and the record", () => {
    renderPane();
    fill180High();
    const toggle = screen.getByRole("button", { name: "调整因素（004 5.4.2.2、5.4.2.3）：未选" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("checkbox", { name: "体系成熟" })).toBeNull();
    // The result comes before the folded factors in the pane.
    expect(result().compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(getComputedStyle(result()).position).not.toBe("sticky");
    fireEvent.click(toggle);
    // Open, the list is long: the result stays pinned under the tab bar while percentages are typed.
    expect([getComputedStyle(result()).position, getComputedStyle(result()).top]).toEqual(["sticky", "41px"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "体系成熟" }));
    expect(within(result()).getByRole("alert").textContent).toBe(
      "调整因素「体系成熟」的减少百分比为空，请填写，如 10 或 10%（依据 001 附录B 注4 2)a）",
    );
    type("体系成熟的减少百分比", "-5%");
    // 9 × (1 + 10% − 5%) = 9.45 → 9.5
    expect(screen.getByTestId("audit-days").textContent).toBe("9.5 人日");
    expect(screen.getByTestId("audit-record").textContent).toBe(
      "有效人数 180 → 附录B 176–275 人 → 9 人日；减少因素「体系成熟」−5%；高风险 +10%，调整 −5%，合计 +5% → 9.45；调整至最接近的半人日 → 9.5 人日；现场审核时间不少于 9.5 × 80% = 7.6 → 7.5 人日（001 附录B 注4 2)a；004 附录B 注4、5.4.2.3）",
    );
    expect(
      screen.getByRole("button", { name: "调整因素（004 5.4.2.2、5.4.2.3）：已选 1 项，合计 −5%" }),
    ).toBeTruthy();
  });

  test("the factor headings cite the selected profile's clause and say on what basis the list is offered", () => {
    renderPane();
    fireEvent.click(screen.getByRole("button", { name: /^调整因素/ }));
    expect(screen.getAllByRole("group").map((g) => g.querySelector("legend")?.textContent)).toEqual([
      "增加审核时间的因素（004 5.4.2.2、5.4.2.3）",
      "减少审核时间的因素（004 5.4.2.2、5.4.2.3）",
    ]);
    expect(screen.getByText(/^004 要求考虑有效人数、风险类型等因素.*本工具约定/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("规则配置"), { target: { value: "HG-ZGLY" } });
    expect(screen.getAllByRole("group").map((g) => g.querySelector("legend")?.textContent)).toEqual([
      "增加审核时间的因素（001 附录B 注4）",
      "减少审核时间的因素（001 附录B 注4）",
    ]);
    expect(screen.queryByText(/未列举调整因素/)).toBeNull();
    // The basis note is gone (the headcount prompt may still cite 本工具约定 for its own rule).
    expect(screen.queryByText(/要求考虑.*本工具约定/)).toBeNull();
  });

  test("the profile comes from the settings and can be changed here: SR-GGBZ shows the stage split", () => {
    renderPane(fakeWorkbook(), { "certdesk.settings.v1": '{"defaultProfile":"SR-GGBZ"}' });
    expect((screen.getByLabelText("规则配置") as HTMLSelectElement).value).toBe("SR-GGBZ");
    type("有效人数", "100");
    expect(screen.getByTestId("audit-days").textContent).toBe("6.5 人日");
    expect(within(result()).getByText("第一阶段 1 人日，第二阶段 5.5 人日")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("规则配置"), { target: { value: "HG-HY" } });
    expect(within(result()).getByRole("alert").textContent).toMatch(
      /^规则 HG-HY 按风险调整审核时间，风险等级不能为空/,
    );
  });
});

describe("inserting at the selected cell", () => {
  test("the formula goes through the workbook door, with literal values", async () => {
    const workbook = renderPane(
      fakeWorkbook({ writeAtSelection: async () => ({ sheet: "月报", address: "E5" }) }),
    );
    fill180High();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "在所选单元格插入公式" }));
    });
    expect(workbook.writeAtSelection).toHaveBeenCalledTimes(1);
    expect(workbook.writeAtSelection).toHaveBeenCalledWith([['=CERT.AUDITDAYS(180,"高","初次")']]);
    expect(screen.getByText('已在「月报」E5 插入公式 =CERT.AUDITDAYS(180,"高","初次")')).toBeTruthy();
  });

  test("the record text goes to the selected cell", async () => {
    const workbook = renderPane(
      fakeWorkbook({ writeAtSelection: async () => ({ sheet: "S", address: "B2" }) }),
    );
    fill180High();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "插入计算记录" }));
    });
    expect(workbook.writeAtSelection).toHaveBeenCalledWith([
      [screen.getByTestId("audit-record").textContent],
    ]);
    expect(screen.getByText("已在「S」B2 插入计算记录")).toBeTruthy();
  });

  test("a workbook failure is shown as its message", async () => {
    const failing = async () =>
      Promise.reject(
        new WorkbookError(
          "cellEditMode",
          "写入所选单元格失败：Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑后重试",
        ),
      );
    renderPane(fakeWorkbook({ writeAtSelection: failing }));
    fill180High();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "在所选单元格插入公式" }));
    });
    expect(screen.getAllByRole("alert").map((a) => a.textContent)).toContain(
      "写入所选单元格失败：Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑后重试",
    );
  });
});

describe("filling a table", () => {
  const table: Selection = {
    sheet: "台账",
    address: "A1:D4",
    rowCount: 4,
    columnCount: 4,
    values: [
      ["有效人数", "风险", "审核类型", null],
      [180, "高", "初次", null],
      [100, "03.01", "监督", null],
      [20, "低", "再认证", null],
    ],
  };

  async function read(workbook: MockWorkbook) {
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "读取所选表格" }));
    });
    expect(workbook.getSelection).toHaveBeenCalledTimes(1);
  }

  test("reads the selection, guesses the columns, and writes one formula per row in one block", async () => {
    const workbook = renderPane(
      fakeWorkbook({ getSelection: async () => table, writeBlock: async () => undefined }),
    );
    await read(workbook);
    expect((screen.getByLabelText(/有效人数列/) as HTMLSelectElement).value).toBe("1");
    expect((screen.getByLabelText(/输出列/) as HTMLSelectElement).value).toBe("4");
    expect(screen.getByText(/将在「台账」D1:D4 写入 3 个公式/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "填入公式" }));
    });
    expect(workbook.writeBlock).toHaveBeenCalledTimes(1);
    expect(workbook.writeBlock).toHaveBeenCalledWith("台账", "D1", [
      ["审核人日"],
      ["=CERT.AUDITDAYS(A2,B2,C2)"],
      ["=CERT.AUDITDAYS(A3,B3,C3)"],
      ["=CERT.AUDITDAYS(A4,B4,C4)"],
    ]);
    expect(screen.getByText("已在「台账」D1:D4 写入 3 个 CERT.AUDITDAYS 公式")).toBeTruthy();
  });

  test("without a type column every row takes the pane's type", async () => {
    const workbook = renderPane(
      fakeWorkbook({ getSelection: async () => table, writeBlock: async () => undefined }),
    );
    fireEvent.change(screen.getByLabelText("审核类型"), { target: { value: "再认证" } });
    await read(workbook);
    fireEvent.change(screen.getByLabelText(/审核类型列/), { target: { value: "" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "填入公式" }));
    });
    expect(workbook.writeBlock.mock.calls[0]?.[2]?.[1]).toEqual(['=CERT.AUDITDAYS(A2,B2,"再认证")']);
  });

  test("a single cell is not a table: a clear message and nothing written", async () => {
    const single: Selection = { sheet: "台账", address: "B7", rowCount: 1, columnCount: 1, values: [[180]] };
    const workbook = renderPane(fakeWorkbook({ getSelection: async () => single }));
    await read(workbook);
    expect(screen.getByRole("alert").textContent).toMatch(/^所选的是单个单元格 B7，不是表格。/);
    expect(screen.queryByRole("button", { name: "填入公式" })).toBeNull();
    expect(workbook.writeBlock).not.toHaveBeenCalled();
  });

  test("an output column with values needs consent before it is overwritten", async () => {
    const filled: Selection = {
      ...table,
      values: table.values.map((row, i) => [...row.slice(0, 3), i === 2 ? 7 : null]),
    };
    const workbook = renderPane(
      fakeWorkbook({ getSelection: async () => filled, writeBlock: async () => undefined }),
    );
    await read(workbook);
    fireEvent.change(screen.getByLabelText(/输出列/), { target: { value: "4" } });
    const fill = screen.getByRole("button", { name: "填入公式" }) as HTMLButtonElement;
    expect(fill.disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "输出列已有 1 个非空单元格，允许覆盖" }));
    expect(fill.disabled).toBe(false);
  });
});
