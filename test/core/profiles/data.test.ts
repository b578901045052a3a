import { getProfile, listProfiles, loadProfile, type RuleProfile } from "../../../core/profiles";
import { attempt } from "../../../core/problem";

const risks = (p: RuleProfile, level: string): string[] =>
  p.categories.items.filter((c) => c.risk === level).map((c) => c.code);

describe("profile data as the seeds and DOMAIN give it", () => {
  test("HG-HY: 39 categories of 004 A.1 with the default risks of DOMAIN §3.8", () => {
    const p = getProfile("HG-HY");
    expect(p.categories.items.map((c) => c.code)).toEqual(
      Array.from({ length: 39 }, (_, i) => String(i + 1).padStart(2, "0")),
    );
    expect(risks(p, "high")).toEqual(["01", "03", "11", "12", "13", "20", "21", "25", "26", "28", "38"]);
    expect(risks(p, "low")).toEqual(["04", "07", "08", "29", "30", "37"]);
    // Named by A.2 as medium; every other medium category is the default.
    const namedMedium = p.categories.items
      .filter((c) => c.risk === "medium" && c.riskBasis === "example")
      .map((c) => c.code);
    expect(namedMedium).toEqual(["15", "16", "17", "19", "23", "35"]);
    expect(p.categories.items.find((c) => c.code === "33")).toMatchObject({
      name: "信息技术",
      risk: "medium",
      riskBasis: "default",
    });
    expect(p.categories.items.find((c) => c.code === "03")?.name).toBe("食品、饮料和烟草");
  });

  test("HG-HY: every name exactly as 004 表A.1 writes it, and the 表A.2 example behind each named risk", () => {
    const p = getProfile("HG-HY");
    // prettier-ignore
    expect(p.categories.items.map((c) => c.name)).toEqual([
      "农业、林业和渔业", "采矿业和采石业", "食品、饮料和烟草", "纺织品及纺织制品", "皮革及皮革制品",
      "木材及木制品", "纸浆、纸及纸制品", "出版业", "印刷业", "焦炭及精炼石油制品的制造",
      "核燃料", "化学品、化学制品及纤维", "药品", "橡胶和塑料制品", "非金属矿物制品",
      "混凝土、水泥、石灰、石膏及其他", "基础金属及金属制品", "机械及设备", "电和光学设备", "造船业",
      "航空航天", "其他运输设备", "其他未另分类制造业", "回收业", "供电业",
      "供气业", "供水业", "建设业", "批发和零售业；汽车、摩托、个人及家庭用品修理业", "宾馆及餐馆",
      "运输、仓储和通信业", "金融中介、房地产和租赁", "信息技术", "工程服务", "其他服务",
      "公共行政管理", "教育", "健康和社会工作", "其他社会服务",
    ]);
    // Each example is a phrase of 004 表A.2, in the row of the risk it gives.
    const rows: Record<string, string> = {
      high: "食品，药品，飞机，造船，承重部件和结构，复杂的施工活动，电力和燃气设备，医疗卫生服务，捕鱼，核燃料，化学品，化学制品及纤维",
      medium: "非承重部件和结构，简单的施工活动，基础金属及制品，非金属制品，家具，光学仪器，休闲和个人服务",
      low: "纺织品和服装，纸浆、纸及纸制品，出版，办公服务，教育，零售，酒店和餐馆",
    };
    for (const c of p.categories.items) {
      if (c.riskBasis === "default") {
        expect([c.code, c.risk, c.riskExample]).toEqual([c.code, "medium", undefined]);
        continue;
      }
      // A note in brackets is ours (DOMAIN §3.8: simple works may be medium); the phrase before it is the seed's.
      const phrase = (c.riskExample ?? "∅").split("（")[0] as string;
      expect([c.code, rows[c.risk]?.includes(phrase)]).toEqual([c.code, true]);
    }
    expect(p.categories).toMatchObject({
      clause: "004 表A.1",
      riskExamplesClause: "004 表A.2",
      defaultRiskClause: "本工具约定",
    });
  });

  test("HG-HY: 004 App. B step table, ±10 % risk, 30 % limit, fractions and clauses", () => {
    const p = getProfile("HG-HY");
    expect(p.table.shape).toBe("step");
    // prettier-ignore
    expect(p.table.rows.map((r) => [r.upTo, r.days])).toEqual([
      [15, 2.5], [25, 3], [45, 4], [65, 5], [85, 6], [125, 7], [175, 8], [275, 9], [425, 10], [625, 11], [875, 12],
      [1175, 13], [1550, 14], [2025, 15], [2675, 16], [3450, 17], [4350, 18], [5450, 19], [6800, 20], [8500, 21], [10700, 22],
    ]);
    expect(p.risk).toEqual({
      use: "adjust",
      clause: "004 附录B 注4",
      factorsPct: { high: 10, medium: 0, low: -10 },
    });
    expect(p.maxReduction).toEqual({ pct: 30, clause: "004 5.4.2.3" });
    expect([p.surveillance.fraction, p.recertification.fraction]).toEqual(["1/3", "2/3"]);
    expect([p.onsite.pct, p.site.pct, p.combined.pct, p.remote]).toEqual([80, 50, 80, undefined]);
    expect(p.stages).toBeUndefined();
    expect(p.dates.surveillance).toMatchObject({
      from: "issue",
      firstWithinMonths: 12,
      maxGapMonths: 12,
      oncePerCalendarYear: false,
    });
  });

  test("HG-ZGLY: 13 categories of 001 App. A, risk recorded only, 2nd surveillance within 24 months", () => {
    const p = getProfile("HG-ZGLY");
    expect(p.categories.items.map((c) => [c.code, c.name])).toEqual([
      ["01", "农林牧渔业"],
      ["02", "电力、热力、燃气及水生产和供应业"],
      ["03", "制造业"],
      ["04", "建筑业"],
      ["05", "批发和零售业"],
      ["06", "交通运输、仓储和邮政业"],
      ["07", "信息传输、软件和信息技术服务业"],
      ["08", "技术咨询服务"],
      ["09", "金融业"],
      ["10", "住宿和餐饮业"],
      ["11", "房地产业"],
      ["12", "教育"],
      ["13", "其他行业"],
    ]);
    // 001 has no risk table: every category takes the medium default, and risk changes nothing.
    expect(new Set(p.categories.items.map((c) => `${c.risk}/${c.riskBasis}`))).toEqual(
      new Set(["medium/default"]),
    );
    expect(p.categories.items[12]).toMatchObject({
      code: "13",
      name: "其他行业",
      risk: "medium",
      riskBasis: "default",
    });
    expect(p.risk.use).toBe("record");
    expect(p.table.rows).toEqual(getProfile("HG-HY").table.rows);
    // 001 App. D 4.3.1(5) is the 24 months from issue; 4.2.2 speaks of 12 months after the 1st surveillance.
    expect(p.dates.surveillance.nthWithinMonths).toEqual([
      { n: 2, months: 24, clause: "001 附录D 4.3.1(5)；本工具约定" },
    ]);
    expect(p.auditorYearMaxDays).toEqual({ days: 180, clause: "001 3.9" });
    expect(p.suspensionReasons.clause).toBe("001 7.2.1");
    expect(p.suspensionReasons.items[2]!.text).toBe("受到与合规相关的行政处罚，且尚未完成整改");
  });

  test("rule numbers that differ by body are in each profile with their clause", () => {
    expect(getProfile("HG-HY").auditorYearMaxDays).toEqual({ days: 180, clause: "004 3.9" });
    // 003 sets no yearly ceiling for auditors.
    expect(getProfile("SR-GGBZ").auditorYearMaxDays).toBeUndefined();
    expect(getProfile("HG-HY").suspensionReasons.clause).toBe("004 7.2.1");
    expect(getProfile("SR-GGBZ").suspensionReasons.clause).toBe("003 7.3.1");
    for (const p of listProfiles()) {
      expect(p.suspensionReasons.items.map((r) => r.n)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
      expect(p.suspensionReasons.items.at(-1)!.text).toMatch(/^其他应暂停/);
    }
    expect(getProfile("SR-GGBZ").suspensionReasons.items[2]!.text).toBe("受到与安全生产相关的行政处罚");
  });

  test("every field a profile file holds is read by the code: no certNo block, the person-day hours shown", () => {
    for (const p of listProfiles()) expect(Object.keys(p)).not.toContain("certNo");
    const withCertNo = { ...getProfile("HG-HY"), certNo: { clause: "001 附录C" } };
    const r = attempt(() => loadProfile(withCertNo, "test.json"));
    expect(!r.ok && r.problem).toMatchObject({ code: "profile.invalid", params: { source: "test.json" } });
    expect(!r.ok && r.problem.params.issue).toContain("certNo");
  });

  test("SR-GGBZ: linear 003 A.1 with stage-1 and re-certification columns, no risk, remote ≤ 30 %", () => {
    const p = getProfile("SR-GGBZ");
    expect(p.scheme.code).toBe("SR");
    expect(p.table.shape).toBe("linear");
    expect(p.table.start).toMatchObject({ employees: 1, days: 1.5, stage1: 1, recert: 1.5 });
    expect(p.table.rows[0]).toEqual({ upTo: 10, days: 2, stage1: 1, recert: 1.5 });
    expect(p.table.rows[11]).toEqual({ upTo: 1175, days: 13, stage1: 2, recert: 12 });
    expect(p.table.rows[20]).toEqual({ upTo: 10700, days: 22, stage1: 2, recert: 21 });
    expect(p.table.unusedColumns.map((c) => c.column)).toEqual(["D"]);
    expect(p.risk.use).toBe("none");
    expect(p.remote).toEqual({ pct: 30, rounding: "downToHalf", clause: "003 5.4.5.3" });
    expect(p.dates.surveillance).toMatchObject({
      from: "decision",
      maxGapMonths: 15,
      oncePerCalendarYear: true,
    });
    expect(p.dates.ncVerification.recertification).toEqual({
      kind: "monthsAfterAudit",
      months: 1,
      clause: "003 5.10.3(3)",
    });
  });
});
