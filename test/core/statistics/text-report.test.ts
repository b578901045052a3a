/**
 * The text report (`certdesk stats` without --json) read against the 年报统计YYYY sheet plan: every
 * number, name and total in the lines is the matching cell of `statsSheetPlan`, in the same order,
 * so the two cannot tell a different story.
 */
import { statsSheetPlan, statsStatusLine, statsTextLines, type PlanCell } from "../../../core/statistics";
import { registerGrid, registerRow, statsOf } from "./grids";

/** `n` certificates issued in 2024 in Shanghai that reached `status` on `date` (000 4.3.5.2 flows). */
function ended(first: number, n: number, status: string, date: string) {
  return Array.from({ length: n }, (_, k) =>
    registerRow(
      `081224HG${String(first + k).padStart(5, "0")}R000`,
      "28",
      "310115",
      "2024-01-10",
      "2025-01-09",
      status,
      date,
    ),
  );
}

// Every count differs (有效 4, 暂停 3, 撤销 5, 注销 6, 过期 7, 无法归类 1, 本年颁发 2), so a count
// shown under the wrong word cannot pass.
const { result } = statsOf(
  [
    {
      file: "台账.xlsx",
      grids: [
        registerGrid("台账", [
          registerRow("081225HG00001R000", "03.01;29.07", "110105", "2025-03-01", "2028-02-29", "有效"),
          registerRow("081225HG00002R000", "29", "999999", "2025-03-01", "2028-02-29", "有效"),
          registerRow("081224HG00003R000", "19", "440305", "2024-01-05", "2027-01-04", "暂停", "2025-11-01"),
          registerRow("081224HG00004R000", "28", "310115", "2024-02-01", "2027-01-31", "撤销", "2025-06-01"),
          registerRow("081222HG00005R000", "35", "330106", "2022-06-01", "2025-05-31", "有效"),
          registerRow("081224HG00006R000", "99", "320106", "2024-04-01", "2027-03-31", "有效"),
          registerRow("081224HG00007R000", "33", "440305", "2024-05-01", "2027-04-30", "注销", "2025-09-01"),
          registerRow(
            "081225HG00001R000-1",
            "03",
            "110105",
            "2025-03-01",
            "2028-02-29",
            "有效",
            null,
            "子证书",
          ),
          registerRow("081224HG00009R000", "03", "110105", "2024-07-01", "2027-06-30", "作废"),
          registerRow("081224HG00010R000", "03.05", "330106", "2024-06-01", "2027-05-31", "有效"),
          ...ended(100, 2, "暂停", "2025-10-01").map((r) => [...r.slice(0, 6), "2027-01-09", ...r.slice(7)]),
          ...ended(200, 4, "撤销", "2025-03-01").map((r) => [...r.slice(0, 6), "2027-01-09", ...r.slice(7)]),
          ...ended(300, 5, "注销", "2025-04-01").map((r) => [...r.slice(0, 6), "2027-01-09", ...r.slice(7)]),
          ...ended(400, 6, "过期", "2025-01-09"),
        ]),
      ],
    },
  ],
  { year: 2025 },
);
const plan = statsSheetPlan(result, "HG-HY");
const lines = statsTextLines(result, { profile: "HG-HY", files: 1 });

/** The plan's rows of the section whose title starts with `title`, header and blank row left out. */
function section(title: string): PlanCell[][] {
  const start = plan.rows.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(title));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = plan.rows.findIndex((r, i) => i > start && r.every((c) => c === null));
  return plan.rows.slice(start + 2, end).map((r) => r.filter((c) => c !== null));
}

function line(prefix: string): string {
  const found = lines.find((l) => l.startsWith(prefix));
  expect(found).toBeDefined();
  return (found ?? "").slice(prefix.length);
}

/**
 * `03 食品、饮料和烟草 2；29 批发和零售业；汽车…修理业 2；无法归类 1；合计 5（…）` as rows and its
 * total. A name may hold ；, so entries are cut only at a ； that follows a count.
 */
function entries(body: string): { rows: PlanCell[][]; total: number; note: string } {
  const parts = body.split(/(?<= \d+)；/);
  const total = /^合计 (\d+)(?:（(.*)）)?$/.exec(parts.pop() ?? "");
  expect(total).not.toBeNull();
  const rows = parts.map((part) => {
    const m = /^(?:(\d{2}) )?(.+) (\d+)$/.exec(part);
    expect(m).not.toBeNull();
    return m?.[1] === undefined ? [m?.[2] ?? "", Number(m?.[3])] : [m[1], m[2] ?? "", Number(m[3])];
  });
  return { rows, total: Number(total?.[1]), note: total?.[2] ?? "" };
}

/** A table section's rows as `code name count` (无法归类 without its blank code), shown ones only. */
function tableRows(rows: PlanCell[][]): PlanCell[][] {
  return rows
    .filter((r) => r[0] !== "合计" && r[0] !== "核对")
    .map((r) => r.filter((c) => c !== ""))
    .filter((r) => !(r[0] === "无法归类" && r[1] === 0));
}

const cellOf = (rows: PlanCell[][], label: string, column = 1) => rows.find((r) => r[0] === label)?.[column];

test("the status line: each count is the 一、证书状态 cell of its state", () => {
  const status = section("一、");
  const words: Array<[string, string]> = [
    ["有效", "有效"],
    ["暂停", "暂停"],
    ["本年撤销", "撤销"],
    ["注销", "注销"],
    ["到期", "过期"],
    ["无法归类", "无法归类"],
    ["本年颁发", "本年颁发"],
  ];
  const text = lines[1] ?? "";
  for (const [word, state] of words) {
    const shown = new RegExp(`(?:^|[，；])${word} (\\d+)`).exec(text);
    expect([word, Number(shown?.[1])]).toEqual([word, cellOf(status, state)]);
  }
  expect(text).toBe("有效 4，暂停 3（存量）；本年撤销 5，注销 6，到期 7；无法归类 1；本年颁发 2");
  expect(statsStatusLine(result)).toBe(text);
});

test("按业务大类: the names, order, counts and total of 二、", () => {
  const sheet = section("二、");
  const text = entries(line("按业务大类："));
  expect(text.rows).toEqual(tableRows(sheet));
  expect(text.rows.map((r) => r[0])).toEqual(["03", "29", "无法归类"]);
  expect(text.total).toBe(cellOf(sheet, "合计", 2));
  expect(`（${text.note}）`).toBe(cellOf(sheet, "合计"));
  expect(text.total).toBe(5);
});

test("按省份: the names, order, counts, total and the check of 三、", () => {
  const sheet = section("三、");
  const text = entries(line("按省份："));
  expect(text.rows).toEqual(tableRows(sheet));
  expect(text.rows).toEqual([
    ["11", "北京市", 1],
    ["32", "江苏省", 1],
    ["33", "浙江省", 1],
    ["无法归类", 1],
  ]);
  expect(text.total).toBe(cellOf(sheet, "合计", 2));
  expect(text.note).toBe(cellOf(sheet, "核对"));
  expect(text.note).toBe("各省份之和 3，有效证书总数 4，相差 1");
});

test("按认证项目 and the recent years: the cells of 四、 and 五、", () => {
  const schemes = section("四、");
  const text = entries(line("按认证项目："));
  expect(text.rows).toEqual(tableRows(schemes));
  expect(text.total).toBe(cellOf(schemes, "合计"));
  const years = line("近年发证/暂停/撤销/注销：")
    .split("；")
    .map((y) => y.split(/[ /]/).map(Number));
  expect(years).toEqual(section("五、"));
  expect(years).toEqual([
    [2023, 0, 0, 0, 0],
    [2024, 23, 0, 0, 0],
    [2025, 2, 3, 5, 6],
  ]);
});

test("the merge and the findings: the counts of 七、 and 六、, each finding in the sheet's order", () => {
  const merged = /合并为 (\d+) 张证书/.exec(lines[0] ?? "")?.[1];
  expect(plan.rows.flat().some((c) => typeof c === "string" && c.includes(`合并为 ${merged} 张证书`))).toBe(
    true,
  );
  const count = /^自查检查：(\d+) 条$/.exec(lines.find((l) => l.startsWith("自查检查：")) ?? "")?.[1];
  expect(plan.rows.some((r) => r[0] === `六、自查检查结果（共 ${count} 条）`)).toBe(true);
  const listed = lines
    .filter((l) => /^ {2}\S+ {2}STATS-/.test(l))
    .map((l) => {
      const [where, id] = l.trim().split(/ {2}/);
      return [id, where === "—" ? "" : where?.replace(/^台账\.xlsx:/, "")];
    });
  expect(listed).toEqual(section("六、").map((r) => [r[0], r[3]]));
  expect(listed).toHaveLength(5);
});

test("an empty register: （无） where the sheet has only zero rows, totals 0", () => {
  const empty = statsOf([{ file: "空.xlsx", grids: [registerGrid("台账", [])] }], { year: 2025 }).result;
  const text = statsTextLines(empty, { profile: "HG-HY", files: 1 });
  expect(text.slice(0, 5)).toEqual([
    "年报统计 2025 年（截至 2025-12-31），读取 1 个文件，合并为 0 张证书",
    "有效 0，暂停 0（存量）；本年撤销 0，注销 0，到期 0；本年颁发 0",
    "按业务大类：（无）",
    "按省份：（无）",
    "按认证项目：（无）",
  ]);
  const rows = statsSheetPlan(empty, "HG-HY").rows;
  expect(rows.filter((r) => r[0] === "合计").map((r) => r[2] ?? r[1])).toEqual([0, 0, 0]);
});
