/**
 * Wording of the CNCA-layout checks (issue 7), merged into the one table of messages.ts. A
 * finding carries the precise citation (「CNCA 模版 证书信息表 第 42 项」); the clause here is the
 * default when none is narrower. Header texts in messages are the template's own.
 */
import type { CheckDef } from "../messages";

const TEMPLATE = "CNCA 模版";
const RULES = "CNCA 报告规范";
const OURS = "本工具约定";

export const CNCA_CHECKS = {
  // ── recognition and structure ─────────────────────────────────────────────────────────────
  "CNCA-LAYOUT-RECOGNISED": {
    severity: "info",
    clause: TEMPLATE,
    zh: "工作表「{name}」识别为 {layout} 的「{sheet}」（依据{by}），数据从第 {dataStart} 行读取，共 {rows} 行",
    en: 'sheet "{name}" is the {sheet} sheet of {layoutEn} (by its {byEn}); data read from row {dataStart}, {rows} rows',
  },
  "CNCA-LAYOUTS-MIXED": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "工作簿中的表来自不同版本的模版：{layouts}；同一次上报应使用同一版本的模版",
    en: "the sheets come from different template versions: {layoutsEn}; one upload uses one version",
  },
  "CNCA-TYPE-IGNORED": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "工作表「{sheet}」是 CNCA 模版的「{template}」，已按模版检查，不按指定的类型「{value}」读取；如需按其他类型检查，请不要使用模版的表头",
    en: 'sheet "{sheet}" is CNCA\'s {template} sheet and was checked as such, not as the chosen type "{value}"',
  },
  "CNCA-HEADER-ROWS": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{sheet}」缺少模版的表头行 {rows}；平台要求模版的 {count} 行表头原样保留，数据从其后开始，请在未改动的模版中填写",
    en: "the {sheet} sheet lacks the template's header rows ({rowsEn}); the platform requires all {count} header rows unchanged, data below them; fill in an unchanged template",
  },
  "CNCA-DATA-START": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{sheet}」的数据从第 {found} 行开始，模版规定从 {cell} 开始（第 {expected} 行）；平台按模版位置读取，不能增删表头上方的行",
    en: "data of the {sheet} sheet start in row {found}; the template starts them at {cell} (row {expected}); the platform reads by position, rows above the header cannot be added or removed",
  },
  "CNCA-SHEET-NAME": {
    severity: "warning",
    clause: RULES,
    zh: "工作表名为「{found}」，按{by}识别为「{expected}」；平台要求工作表名与模版完全一致，应为「{expected}」",
    en: 'the sheet is named "{found}" and was recognised by its {byEn} as {expected}; the platform requires the exact name "{expected}"',
  },
  "CNCA-SHEET-CODE": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "A1 单元格为「{found}」，模版「{sheet}」的 A1 应为表代码 {expected}；请勿改动模版的表头区",
    en: 'A1 holds "{found}"; the template\'s {sheet} sheet has the sheet code {expected} there; leave the header block unchanged',
  },
  "CNCA-COLUMN-MISSING": {
    severity: "error",
    clause: TEMPLATE,
    zh: "缺少模版字段「{header}」（{code}，模版第 {column} 列）；平台拒收改动过列的文件，请在未改动的模版中填写",
    en: "the template field {code} ({header}, template column {column}) is missing; the platform rejects files whose columns were changed: fill in an unchanged template",
  },
  "CNCA-HEADER-CHANGED": {
    severity: "error",
    clause: TEMPLATE,
    zh: "表头为「{found}」，模版此处为「{expected}」；平台拒收表头被改动的文件，表头须与模版文字完全一致",
    en: 'the header reads "{found}" where the template has "{expected}"; the platform rejects changed headers: they must match the template exactly',
  },
  "CNCA-FIELD-CODE-CHANGED": {
    severity: "error",
    clause: TEMPLATE,
    zh: "字段代码为「{found}」，模版「{header}」的字段代码应为 {expected}；平台拒收表头被改动的文件",
    en: 'the field code reads "{found}"; the template\'s code for {header} is {expected}; the platform rejects changed headers',
  },
  "CNCA-COLUMNS-SHIFTED": {
    severity: "error",
    clause: TEMPLATE,
    zh: "字段从第 {found} 列开始（「{header}」），模版从第 {expected} 列开始；平台按模版的列位置读取，请在未改动的模版中填写",
    en: "the fields start in column {found} ({header}); the template starts them in column {expected}; the platform reads by the template's columns: fill in an unchanged template",
  },
  "CNCA-COLUMN-MOVED": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」位于第 {found} 列，模版中为第 {expected} 列；平台按模版的列位置读取，列的位置不能改动，请在未改动的模版中填写",
    en: "{header} is in column {found}; the template has it in column {expected}; the platform reads by the template's columns: fill in an unchanged template",
  },
  "CNCA-COLUMN-EXTRA": {
    severity: "error",
    clause: TEMPLATE,
    zh: "表头「{found}」不是模版「{sheet}」的字段；平台拒收增加了列的文件，请删除该列或在未改动的模版中填写",
    en: 'the header "{found}" is not a field of the template\'s {sheet} sheet; the platform rejects added columns',
  },
  "CNCA-HEADER-IN-DATA": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "此行重复了「{sheet}」的表头，未作为数据读取；上报前请删除该行",
    en: "this row repeats the {sheet} header and was not read as data; delete it before uploading",
  },
  "CNCA-BLANK-ROWS": {
    severity: "warning",
    clause: OURS,
    zh: "数据之间有空行（第 {rows} 行），已跳过；上报文件中数据应连续填写，请删除空行",
    en: "blank rows between the data (rows {rowsEn}) were skipped; the upload's data should be continuous: delete them",
  },
  "CNCA-SHEET-EMPTY": {
    severity: "info",
    clause: TEMPLATE,
    zh: "「{sheet}」没有数据行",
    en: "the {sheet} sheet has no data rows",
  },

  // ── cells ─────────────────────────────────────────────────────────────────────────────────
  "CNCA-CELL-SPACES": {
    severity: "warning",
    clause: RULES,
    zh: "「{header}」「{value}」含首尾空格或不可见字符（{chars}）；平台要求去除，应为「{normalised}」",
    en: '{code} ({header}) "{value}" has outer spaces or invisible characters ({chars}); the platform requires them removed; checked as "{normalised}"',
  },
  "CNCA-CODE-AS-NUMBER": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」是数字 {value}，模版要求文本代码「{expected}」；数字会丢掉前导零，请把单元格设为文本格式后填写 {expected}",
    en: '{code} ({header}) holds the number {value}; the template expects the text code "{expected}"; numbers lose leading zeros: format the cell as text and enter {expected}',
  },
  "CNCA-CODE-LOST-ZERO": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」为「{value}」，缺少前导零，应为模版代码「{expected}」",
    en: '{code} ({header}) is "{value}", missing its leading zero; the template\'s code is "{expected}"',
  },
  "CNCA-CODE-LEVEL": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "「{header}」代码「{value}」不是《{table}》的 {width} 位小类代码；应填写到 {width} 位",
    en: '{code} ({header}) "{value}" is not a {width}-digit class of {table}; give the {width}-digit class',
  },
  "CNCA-CODE-UNKNOWN": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」代码「{value}」不在《{table}》中；应为：{items}",
    en: '{code} ({header}) "{value}" is not in {table}; expected one of: {items}',
  },
  "CNCA-CODE-UNLISTED": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "「{header}」代码「{value}」不在本工具收录的《{table}》中（收录依据 {evidence}，可能不全），请核对：{items}",
    en: '{code} ({header}) "{value}" is not in the list of {table} this tool holds (evidence {evidence}, possibly incomplete); check it: {items}',
  },
  "CNCA-NOT-TEXT": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」为「{value}」，应为文本",
    en: '{code} ({header}) holds "{value}"; the template expects text',
  },
  "CNCA-ID-AS-NUMBER": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」存为数字 {value}，超过 15 位的数字已丢失末尾数字，无法还原；请把单元格设为文本格式后重新填写",
    en: "{code} ({header}) is stored as the number {value}; digits beyond 15 are lost and cannot be recovered: format the cell as text and enter it again",
  },
  "CNCA-TOO-LONG": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」有 {length} 个字符，应不超过模版最大长度 {max}",
    en: "{code} ({header}) has {length} characters; the template allows at most {max}",
  },
  "CNCA-CERTNO-FORM": {
    severity: "error",
    clause: RULES,
    zh: "「{header}」「{value}」含小写字母或空格；平台要求号码中的字母大写、不含空格，应为「{normalised}」",
    en: '{code} ({header}) "{value}" has lower-case letters or spaces; the platform requires numbers in upper case without spaces: "{normalised}"',
  },
  "CNCA-SEPARATOR": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」「{value}」的多个代码之间应使用全角分号「；」分隔：「{expected}」",
    en: '{code} ({header}) "{value}": several codes are separated by the full-width semicolon 「；」: "{expected}"',
  },
  "CNCA-SEPARATOR-TEXT": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "「{header}」「{value}」含半角分号「;」；多个值之间应使用全角分号「；」分隔",
    en: '{code} ({header}) "{value}" contains a half-width ";"; several values are separated by the full-width 「；」',
  },
  "CNCA-NOT-NUMBER": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」为「{value}」，应为数字",
    en: '{code} ({header}) holds "{value}"; the template expects a number',
  },
  "CNCA-NUMBER-NEGATIVE": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」为负数 {value}，应不小于 0",
    en: "{code} ({header}) is negative ({value}); it must be at least 0",
  },
  "CNCA-NUMBER-DIGITS": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」为 {value}，超出模版长度「{template}」：整数应至多 {integer} 位、小数至多 {decimals} 位",
    en: '{code} ({header}) is {value}, beyond the template\'s length "{template}": at most {integer} integer and {decimals} decimal digits',
  },
  "CNCA-DATE-INVALID": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」「{value}」不是有效日期，应按模版格式 {form} 填写",
    en: '{code} ({header}) "{value}" is not a valid date; the template\'s form is {form}',
  },
  "CNCA-DATE-FORM": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "「{header}」写作「{value}」，模版格式为 {form}；已按日期读取，上报前请改为模版格式",
    en: '{code} ({header}) is written "{value}"; the template\'s form is {form}; read as a date, rewrite it before uploading',
  },

  // ── required and must-be-blank rules ──────────────────────────────────────────────────────
  "CNCA-REQUIRED": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」为必填项，不能为空",
    en: "{code} ({header}) is required",
  },
  "CNCA-REQUIRED-UNSURE": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "「{header}」为空；{basis}，平台可能拒收空值，请填写",
    en: "{code} ({header}) is blank; {basisEn}: the platform may reject the blank",
  },
  "CNCA-REQUIRED-WHEN": {
    severity: "error",
    clause: TEMPLATE,
    zh: "{condition}时，「{header}」必填，不能为空",
    en: "{code} ({header}) is required when {conditionEn}",
  },
  "CNCA-REQUIRED-WHEN-UNSURE": {
    severity: "warning",
    clause: OURS,
    zh: "{condition}时，「{header}」应填写（{basis}）",
    en: "{code} ({header}) should be filled when {conditionEn} ({basisEn})",
  },
  "CNCA-MUST-BE-BLANK": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」仅在{condition}时填写，否则应为空值",
    en: "{code} ({header}) is filled only when {conditionEn}; otherwise it must be blank",
  },

  // ── across fields and sheets ──────────────────────────────────────────────────────────────
  "CNCA-AFTER-REPORT-DATE": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{header}」{value} 晚于上报日期 {reportDate}；应不晚于上报日期",
    en: "{header} {value} is after the reporting date {reportDate}; it must not be later",
  },
  "CNCA-SUB-EXPIRY": {
    severity: "error",
    clause: TEMPLATE,
    zh: "子证书的证书截止日期 {value} 晚于主证书「{main}」的截止日期 {mainExpiry}；子证书截止日期应不晚于主证书",
    en: "the sub-certificate expires {value}, after its main certificate {main} ({mainExpiry}); it must not be later",
  },
  "CNCA-NO-CERTIFICATES": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{sheet}」的证书号须在「证书信息表」中，但工作簿中没有证书信息表；三张表应一同上报",
    en: "certificate numbers of the {sheet} sheet must be in 证书信息表, which the workbook lacks; the sheets are uploaded together",
  },
  "CNCA-CERT-NOT-LISTED": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{sheet}」的证书号「{value}」不在「证书信息表」中；应与证书信息表中的证书号一致",
    en: 'certificate "{value}" of the {sheet} sheet is not in 证书信息表; it must be one of its numbers',
  },
  "CNCA-TEAM-ONE-PERSON": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「审核组成员姓名」为「{value}」，每行只能填写一名人员；多名成员应分行填写",
    en: 'the member name "{value}" holds several people; one person per row',
  },
  "CNCA-ENERGY-SHEET-ABSENT": {
    severity: "error",
    clause: TEMPLATE,
    zh: "能源管理体系证书「{certNo}」（审核活动 {activity}）需要能源绩效信息表中报送周期 {periods} 的数据，但工作簿中没有能源绩效信息表；应一同上报能源绩效信息表",
    en: "EnMS certificate {certNo} (activity {activity}) needs 能源绩效信息表 rows for period {periods}; the workbook has no such sheet",
  },
  "CNCA-ENERGY-PERIOD-MISSING": {
    severity: "error",
    clause: TEMPLATE,
    zh: "能源管理体系证书「{certNo}」（审核活动 {activity}）在能源绩效信息表中缺少报送周期 {periods} 的数据；初审应报 01 和 02，其他审核应报 02",
    en: "EnMS certificate {certNo} (activity {activity}) lacks 能源绩效信息表 rows for period {periods}; an initial audit needs 01 and 02, others 02",
  },
  "CNCA-ENERGY-SUM": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "证书「{certNo}」各产品综合能耗合计 {sum}，与审核统计期间综合能耗 {total} 不一致；各 Ei 之和应等于综合能耗",
    en: "the product energy of {certNo} adds up to {sum}, not the period's total {total}; the template requires the Ei to add up",
  },
  "CNCA-PLAN-DUPLICATE": {
    severity: "error",
    clause: TEMPLATE,
    zh: "审核计划编号「{value}」与第 {first} 行重复；编号在本机构内应唯一",
    en: 'audit plan number "{value}" repeats row {first}; numbers are unique within the body',
  },
  "CNCA-DATE-ORDER": {
    severity: "error",
    clause: TEMPLATE,
    zh: "「{endHeader}」{end} 早于「{startHeader}」{start}；结束日期应不早于开始日期",
    en: "{endHeader} {end} is before {startHeader} {start}",
  },
  "CNCA-APPROVAL-FORM": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "认证机构批准号「{value}」不是 CNCA-R-年份-序号 的形式；应写作如 CNCA-R-2016-123",
    en: 'approval number "{value}" is not of the form CNCA-R-year-number (e.g. CNCA-R-2016-123)',
  },

  // ── domain checks on CNCA fields ──────────────────────────────────────────────────────────
  "CNCA-BASE-DAYS": {
    severity: "warning",
    clause: "004 5.4.2.3",
    zh: "基础人日数 {declared} 与规则配置 {profile} 按体系覆盖员工数 {employees} 查表的 {table} 人日不同，请核对",
    en: "base person-days {declared} differ from the {table} days profile {profile} gives for {employees} employees in scope; check",
  },
  "CNCA-RECERT-CYCLE": {
    severity: "error",
    clause: "001 C.4",
    zh: "再认证次数为 {value}，证书号「{certNo}」的认证周期为 R{cycle}；两者应一致",
    en: "re-certification count {value}, but certificate {certNo} is in cycle R{cycle}; they must agree",
  },
  "CNCA-ACTIVITY-COUNTS": {
    severity: "error",
    clause: TEMPLATE,
    zh: "认证审核活动代码 {activity} 时，再认证次数 {recert}、监督次数 {surveillance} 不符；应{expected}",
    en: "activity {activity} with re-certification count {recert} and surveillance count {surveillance}: expected {expectedEn}",
  },
  "CNCA-DATE-SEQUENCE": {
    severity: "error",
    clause: "DOMAIN §6",
    zh: "「{later}」{laterValue} 早于「{earlier}」{earlierValue}；应不早于后者",
    en: "{later} {laterValue} is before {earlier} {earlierValue}",
  },
  "CNCA-EXPIRED-EARLY": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "证书状态为 05（过期失效），但证书截止日期 {expiry} 不早于上报日期 {reportDate}；请核对证书状态",
    en: "status 05 (expired), but the expiry {expiry} is not before the reporting date {reportDate}",
  },
  "CNCA-STAGE-TEAM": {
    severity: "error",
    clause: "004 5.4.4.1",
    zh: "证书「{certNo}」第二阶段（0102）审核组中没有第一阶段（0101）的成员（{stage1}）；至少 1 名第一阶段审核员应参加第二阶段",
    en: "no member of the stage-1 team ({stage1}) of {certNo} is in its stage-2 team; at least one stage-1 auditor takes part in stage 2",
  },
  "CNCA-STAGE-MISSING": {
    severity: "warning",
    clause: TEMPLATE,
    zh: "初次认证证书「{certNo}」在审核结果信息表中缺少 {stages} 阶段的审核组成员；初次认证应报送两个阶段的审核组",
    en: "initial certification {certNo} lacks team rows of stage {stages} in 审核结果信息表",
  },
  "TEAM-NO-PROFESSIONAL": {
    severity: "error",
    clause: "004 5.4.4.1(2)",
    zh: "证书号「{certNo}」的审核组中没有「是否专业审核员」为 1 的审核员或技术专家；应至少有 1 名与业务范围相匹配的专业审核员",
    en: "the team of {certNo} has no auditor or expert marked 是否专业审核员 = 1; at least one must be competent in the scope",
  },
} as const satisfies Record<string, CheckDef>;
