/**
 * The browser workbench's implementation of the workbook door: the book lives in the worker
 * (book.ts), the selection lives on the page (view-store.ts, the grid shows it). Panes get this
 * through the same context as Excel's and cannot tell the two apart.
 */
import { parseCell, parseRange, formatCell, type CellValue } from "../../core";
import { WorkbookError } from "../workbook/errors";
import type { CellFormat, ChartSpec, Fill, Selection, SheetInfo, Workbook } from "../workbook/workbook";
import type { BookClient } from "./book-client";
import type { ViewStore } from "./view-store";

type Scalar = string | number | boolean | null;

export class WorkbenchWorkbook implements Workbook {
  constructor(
    private readonly client: BookClient,
    private readonly view: ViewStore,
  ) {}

  listSheets(): Promise<SheetInfo[]> {
    return this.client.call("listSheets");
  }

  readSheet(sheet: string): Promise<CellValue[][]> {
    return this.client.call("readSheet", sheet);
  }

  /** The first rows of a sheet, where report headers sit (enough to recognise its type). */
  readHead(sheet: string): Promise<CellValue[][]> {
    return this.client.call("readRange", sheet, "A1:CZ30");
  }

  async getSelection(): Promise<Selection> {
    const selection = this.view.get().selection;
    if (!selection)
      throw new WorkbookError(
        "invalidSelection",
        "请先在表格中选择一个单元格（点击单元格或在地址框中输入，如 B2）",
      );
    const ref = parseRange(selection.address);
    return {
      sheet: selection.sheet,
      address: selection.address,
      rowCount: ref.bottom - ref.top + 1,
      columnCount: ref.right - ref.left + 1,
      values: await this.client.call("readRange", selection.sheet, selection.address),
    };
  }

  async writeBlock(sheet: string, topLeft: string, rows: Scalar[][]): Promise<void> {
    await this.client.call("writeBlock", sheet, topLeft, rows);
    await this.refresh();
  }

  async writeAtSelection(rows: Scalar[][]): Promise<{ sheet: string; address: string }> {
    const selection = this.view.get().selection;
    if (!selection)
      throw new WorkbookError(
        "invalidSelection",
        "请先在表格中选择要写入的起始单元格（点击单元格或在地址框中输入，如 B2）",
      );
    const ref = parseRange(selection.address);
    const written = await this.client.call(
      "writeBlock",
      selection.sheet,
      formatCell(ref.top, ref.left),
      rows,
    );
    this.view.update({ selection: written, active: written.sheet });
    await this.refresh();
    return written;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    parseRange(address);
    if (!this.view.get().sheets.some((s) => s.name === sheet))
      throw new WorkbookError("sheetNotFound", `定位失败：找不到工作表「${sheet}」，可能已被重命名或删除`);
    this.view.update({ active: sheet, selection: { sheet, address } });
  }

  async paintCells(sheet: string, addresses: string[], fill: string): Promise<Map<string, Fill>> {
    const previous = await this.client.call("paintCells", sheet, addresses, fill);
    this.view.touched();
    return previous;
  }

  async restoreFills(sheet: string, previous: Map<string, Fill>): Promise<void> {
    if (previous.size === 0) return;
    await this.client.call("restoreFills", sheet, previous);
    this.view.touched();
  }

  async formatCells(sheet: string, address: string, format: CellFormat): Promise<void> {
    await this.client.call("formatCells", sheet, address, format);
    this.view.touched();
  }

  async addSheet(name: string): Promise<string> {
    const added = await this.client.call("addSheet", name);
    await this.refresh();
    // Excel activates a new sheet; so does the workbench.
    this.view.update({ active: added, selection: { sheet: added, address: "A1" } });
    return added;
  }

  async addListValidation(sheet: string, address: string, items: string[]): Promise<void> {
    await this.client.call("addListValidation", sheet, address, items);
  }

  async mergeCells(sheet: string, range: string): Promise<void> {
    await this.client.call("mergeCells", sheet, range);
    this.view.touched();
  }

  async freezePanes(sheet: string, rows: number, columns: number): Promise<void> {
    await this.client.call("freezePanes", sheet, rows, columns);
  }

  /** Kept with the book and written into downloads (see book.ts). */
  async addChart(sheet: string, chart: ChartSpec): Promise<void> {
    parseCell(chart.topLeft);
    await this.client.call("addChart", sheet, chart);
  }

  async deleteSheet(sheet: string): Promise<void> {
    await this.client.call("deleteSheet", sheet);
    const sheets = await this.client.call("listSheets");
    this.view.update((s) => ({
      sheets,
      version: s.version + 1,
      active: s.active === sheet ? (sheets[0]?.name ?? null) : s.active,
      selection: s.selection?.sheet === sheet ? null : s.selection,
    }));
  }

  private async refresh(): Promise<void> {
    this.view.touched(await this.client.call("listSheets"));
  }
}
