/**
 * A recognised CNCA sheet against its template (issue 7 items 2 and bad input): the header block
 * (field codes, numbered headers, type, length, 填表说明, 校验级别, 是否公开 rows), the column of every
 * field, the sheet's name and A1 code, and where the data start. CNCA's platform rejects a changed
 * layout, so every difference is an error that shows the template's text; the data are still read
 * by field, wherever the fields were found, so the other checks run.
 */
import { columnLetters } from "../../sheet/a1";
import type { FindingSink } from "../findings";
import type { LayoutColumn, LayoutSheet } from "../layouts";
import type { CellValue, SheetGrid } from "../sheet";
import { isBlankCell, showCell } from "../text";
import { expectedIndex, headerForm, numberedHeader, type CncaMatch } from "./recognise";

type BlockRole = "fieldCode" | "header" | "type" | "length" | "note" | "level" | "public";

const ROLE_LABEL: Readonly<Record<BlockRole, { zh: string; en: string }>> = {
  fieldCode: { zh: "字段名称（字段代码）", en: "field codes" },
  header: { zh: "字段含义（编号表头）", en: "numbered headers" },
  type: { zh: "数据类型", en: "data types" },
  length: { zh: "最大长度", en: "maximum lengths" },
  note: { zh: "填表说明", en: "filling notes" },
  level: { zh: "校验级别", en: "check levels" },
  public: { zh: "是否公开", en: "public flags" },
};

/** What a header-block row holds under a column, as the template writes it. */
function expectedText(role: BlockRole, c: LayoutColumn): string | undefined {
  if (role === "fieldCode") return c.code;
  if (role === "header") return c.header;
  return c.template?.[role];
}

/** Whether a row is the given header-block row: at least half the located, non-empty template cells agree. */
function rowIs(
  row: CellValue[] | undefined,
  role: BlockRole,
  sheet: LayoutSheet,
  columnAt: number[],
): boolean {
  if (!row) return false;
  let compared = 0;
  let same = 0;
  sheet.columns.forEach((c, k) => {
    const index = columnAt[k] ?? -1;
    const want = expectedText(role, c);
    if (index < 0 || want === undefined || want === "") return;
    compared++;
    const got = headerForm(row[index]);
    if (got === headerForm(want)) same++;
    else if (role === "header" && numberedHeader(row[index])?.item === c.item) same++;
  });
  return compared > 0 && same * 2 >= compared;
}

export interface Structure {
  /** 1-based first row after the header block. */
  dataStart: number;
  /** The numbered-header row (or the field-code row when there is none), for sheet-level findings. */
  headerRow: number;
}

/** Checks the header block and columns; returns where the data start. */
export function checkStructure(grid: SheetGrid, match: CncaMatch, sink: FindingSink): Structure {
  const { sheet, columnAt } = match;
  const rows = sheet.headerRows;
  const anchor =
    match.codeRow > 0 ? match.codeRow - ((rows.fieldCode ?? 1) - 1) : match.headerRow - (rows.header - 1);
  const roles = (Object.keys(ROLE_LABEL) as BlockRole[]).filter((r) => rows[r] !== undefined);
  const missing: BlockRole[] = [];
  let last = Math.max(match.codeRow, match.headerRow);
  for (const role of roles) {
    const at = anchor + (rows[role] ?? 1) - 1;
    if (at >= 1 && rowIs(grid.cells[at - 1], role, sheet, columnAt)) last = Math.max(last, at);
    else missing.push(role);
  }
  const headerRow = match.headerRow || match.codeRow;
  const where = { sheet: sheet.name, layout: match.layout.title };
  if (missing.length > 0)
    sink.add("CNCA-HEADER-ROWS", grid.name, headerRow, 0, {
      ...where,
      rows: missing.map((r) => `「${ROLE_LABEL[r].zh}」`).join(""),
      rowsEn: missing.map((r) => ROLE_LABEL[r].en).join(", "),
      count: roles.length,
    });
  const dataStart = last + 1;
  if (missing.length === 0 && dataStart !== sheet.firstDataRow)
    sink.add("CNCA-DATA-START", grid.name, dataStart, 0, {
      ...where,
      expected: sheet.firstDataRow,
      found: dataStart,
      cell: `${columnLetters(sheet.firstColumn)}${sheet.firstDataRow}`,
    });
  checkName(grid, match, sink);
  checkSheetCode(grid, match, anchor, sink);
  checkColumns(grid, match, sink);
  return { dataStart, headerRow };
}

function checkName(grid: SheetGrid, match: CncaMatch, sink: FindingSink): void {
  const { sheet } = match;
  if (grid.name === sheet.name || sheet.nameVariants.includes(grid.name)) return;
  sink.add("CNCA-SHEET-NAME", grid.name, 0, 0, {
    found: grid.name,
    expected: sheet.name,
    by: match.by === "field-codes" ? "字段代码" : "编号表头",
    byEn: match.by === "field-codes" ? "field codes" : "numbered headers",
  });
}

/** A1 holds the sheet code in CNCA's template (103010 证书信息表): the platform tells sheets apart by it. */
function checkSheetCode(grid: SheetGrid, match: CncaMatch, anchor: number, sink: FindingSink): void {
  const code = match.sheet.sheetCode;
  if (!code || anchor < 1) return;
  const cell = grid.cells[anchor - 1]?.[0];
  if (headerForm(cell) === code) return;
  sink.add("CNCA-SHEET-CODE", grid.name, anchor, 1, {
    found: showCell(cell),
    expected: code,
    sheet: match.sheet.name,
  });
}

function checkColumns(grid: SheetGrid, match: CncaMatch, sink: FindingSink): void {
  const { sheet, columnAt } = match;
  const headerCells = match.headerRow > 0 ? (grid.cells[match.headerRow - 1] ?? []) : [];
  const codeCells = match.codeRow > 0 ? (grid.cells[match.codeRow - 1] ?? []) : [];
  const row = match.headerRow || match.codeRow;
  const moved: { c: LayoutColumn; at: number; want: number }[] = [];
  sheet.columns.forEach((c, k) => {
    const index = columnAt[k] ?? -1;
    const want = expectedIndex(sheet, c);
    if (index < 0) {
      if (!sheet.optionalColumns.includes(c.code))
        sink.add("CNCA-COLUMN-MISSING", grid.name, row, 0, {
          header: c.header,
          code: c.code,
          column: columnLetters(want + 1),
        });
      return;
    }
    if (match.headerRow > 0) {
      const found = headerCells[index];
      const same =
        headerForm(found) === headerForm(c.header) ||
        c.headerVariants.some((v) => headerForm(v) === headerForm(found));
      if (!same)
        sink.add("CNCA-HEADER-CHANGED", grid.name, match.headerRow, index + 1, {
          found: showCell(found),
          expected: c.header,
        });
    }
    if (match.codeRow > 0 && headerForm(codeCells[index]) !== headerForm(c.code))
      sink.add("CNCA-FIELD-CODE-CHANGED", grid.name, match.codeRow, index + 1, {
        found: showCell(codeCells[index]),
        expected: c.code,
        header: c.header,
      });
    if (index !== want) moved.push({ c, at: index, want });
  });
  reportMoved(grid, match, moved, row, sink);
  reportExtra(grid, match, [headerCells, codeCells], row, sink);
}

/** Every column one place off is one shift of the whole block (label columns deleted): said once. */
function reportMoved(
  grid: SheetGrid,
  match: CncaMatch,
  moved: { c: LayoutColumn; at: number; want: number }[],
  row: number,
  sink: FindingSink,
): void {
  if (moved.length === 0) return;
  const first = moved[0];
  const located = match.columnAt.filter((i) => i >= 0).length;
  if (first && moved.length === located && moved.every((m) => m.at - m.want === first.at - first.want)) {
    sink.add("CNCA-COLUMNS-SHIFTED", grid.name, row, first.at + 1, {
      found: columnLetters(first.at + 1),
      expected: columnLetters(first.want + 1),
      header: first.c.header,
    });
    return;
  }
  for (const m of moved)
    sink.add("CNCA-COLUMN-MOVED", grid.name, row, m.at + 1, {
      header: m.c.header,
      found: columnLetters(m.at + 1),
      expected: columnLetters(m.want + 1),
    });
}

/** Header cells that belong to no field of the layout, right of where its fields begin. */
function reportExtra(
  grid: SheetGrid,
  match: CncaMatch,
  rows: CellValue[][],
  row: number,
  sink: FindingSink,
): void {
  const taken = new Set(match.columnAt);
  const first = Math.min(match.sheet.firstColumn - 1, ...match.columnAt.filter((i) => i >= 0));
  const seen = new Set<number>();
  for (const cells of rows)
    cells.forEach((v, index) => {
      if (index < first || taken.has(index) || seen.has(index) || isBlankCell(v)) return;
      seen.add(index);
      sink.add("CNCA-COLUMN-EXTRA", grid.name, row, index + 1, {
        found: showCell(v),
        sheet: match.sheet.name,
      });
    });
}

/** A data row that repeats the header (a second header pasted into the data). */
/** The first located field of a match and the forms of its code and header, made once per match. */
const firstFields = new WeakMap<
  CncaMatch,
  { index: number; code: string; header: string; item?: number } | null
>();

function firstField(match: CncaMatch): { index: number; code: string; header: string; item?: number } | null {
  let first = firstFields.get(match);
  if (first === undefined) {
    const k = match.columnAt.findIndex((i) => i >= 0);
    const c = match.sheet.columns[k];
    first = c
      ? {
          index: match.columnAt[k] ?? -1,
          code: headerForm(c.code),
          header: headerForm(c.header),
          item: c.item,
        }
      : null;
    firstFields.set(match, first);
  }
  return first;
}

export function isHeaderLike(row: CellValue[] | undefined, match: CncaMatch): boolean {
  // Cheap first look (every data row passes here): the first located field's cell must be its code or header.
  const first = firstField(match);
  const v = first ? row?.[first.index] : undefined;
  if (!first || typeof v !== "string") return false;
  const h = headerForm(v);
  if (h !== first.code && h !== first.header && numberedHeader(v)?.item !== first.item) return false;
  return (
    rowIs(row, "fieldCode", match.sheet, match.columnAt) || rowIs(row, "header", match.sheet, match.columnAt)
  );
}
