/**
 * The pane's CNCA 上报格式 section in the validation pane: 生成上报文件 writes the upload sheets
 * beside the register and lists what is left to do; 插入上报模版 adds CNCA's template sheets.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { ValidationPane } from "../../../addin/taskpane/panes/ValidationPane";
import type { CellValue } from "../../../core/validation/sheet";
import { exampleSheets } from "./example-sheets";
import { FakeWorkbook } from "./fake-workbook";
import { renderWithProviders } from "../render-with-providers";

// Rendering the pane and converting 144 rows takes seconds on a loaded machine.
jest.setTimeout(120_000);
const SLOW = { timeout: 60_000 };

let clean: Record<string, CellValue[][]>;
beforeAll(async () => {
  clean = await exampleSheets("monthly-clean.xlsx");
});

test("生成上报文件 with an approval number: CNCA's sheets added, the register untouched, notes listed", async () => {
  const workbook = new FakeWorkbook(clean);
  renderWithProviders(<ValidationPane />, workbook);
  await screen.findByRole("combobox", { name: "工作表「获证组织基本信息月报」的报送表类型" }, SLOW);
  fireEvent.change(screen.getByRole("textbox", { name: /认证机构批准号/ }), {
    target: { value: "CNCA-R-2021-812" },
  });
  fireEvent.click(screen.getByRole("button", { name: "生成上报文件" }));
  await screen.findByText(
    /已生成上报工作表：审核计划信息表、证书信息表、审核结果信息表、能源绩效信息表（原工作表未改动）/,
    {},
    SLOW,
  );
  expect(workbook.values("证书信息表")[7]![2]).toBe("CNCA-R-2021-812");
  expect(workbook.values("获证组织基本信息月报")).toEqual(clean["获证组织基本信息月报"]);
  const notes = screen.getByRole("list", { name: "上报文件待处理" });
  expect(notes.textContent).toContain("37、认证决定人员名单");
});

test("插入上报模版 adds the chosen layout's sheets", async () => {
  const workbook = new FakeWorkbook({ 说明: [["x"]] });
  renderWithProviders(<ValidationPane />, workbook);
  await screen.findByRole("combobox", { name: "工作表「说明」的报送表类型" }, SLOW);
  fireEvent.change(screen.getByRole("combobox", { name: "上报格式" }), { target: { value: "cnca-59" } });
  fireEvent.click(screen.getByRole("button", { name: "插入上报模版" }));
  await waitFor(() => expect(workbook.names()).toEqual(["说明", "Sheet1", "审核员"]), SLOW);
  expect(screen.getByText(/已插入上报模版：Sheet1、审核员/)).toBeTruthy();
});
