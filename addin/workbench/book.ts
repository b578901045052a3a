/**
 * The workbench's workbook: an exceljs Workbook and every operation the `Workbook` door needs,
 * done on it directly. It lives in the Web Worker (worker.ts), so the page never waits on it; jest
 * drives it in Node with the same exceljs. Writes never touch cells the caller did not name;
 * painting remembers each cell's whole fill (pattern, theme colour, tint…) so clearing restores
 * it exactly, not just its colour.
 */
import type ExcelJS from "exceljs";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnName,
  formatCell,
  formatRange,
  parseCell,
  parseRange,
  type RangeRef,
  freeSheetName,
  type CellValue,
  addChartsToXlsx,
  type ChartCell,
  type PackedChart,
} from "../../core";
import { WorkbookError } from "../workbook/errors";
import { freezeCount } from "../workbook/freeze-count";
import type { CellFormat, ChartSpec, Fill, SheetInfo } from "../workbook/workbook";
import { displayText, toCellValue } from "./cell-values";

type Scalar = string | number | boolean | null;
type ExcelJsModule = { Workbook: new () => ExcelJS.Workbook };

/** A window of the grid as the page shows it: text and fill of each cell. */
export interface GridWindow {
  sheet: string;
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
  text: string[][];
  fills: (string | null)[][];
}

/** Cells a format is applied to one by one; beyond this a whole column's style is set instead. */
const CELLWISE_LIMIT = 2_000;

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function solid(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

/** A fill as the `Fill` door type: "#RRGGBB" for a solid colour, "pattern:…" for anything else. */
function fillName(fill: ExcelJS.Fill | undefined): Fill {
  if (!fill || (fill.type === "pattern" && fill.pattern === "none")) return null;
  if (fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
    return `#${fill.fgColor.argb.slice(-6)}`;
  return fill.type === "pattern" ? `pattern:${fill.pattern}` : `gradient:${fill.gradient}`;
}

export class ExcelJsBook {
  /** Each painted cell's fill before the first paint, per sheet: restored object for object. */
  private readonly originals = new Map<string, Map<string, ExcelJS.Fill | undefined>>();
  private readonly chartSpecs: { sheet: string; chart: ChartSpec }[] = [];

  constructor(
    private readonly excel: ExcelJsModule,
    private readonly workbook: ExcelJS.Workbook,
  ) {}

  get charts(): readonly { sheet: string; chart: ChartSpec }[] {
    return this.chartSpecs;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new WorkbookError("sheetNotFound", `找不到工作表「${name}」，可能已被重命名或删除`);
    return sheet;
  }

  listSheets(): SheetInfo[] {
    return this.workbook.worksheets
      .filter((sheet) => sheet.state !== "veryHidden")
      .map((sheet) => ({ name: sheet.name, rowCount: sheet.rowCount, columnCount: sheet.columnCount }));
  }

  /** From A1 to the last used cell, like the Excel implementation. */
  readSheet(name: string): CellValue[][] {
    const sheet = this.sheet(name);
    if (sheet.rowCount === 0) return [];
    return this.readRegion(sheet, { top: 1, left: 1, bottom: sheet.rowCount, right: sheet.columnCount });
  }

  /** A range's values, cut at the sheet's last used row and column (a whole column reads the data). */
  readRange(name: string, address: string): CellValue[][] {
    const sheet = this.sheet(name);
    const ref = parseRange(address);
    const bottom = Math.min(ref.bottom, sheet.rowCount);
    const right = Math.min(ref.right, sheet.columnCount);
    if (bottom < ref.top || right < ref.left) return [];
    return this.readRegion(sheet, { ...ref, bottom, right });
  }

  private readRegion(sheet: ExcelJS.Worksheet, ref: RangeRef): CellValue[][] {
    const rows: CellValue[][] = [];
    for (let r = ref.top; r <= ref.bottom; r++) {
      const row = sheet.getRow(r);
      const values: CellValue[] = [];
      for (let c = ref.left; c <= ref.right; c++) values.push(toCellValue(row.getCell(c).value));
      rows.push(values);
    }
    return rows;
  }

  /** What the grid shows: `rowCount` × `columnCount` cells from (top, left), text and fills. */
  window(name: string, top: number, left: number, rowCount: number, columnCount: number): GridWindow {
    const sheet = this.sheet(name);
    const text: string[][] = [];
    const fills: (string | null)[][] = [];
    const bottom = Math.min(top + rowCount - 1, Math.max(sheet.rowCount, top));
    for (let r = top; r <= bottom; r++) {
      const row = sheet.findRow(r);
      const rowText: string[] = [];
      const rowFills: (string | null)[] = [];
      for (let c = left; c < left + columnCount; c++) {
        const cell = row?.findCell(c);
        rowText.push(cell ? displayText(cell.value) : "");
        rowFills.push(cell ? fillName(cell.fill) : null);
      }
      text.push(rowText);
      fills.push(rowFills);
    }
    return { sheet: name, top, left, rowCount: text.length, columnCount, text, fills };
  }

  writeBlock(name: string, topLeft: string, rows: Scalar[][]): { sheet: string; address: string } {
    const sheet = this.sheet(name);
    const width = rows[0]?.length ?? 0;
    const ragged = rows.findIndex((row) => row.length !== width);
    if (width === 0 || ragged >= 0) {
      const where =
        ragged >= 0 ? `第 ${ragged + 1} 行有 ${rows[ragged]?.length ?? 0} 列，应为 ${width} 列` : "没有数据";
      throw new WorkbookError("notRectangular", `写入的数据须为非空的矩形区域：${where}`);
    }
    const start = parseCell(topLeft);
    if (start.row + rows.length - 1 > MAX_ROWS)
      throw new WorkbookError("tooLarge", `写入 ${rows.length} 行将超过工作表的最大行数 ${MAX_ROWS}`);
    rows.forEach((values, r) => {
      const row = sheet.getRow(start.row + r);
      values.forEach((value, c) => {
        const cell = row.getCell(start.column + c);
        cell.value = typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
      });
    });
    return {
      sheet: name,
      address: formatRange({
        top: start.row,
        left: start.column,
        bottom: start.row + rows.length - 1,
        right: start.column + width - 1,
      }),
    };
  }

  paintCells(name: string, addresses: readonly string[], fill: string): Map<string, Fill> {
    const sheet = this.sheet(name);
    const originals = this.originals.get(name) ?? new Map<string, ExcelJS.Fill | undefined>();
    this.originals.set(name, originals);
    const previous = new Map<string, Fill>();
    for (const address of addresses) {
      for (const key of cellKeys(address)) {
        if (previous.has(key)) continue;
        const cell = sheet.getCell(key);
        previous.set(key, fillName(cell.fill));
        if (!originals.has(key)) originals.set(key, cell.fill);
        // exceljs shares one style object between cells read with the same style: replace, never mutate.
        cell.style = { ...cell.style, fill: solid(fill) };
      }
    }
    return previous;
  }

  restoreFills(name: string, previous: ReadonlyMap<string, Fill>): void {
    const sheet = this.sheet(name);
    const originals = this.originals.get(name);
    for (const [key, fill] of previous) {
      const cell = sheet.getCell(key);
      const original = originals?.get(key);
      // The fill we reported is the fill we remember: put the very object back.
      const exact = originals?.has(key) && fillName(original) === fill;
      const restored = exact ? original : fill === null ? undefined : solid(fill);
      const style = { ...cell.style };
      if (restored) style.fill = restored;
      else delete style.fill;
      cell.style = style;
      if (exact) originals?.delete(key);
    }
  }

  formatCells(name: string, address: string, format: CellFormat): void {
    const sheet = this.sheet(name);
    const ref = parseRange(address);
    const cells = (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
    const apply = (target: { style: Partial<ExcelJS.Style> }) => {
      const style = { ...target.style };
      if (format.fill !== undefined) style.fill = solid(format.fill);
      if (format.bold !== undefined) style.font = { ...style.font, bold: format.bold };
      if (format.numberFormat !== undefined) style.numFmt = format.numberFormat;
      target.style = style;
    };
    if (cells <= CELLWISE_LIMIT) {
      for (let r = ref.top; r <= ref.bottom; r++)
        for (let c = ref.left; c <= ref.right; c++) apply(sheet.getCell(r, c));
      return;
    }
    // A whole-column template range: the column's style carries it, as Excel stores it.
    for (let c = ref.left; c <= ref.right; c++) apply(sheet.getColumn(c));
  }

  addSheet(name: string): string {
    const free = freeSheetName(
      name,
      this.workbook.worksheets.map((sheet) => sheet.name),
    );
    this.workbook.addWorksheet(free);
    return free;
  }

  addListValidation(name: string, address: string, items: readonly string[]): void {
    const sheet = this.sheet(name);
    const list = [...new Set(items.map((item) => item.trim()).filter((item) => item !== ""))];
    if (list.length === 0) throw new WorkbookError("invalidAddress", "下拉列表没有任何选项");
    const inline = `"${list.join(",").replace(/"/g, '""')}"`;
    const source =
      list.some((item) => item.includes(",")) || inline.length > 257 ? this.storeList(list) : inline;
    const ref = formatRange(parseRange(address));
    // One entry for the whole range: exceljs writes a range key as one sqref.
    (
      sheet as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(ref, {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "无效的值",
      error: "请从下拉列表中选择（可填代码或名称）",
    });
  }

  /** Long lists go to a very hidden sheet, as the Excel implementation does. */
  private storeList(list: readonly string[]): string {
    const LIST_SHEET = "CertDesk列表";
    const sheet = this.workbook.getWorksheet(LIST_SHEET) ?? this.workbook.addWorksheet(LIST_SHEET);
    sheet.state = "veryHidden";
    const column = sheet.columnCount + 1;
    list.forEach((item, i) => {
      const cell = sheet.getCell(i + 1, column);
      cell.numFmt = "@";
      cell.value = item;
    });
    const letter = columnName(column);
    return `'${LIST_SHEET}'!$${letter}$1:$${letter}$${list.length}`;
  }

  /** One merged cell over the range; a range overlapping a merge already there is refused. */
  mergeCells(name: string, range: string): void {
    const sheet = this.sheet(name);
    const ref = formatRange(parseRange(range));
    try {
      sheet.mergeCells(ref);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new WorkbookError(
        "invalidAddress",
        `合并「${name}」${ref} 失败：与已合并的单元格重叠（${detail}）`,
      );
    }
  }

  /** Frozen panes as Excel stores them (a sheet view); 0 and 0 unfreezes. */
  freezePanes(name: string, rows: number, columns: number): void {
    const sheet = this.sheet(name);
    freezeCount(rows, MAX_ROWS, "行");
    freezeCount(columns, MAX_COLUMNS, "列");
    sheet.views =
      rows === 0 && columns === 0
        ? [{ state: "normal" }]
        : [
            {
              state: "frozen",
              xSplit: columns,
              ySplit: rows,
              topLeftCell: formatCell(rows + 1, columns + 1),
            },
          ];
  }

  /** Kept with the book and written into every download by core/xlsx-chart (exceljs writes no charts). */
  addChart(name: string, chart: ChartSpec): void {
    this.sheet(name);
    parseRange(chart.source);
    parseCell(chart.topLeft);
    parseCell(chart.bottomRight);
    this.chartSpecs.push({ sheet: name, chart: { ...chart } });
  }

  /** Charts kept for downloads. */
  chartCount(): number {
    return this.chartSpecs.length;
  }

  /** A sheet the product made (the statistics pane's re-run): gone with its charts and marks. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.workbook.removeWorksheet(sheet.id);
    this.originals.delete(name);
    for (let i = this.chartSpecs.length - 1; i >= 0; i--)
      if (this.chartSpecs[i]?.sheet === name) this.chartSpecs.splice(i, 1);
  }

  /** The workbook as an .xlsx with its charts; with `sheets`, only those sheets. */
  async save(sheets?: readonly string[]): Promise<Uint8Array> {
    for (const name of sheets ?? []) this.sheet(name);
    const charts: PackedChart[] = this.chartSpecs
      .filter(({ sheet }) => !sheets || sheets.includes(sheet))
      .map(({ sheet, chart }) => ({ sheet, chart, rows: this.chartRows(sheet, chart.source) }));
    let bytes = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    if (sheets) {
      const copy = new this.excel.Workbook();
      await copy.xlsx.load(bytes as unknown as ArrayBuffer);
      for (const sheet of [...copy.worksheets])
        if (!sheets.includes(sheet.name) && sheet.name !== "CertDesk列表") copy.removeWorksheet(sheet.id);
      bytes = new Uint8Array(await copy.xlsx.writeBuffer());
    }
    return charts.length > 0 ? addChartsToXlsx(bytes, charts) : bytes;
  }

  /** The chart's source cells as the chart caches them: dates as text, errors as gaps. */
  private chartRows(name: string, source: string): ChartCell[][] {
    return this.readRange(name, source).map((row) =>
      row.map((value) =>
        value instanceof Date
          ? value.toISOString().slice(0, 10)
          : value !== null && typeof value === "object"
            ? null
            : value,
      ),
    );
  }
}

/** A cell or small range as cell keys, e.g. "B2:B3" → B2, B3. */
function cellKeys(address: string): string[] {
  const ref = parseRange(address);
  const keys: string[] = [];
  if ((ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > CELLWISE_LIMIT)
    throw new WorkbookError("tooLarge", `区域 ${address} 太大，无法逐格标记`);
  for (let r = ref.top; r <= ref.bottom; r++)
    for (let c = ref.left; c <= ref.right; c++) keys.push(formatCell(r, c));
  return keys;
}
