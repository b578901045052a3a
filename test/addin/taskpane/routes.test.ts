import {
  DEFAULT_PANE,
  hashOf,
  PANES,
  paneAfterKey,
  paneFromHash,
} from "../../../addin/taskpane/shell/routes";

describe("pane routes", () => {
  test("the five panes, labelled in Chinese, in order", () => {
    expect(PANES.map((p) => p.label)).toEqual(["审核时间", "报表校验", "年报统计", "规则", "设置"]);
  });

  test("a hash names a pane; anything else is the audit-time pane", () => {
    expect(paneFromHash("#/rules")).toBe("rules");
    expect(paneFromHash("#rules")).toBe("rules");
    expect(paneFromHash("#/settings?x=1")).toBe("settings");
    expect(paneFromHash("")).toBe(DEFAULT_PANE);
    expect(paneFromHash("#/nothing")).toBe("audit-time");
    expect(paneFromHash("#/__proto__")).toBe("audit-time");
    for (const p of PANES) expect(paneFromHash(hashOf(p.id))).toBe(p.id);
  });

  test("arrow keys wrap around, Home and End jump, other keys do nothing", () => {
    expect(paneAfterKey("audit-time", "ArrowRight")).toBe("validation");
    expect(paneAfterKey("settings", "ArrowRight")).toBe("audit-time");
    expect(paneAfterKey("audit-time", "ArrowLeft")).toBe("settings");
    expect(paneAfterKey("rules", "ArrowUp")).toBe("statistics");
    expect(paneAfterKey("rules", "ArrowDown")).toBe("settings");
    expect(paneAfterKey("rules", "Home")).toBe("audit-time");
    expect(paneAfterKey("audit-time", "End")).toBe("settings");
    expect(paneAfterKey("rules", "a")).toBeNull();
  });
});
