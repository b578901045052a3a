/**
 * Friendly register → CNCA 2016 upload sheets (core/convert): every mapping rule on a small
 * register built here — labels to CNCA's codes, stage pairs merged, derived items 31/32/36/48/64,
 * team stage by the member's dates, separators, copied CNCA columns, and each note with its cell.
 */
import { convertToCnca, type Conversion, type OutValue } from "../../../core/convert/to-cnca";
import { getLayout } from "../../../core/validation/layouts";
import type { CellValue, SheetGrid } from "../../../core/validation/sheet";
import { templateColumns } from "../../../core/validation/specs";

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A friendly sheet from rows keyed by header; extra headers are appended after the spec's. */
function sheet(
  name: string,
  type: "monthly" | "team",
  rows: Record<string, CellValue>[],
  extra: string[] = [],
): SheetGrid {
  const headers = [...templateColumns(type).map((c) => c.header), ...extra];
  return { name, cells: [headers, ...rows.map((row) => headers.map((h) => row[h] ?? null))] };
}

const ORG = {
  组织名称: "杭州示例科技有限公司",
  统一社会信用代码: "91330106MA2B3C4D5E",
  所属行业: "6510",
  国家和地区代码: "156",
  行政区划代码: "330106",
  通讯地址: "浙江省杭州市西湖区文三路1号;浙江省杭州市西湖区文三路2号",
  联系电话: "0571-88886666",
  法定代表人: "王明",
  "组织员工数（有效人数）": 60,
  "注册资本（万元）": 500,
  多现场: "否",
  覆盖范围: "软件开发所涉及的合规管理活动",
};

/** The initial audit of 081226HG00017R000: its stage 1 and stage 2 rows share the certificate's fields. */
const HG17 = {
  ...ORG,
  认证项目: "合规管理体系",
  风险系数: "中",
  业务范围代码: "33.02;29.07",
  认可标识: "01",
  证书号: "081226HG00017R000",
  子证情况: "主证书",
  颁证日期: day("2026-10-20"),
  证书截止日期: day("2029-10-19"),
  "37、认证决定人员名单": "周明;吴芳",
  结合审核类型: "02 两个体系结合",
};

const MONTHLY = sheet(
  "获证组织基本信息月报",
  "monthly",
  [
    {
      ...HG17,
      认证审核活动类别: "0101 初次认证第一阶段",
      审核开始日期: day("2026-10-08"),
      审核结束日期: day("2026-10-08"),
      审核人日数: 1,
      证书状态: "有效",
    },
    {
      ...HG17,
      认证审核活动类别: "0102",
      审核开始日期: day("2026-10-15"),
      审核结束日期: day("2026-10-16"),
      审核人日数: 3.5,
      证书状态: "01",
    },
    {
      ...ORG,
      组织名称: "宁波示例物流有限公司",
      统一社会信用代码: "91330203MA2B3C4D5F",
      所属行业: "交通运输、仓储和邮政业",
      认证项目: "社会责任管理体系",
      认证审核活动类别: "第二次监督审核",
      审核开始日期: day("2026-10-21"),
      审核结束日期: day("2026-10-21"),
      审核人日数: 1.5,
      业务范围代码: "31.01",
      认可标识: "00",
      证书号: "081224SR00005R101-1",
      子证情况: "子证书",
      颁证日期: day("2024-03-01"),
      证书截止日期: day("2027-02-28"),
      证书状态: "02 暂停",
      换证: "否",
    },
    {
      ...ORG,
      组织名称: "温州示例制造有限公司",
      统一社会信用代码: "91330302MA2B3C4D5G",
      认证项目: "合规管理体系",
      认证审核活动类别: "03",
      审核开始日期: day("2026-10-22"),
      审核结束日期: day("2026-10-22"),
      审核人日数: 2,
      业务范围代码: "17.10",
      认可标识: "01;07",
      证书号: "081225HG00009R000",
      子证情况: "主证书",
      颁证日期: day("2025-06-01"),
      证书截止日期: day("2028-05-31"),
      证书状态: "有效",
    },
    {
      ...ORG,
      组织名称: "温州示例贸易有限公司",
      统一社会信用代码: "91330302MA2B3C4D5H",
      认证项目: "合规管理体系",
      认证审核活动类别: "04 变更",
      变更类别: "组织更名",
      业务范围代码: "29.07",
      证书号: "081225HG00010R000",
      子证情况: "主证书",
      颁证日期: day("2025-06-01"),
      证书截止日期: day("2028-05-31"),
      证书状态: "有效",
    },
  ],
  ["37、认证决定人员名单", "结合审核类型"],
);

const member = (
  name: string,
  idNo: string,
  role: string,
  qualification: string,
  from: string,
  to: string,
) => ({
  证书号: "081226HG00017R000",
  姓名: name,
  身份证件号码: idNo,
  资格类型: qualification,
  审核组成员角色: role,
  专职: role === "组长" ? "是" : "否",
  专业代码: name === "李强" ? "29.07" : "38",
  审核日期起: day(from),
  审核日期止: day(to),
});

const TEAM = sheet(
  "审核组成员",
  "team",
  [
    member("李强", "11010519491231002X", "组长", "高级审核员", "2026-10-08", "2026-10-08"),
    member("李强", "11010519491231002X", "组长", "高级审核员", "2026-10-15", "2026-10-16"),
    member("张敏", "330106198803151237", "实习审核员", "实习审核员", "2026-10-15", "2026-10-16"),
    {
      ...member("赵六", "330106198803151237", "组员", "审核员", "2026-10-01", "2026-10-01"),
      证书号: "081299HG00001R000",
    },
  ],
  ["11、审核组成员资质注册号"],
);

let conversion: Conversion;
beforeAll(() => {
  conversion = convertToCnca([MONTHLY, TEAM], "cnca-2016", { cbApproval: "CNCA-R-2021-812" });
});

const layout = getLayout("cnca-2016")!;
const sheetOf = (role: string) => layout.sheets.find((s) => s.role === role)!;

/** Row `i` of the converted sheet of `role`, keyed by field code. */
function record(role: string, i: number): Record<string, OutValue> {
  const s = sheetOf(role);
  const converted = conversion.sheets.find((c) => c.plan.name === s.name)!;
  const row = converted.rows[i]!;
  return Object.fromEntries(s.columns.map((c, k) => [c.code, row[k] ?? null]));
}

const rowsOf = (role: string) => conversion.sheets.find((c) => c.plan.name === sheetOf(role).name)!.rows;

describe("证书信息表", () => {
  test("the two stage rows of one initial audit become one row: dates spanned, person-days summed", () => {
    expect(rowsOf("certificates")).toHaveLength(4);
    expect(record("certificates", 0)).toMatchObject({
      RZJG_ID: "CNCA-R-2021-812",
      CERT_NUMBER: "081226HG00017R000",
      APPR_AC_CODE: "01",
      APPR_S_DATE: "2026-10-08",
      APPR_E_DATE: "2026-10-16",
      CHK_PD_NUM: 4.5,
      A_AUTH_TIMES: 0,
      SUSE_TIMES: 0,
      REPORT_TYPE: "01",
      FIRST_CERT_DATE: "2026-10-20",
      AWARD_DATE: "2026-10-20",
      CERTI_E_DATE: "2029-10-19",
      CERTI_STATUS: "01",
    });
  });

  test("labels become CNCA's codes; several values are joined by the full-width ；", () => {
    expect(record("certificates", 0)).toMatchObject({
      ORG_CODE: "91330106MA2B3C4D5E",
      BEL_INDUSTRY: "6510",
      ORG_ADDRESS: "浙江省杭州市西湖区文三路1号；浙江省杭州市西湖区文三路2号",
      BUSI_SCOP_CODE: "33.02；29.07",
      IS_MULTI_SCENE: "0",
      IS_C_CERTI: "0",
      M_CERTI_NUM: null,
      ACC_SYMBOL: "01",
      RISK_PARAM: "02",
      ORG_REG_ASSETS: 500,
      REG_ASSETS_CURR: "01",
      RELA_PEOP_NUM: 60,
      AUTH_PROJ_CODEDEC: "合规管理体系",
    });
  });

  test("columns headed with a CNCA header are copied: text with ；, codes from 'code label'", () => {
    expect(record("certificates", 0)).toMatchObject({ CHK_P_LIST: "周明；吴芳", IS_COMB: "02" });
  });

  test("a sub-certificate's surveillance: 32 from 0302, 31 from R1, 48 the main number, 暂停 → 05", () => {
    expect(record("certificates", 1)).toMatchObject({
      APPR_AC_CODE: "03",
      SUSE_TIMES: 2,
      A_AUTH_TIMES: 1,
      IS_C_CERTI: "1",
      M_CERTI_NUM: "081224SR00005R101",
      CERTI_STATUS: "02",
      REPORT_TYPE: "05",
      IS_CHG_CERTI: "0",
      ACC_SYMBOL: null, // 00 无: no mark, a blank cell
      FIRST_CERT_DATE: null,
      IS_COMB: "01",
    });
  });

  test("KAB or 其他 marks have only CNCA's 99; a bare 03 leaves 32 blank with a note on its row", () => {
    expect(record("certificates", 2)).toMatchObject({
      ACC_SYMBOL: "01；99",
      SUSE_TIMES: null,
      REPORT_TYPE: "03",
    });
    const note = conversion.notes.find((n) => n.id === "CONVERT-SURVEILLANCE-NUMBER");
    expect(note).toMatchObject({ sheet: "获证组织基本信息月报", row: 5, severity: "warning" });
  });

  test("变更 is CNCA's 05: no audit dates or person-days, 上报类型 04, 变更类别 by its label", () => {
    expect(record("certificates", 3)).toMatchObject({
      APPR_AC_CODE: "05",
      APPR_S_DATE: null,
      CHK_PD_NUM: null,
      REPORT_TYPE: "04",
      CHG_TYP_CODE: "0101",
    });
  });

  test("a value outside the code table is left out with a note naming it and the item", () => {
    expect(record("certificates", 1).BEL_INDUSTRY).toBeNull();
    const note = conversion.notes.find(
      (n) => n.id === "CONVERT-NO-CODE" && n.params.value === "交通运输、仓储和邮政业",
    );
    expect(note).toMatchObject({ sheet: "证书信息表", cell: "I8", clause: "CNCA 模版 证书信息表 第 7 项" });
    expect(note!.message).toContain("国民经济行业分类代码");
  });
});

describe("审核结果信息表", () => {
  test("each member's stage from the audit their dates fall in; codes for role, qualification, yes/no", () => {
    expect(rowsOf("team")).toHaveLength(4);
    expect(record("team", 0)).toMatchObject({
      RZJG_ID: "CNCA-R-2021-812",
      APPR_STAGE: "0101",
      APPR_S_DATE: "2026-10-08 00:00:00",
      APPR_E_DATE: "2026-10-08 00:00:00",
      IDENTITY_CODE: "01",
      APPR_M_ROLE: "01",
      QUA_CODE: "01",
      IS_SPECIAL: "1",
      IS_PROF_M: "1", // 29.07 shares major category 29 with the audit's scope
    });
    expect(record("team", 1)).toMatchObject({ APPR_STAGE: "0102", APPR_E_DATE: "2026-10-16 00:00:00" });
    // A trainee is a team member (02) whose qualification says trainee (03); 38 is not in 33/29.
    expect(record("team", 2)).toMatchObject({
      APPR_M_ROLE: "02",
      QUA_CODE: "03",
      IS_PROF_M: "0",
      IS_SPECIAL: "0",
    });
  });

  test("a member whose certificate has no audit in the register: stage left blank, noted", () => {
    expect(record("team", 3).APPR_STAGE).toBeNull();
    expect(conversion.notes.find((n) => n.id === "CONVERT-NO-AUDIT")).toMatchObject({
      sheet: "审核组成员",
      row: 5,
      params: { certNo: "081299HG00001R000" },
    });
  });
});

describe("notes and options", () => {
  test("fields CNCA requires that the register lacks are named once each, with the rows left blank", () => {
    const missing = conversion.notes.filter((n) => n.id === "CONVERT-FIELD-MISSING");
    const byCode = Object.fromEntries(missing.map((n) => [n.params.code, n.params.count]));
    expect(byCode).toMatchObject({ APP_ASS_DATE: 4, INVOICE_NUM: 4, FIRST_CERT_DATE: 3 });
    // 37 is copied from its column where the rows have it; the three rows without are counted.
    expect(byCode.CHK_P_LIST).toBeUndefined();
    const blank = conversion.notes.filter((n) => n.id === "CONVERT-FIELD-BLANK");
    expect(blank.map((n) => [n.sheet, n.cell, n.params.column, n.params.count])).toEqual([
      ["证书信息表", "AM8", "37、认证决定人员名单", 3],
      ["审核结果信息表", "M8", "11、审核组成员资质注册号", 4],
    ]);
  });

  test("without --cb / --branch: item 1 blank with a note naming the option", () => {
    const bare = convertToCnca([MONTHLY], "cnca-2016");
    const notes = bare.notes.filter((n) => n.id === "CONVERT-OPTION-MISSING");
    expect(notes.map((n) => n.params.option)).toEqual(["--cb", "--branch"]);
    expect(notes[0]).toMatchObject({
      sheet: "证书信息表",
      cell: "C8",
      clause: "CNCA 模版 证书信息表 第 1 项",
    });
  });

  test("取数日期 from the options; the other sheets of the layout are written empty", () => {
    const withFetch = convertToCnca([MONTHLY], "cnca-2016", {
      fetchFrom: "2026-10-01",
      fetchTo: "2026-10-31",
    });
    const row = withFetch.sheets.find((s) => s.plan.name === "证书信息表")!.rows[0]!;
    expect(row.slice(-2)).toEqual(["2026-10-01", "2026-10-31"]);
    expect(withFetch.sheets.map((s) => [s.plan.name, s.rows.length])).toEqual([
      ["审核计划信息表", 0],
      ["证书信息表", 4],
      ["审核结果信息表", 0],
      ["能源绩效信息表", 0],
    ]);
  });

  test("a workbook without a friendly report: nothing converted, CONVERT-NO-SOURCE", () => {
    const none = convertToCnca([{ name: "Sheet1", cells: [["随便"], ["什么"]] }], "cnca-2016");
    expect(none.sources).toEqual([]);
    expect(none.notes.map((n) => n.id)).toEqual(["CONVERT-NO-SOURCE"]);
  });
});
