/** The task-pane shell: navigation by mouse, keyboard and hash; layout at 320 px. */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../../addin/taskpane/App";
import { fakeWorkbook, memoryStorage } from "./fake-workbook";

function renderApp() {
  // The validation pane lists the sheets when it opens.
  const workbook = fakeWorkbook({ listSheets: async () => [] });
  const storage = memoryStorage();
  const view = render(<App workbook={workbook} storage={storage} />);
  return { workbook, storage, ...view };
}

const tab = (name: string) => screen.getByRole("tab", { name });
const visiblePanel = () => screen.getByRole("tabpanel"); // hidden panels are not in the accessibility tree

beforeEach(() => {
  window.location.hash = "";
});

describe("navigation", () => {
  test("five panes named in Chinese; 审核时间 first; only the selected tab is in the Tab order", () => {
    renderApp();
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual([
      "审核时间",
      "报表校验",
      "年报统计",
      "规则",
      "设置",
    ]);
    expect(tab("审核时间").getAttribute("aria-selected")).toBe("true");
    expect(screen.getAllByRole("tab").map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(within(visiblePanel()).getByRole("heading", { name: "审核时间" })).toBeTruthy();
  });

  test("a click opens a pane and records it in the hash", async () => {
    renderApp();
    fireEvent.click(tab("规则"));
    expect(tab("规则").getAttribute("aria-selected")).toBe("true");
    // The rules pane loads when first opened (issue 9's page budget).
    expect(await within(visiblePanel()).findByRole("heading", { name: "规则配置" })).toBeTruthy();
    expect(window.location.hash).toBe("#/rules");
  });

  test("arrow keys move focus without opening; Enter and Space open; Home and End jump", async () => {
    renderApp();
    tab("审核时间").focus();
    fireEvent.keyDown(tab("审核时间"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(tab("报表校验"));
    expect(tab("报表校验").tabIndex).toBe(0);
    expect(tab("审核时间").getAttribute("aria-selected")).toBe("true");

    await act(async () => {
      fireEvent.keyDown(tab("报表校验"), { key: "Enter" });
    });
    expect(tab("报表校验").getAttribute("aria-selected")).toBe("true");
    expect(visiblePanel().id).toBe("certdesk-pane-validation");

    fireEvent.keyDown(tab("报表校验"), { key: "ArrowRight" });
    fireEvent.keyDown(tab("年报统计"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(tab("规则"));
    fireEvent.keyDown(tab("规则"), { key: " " });
    expect(within(visiblePanel()).getByRole("heading", { name: "规则配置" })).toBeTruthy();

    fireEvent.keyDown(tab("规则"), { key: "End" });
    expect(document.activeElement).toBe(tab("设置"));
    fireEvent.keyDown(tab("设置"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(tab("审核时间"));
    fireEvent.keyDown(tab("审核时间"), { key: "Home" });
    expect(document.activeElement).toBe(tab("审核时间"));
    expect(tab("规则").getAttribute("aria-selected")).toBe("true");
  });

  test("Enter on a tab is handled once and does not let the browser click as well", () => {
    renderApp();
    const event = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
    act(() => {
      tab("设置").dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(tab("设置").getAttribute("aria-selected")).toBe("true");
  });

  test("the hash chooses the pane on load and when it changes", async () => {
    window.location.hash = "#/settings";
    renderApp();
    expect(tab("设置").getAttribute("aria-selected")).toBe("true");
    await act(async () => {
      window.location.hash = "#/statistics";
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(within(visiblePanel()).getByRole("button", { name: "生成统计" })).toBeTruthy();
  });

  test("what was typed survives a visit to another pane", () => {
    renderApp();
    fireEvent.change(screen.getByLabelText("有效人数"), { target: { value: "180" } });
    fireEvent.click(tab("规则"));
    fireEvent.click(tab("审核时间"));
    expect((screen.getByLabelText("有效人数") as HTMLInputElement).value).toBe("180");
  });

  test("focus is visible on the tabs (a :focus-visible outline rule exists for them)", () => {
    renderApp();
    const classes = tab("设置").className.split(/\s+/);
    const rules = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .map((r) => r.cssText);
    const focusRules = rules.filter((r) => r.includes(":focus-visible") && /outline/.test(r));
    expect(focusRules.some((r) => classes.some((c) => c && r.includes(`.${c}`)))).toBe(true);
  });
});

describe("layout in a 320 px task pane", () => {
  beforeEach(() => {
    Object.defineProperty(window, "innerWidth", { configurable: true, value: 320 });
  });

  test("the tabs stay on one line, sharing the width, and nothing demands more than 320 px", () => {
    renderApp();
    const list = screen.getByRole("tablist");
    expect(getComputedStyle(list).display).toBe("flex");
    expect(getComputedStyle(list).flexWrap).toBe("nowrap");
    for (const tab of screen.getAllByRole("tab")) {
      const style = getComputedStyle(tab);
      expect([tab.textContent, style.whiteSpace, style.flexShrink, style.minWidth]).toEqual([
        tab.textContent,
        "nowrap",
        "1",
        "0",
      ]);
    }
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const style = getComputedStyle(element);
      for (const value of [style.width, style.minWidth]) {
        const px = /^(\d+(?:\.\d+)?)px$/.exec(value);
        if (px)
          expect([element.tagName, element.className, Number(px[1]) <= 320]).toEqual([
            element.tagName,
            element.className,
            true,
          ]);
      }
    }
  });

  test("text inputs and selects take the pane's width, overriding Fluent's 250 px minimum", () => {
    renderApp();
    for (const label of ["有效人数", "风险等级或业务范围代码"]) {
      const root = (screen.getByLabelText(label) as HTMLElement).parentElement as HTMLElement;
      expect([label, getComputedStyle(root).width, getComputedStyle(root).minWidth]).toEqual([
        label,
        "100%",
        "0",
      ]);
    }
  });
});
