import type { Finding, Severity } from "../../../core/validation/sheet";
import type { ValidationResult } from "../../../core/validation/types";
import { maskIdsInText } from "../../../core/ids/mask-text";
import {
  MARK_FILLS,
  buildView,
  linkFormula,
  markPlan,
  previousMonth,
  localIsoDate,
  resultSheetRows,
  targetCell,
  verdictOf,
} from "../../../core/validation/view-model";

function finding(
  id: string,
  severity: Severity,
  sheet: string,
  cell: string,
  row: number,
  column: number,
  extra: Partial<Finding> = {},
): Finding {
  return {
    id,
    severity,
    sheet,
    cell,
    row,
    column,
    clause: "本工具约定",
    params: {},
    message: `${id} 的说明`,
    ...extra,
  };
}

function result(findings: Finding[]): ValidationResult {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const summary = { errors: count("error"), warnings: count("warning"), infos: count("info"), rows: 12 };
  return { findings, sheets: [], summary, canUpload: summary.errors === 0 };
}

const FINDINGS = [
  finding("OPTION-NO-MONTH", "info", "", "", 0, 0),
  finding("CODE-CHECKSUM", "error", "月报", "D7", 7, 4),
  finding("TIME-BELOW-STANDARD", "warning", "月报", "U7", 7, 21),
  finding("CODE-CHECKSUM", "error", "月报", "D9", 9, 4),
  finding("TEAM-OVERLAP", "error", "成员", "H3", 3, 8, { related: ["H5", "I5"] }),
  finding("TIME-NOT-HALF", "warning", "月报", "D9", 9, 4),
  finding("HEADER-UNKNOWN", "info", "月报", "5:5", 5, 0),
  finding("SHEET-EMPTY", "info", "空表", "", 0, 0),
];

describe("verdict (DOMAIN §9.1: errors must be fixed before upload)", () => {
  test.each([
    [{ errors: 0, warnings: 0 }, true, "可以上报：没有错误"],
    [{ errors: 0, warnings: 2 }, true, "可以上报：没有错误，另有 2 个警告需查看"],
    [{ errors: 1, warnings: 0 }, false, "不可上报：1 个错误须改正"],
    [{ errors: 3, warnings: 1 }, false, "不可上报：3 个错误须改正，另有 1 个警告需查看"],
  ])("%j → %s", (counts, canUpload, detail) => {
    const verdict = verdictOf({ ...counts, infos: 0, rows: 1 });
    expect(verdict.canUpload).toBe(canUpload);
    expect(verdict.label).toBe(canUpload ? "可以上报" : "不可上报");
    expect(verdict.detail).toBe(detail);
  });
});

describe("grouping by sheet → severity → check", () => {
  const view = buildView(result(FINDINGS));

  test("sheets in order of appearance, counts per severity", () => {
    expect(view.groups.map((g) => [g.sheet, g.counts])).toEqual([
      ["", { error: 0, warning: 0, info: 1 }],
      ["月报", { error: 2, warning: 2, info: 1 }],
      ["成员", { error: 1, warning: 0, info: 0 }],
      ["空表", { error: 0, warning: 0, info: 1 }],
    ]);
  });

  test("within a sheet: errors, then warnings, then notes; findings of one check together", () => {
    const monthly = view.groups[1]!;
    expect(
      monthly.severities.map((s) => [
        s.severity,
        s.count,
        s.checks.map((c) => [c.id, c.items.map((i) => i.cell)]),
      ]),
    ).toEqual([
      ["error", 2, [["CODE-CHECKSUM", ["D7", "D9"]]]],
      [
        "warning",
        2,
        [
          ["TIME-BELOW-STANDARD", ["U7"]],
          ["TIME-NOT-HALF", ["D9"]],
        ],
      ],
      ["info", 1, [["HEADER-UNKNOWN", ["5:5"]]]],
    ]);
    expect(view.verdict.label).toBe("不可上报");
  });

  test("the cell to select: the cell, column A of a row finding, none for a sheet finding", () => {
    expect(targetCell({ cell: "D7", row: 7, column: 4 })).toBe("D7");
    expect(targetCell({ cell: "5:5", row: 5, column: 0 })).toBe("A5");
    expect(targetCell({ cell: "", row: 0, column: 0 })).toBe("");
    expect(new Set(view.items.map((i) => i.key)).size).toBe(FINDINGS.length);
  });
});

describe("markPlan", () => {
  test("errors and warnings per sheet, related cells included, a cell with both painted as an error, notes not painted", () => {
    expect(markPlan(FINDINGS)).toEqual([
      { sheet: "月报", cells: { error: ["D7", "D9"], warning: ["U7"] } },
      { sheet: "成员", cells: { error: ["H3", "H5", "I5"], warning: [] } },
    ]);
  });

  test("related cells on another sheet are painted on that sheet", () => {
    const leaderless = finding("TEAM-NO-LEADER", "warning", "月报", "AB4", 4, 28, {
      related: ["'成员'!A2", "'Bob''s'!H3"],
    });
    expect(markPlan([leaderless])).toEqual([
      { sheet: "月报", cells: { error: [], warning: ["AB4"] } },
      { sheet: "成员", cells: { error: [], warning: ["A2"] } },
      { sheet: "Bob's", cells: { error: [], warning: ["H3"] } },
    ]);
  });

  test("the colours are Excel's Bad (red-ish) and Neutral (yellow)", () => {
    expect(MARK_FILLS).toEqual({ error: "#FFC7CE", warning: "#FFEB9C" });
  });
});

describe("the 校验结果 sheet", () => {
  test("verdict line, headers, one row per finding with a link to its cell", () => {
    const rows = resultSheetRows(result(FINDINGS));
    expect(rows[0]).toEqual([
      "不可上报：3 个错误须改正，另有 2 个警告需查看",
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rows[1]).toEqual(["序号", "工作表", "单元格", "严重程度", "检查项", "说明", "依据"]);
    expect(rows).toHaveLength(2 + FINDINGS.length);
    expect(rows.every((r) => r.length === 7)).toBe(true);
    expect(rows[2]).toEqual([
      1,
      "（工作簿）",
      "",
      "提示",
      "OPTION-NO-MONTH",
      "OPTION-NO-MONTH 的说明",
      "本工具约定",
    ]);
    expect(rows[3]).toEqual([
      2,
      "月报",
      { text: "月报!D7", sheet: "月报", cell: "D7" },
      "错误",
      "CODE-CHECKSUM",
      "CODE-CHECKSUM 的说明",
      "本工具约定",
    ]);
    expect(rows[8]![2]).toEqual({ text: "月报!5:5", sheet: "月报", cell: "A5" });
  });

  test("links quote sheet names and text the way Excel formulas need", () => {
    expect(linkFormula({ text: "月报!D7", sheet: "月报", cell: "D7" })).toBe(
      `=HYPERLINK("#'月报'!D7","月报!D7")`,
    );
    expect(linkFormula({ text: 'O"Neil', sheet: "Bob's sheet", cell: "A1" })).toBe(
      `=HYPERLINK("#'Bob''s sheet'!A1","O""Neil")`,
    );
  });
});

describe("ID numbers are masked in every shown message (DOMAIN §13)", () => {
  test.each([
    ["身份证件号码 11010519491231002X 校验位错误", "身份证件号码 110105********002X 校验位错误"],
    ["存为数字 320102198803151230；", "存为数字 320102********1230；"],
    ["旧号 110105491231002", "旧号 110105*****1002"],
  ])("%s", (raw, masked) => {
    expect(maskIdsInText(raw)).toBe(masked);
  });

  test.each([
    "统一社会信用代码 91310115MA1FL7Q289",
    "证书号 081226HG00017R000",
    "电话 021-58880000",
    "已掩码 110105********002X",
    "12440300455761025K",
  ])("left alone: %s", (text) => {
    expect(maskIdsInText(text)).toBe(text);
  });

  test("buildView masks findings that quote a raw ID", () => {
    const view = buildView(
      result([
        finding("CODE-STORED-AS-NUMBER", "error", "成员", "C2", 2, 3, {
          message: "存为数字 330106198611074600",
        }),
      ]),
    );
    expect(view.items[0]!.message).toBe("存为数字 330106********4600");
  });
});

describe("dates the adapters pass in", () => {
  test("local date and the month a report filed that day covers", () => {
    expect(localIsoDate(new Date(2026, 10, 3, 23, 59))).toBe("2026-11-03");
    expect(previousMonth("2026-11-03")).toBe("2026-10");
    expect(previousMonth("2027-01-05")).toBe("2026-12");
  });
});
