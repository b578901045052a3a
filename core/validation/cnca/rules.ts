/**
 * Every rule a CNCA template states, run from the layout data (issue 7 item 3): required fields,
 * conditional required fields and fields that must stay blank, their conditions evaluated as data
 * (CNCA-FORMAT.md §3, §4). A rule whose condition field is unreadable is not guessed at: the
 * unreadable cell has its own finding. How sure a finding is follows the rule's basis: the
 * template's 填表说明 (error), 校验级别 alone or a deduction (warning).
 */
import type { FindingSink } from "../findings";
import { codeTable, type Condition, type LayoutColumn } from "../layouts";
import { citation } from "./cells";
import { BAD, type CncaSheet } from "./read";

/** true / false, or null when a field it needs is unreadable. */
export function holds(cond: Condition, sheet: CncaSheet, i: number): boolean | null {
  if ("all" in cond) {
    const parts = cond.all.map((c) => holds(c, sheet, i));
    if (parts.includes(false)) return false;
    return parts.includes(null) ? null : true;
  }
  if ("any" in cond) {
    const parts = cond.any.map((c) => holds(c, sheet, i));
    if (parts.includes(true)) return true;
    return parts.includes(null) ? null : false;
  }
  if (sheet.state(cond.field, i) === BAD) return null;
  const values = (
    sheet.list(cond.field, i) ??
    (sheet.num(cond.field, i) !== undefined ? [String(sheet.num(cond.field, i))] : [])
  ).map((v) => v.toUpperCase());
  if ("filled" in cond) return cond.filled === values.length > 0;
  // A blank condition field is not known to be anything; its own required rule speaks for it.
  if (values.length === 0) return null;
  if ("in" in cond) return values.length === 1 && cond.in.includes(values[0] ?? "");
  if ("notIn" in cond) return !values.some((v) => cond.notIn.includes(v));
  if ("startsWith" in cond) return values.some((v) => cond.startsWith.some((p) => v.startsWith(p)));
  return values.some((v) => cond.has.includes(v));
}

function headerOf(sheet: CncaSheet, code: string): string {
  return sheet.column(code)?.header ?? code;
}

function codesText(sheet: CncaSheet, field: string, codes: string[], sep: string): string {
  const tableId = sheet.column(field)?.codeTable;
  const table = tableId ? codeTable(tableId) : undefined;
  return codes.map((c) => (table?.values[c] ? `${c}（${table.values[c]}）` : c)).join(sep);
}

/** The condition in words: 「41、证书状态」为 02（暂停）. */
export function describe(cond: Condition, sheet: CncaSheet): { zh: string; en: string } {
  if ("all" in cond || "any" in cond) {
    const parts = ("all" in cond ? cond.all : cond.any).map((c) => describe(c, sheet));
    const [zhJoin, enJoin] = "all" in cond ? ["且", " and "] : ["或", " or "];
    return { zh: parts.map((p) => p.zh).join(zhJoin), en: parts.map((p) => p.en).join(enJoin) };
  }
  const name = `「${headerOf(sheet, cond.field)}」`;
  const en = cond.field;
  if ("filled" in cond)
    return cond.filled
      ? { zh: `${name}已填写`, en: `${en} is filled` }
      : { zh: `${name}为空`, en: `${en} is blank` };
  if ("in" in cond)
    return {
      zh: `${name}为 ${codesText(sheet, cond.field, cond.in, " 或 ")}`,
      en: `${en} is ${cond.in.join(" or ")}`,
    };
  if ("notIn" in cond)
    return {
      zh: `${name}不为 ${codesText(sheet, cond.field, cond.notIn, "、")}`,
      en: `${en} is not ${cond.notIn.join(" or ")}`,
    };
  if ("startsWith" in cond)
    return {
      zh: `${name}以 ${cond.startsWith.join(" 或 ")} 开头`,
      en: `${en} starts with ${cond.startsWith.join(" or ")}`,
    };
  return {
    zh: `${name}含 ${codesText(sheet, cond.field, cond.has, " 或 ")}`,
    en: `${en} includes ${cond.has.join(" or ")}`,
  };
}

const BASIS_TEXT = {
  note: { zh: "模版填表说明", en: "the template's note" },
  level: {
    zh: "模版校验级别为 1，填表说明未写必填",
    en: "check level 1 in the template, the note does not say required",
  },
  inferred: { zh: "本工具约定，据 CNCA 格式资料推断", en: "this tool's reading of the CNCA format notes" },
} as const;

function isBlank(sheet: CncaSheet, code: string, i: number): boolean {
  // A column the file lacks is reported once (CNCA-COLUMN-MISSING), not on every row.
  return sheet.has(code) && sheet.state(code, i) === 0;
}

function ruleFindings(sheet: CncaSheet, col: LayoutColumn, i: number, sink: FindingSink): void {
  const { required } = col;
  const blank = isBlank(sheet, col.code, i);
  // Most cells break no rule: the finding's parts are only made when one may be due.
  if (blank ? required.rule === "optional" : !required.blankUnless) return;
  const row = sheet.rows[i] ?? 0;
  const column = sheet.col(col.code);
  const clause = citation(sheet.def.name, col);
  const base = {
    header: col.header,
    code: col.code,
    basis: BASIS_TEXT[required.basis].zh,
    basisEn: BASIS_TEXT[required.basis].en,
  };
  if (blank && required.rule === "always")
    sink.add(
      required.basis === "note" ? "CNCA-REQUIRED" : "CNCA-REQUIRED-UNSURE",
      sheet.name,
      row,
      column,
      base,
      {
        clause,
      },
    );
  if (blank && required.rule === "conditional" && required.when && holds(required.when, sheet, i) === true) {
    const d = describe(required.when, sheet);
    sink.add(
      required.basis === "note" ? "CNCA-REQUIRED-WHEN" : "CNCA-REQUIRED-WHEN-UNSURE",
      sheet.name,
      row,
      column,
      { ...base, condition: d.zh, conditionEn: d.en },
      { clause },
    );
  }
  if (
    !blank &&
    sheet.has(col.code) &&
    required.blankUnless &&
    holds(required.blankUnless, sheet, i) === false
  ) {
    const d = describe(required.blankUnless, sheet);
    sink.add(
      "CNCA-MUST-BE-BLANK",
      sheet.name,
      row,
      column,
      { ...base, condition: d.zh, conditionEn: d.en },
      { clause },
    );
  }
}

/** The required / conditional / must-be-blank rules of every field, row by row. */
export function checkTemplateRules(sheet: CncaSheet, sink: FindingSink): void {
  const columns = sheet.def.columns.filter((c) => c.required.rule !== "optional" || c.required.blankUnless);
  for (let i = 0; i < sheet.rows.length; i++) for (const col of columns) ruleFindings(sheet, col, i, sink);
}
