/**
 * Identity codes in report cells (DOMAIN §8, §9.1 "codes"): the checks themselves are core/ids';
 * here each problem they find becomes a finding on its cell, and the cross-column comparisons are
 * made: USCC characters 9–17 against a separate 组织机构代码, an ID number's birth date and sex
 * against 出生年月 / 性别. Results are memoised per distinct value (the same USCC or division code
 * recurs on many rows).
 */
import { toIso, toYmd } from "../dates/civil";
import {
  checkDivisionCode,
  checkIdCard,
  checkOrgCode,
  checkUscc,
  idBirthDate,
  idSex,
  maskId,
  orgCodeOfUscc,
  SEX_LABELS,
  type IdCheck,
  type IdProblem,
} from "../ids";
import { attempt } from "../problem";
import { problemParams, type CheckContext } from "./context";
import { a1 } from "../sheet/a1";
import type { CheckId } from "./messages";
import { OK, type ParsedSheet } from "./read";
import type { CodeKind } from "./specs/column";

const CHECKERS: Partial<Record<CodeKind, (value: string, ctx: CheckContext) => IdCheck>> = {
  "uscc-or-org": (v) => (v.length === 9 ? checkOrgCode(v) : checkUscc(v)),
  org: (v) => checkOrgCode(v),
  // A birth date after the report date is worth a warning (GB 11643 cannot say so by itself).
  "id-card": (v, ctx) => checkIdCard(v, ctx.reportDate),
  division: (v) => checkDivisionCode(v),
};

/** Which finding a core/ids problem becomes; null for what the cell readers already said. */
export function idFindingOf(problem: IdProblem): CheckId | null {
  const what = problem.code.slice(problem.code.lastIndexOf(".") + 1);
  switch (what) {
    case "normalized":
      return null; // CELL-NORMALISED / CELL-INVISIBLE already name it
    case "storedAsNumber":
      return "CODE-STORED-AS-NUMBER";
    case "checksum":
      return "CODE-CHECKSUM";
    case "typo":
      return "CODE-USCC-TYPO";
    case "divisionUnknown":
    case "provinceUnknown":
    case "unknown":
      return "CODE-DIVISION-UNKNOWN";
  }
  return problem.severity === "error"
    ? "CODE-INVALID"
    : problem.severity === "warning"
      ? "CODE-WARNING"
      : "CODE-NOTE";
}

const MEMO_LIMIT = 20000;

function idMemo(ctx: CheckContext, kind: CodeKind): Map<string, IdCheck> {
  let memo = ctx.idChecks.get(kind);
  if (!memo) {
    memo = new Map();
    ctx.idChecks.set(kind, memo);
  }
  return memo;
}

/** core/ids' verdict on a value, computed once per run and value. */
function idCheck(ctx: CheckContext, kind: CodeKind, value: string): IdCheck | undefined {
  const checker = CHECKERS[kind];
  if (!checker) return undefined;
  const memo = idMemo(ctx, kind);
  let result = memo.get(value);
  if (!result) {
    result = checker(value, ctx);
    // Division codes repeat; USCCs and ID numbers mostly do not, so the memo stops growing.
    if (memo.size < MEMO_LIMIT) memo.set(value, result);
  }
  return result;
}

/** Rows after which a column whose values hardly repeat stops consulting the memo. */
const MEMO_TRIAL = 1000;

/** Runs each code column's check from core/ids and reports its problems on the cell. */
export function checkCodeColumns(sheet: ParsedSheet, ctx: CheckContext): void {
  for (const column of sheet.columns.values()) {
    const kind = column.spec.check;
    const checker = kind ? CHECKERS[kind] : undefined;
    if (!kind || !checker) continue;
    const names = { column: column.spec.header, columnEn: column.spec.headerEn };
    // Which cells passed, for the comparisons across columns (validCode), so no code is checked twice.
    const valid = new Uint8Array(sheet.rows.length);
    // Division codes repeat and are memoised; credit codes and ID numbers mostly do not, and a
    // column that has shown so stops paying for the look-ups.
    let memoHits = 0;
    for (let i = 0; i < sheet.rows.length; i++) {
      if (column.state[i] !== OK) continue;
      const value = column.values[i] as string;
      let result: IdCheck;
      if (i < MEMO_TRIAL || memoHits * 10 >= MEMO_TRIAL) {
        const memo = idMemo(ctx, kind);
        const hit = memo.get(value);
        if (hit) memoHits++;
        result = hit ?? checker(value, ctx);
        if (!hit && memo.size < MEMO_LIMIT) memo.set(value, result);
      } else result = checker(value, ctx);
      if (result.valid) valid[i] = 1;
      for (const problem of result.problems) {
        const id = idFindingOf(problem);
        if (id)
          ctx.sink.add(
            id,
            sheet.name,
            sheet.rows[i] ?? 0,
            column.index + 1,
            { ...names, ...problemParams(problem) },
            { clause: problem.clause || undefined },
          );
      }
    }
    column.valid = valid;
  }
}

/** A code cell that is readable and passed its own check (so comparing it means something). */
function validCode(
  sheet: ParsedSheet,
  ctx: CheckContext,
  key: string,
  kind: CodeKind,
  i: number,
): string | undefined {
  const value = sheet.str(key, i);
  if (value === undefined || sheet.state(key, i) !== OK) return undefined;
  const column = sheet.columns.get(key);
  const passed =
    column?.valid && column.spec.check === kind ? column.valid[i] === 1 : idCheck(ctx, kind, value)?.valid;
  return passed ? value : undefined;
}

/** USCC characters 9–17 are the organisation code (DOMAIN §8): they must equal a separately given one. */
export function checkUsccAgainstOrgCode(sheet: ParsedSheet, ctx: CheckContext): void {
  if (!sheet.has("uscc") || !sheet.has("orgCode")) return;
  for (let i = 0; i < sheet.rows.length; i++) {
    const uscc = validCode(sheet, ctx, "uscc", "uscc-or-org", i);
    if (uscc === undefined || uscc.length !== 18) continue;
    const org = validCode(sheet, ctx, "orgCode", "org", i);
    if (org === undefined) continue;
    const embedded = orgCodeOfUscc(uscc);
    if (embedded !== org) {
      ctx.sink.add(
        "CODE-USCC-ORG-MISMATCH",
        sheet.name,
        sheet.rows[i] ?? 0,
        sheet.col("orgCode"),
        { uscc, embedded, org },
        { related: [cellOf(sheet, "uscc", i)] },
      );
    }
  }
}

function cellOf(sheet: ParsedSheet, key: string, i: number): string {
  return a1(sheet.rows[i] ?? 0, sheet.col(key));
}

const SEX_EN = { male: "male", female: "female" } as const;

/** An ID number's birth date and sex against 出生年月 and 性别 (DOMAIN §8, §9.1). */
export function checkIdAgainstPerson(sheet: ParsedSheet, ctx: CheckContext): void {
  if (!sheet.has("idNo")) return;
  const birthCol = sheet.columns.get("birth");
  for (let i = 0; i < sheet.rows.length; i++) {
    const id = validCode(sheet, ctx, "idNo", "id-card", i);
    if (id === undefined) continue;
    const row = sheet.rows[i] ?? 0;
    const masked = maskId(id);
    const birth = sheet.num("birth", i);
    if (birth !== undefined && birthCol) {
      const fromId = attempt(() => idBirthDate(id));
      if (fromId.ok) {
        const a = toYmd(fromId.value);
        const b = toYmd(birth);
        // 出生年月 is a year and month: "1988-03" typed into Excel becomes the date 1988-03-01, so a
        // first of the month stands for the month alone; another day given is compared as a day.
        const monthOnly = birthCol.monthOnly?.[i] === 1 || b.d === 1;
        const same = a.y === b.y && a.m === b.m && (monthOnly || a.d === b.d);
        if (!same) {
          const shown = monthOnly ? `${b.y}-${String(b.m).padStart(2, "0")}` : toIso(birth);
          ctx.sink.add(
            "CODE-ID-BIRTH-MISMATCH",
            sheet.name,
            row,
            birthCol.index + 1,
            { id: masked, idBirth: toIso(fromId.value), birth: shown },
            { related: [cellOf(sheet, "idNo", i)] },
          );
        }
      }
    }
    const sex = sheet.str("sex", i);
    if (sex !== undefined) {
      const fromId = attempt(() => idSex(id));
      const stated = sex === "1" ? "male" : sex === "2" ? "female" : null;
      if (fromId.ok && stated !== null && fromId.value !== stated) {
        ctx.sink.add(
          "CODE-ID-SEX-MISMATCH",
          sheet.name,
          row,
          sheet.col("sex"),
          {
            id: masked,
            idSex: SEX_LABELS[fromId.value],
            idSexEn: SEX_EN[fromId.value],
            sex: SEX_LABELS[stated],
            sexEn: SEX_EN[stated],
          },
          { related: [cellOf(sheet, "idNo", i)] },
        );
      }
    }
  }
}
