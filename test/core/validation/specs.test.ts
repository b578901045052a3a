import {
  columnListItems,
  getSpec,
  headerText,
  listItems,
  REPORT_SPECS,
  REPORT_TYPES,
  rowSchema,
  templateColumns,
  readReport,
} from "../../../core/validation";
import { AUDITOR_ROW, grid, MONTHLY_ROW } from "./fixtures";

/** DOMAIN §9: the exact CNCA headers in order, `*` marking the required ones. */
const LAYOUTS: Record<string, string> = {
  monthly:
    "组织名称*, 英文名称, 组织原名, 统一社会信用代码*, 所属行业, 国家和地区代码*, 行政区划代码*, 通讯地址*, 邮编, 联系电话, 传真, 法定代表人*, 性质代码, 注册资本（万元）, 组织员工数（有效人数）*, 认证项目*, 认证审核活动类别*, 变更类别, 审核开始日期*, 审核结束日期*, 审核人日数*, 风险系数, 业务范围代码*, 换证, 换证原因, 原获认证情况, 认可标识, 证书号*, 子证情况, 多现场, 覆盖范围*, 颁证日期*, 证书截止日期*, 证书状态*",
  team: "证书号*, 姓名*, 身份证件号码*, 资格类型*, 审核组成员角色*, 专职*, 专业代码, 审核日期起, 审核日期止",
  failed:
    "组织名称*, 统一社会信用代码*, 地址*, 法定代表人, 联系电话, 认证标准代码*, 业务范围代码*, 审核类型*, 审核开始日期*, 审核结束日期*, 未通过原因*",
  status:
    "证书号*, 组织名称*, 颁证日期*, 证书截止日期*, 证书状态*, 变更日期*, 变更类别, 变更时所处的审核活动期间, 暂停原因, 暂停开始日期, 暂停截止日期, 撤销原因, 撤销日期, 换证原因, 换证日期, 上报日期",
  register:
    "证书号*, 组织名称*, 认证项目*, 业务范围代码*, 行政区划代码*, 颁证日期*, 证书截止日期*, 证书状态*, 状态变更日期, 子证情况",
  auditors:
    "姓名*, 性别*, 出生年月*, 学历*, 毕业院校, 在职状况*, 居住地区, 身份证件号码*, 认证领域代码*, 所学专业, 职称, 评定专业代码, 本年度总审核人日数*, 该领域审核人日数*, 负责工作, 聘用日期*, 解聘日期",
};

describe("report specs (DOMAIN §9)", () => {
  test.each(REPORT_TYPES.map((t) => [t]))("%s: template headers, order and required flags", (type) => {
    expect(
      templateColumns(type)
        .map((c) => headerText(c, { markRequired: true }))
        .join(", "),
    ).toBe(LAYOUTS[type]);
  });

  test("enumerated lists carry CNCA codes and labels, written as template dropdown items", () => {
    const activity = getSpec("monthly").columns.find((c) => c.key === "activity");
    expect(activity && columnListItems(activity)).toEqual(
      expect.arrayContaining([
        "0101 初次认证第一阶段",
        "0102 初次认证第二阶段",
        "01 初次认证",
        "02 再认证",
        "03 监督审核",
        "0301 第一次监督审核",
        "04 变更",
        "99 其他",
        "特殊审核",
        "认证转换",
      ]),
    );
    const accreditation = getSpec("monthly").columns.find((c) => c.key === "accreditation")?.enum;
    expect(accreditation && listItems(accreditation)).toEqual([
      "00 无",
      "01 CNAS",
      "02 UKAS",
      "03 JAS-ANZ",
      "04 ANAB",
      "05 RvA",
      "06 JAB",
      "07 KAB",
      "08 其他",
    ]);
    const status = getSpec("register").columns.find((c) => c.key === "certStatus")?.enum;
    expect(status && listItems(status)).toEqual(["01 有效", "02 暂停", "03 撤销", "04 注销"]);
    const method = getSpec("monthly").columns.find((c) => c.key === "auditMethod")?.enum;
    expect(method && listItems(method)).toEqual(["FS01 现场", "FS02 远程", "FS03 现场+远程"]);
    const country = getSpec("monthly").columns.find((c) => c.key === "country")?.enum;
    expect(country && listItems(country)).toEqual(["156 中国"]);
  });

  test("codes, IDs and enumerations are text in templates (leading zeros survive), dates are dates", () => {
    const byKey = new Map(getSpec("monthly").columns.map((c) => [c.key, c]));
    for (const key of ["division", "postcode", "uscc", "certNo", "activity", "scope", "accreditation"])
      expect(byKey.get(key)?.numberFormat).toBe("@");
    expect(byKey.get("issueDate")?.numberFormat).toBe("yyyy-mm-dd");
    expect(byKey.get("auditDays")?.format).toBe("number");
  });

  test("no synonym belongs to two columns of one report", () => {
    for (const spec of Object.values(REPORT_SPECS)) {
      const owner = new Map<string, string>();
      for (const c of spec.columns)
        for (const s of c.synonyms) {
          expect([spec.type, s, owner.get(s)]).toEqual([spec.type, s, undefined]);
          owner.set(s, c.key);
        }
    }
  });

  test("a parsed clean row satisfies its report's zod row schema; a bad one does not", () => {
    const rows = readReport(grid("monthly", [MONTHLY_ROW])).rows;
    expect(rows[0]).toMatchObject({
      row: 2,
      uscc: "91310115MA1FL7Q289",
      activity: "01",
      scope: ["03.01.02"],
      accreditation: ["01"],
      employees: 180,
      certStatus: "01",
    });
    expect(rowSchema("monthly").safeParse(rows[0]).success).toBe(true);
    const auditors = readReport(grid("auditors", [AUDITOR_ROW])).rows;
    expect(rowSchema("auditors").safeParse(auditors[0]).success).toBe(true);
    expect(rowSchema("monthly").safeParse({ ...rows[0], activity: "05" }).success).toBe(false);
    expect(rowSchema("monthly").safeParse({ ...rows[0], employees: 0 }).success).toBe(false);
  });
});
