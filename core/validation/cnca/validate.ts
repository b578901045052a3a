/**
 * The CNCA side of a validation run (issue 7): a sheet recognised in a CNCA layout is checked
 * against its template (structure, cells, every stated rule), then handed to the domain checks of
 * DOMAIN §9.1 through the friendly view; the rules across sheets run once all sheets are read.
 * validate.ts calls `prepareCncaSheet` per sheet and `runCncaChecks` once.
 */
import { checkAuditTime } from "../audit-time";
import { checkCodeColumns } from "../codes";
import {
  checkAuditBeforeIssue,
  checkCertNumbers,
  checkCycle,
  checkDateOrder,
  checkExpiry,
  checkSubCertMark,
  checkValidButExpired,
} from "../certificate";
import { notRun, type CheckContext } from "../context";
import type { FindingSink } from "../findings";
import type { ParsedSheet } from "../read";
import { checkDuplicates, checkSuspensionLength } from "../register";
import type { SheetGrid } from "../sheet";
import type { ReportType, SheetReport } from "../types";
import { toParsedSheet } from "./adapter";
import { checkCrossRules } from "./cross";
import { checkBaseDays, checkCncaPeriod, checkCounts, checkLifecycle, checkStageTeams } from "./domain";
import { readCncaSheet, type CncaSheet } from "./read";
import type { CncaMatch } from "./recognise";
import { checkTemplateRules } from "./rules";
import { checkStructure } from "./structure";

type SheetCheck = (sheet: ParsedSheet, ctx: CheckContext) => void;

/**
 * The checks of DOMAIN §9.1 that run on the friendly view of a CNCA sheet. Not the friendly
 * required-cell and header checks (the template's own rules replace them), nor the friendly
 * period check (a CNCA row also reports status changes: cnca/domain.ts has its own).
 */
export const CNCA_SHEET_CHECKS: Readonly<Partial<Record<ReportType, readonly SheetCheck[]>>> = {
  monthly: [
    checkCodeColumns,
    checkCertNumbers,
    checkCycle,
    checkDateOrder,
    checkExpiry,
    checkAuditBeforeIssue,
    checkValidButExpired,
    checkSubCertMark,
    checkDuplicates,
    checkAuditTime,
    checkSuspensionLength,
    checkBaseDays,
    checkCounts,
    checkLifecycle,
    checkCncaPeriod,
  ],
  team: [checkCodeColumns, checkDateOrder],
};

const BY = {
  "field-codes": { zh: "字段代码行", en: "field-code row" },
  "numbered-headers": { zh: "编号表头", en: "numbered headers" },
} as const;

export interface PreparedCnca {
  report: SheetReport;
  sheet: CncaSheet;
  parsed: ParsedSheet | null;
}

/** Checks a CNCA sheet's structure and reads it; a forced type does not override the template. */
export function prepareCncaSheet(
  grid: SheetGrid,
  match: CncaMatch,
  forced: string | undefined,
  sink: FindingSink,
): PreparedCnca {
  const structure = checkStructure(grid, match, sink);
  const sheet = readCncaSheet(grid, match, structure, sink);
  const parsed = toParsedSheet(sheet);
  const { layout } = match;
  sink.add("CNCA-LAYOUT-RECOGNISED", grid.name, 0, 0, {
    name: grid.name,
    layout: layout.title,
    layoutEn: layout.titleEn,
    sheet: match.sheet.name,
    by: BY[match.by].zh,
    byEn: BY[match.by].en,
    dataStart: structure.dataStart,
    rows: sheet.rows.length,
  });
  if (forced !== undefined)
    sink.add("CNCA-TYPE-IGNORED", grid.name, 0, 0, {
      sheet: grid.name,
      template: match.sheet.name,
      value: forced,
    });
  return {
    sheet,
    parsed,
    report: {
      name: grid.name,
      type: parsed?.type ?? null,
      typeSource: "detected",
      rows: sheet.rows.length,
      headerRow: structure.headerRow,
      score: match.score,
      cnca: {
        layout: layout.id,
        version: layout.version,
        title: layout.title,
        sheet: match.sheet.name,
        role: match.sheet.role,
        recognisedBy: match.by,
        dataStart: structure.dataStart,
      },
    },
  };
}

/** The template rules of each CNCA sheet and the rules across sheets, after every sheet is read. */
export function runCncaChecks(sheets: CncaSheet[], ctx: CheckContext): void {
  if (sheets.length === 0) return;
  for (const sheet of sheets) {
    checkTemplateRules(sheet, ctx.sink);
    if (sheet.rows.length === 0)
      ctx.sink.add("CNCA-SHEET-EMPTY", sheet.name, sheet.headerRow, 0, { sheet: sheet.def.name });
  }
  checkCrossRules({ sink: ctx.sink, reportDate: ctx.reportDate, sheets });
  checkStageTeams(ctx);
  noteMissingFields(ctx);
  const layouts = new Map(sheets.map((s) => [s.layout.id, s.layout]));
  // The 2021 revision keeps the 2016 sheets: a 2016 sheet beside a 2021 plan is one upload.
  if (layouts.has("cnca-2021")) layouts.delete("cnca-2016");
  if (layouts.size > 1)
    ctx.sink.add("CNCA-LAYOUTS-MIXED", "", 0, 0, {
      layouts: [...layouts.values()].map((l) => l.title).join("、"),
      layoutsEn: [...layouts.values()].map((l) => l.titleEn).join(", "),
    });
}

/** What each domain check on CNCA fields needs; a sheet lacking a field says once that the check did not run. */
const NEEDS: Readonly<Partial<Record<ReportType, readonly { zh: string; en: string; keys: string[] }[]>>> = {
  monthly: [
    { zh: "审核人日数", en: "audit time", keys: ["auditDays", "employees", "activity"] },
    { zh: "基础人日数", en: "base person-days", keys: ["baseDays", "employees"] },
    {
      zh: "再认证次数与证书号",
      en: "re-certification count and certificate number",
      keys: ["recertCount", "certNo"],
    },
  ],
  team: [
    { zh: "审核组专业能力", en: "team competence", keys: ["professional"] },
    { zh: "第一、二阶段审核组", en: "stage teams", keys: ["stage", "idNo"] },
    { zh: "审核组长与专职审核员", en: "team leader and full-time auditor", keys: ["role", "fullTime"] },
  ],
};

function noteMissingFields(ctx: CheckContext): void {
  for (const sheet of ctx.sheets) {
    if (!sheet.layout || sheet.rows.length === 0) continue;
    for (const need of NEEDS[sheet.type] ?? []) {
      const lacking = need.keys.filter((k) => !sheet.has(k));
      if (lacking.length === 0) continue;
      notRun(
        ctx,
        sheet.name,
        0,
        0,
        { zh: need.zh, en: need.en },
        {
          zh: `「${sheet.name}」中没有${lacking.map((k) => `「${FIELD_NAMES[k]?.zh ?? k}」`).join("")}字段`,
          en: `sheet "${sheet.name}" has no ${lacking.map((k) => FIELD_NAMES[k]?.en ?? k).join(", ")} field`,
        },
      );
    }
  }
}

const FIELD_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  auditDays: { zh: "审核人日数", en: "CHK_PD_NUM" },
  employees: { zh: "获证组织体系覆盖的员工数", en: "RELA_PEOP_NUM" },
  activity: { zh: "认证审核活动代码", en: "APPR_AC_CODE" },
  baseDays: { zh: "基础人日数", en: "BASE_PD_NUM" },
  recertCount: { zh: "再认证次数", en: "A_AUTH_TIMES" },
  certNo: { zh: "认证证书号", en: "CERT_NUMBER" },
  professional: { zh: "是否专业审核员", en: "IS_PROF_M" },
  stage: { zh: "认证审核阶段代码", en: "APPR_STAGE" },
  idNo: { zh: "身份证件号码", en: "ID_CODE" },
  role: { zh: "审核组成员角色代码", en: "APPR_M_ROLE" },
  fullTime: { zh: "是否专职人员", en: "IS_SPECIAL" },
};

/** The layouts a run recognised, one entry each; 2016 sheets under a 2021 plan sheet count as 2021. */
export function recognisedLayouts(sheets: CncaSheet[]): { id: string; version: string; title: string }[] {
  const seen = new Map(sheets.map((s) => [s.layout.id, s.layout]));
  if (seen.has("cnca-2021")) seen.delete("cnca-2016");
  return [...seen.values()].map((l) => ({ id: l.id, version: l.version, title: l.title }));
}
