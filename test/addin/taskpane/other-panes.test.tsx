/** 规则, 设置 and 年报统计 inside the shell. */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../../addin/taskpane/App";
import { SETTINGS_KEY } from "../../../addin/taskpane/shell/settings";
import { fakeWorkbook, memoryStorage } from "./fake-workbook";

function open(pane: string, storage = memoryStorage()) {
  window.location.hash = "";
  render(<App workbook={fakeWorkbook({ listSheets: async () => [] })} storage={storage} />);
  fireEvent.click(screen.getByRole("tab", { name: pane }));
  return { storage, panel: screen.getByRole("tabpanel") };
}

describe("规则", () => {
  test("every profile of the core can be chosen; the default one is shown with its table", async () => {
    const { panel } = open("规则");
    // The rules pane loads when first opened (issue 9's page budget).
    const select = (await within(panel).findByLabelText("查看的规则")) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      "HG-HY：华钰 合规管理体系认证规则",
      "HG-ZGLY：中广联宇 合规管理体系认证规则",
      "SR-GGBZ：光谷标创 社会责任管理体系认证规则",
    ]);
    expect(select.value).toBe("HG-HY");
    fireEvent.click(within(panel).getByRole("button", { name: "附录B 审核时间表（004 附录B）" }));
    const table = within(panel).getByRole("table", { name: "HG-HY 附录B 审核时间表" });
    expect(within(table).getByRole("row", { name: "176–275 9" })).toBeTruthy();
  });

  test("SR-GGBZ says that column D of table A.1 is not used, and why", () => {
    const { panel } = open("规则");
    expect(within(panel).queryByRole("note")).toBeNull();
    fireEvent.change(within(panel).getByLabelText("查看的规则"), { target: { value: "SR-GGBZ" } });
    const note = within(panel).getByRole("note");
    expect(note.textContent).toMatch(/^表A\.1 D 栏（监督审核基于每6个月1次审核周期的人天数）不采用：/);
    expect(note.textContent).toContain("5.7.4");
  });
});

describe("设置", () => {
  test("choosing the default profile saves it and the audit-time pane follows", () => {
    const { storage, panel } = open("设置");
    fireEvent.change(within(panel).getByLabelText("默认规则配置"), { target: { value: "SR-GGBZ" } });
    expect(JSON.parse(storage.data.get(SETTINGS_KEY) ?? "{}")).toEqual({ defaultProfile: "SR-GGBZ" });
    expect(within(panel).getByRole("status").textContent).toBe(
      "默认规则已设为 SR-GGBZ（光谷标创 社会责任管理体系认证规则）",
    );
    fireEvent.click(screen.getByRole("tab", { name: "审核时间" }));
    expect((screen.getByLabelText("规则配置") as HTMLSelectElement).value).toBe("SR-GGBZ");
  });

  test("a storage that refuses to save is reported, and the choice still holds for the session", () => {
    const storage = memoryStorage();
    storage.setItem.mockImplementation(() => {
      throw new Error("QuotaExceededError");
    });
    const { panel } = open("设置", storage);
    fireEvent.change(within(panel).getByLabelText("默认规则配置"), { target: { value: "HG-ZGLY" } });
    expect(within(panel).getByRole("status").textContent).toBe(
      "设置未能保存（QuotaExceededError），仅在本次打开期间有效",
    );
    expect((within(panel).getByLabelText("默认规则配置") as HTMLSelectElement).value).toBe("HG-ZGLY");
  });
});

describe("年报统计", () => {
  test("the placeholder is gone: the pane offers the year and the statistics action", async () => {
    const { panel } = open("年报统计");
    expect(await within(panel).findByLabelText(/统计年度/)).toBeTruthy();
    expect(within(panel).queryByText("此功能将在后续版本提供。")).toBeNull();
    expect(await within(panel).findByText("工作簿中没有工作表。")).toBeTruthy();
  });
});
