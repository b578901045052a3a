import { coveredYears } from "../../../core/dates";
import { getProfile } from "../../../core/profiles";
import {
  categoryClauses,
  categoryRows,
  dataVintages,
  ruleFacts,
  samplingLines,
  tableView,
  unusedColumnNotes,
} from "../../../addin/taskpane/panes/rules-view";

describe("what the rules pane shows, read from the profile data", () => {
  test("HG-HY: the step table of DOMAIN §3.2 with its bands, and the progression beyond 10 700", () => {
    const view = tableView(getProfile("HG-HY"));
    expect(view.headers).toEqual(["有效人数", "人日"]);
    expect(view.rows[0]).toEqual(["≤15", "2.5"]);
    expect(view.rows).toContainEqual(["176–275", "9"]);
    expect(view.rows).toContainEqual(["8501–10700", "22"]);
    expect(view.rows[view.rows.length - 1]).toEqual([">10700", "递进 +1/档"]);
    expect(view.rows).toHaveLength(21 + 1);
  });

  test("SR-GGBZ: the curve from its start point with columns B+C, B and E", () => {
    const view = tableView(getProfile("SR-GGBZ"));
    expect(view.headers).toEqual(["有效人数", "B+C 栏", "B 栏", "E 栏"]);
    expect(view.rows[0]).toEqual(["1 人（起点）", "1.5", "1", "1.5"]);
    expect(view.rows[1]).toEqual(["至 10", "2", "1", "1.5"]);
    expect(view.legend[0]).toMatch(/^B\+C：总的初次审核人天数/);
  });

  test("SR-GGBZ column D is stated as not used, with the reason and clause (DOMAIN §3.2)", () => {
    const notes = unusedColumnNotes(getProfile("SR-GGBZ"));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^表A\.1 D 栏（监督审核基于每6个月1次审核周期的人天数）不采用：.*5\.7\.4/);
    expect(unusedColumnNotes(getProfile("HG-HY"))).toEqual([]);
  });

  test("risk, reduction, surveillance and on-site figures with their clauses", () => {
    const facts = Object.fromEntries(ruleFacts(getProfile("HG-HY")).map((f) => [f.label, f.text]));
    expect(facts["风险调整"]).toBe("高 +10%，中 0%，低 −10%（004 附录B 注4）");
    expect(facts["最大减少"]).toBe("不超过表值的 30%（004 5.4.2.3）");
    expect(facts["监督审核"]).toBe("初次审核时间 × 1/3（004 5.7.4）");
    expect(facts["现场审核"]).toBe("不少于审核时间的 80%（004 5.4.2.3）");
    expect(
      Object.fromEntries(ruleFacts(getProfile("HG-ZGLY")).map((f) => [f.label, f.text]))["风险调整"],
    ).toMatch(/未规定风险调整/);
  });
});

describe("what the trainers' sections show, read from the profile and the core", () => {
  test("categories: each with its default risk and whether 004 表A.2 names it or it takes the medium default", () => {
    const rows = categoryRows(getProfile("HG-HY"));
    expect(rows).toHaveLength(39);
    expect(rows.find((r) => r.code === "03")).toEqual({
      code: "03",
      name: "食品、饮料和烟草",
      risk: "高",
      basis: expect.stringMatching(/^示例：/),
    });
    expect(rows.find((r) => r.code === "02")?.basis).toBe("未列出，按中风险默认");
    expect(categoryClauses(getProfile("HG-HY"))).toBe(
      "业务范围分类 004 表A.1；风险示例 004 表A.2；未列出的大类按中风险（本工具约定）",
    );
  });

  test("sampling: the three square-root rules and the dissimilar share, each with its clause", () => {
    const [similar, dissimilar] = samplingLines();
    expect(similar).toBe(
      "相似场所：初次认证 ⌈√X⌉（004 5.4.3.3(1)），监督审核 ⌈0.6√X⌉（004 5.4.3.3(2)），再认证 ⌈0.8√X⌉（004 5.4.3.3(3)）；003 5.4.3.2 规定相同",
    );
    expect(dissimilar).toBe(
      "不相似场所不抽样：初次认证和再认证逐一审核全部场所，监督审核不少于 30%，即 ⌈0.3 × X⌉（004 5.4.3.4）",
    );
  });

  test("the holiday data's years come from the core, not from this file", () => {
    const years = coveredYears();
    expect(dataVintages()[0]).toEqual({
      label: "节假日数据",
      text: expect.stringMatching(new RegExp(`^覆盖 ${years[0]}–${years[years.length - 1]} 年`)),
    });
  });
});
