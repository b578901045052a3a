/**
 * The CERT custom functions (DOMAIN §11). Each is a top-level function whose JSDoc
 * CustomFunctionsMetadataPlugin turns into functions.json (and whose loader appends the
 * CustomFunctions.associate call); each is a thin wrapper over ONE core call, run per cell by the
 * adapter. Every parameter is declared `unknown[][]` so Excel passes single values and ranges alike
 * (matrix dimensionality); results are matrices of the same shape. Dates are Excel serial numbers
 * in and out. Optional parameters arrive as null; their defaults are the core's, named in the help.
 *
 * Keep addin/functions/functions-zh-cn.json in step (a test compares the two).
 */
import {
  auditDays,
  type AuditDaysInput,
  combinedMinimumOfCells,
  onsiteMinimum,
  renderRecord,
  riskLabel,
  riskOfScope,
  siteMinimum,
  makeCertNo,
  parseCertNo,
  addWorkdays,
  deadline,
  type EpochDay,
  latestExpiryFor,
  surveillanceDueFor,
  toDate,
  toExcelSerial,
  toIso,
  checkIdCard,
  checkUscc,
  type IdCheck,
  isBlank,
  toNumber,
  InputError,
  sampleSites,
} from "../../core";
import { holidayCalendar } from "./holidays";
import { CellProblem, perCell, perRow } from "./adapter";

/** Dates are read as DOMAIN §9.1 accepts them (Excel serials, 2026-01-15, 2026/1/15, 2026年1月15日, 20260115). */
const DATE_CLAUSE = "本工具约定";

/** The arguments AUDITDAYS and EXPLAIN share; `auditType` is the field's name in messages (审核类型). */
type AuditArgs = Record<"employees" | "risk" | "auditType" | "adjustPct" | "profile", unknown>;

/**
 * adjustPct is in percent points (-10 = −10 %, DOMAIN §3.3). A cell formatted as a percentage hands
 * over -10% as the number -0.1, which would silently become a 0.1 % reduction; a number strictly
 * between -1 and 1 (other than 0) is therefore refused with a message saying how to enter it.
 */
function percentPoints(value: unknown): unknown {
  if (typeof value === "number" && value !== 0 && Math.abs(value) < 1)
    throw new CellProblem("adjustFraction", { value });
  return value;
}

/** One cell's arguments as the core's input, so EXPLAIN records exactly what AUDITDAYS computes. */
function auditInput(v: AuditArgs): AuditDaysInput {
  return {
    employees: v.employees,
    risk: v.risk,
    type: v.auditType,
    adjustPct: percentPoints(v.adjustPct),
    profile: v.profile,
  };
}

/** Excel serial numbers Excel shows as dates: 1900-03-01 (61) to 9999-12-31 (2958465). */
const EXCEL_FIRST_SERIAL = 61;
const EXCEL_LAST_SERIAL = 2958465;

/** A date result as an Excel serial; a day Excel cannot show is an error, never a #### cell. */
function excelDate(day: EpochDay): number {
  const serial = toExcelSerial(day);
  if (serial < EXCEL_FIRST_SERIAL || serial > EXCEL_LAST_SERIAL)
    throw new CellProblem("dateOutOfRange", { date: toIso(day) });
  return serial;
}

/** Problems that mean there is no code to check at all: shown as #VALUE!, not as FALSE (DOMAIN §8). */
const UNCHECKABLE = /\.(blank|notText|storedAsNumber)$/;

/** TRUE / FALSE for a code that could be checked; a blank, non-text or number-stored cell says why not. */
function verdict(check: IdCheck): boolean {
  const unreadable = check.problems.find((p) => UNCHECKABLE.test(p.code));
  if (unreadable) throw new InputError(unreadable);
  return check.valid;
}

/**
 * 计算审核人日数：按有效人数查规则表，再按风险和书面调整增减，调整到最接近的半人日。
 * @customfunction AUDITDAYS
 * @param employees 有效人数（可含换算后的兼职、临时人员，可为小数）；可为单个值或一列区域
 * @param risk 风险等级：高/中/低、high/medium/low、H/M/L，或业务范围代码（如 03.01.02，按大类取默认风险）；HG-ZGLY、SR-GGBZ 不按风险调整，可留空
 * @param type 审核类型（必填）：初次/一阶段/二阶段/监督/再认证（或 initial/stage1/stage2/surveillance/recertification）；一阶段/二阶段仅 SR-GGBZ
 * @param adjustPct [可选] 书面记录的调整，按百分点填写：-10 表示减少 10%（勿用百分比格式单元格：-10% 存为 -0.1，会返回 #VALUE!）；缺省为 0。风险与调整合计减少不得超过 30%
 * @param profile [可选] 规则配置：HG-HY（缺省）、HG-ZGLY、SR-GGBZ
 * @returns 审核人日数
 */
export function AUDITDAYS(
  employees: unknown[][],
  risk: unknown[][],
  type: unknown[][],
  adjustPct?: unknown[][],
  profile?: unknown[][],
): unknown[][] {
  return perCell(
    { employees, risk, auditType: type, adjustPct, profile },
    (v) => auditDays(auditInput(v), { record: false }).days,
  );
}

/**
 * 现场审核时间的最低值：不少于审核时间的 80%，调整到最接近的半人日（004 5.4.2.3）。
 * @customfunction ONSITEDAYS
 * @param days 已确定的审核人日数；可为单个值或区域
 * @returns 现场审核最少人日数
 */
export function ONSITEDAYS(days: unknown[][]): unknown[][] {
  return perCell({ days }, (v) => onsiteMinimum(v.days).days);
}

/**
 * 多场所抽样时单个场所的最少审核时间：不少于按该场所有效人数所得现场审核时间的 50%（004 5.4.3.5）。
 * @customfunction SITEDAYS
 * @param siteEmployees 该场所的有效人数
 * @param risk 风险等级：高/中/低，或业务范围代码；HG-ZGLY、SR-GGBZ 不按风险调整，可留空
 * @param type 审核类型（必填）：初次/监督/再认证等
 * @param profile [可选] 规则配置：HG-HY（缺省）、HG-ZGLY、SR-GGBZ
 * @returns 该场所最少审核人日数
 */
export function SITEDAYS(
  siteEmployees: unknown[][],
  risk: unknown[][],
  type: unknown[][],
  profile?: unknown[][],
): unknown[][] {
  return perCell(
    { siteEmployees, risk, auditType: type, profile },
    (v) =>
      siteMinimum({
        siteEmployees: v.siteEmployees,
        risk: v.risk,
        type: v.auditType,
        profile: v.profile,
      }).days,
  );
}

/**
 * 结合审核的最少审核时间：不少于各体系单独审核时间之和的 80%（004 5.4.2.4）。
 * @customfunction COMBINEDDAYS
 * @param days 各体系单独审核的人日数：人日数1, 人日数2, …（每个可为单个值或同样大小的区域）
 * @returns 结合审核最少人日数
 */
export function COMBINEDDAYS(days: unknown[][][]): unknown[][] {
  // An omitted argument (null) is a system not given; a blank cell inside a given range is a missing
  // time, an error — leaving it out would grant the 80 % of a combined audit to a single system.
  const args = Object.fromEntries(
    (days ?? []).flatMap((arg, i) => (arg === null || arg === undefined ? [] : [[`days${i + 1}`, arg]])),
  );
  return perCell(args, (v) => combinedMinimumOfCells(Object.values(v)).days);
}

/**
 * 审核时间的计算过程（计算记录文字），与 AUDITDAYS 使用相同的参数和步骤。
 * @customfunction EXPLAIN
 * @param employees 有效人数
 * @param risk 风险等级：高/中/低、high/medium/low、H/M/L，或业务范围代码；HG-ZGLY、SR-GGBZ 不按风险调整，可留空
 * @param type 审核类型（必填）：初次/一阶段/二阶段/监督/再认证
 * @param adjustPct [可选] 书面记录的调整，按百分点填写：-10 表示减少 10%（勿用百分比格式单元格：-10% 存为 -0.1，会返回 #VALUE!）；缺省为 0。风险与调整合计减少不得超过 30%
 * @param profile [可选] 规则配置：HG-HY（缺省）、HG-ZGLY、SR-GGBZ
 * @returns 计算记录，如「有效人数 180 → 附录B 176–275 人 → 9 人日；高风险 +10% → …」
 */
export function EXPLAIN(
  employees: unknown[][],
  risk: unknown[][],
  type: unknown[][],
  adjustPct?: unknown[][],
  profile?: unknown[][],
): unknown[][] {
  return perCell({ employees, risk, auditType: type, adjustPct, profile }, (v) =>
    renderRecord(auditDays(auditInput(v)).steps),
  );
}

/**
 * 业务范围代码所属大类的默认风险等级（004 表A.2；未列出的大类为中）。
 * @customfunction RISK
 * @param scopeCode 业务范围代码，如 03 或 03.01.02（请以文本输入以保留前导 0）
 * @param profile [可选] 规则配置：HG-HY（缺省）、HG-ZGLY、SR-GGBZ
 * @returns 高、中或低
 */
export function RISK(scopeCode: unknown[][], profile?: unknown[][]): unknown[][] {
  return perCell({ scopeCode, profile }, (v) => riskLabel(riskOfScope(v.scopeCode, v.profile).level));
}

/**
 * 多场所抽样数：相似场所初次 ⌈√X⌉、监督 ⌈0.6√X⌉、再认证 ⌈0.8√X⌉；不相似场所不抽样（004 5.4.3）。
 * @customfunction SAMPLESITES
 * @param sites 场所数 X（不少于 1 的整数）
 * @param type 审核类型：初次/监督/再认证
 * @param similar [可选] 是否为相似场所：TRUE（缺省）或 FALSE
 * @returns 应审核的场所数
 */
export function SAMPLESITES(sites: unknown[][], type: unknown[][], similar?: unknown[][]): unknown[][] {
  return perCell(
    { sites, auditType: type, similar },
    (v) => sampleSites({ sites: v.sites, type: v.auditType, similar: v.similar }, { record: false }).sites,
  );
}

/**
 * 编制证书号 CCCCYYSSNNNNNR<c>AA[-n]，如 081226HG00017R000（001 附录C）。
 * @customfunction CERTNO
 * @param cbCode 认证机构批准号（如 CNCA-R-2021-812）或其后 4 位代码（0812）
 * @param year 颁证年份，如 2026
 * @param seq 该机构该认证项目当年的流水号，如 17
 * @param cycle [可选] 认证周期：0 初次认证（缺省），1 第一次再认证，…
 * @param accreditation [可选] 认可标识代码：00 未认可（缺省），01 CNAS，…
 * @param sub [可选] 多场所子证书序号，如 1；缺省为主证书
 * @param scheme [可选] 认证项目简称：HG（缺省）、SR 等
 * @returns 证书号
 */
export function CERTNO(
  cbCode: unknown[][],
  year: unknown[][],
  seq: unknown[][],
  cycle?: unknown[][],
  accreditation?: unknown[][],
  sub?: unknown[][],
  scheme?: unknown[][],
): unknown[][] {
  return perCell({ cbCode, year, seq, cycle, accreditation, sub, scheme }, (v) => makeCertNo(v));
}

/**
 * 拆分证书号，返回一行 7 格：机构代码、颁证年份、认证项目、流水号、认证周期、认可标识、子证书序号（无则为空）。
 * @customfunction CERTPARSE
 * @param certNo 证书号，如 081226HG00017R000-1；可为一列区域（每个证书号返回一行）
 * @returns 机构代码、年份、认证项目、流水号、周期、认可标识、子证书序号
 */
export function CERTPARSE(certNo: unknown[][]): unknown[][] {
  return perRow("certNo", certNo, 7, (value) => {
    const p = parseCertNo(value);
    return [p.cbCode, p.year, p.scheme, p.seq, p.cycle, p.accreditation, p.sub ?? ""];
  });
}

/**
 * 证书最晚截止日期：颁证日期 + 3 年 − 1 天；再认证证书还不晚于上一周期截止日期 + 3 年（004 6.2.1、6.2.3）。
 * @customfunction CERTEXPIRY
 * @param issueDate 颁证日期（Excel 日期或 2026-01-15 等文本）
 * @param previousExpiry [可选] 再认证时上一周期证书的截止日期
 * @returns 最晚截止日期（Excel 日期序号，请设置单元格为日期格式）
 */
export function CERTEXPIRY(issueDate: unknown[][], previousExpiry?: unknown[][]): unknown[][] {
  return perCell({ issueDate, previousExpiry }, (v) => {
    const previous = isBlank(v.previousExpiry)
      ? undefined
      : toDate(v.previousExpiry, "previousExpiry", DATE_CLAUSE);
    return excelDate(latestExpiryFor(toDate(v.issueDate, "issueDate", DATE_CLAUSE), previous).date);
  });
}

/**
 * 第 n 次监督审核的最晚日期（按规则配置的监督间隔）。
 * @customfunction SURVDUE
 * @param date 起算日期：颁证日期（HG 规则）或认证决定日期（SR-GGBZ）
 * @param n 第几次监督审核：1、2、…
 * @param profile [可选] 规则配置：HG-HY（缺省）、HG-ZGLY、SR-GGBZ
 * @returns 最晚日期（Excel 日期序号）
 */
export function SURVDUE(date: unknown[][], n: unknown[][], profile?: unknown[][]): unknown[][] {
  return perCell({ fromDate: date, n, profile }, (v) =>
    excelDate(
      surveillanceDueFor(toDate(v.fromDate, "fromDate", DATE_CLAUSE), v.n, v.profile, { record: false }).date,
    ),
  );
}

/**
 * 按国务院节假日安排（含调休上班日）推算工作日，同 Excel 的 WORKDAY。
 * @customfunction WORKDAY
 * @param date 起始日期
 * @param days 工作日数：正数向后、负数向前、0 为当天
 * @param holidays [可选] 节假日表区域：两列（日期、类型 休/班，可有第三列名称、可含表头），补充节假日数据未覆盖的年份（如工作表「节假日安排」的 A:B 列）
 * @returns 推算出的日期（Excel 日期序号）；节假日数据和节假日表都未覆盖的年份返回 #N/A
 */
export function WORKDAY(date: unknown[][], days: unknown[][], holidays?: unknown[][]): unknown[][] {
  const calendar = holidayCalendar(holidays);
  if (!("calendar" in calendar)) return [[calendar.error]];
  return perCell({ startDate: date, workdays: days }, (v) =>
    excelDate(
      addWorkdays(
        toDate(v.startDate, "startDate", DATE_CLAUSE),
        toNumber(v.workdays, "workdays", "本工具约定"),
        calendar.calendar,
      ),
    ),
  );
}

/**
 * 上报期限（000 4.3、004 9）：monthly 获证组织月报、cnas-monthly、result 认证结果、status 证书状态变更（2 个工作日）、plan 审核计划、major 重大事项、annual 年度统计、auditors 审核员年报。
 * @customfunction DEADLINE
 * @param eventDate 事件日期（颁证、状态变更生效、审核开始等）
 * @param kind 报送类型：monthly、cnas-monthly、result、status、plan、major、annual、auditors
 * @param holidays [可选] 节假日表区域：两列（日期、类型 休/班，可有第三列名称、可含表头），补充节假日数据未覆盖的年份
 * @returns 最晚上报日期（Excel 日期序号）
 */
export function DEADLINE(eventDate: unknown[][], kind: unknown[][], holidays?: unknown[][]): unknown[][] {
  const calendar = holidayCalendar(holidays);
  if (!("calendar" in calendar)) return [[calendar.error]];
  const options = { calendar: calendar.calendar, record: false };
  return perCell({ eventDate, kind }, (v) =>
    excelDate(deadline(toDate(v.eventDate, "eventDate", DATE_CLAUSE), v.kind, options).due),
  );
}

/**
 * 统一社会信用代码是否有效（GB 32100-2015 校验码；自动去除空格、全角字符）。
 * @customfunction USCC
 * @param code 统一社会信用代码（18 位，请以文本输入；空白或以数字保存时返回 #VALUE! 并说明原因）
 * @returns TRUE 或 FALSE
 */
export function USCC(code: unknown[][]): unknown[][] {
  return perCell({ code }, (v) => verdict(checkUscc(v.code)));
}

/**
 * 居民身份证号码是否有效（GB 11643-1999：出生日期、校验码；港澳台居民居住证、外国人永久居留身份证同样适用）。
 * @customfunction IDCARD
 * @param code 身份证号码（18 位，请以文本输入；数字格式会丢失位数，空白或以数字保存时返回 #VALUE! 并说明原因）
 * @returns TRUE 或 FALSE
 */
export function IDCARD(code: unknown[][]): unknown[][] {
  return perCell({ code }, (v) => verdict(checkIdCard(v.code)));
}
