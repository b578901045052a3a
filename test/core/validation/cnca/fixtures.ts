/**
 * CNCA upload workbooks built by the tests from the layout data: the template's header block
 * (A1 sheet code, B labels, field codes, numbered headers, type, length, 填表说明, 校验级别, 是否公开)
 * and data from C8, as CNCA's `.xls` template has them; and clean rows per sheet (no error), from
 * which each test changes only the cell it is about.
 */
import {
  getLayout,
  layoutSheet,
  validateWorkbook,
  type CellValue,
  type Finding,
  type LayoutSheet,
  type SheetGrid,
  type ValidateOptions,
  type ValidationResult,
} from "../../../../core/validation";

export type Row = Record<string, CellValue>;

export function sheetDef(layoutId: string, sheetId: string): LayoutSheet {
  const layout = getLayout(layoutId);
  const sheet = layout ? layoutSheet(layout, sheetId) : undefined;
  if (!sheet) throw new Error(`no sheet ${layoutId}/${sheetId}`);
  return sheet;
}

export interface GridOptions {
  name?: string;
  /** Header-block rows to leave out (by role), e.g. ["note"] — the rows below move up. */
  dropRows?: string[];
  /** Rows inserted above the header block. */
  above?: CellValue[][];
  /** Cells to overwrite after building, 1-based row and column. */
  set?: { row: number; col: number; value: CellValue }[];
}

const ROLES = ["fieldCode", "header", "type", "length", "note", "level", "public"] as const;

/** A sheet in a CNCA layout with the given data rows (by field code); every value written as given. */
export function cncaGrid(
  layoutId: string,
  sheetId: string,
  rows: Row[],
  options: GridOptions = {},
): SheetGrid {
  const layout = getLayout(layoutId);
  const def = sheetDef(layoutId, sheetId);
  const first = def.firstColumn - 1;
  const cells: CellValue[][] = [];
  const block: { role: string; row: CellValue[] }[] = [];
  for (const role of ROLES) {
    const at = def.headerRows[role];
    if (at === undefined) continue;
    const row: CellValue[] = new Array<CellValue>(first + def.columns.length).fill(null);
    def.columns.forEach((c, k) => {
      row[first + k] =
        role === "fieldCode" ? c.code : role === "header" ? c.header : (c.template?.[role] ?? "") || null;
    });
    if (def.rowLabels) row[1] = def.rowLabels[at - 1] ?? null;
    block[at - 1] = { role, row };
  }
  if (def.sheetCode && block[0]) block[0].row[0] = def.sheetCode;
  if (layout?.workbookTitle && block[1]) block[1].row[0] = layout.workbookTitle;
  if (def.rowLabels && block[4]) block[4].row[0] = def.name;
  for (const line of options.above ?? []) cells.push(line);
  for (const b of block) if (b && !(options.dropRows ?? []).includes(b.role)) cells.push(b.row);
  // The template writes its hint into A8, beside the first data row.
  let hint = def.rowLabels !== undefined;
  for (const r of rows) {
    const line: CellValue[] = new Array<CellValue>(first + def.columns.length).fill(null);
    def.columns.forEach((c, k) => {
      const v = r[c.code];
      if (v !== undefined) line[first + k] = v;
    });
    if (hint) {
      line[0] = "从C8元格开始填写上报信息";
      hint = false;
    }
    cells.push(line);
  }
  for (const s of options.set ?? []) {
    const line = (cells[s.row - 1] ??= []);
    line[s.col - 1] = s.value;
  }
  return { name: options.name ?? def.name, cells };
}

/**
 * A clean 证书信息表 row: 合规管理体系 (认证依据 GB/T 35770-2022 → profile HG-HY), 180 people in
 * scope, high risk: table 9 person-days, standard 10 (DOMAIN §3.7), initial certification.
 * 22 认证项目分类代码 is blank: no code for 合规管理体系 is known (CNCA-FORMAT.md §9), which the
 * validator reports as the one warning of this row.
 */
export const CERT: Row = {
  RZJG_ID: "CNCA-R-2021-812",
  RZJG_KEY_ID: "上海合规认证有限公司",
  ORG_NAME: "上海合规样例有限公司",
  ORG_CODE: "91310115MA1FL7Q289",
  BEL_INDUSTRY: "1391",
  ORG_COUNTRY: "156",
  ORG_DISTRICT: "310115",
  ORG_ADDRESS: "上海市浦东新区样例路1号",
  ORG_ZIP: "200120",
  ORG_PHONE: "021-12345678",
  LEGAL_PEOPLE: "张三",
  ORG_PROP_CODE: "040105",
  ORG_REG_ASSETS: "500",
  REG_ASSETS_CURR: "01",
  ORG_PEOP_NUM: "200",
  RELA_PEOP_NUM: "180",
  FIRST_CERT_DATE: "2026-10-20",
  CERT_NUMBER: "081226HG00017R000",
  BUSI_SCOP_CODE: "03.01.02",
  AUTH_PROJ_CODEDEC: "GB/T 35770-2022",
  IS_MULTI_SCENE: "0",
  BUSI_COVER_SCOP: "食品生产的合规管理",
  APPR_AC_CODE: "01",
  A_AUTH_TIMES: "0",
  SUSE_TIMES: "0",
  APPR_S_DATE: "2026-10-08",
  APPR_E_DATE: "2026-10-10",
  CHK_PD_NUM: "10",
  IS_COMB: "01",
  CHK_P_LIST: "赵六；钱七",
  APP_ASS_DATE: "2026-10-18",
  AWARD_DATE: "2026-10-20",
  CERTI_E_DATE: "2029-10-19",
  CERTI_STATUS: "01",
  IS_C_CERTI: "0",
  IS_CHG_CERTI: "0",
  ACC_SYMBOL: "01",
  RISK_PARAM: "01",
  REV_CERTI_FEE: "30000",
  REV_CERTI_FEE_CURR: "01",
  INVOICE_NUM: "HT-2026-001",
  REPORT_TYPE: "01",
  IS_OVERFLOW: "0",
  BASE_PD_NUM: "9",
};

const MEMBER = {
  RZJG_ID: "CNCA-R-2021-812",
  CERT_NUMBER: "081226HG00017R000",
  IDENTITY_CODE: "01",
};

/** 李四, the full-time professional leader of both stages. */
const LEADER = {
  ...MEMBER,
  FULL_NAME: "李四",
  ID_CODE: "320102198803151232",
  APPR_M_ROLE: "01",
  QUA_CODE: "01",
  APT_CERTI_NUM: "2021-N1HG-1234567",
  IS_PROF_M: "1",
  IS_SPECIAL: "1",
};

const STAGE_1 = {
  APPR_STAGE: "0101",
  APPR_S_DATE: "2026-10-08 09:00:00",
  APPR_E_DATE: "2026-10-08 17:00:00",
};

const STAGE_2 = {
  APPR_STAGE: "0102",
  APPR_S_DATE: "2026-10-09 09:00:00",
  APPR_E_DATE: "2026-10-10 17:00:00",
};

/** Stage 1 and stage 2 teams of CERT: a full-time professional leader in both, an auditor beside. */
export const TEAM: Row[] = [
  { ...LEADER, ...STAGE_1 },
  { ...LEADER, ...STAGE_2 },
  {
    ...MEMBER,
    ...STAGE_2,
    FULL_NAME: "王五",
    ID_CODE: "11010519491231002X",
    APPR_M_ROLE: "02",
    QUA_CODE: "02",
    APT_CERTI_NUM: "2019-N1HG-7654321",
    IS_PROF_M: "0",
    IS_SPECIAL: "0",
  },
];

/** A clean 2016-era 审核计划信息表 row. */
export const PLAN: Row = {
  AUDIT_PLAN_CODE: "R081200-2026-017",
  AUDIT_ACT_TYPE: "0101",
  AUDIT_START_DATE: "2026-10-08 09:00:00",
  AUDIT_END_DATE: "2026-10-08 17:00:00",
  AUDIT_INSPECTOR: "2021-N1HG-1234567，李四，01，13801012345",
  ORG_COUNTRY: "156",
  ORG_DISTRICT: "310115",
  ORG_CODE: "91310115MA1FL7Q289",
  ORG_NAME: "上海合规样例有限公司",
  ORG_CONTACT_PERSON: "张三",
  ORG_CONTACT_WAY: "021-12345678",
  ORG_ADDRESS: "上海市浦东新区样例路1号",
  AUDIT_APPLY_NO: "SQ-2026-017",
  AUTH_PROJ_CODE: "A0102",
  RZJG_ID: "CNCA-R-2021-812",
};

export function run(sheets: SheetGrid[], options: ValidateOptions = {}): ValidationResult {
  return validateWorkbook(sheets, { reportDate: "2026-10-31", ...options });
}

/** The findings of a run other than the infos, as `id@cell` for compact expectations. */
export function problems(result: ValidationResult): string[] {
  return result.findings.filter((f) => f.severity !== "info").map((f) => `${f.id}@${f.cell}`);
}

export function byId(result: ValidationResult, id: string): Finding[] {
  return result.findings.filter((f) => f.id === id);
}

/** The 1-based sheet column of a field in a layout sheet. */
export function colOf(layoutId: string, sheetId: string, code: string): number {
  const def = sheetDef(layoutId, sheetId);
  const k = def.columns.findIndex((c) => c.code === code);
  if (k < 0) throw new Error(`no field ${code}`);
  return def.firstColumn + k;
}
