/**
 * The four tables of 000 4.3.5.2 as they are read: each row named (categories from the profile,
 * provinces from GB/T 2260), in code order with 无法归类 last, with its total and the province
 * check. The 年报统计YYYY sheet (sheet-plan.ts) and the text report (text-report.ts) both place
 * these rows, so a name, an order or a total cannot differ between them.
 */
import { categoryNames, orderedEntries, PROVINCE_NAMES } from "./names";
import { CERT_STATES, UNCLASSIFIED, type AnnualStatistics, type YearCounts } from "./types";

export interface StatusRow {
  /** 有效 … 过期, 无法归类, then 本年颁发. */
  label: string;
  count: number;
  note: string;
}

export interface NamedCount {
  /** Blank for 无法归类; in the scheme table the scheme as written (its name too). */
  code: string;
  name: string;
  count: number;
}

export interface CountTable {
  rows: NamedCount[];
  total: number;
}

export interface ReportTables {
  status: StatusRow[];
  /** 000 4.3.5.2(3): once in each category, so the total can exceed the valid certificates. */
  scope: CountTable & { totalNote: string };
  /** 000 4.3.5.2(4): the provinces must sum to the valid certificates; `check` says whether they do. */
  province: CountTable & { check: string; totalValid: number };
  scheme: CountTable;
  years: YearCounts[];
}

export const ISSUED_LABEL = "本年颁发";

const STATE_NOTES: Readonly<Record<string, string>> = {
  有效: "截至统计日的存量",
  暂停: "截至统计日的存量（暂停期间证书暂时失效，不计入有效）",
  撤销: "本年内撤销",
  注销: "本年内注销",
  过期: "本年内到期",
};

/** The 无法归类 row is always shown, 0 when nothing fell there (it also keeps the chart's source two rows high). */
function withUnclassified(table: Record<string, number>): Record<string, number> {
  return UNCLASSIFIED in table ? table : { ...table, [UNCLASSIFIED]: 0 };
}

function named(table: Record<string, number>, nameOf: (code: string) => string): CountTable {
  const rows = orderedEntries(table).map(([code, count]) =>
    code === UNCLASSIFIED ? { code: "", name: UNCLASSIFIED, count } : { code, name: nameOf(code), count },
  );
  return { rows, total: rows.reduce((sum, row) => sum + row.count, 0) };
}

/** 一、证书状态: the five states, 无法归类 (always shown), then 本年颁发. */
export function statusRows(result: AnnualStatistics): StatusRow[] {
  const status: StatusRow[] = CERT_STATES.map((state) => ({
    label: state,
    count: result.byStatus[state] ?? 0,
    note: STATE_NOTES[state] ?? "",
  }));
  status.push(
    {
      label: UNCLASSIFIED,
      count: result.byStatus[UNCLASSIFIED] ?? 0,
      note: "状态或日期无法识别，见检查结果",
    },
    { label: ISSUED_LABEL, count: result.issued, note: `颁证日期在 ${result.year} 年内` },
  );
  return status;
}

export function reportTables(result: AnnualStatistics, profileId: string): ReportTables {
  const categories = categoryNames(profileId);
  const scope = named(withUnclassified(result.byScope), (code) => categories.get(code) ?? code);
  const province = named(withUnclassified(result.byProvince), (code) => PROVINCE_NAMES.get(code) ?? code);
  const { sum, totalValid, difference } = result.provinceSum;
  return {
    status: statusRows(result),
    scope: { ...scope, totalNote: `各大类之和，可大于有效证书总数 ${result.totalValid}` },
    province: {
      ...province,
      totalValid,
      check:
        difference === 0
          ? "各省份之和等于有效证书总数"
          : `各省份之和 ${sum}，有效证书总数 ${totalValid}，相差 ${difference}`,
    },
    // Every valid certificate counts under one scheme (or 无法归类), so the total is the valid count.
    scheme: { rows: named(result.byScheme, (scheme) => scheme).rows, total: result.totalValid },
    years: result.selfInspection,
  };
}
