/**
 * An in-memory Workbook for pane tests. It implements the interface exactly (`implements
 * Workbook`, nothing optional), so a misspelt call fails to compile and, at run time, throws
 * (STYLE.md trap: the mock that defined autoFitColumns while the code called autofitColumns).
 * Addresses and sheet names are checked as Excel would; every call is recorded.
 */
import type { CellValue } from "../../../core/validation/sheet";
import { cellsOf, formatCell, MAX_COLUMNS, MAX_ROWS, parseCell, parseRange } from "../../../core/sheet/a1";
import { WorkbookError } from "../../../addin/workbook/errors";
import { freezeCount } from "../../../addin/workbook/freeze-count";
import { freeSheetName } from "../../../core/sheet/sheet-names";
import type {
  CellFormat,
  ChartSpec,
  Fill,
  Selection,
  SheetInfo,
  Workbook,
} from "../../../addin/workbook/workbook";

interface FakeSheet {
  cells: CellValue[][];
  fills: Map<string, string>;
  formats: Map<string, CellFormat>;
  validations: { address: string; items: string[] }[];
  charts: ChartSpec[];
  merges: string[];
  frozen: { rows: number; columns: number };
}

export interface Call {
  method: keyof Workbook;
  args: unknown[];
}

const clone = (cells: CellValue[][]): CellValue[][] =>
  cells.map((row) =>
    row.map((v) =>
      v instanceof Date ? new Date(v.getTime()) : v !== null && typeof v === "object" ? { ...v } : v,
    ),
  );

export class FakeWorkbook implements Workbook {
  readonly calls: Call[] = [];
  private readonly sheets = new Map<string, FakeSheet>();
  private selected: { sheet: string; address: string };

  /** `fills`: sheet → cell → colour, for cells filled before the pane ran. */
  constructor(sheets: Record<string, CellValue[][]>, fills: Record<string, Record<string, string>> = {}) {
    for (const [name, cells] of Object.entries(sheets)) {
      this.sheets.set(name, {
        cells: clone(cells),
        fills: new Map(Object.entries(fills[name] ?? {})),
        formats: new Map(),
        validations: [],
        charts: [],
        merges: [],
        frozen: { rows: 0, columns: 0 },
      });
    }
    this.selected = { sheet: Object.keys(sheets)[0] ?? "", address: "A1" };
  }

  private sheet(name: string): FakeSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new WorkbookError("sheetNotFound", `找不到工作表「${name}」`, "ItemNotFound");
    return sheet;
  }

  private log(method: keyof Workbook, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  // ── the interface ───────────────────────────────────────────────────────────────────────────
  async listSheets(): Promise<SheetInfo[]> {
    this.log("listSheets");
    return [...this.sheets].map(([name, s]) => ({
      name,
      rowCount: s.cells.length,
      columnCount: Math.max(0, ...s.cells.map((r) => r.length)),
    }));
  }

  async readSheet(sheet: string): Promise<CellValue[][]> {
    this.log("readSheet", sheet);
    return clone(this.sheet(sheet).cells);
  }

  async getSelection(): Promise<Selection> {
    this.log("getSelection");
    const ref = parseRange(this.selected.address);
    const cells = this.sheet(this.selected.sheet).cells;
    const values = [];
    for (let r = ref.top; r <= ref.bottom; r++)
      values.push(
        Array.from({ length: ref.right - ref.left + 1 }, (_, c) => cells[r - 1]?.[ref.left - 1 + c] ?? null),
      );
    return {
      ...this.selected,
      rowCount: ref.bottom - ref.top + 1,
      columnCount: ref.right - ref.left + 1,
      values,
    };
  }

  async writeBlock(
    sheet: string,
    topLeft: string,
    rows: (string | number | boolean | null)[][],
  ): Promise<void> {
    this.log("writeBlock", sheet, topLeft, rows);
    const target = this.sheet(sheet);
    const start = parseCell(topLeft);
    const width = rows[0]?.length ?? 0;
    if (width === 0 || rows.some((r) => r.length !== width))
      throw new WorkbookError("notRectangular", "写入的数据须为非空的矩形区域");
    rows.forEach((row, r) => {
      const line = (target.cells[start.row - 1 + r] ??= []);
      row.forEach((value, c) => (line[start.column - 1 + c] = value));
    });
    target.cells = target.cells.map((row) => Array.from(row, (v) => v ?? null));
  }

  async writeAtSelection(
    rows: (string | number | boolean | null)[][],
  ): Promise<{ sheet: string; address: string }> {
    this.log("writeAtSelection", rows);
    const { sheet, address } = this.selected;
    const start = parseRange(address);
    const topLeft = formatCell(start.top, start.left);
    await this.writeBlock(sheet, topLeft, rows);
    this.calls.pop(); // the inner writeBlock is part of this call, not a call of its own
    const end = formatCell(start.top + rows.length - 1, start.left + (rows[0]?.length ?? 1) - 1);
    return { sheet, address: end === topLeft ? topLeft : `${topLeft}:${end}` };
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.log("selectCell", sheet, address);
    this.sheet(sheet);
    parseRange(address);
    this.selected = { sheet, address };
  }

  async paintCells(sheet: string, addresses: string[], fill: string): Promise<Map<string, Fill>> {
    this.log("paintCells", sheet, addresses, fill);
    const target = this.sheet(sheet);
    const previous = new Map<string, Fill>();
    for (const address of addresses) {
      const key = formatCell(parseCell(address).row, parseCell(address).column);
      if (!previous.has(address)) previous.set(address, target.fills.get(key) ?? null);
      target.fills.set(key, fill);
    }
    return previous;
  }

  async restoreFills(sheet: string, previous: Map<string, Fill>): Promise<void> {
    this.log("restoreFills", sheet, previous);
    const target = this.sheet(sheet);
    for (const [address, fill] of previous) {
      const key = formatCell(parseCell(address).row, parseCell(address).column);
      if (fill === null) target.fills.delete(key);
      else target.fills.set(key, fill);
    }
  }

  async formatCells(sheet: string, address: string, format: CellFormat): Promise<void> {
    this.log("formatCells", sheet, address, format);
    const target = this.sheet(sheet);
    parseRange(address);
    target.formats.set(address, { ...target.formats.get(address), ...format });
  }

  async addSheet(name: string): Promise<string> {
    this.log("addSheet", name);
    const used = freeSheetName(name, this.sheets.keys());
    this.sheets.set(used, {
      cells: [],
      fills: new Map(),
      formats: new Map(),
      validations: [],
      charts: [],
      merges: [],
      frozen: { rows: 0, columns: 0 },
    });
    return used;
  }

  async addListValidation(sheet: string, address: string, items: string[]): Promise<void> {
    this.log("addListValidation", sheet, address, items);
    const target = this.sheet(sheet);
    parseRange(address);
    target.validations.push({ address, items: [...items] });
  }

  async addChart(sheet: string, chart: ChartSpec): Promise<void> {
    this.log("addChart", sheet, chart);
    const target = this.sheet(sheet);
    for (const address of [chart.source, chart.topLeft, chart.bottomRight]) parseRange(address);
    target.charts.push({ ...chart });
  }

  async mergeCells(sheet: string, range: string): Promise<void> {
    this.log("mergeCells", sheet, range);
    const target = this.sheet(sheet);
    const ref = parseRange(range);
    const overlaps = target.merges.some((m) => {
      const o = parseRange(m);
      return o.top <= ref.bottom && ref.top <= o.bottom && o.left <= ref.right && ref.left <= o.right;
    });
    if (overlaps)
      throw new WorkbookError("invalidAddress", `合并「${sheet}」${range} 失败：与已合并的单元格重叠`);
    target.merges.push(range);
  }

  async freezePanes(sheet: string, rows: number, columns: number): Promise<void> {
    this.log("freezePanes", sheet, rows, columns);
    const target = this.sheet(sheet);
    freezeCount(rows, MAX_ROWS, "行");
    freezeCount(columns, MAX_COLUMNS, "列");
    target.frozen = { rows, columns };
  }

  async deleteSheet(sheet: string): Promise<void> {
    this.log("deleteSheet", sheet);
    this.sheet(sheet);
    this.sheets.delete(sheet);
  }

  // ── for assertions (not part of the interface) ──────────────────────────────────────────────
  names(): string[] {
    return [...this.sheets.keys()];
  }

  mergesOf(sheet: string): string[] {
    return [...this.sheet(sheet).merges];
  }

  frozenOf(sheet: string): { rows: number; columns: number } {
    return { ...this.sheet(sheet).frozen };
  }

  values(sheet: string): CellValue[][] {
    return clone(this.sheet(sheet).cells);
  }

  /** Every filled cell of every sheet: "sheet!A1" → colour. */
  allFills(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, sheet] of this.sheets)
      for (const [cell, fill] of sheet.fills) out[`${name}!${cell}`] = fill;
    return out;
  }

  fillOf(sheet: string, address: string): Fill {
    return this.sheet(sheet).fills.get(address) ?? null;
  }

  formatsOf(sheet: string): Map<string, CellFormat> {
    return new Map(this.sheet(sheet).formats);
  }

  validationsOf(sheet: string): { address: string; items: string[] }[] {
    return [...this.sheet(sheet).validations];
  }

  chartsOf(sheet: string): ChartSpec[] {
    return [...this.sheet(sheet).charts];
  }

  selection(): { sheet: string; address: string } {
    return { ...this.selected };
  }

  callsOf(method: keyof Workbook): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Cells of a range as "A1" addresses (for building expectations). */
  static addresses(range: string): string[] {
    return cellsOf(parseRange(range)).map((c) => formatCell(c.row, c.column));
  }
}
