import { cleanSheetName, freeSheetName } from "../../../core/sheet/sheet-names";

describe("sheet names", () => {
  test("a free name is kept; a taken one gets (2), (3)… ignoring case", () => {
    expect(freeSheetName("统计", ["月报"])).toBe("统计");
    expect(freeSheetName("Stats", ["stats", "STATS (2)"])).toBe("Stats (3)");
  });

  test("History is reserved by Excel", () => {
    expect(freeSheetName("History", [])).toBe("History (2)");
  });

  test("long names are cut so the suffix still fits in 31 characters", () => {
    const long = "年度分类统计".repeat(6); // 36 characters
    const first = freeSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = freeSheetName(long, [first]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });

  test("forbidden characters and edge apostrophes are removed; an empty name gets a default", () => {
    expect(cleanSheetName("a[b]:c*d?e/f\\g")).toBe("a_b__c_d_e_f_g");
    expect(cleanSheetName("'引号'")).toBe("引号");
    expect(cleanSheetName("  ")).toBe("工作表");
  });
});
