/**
 * The Excel implementation of the workbook door: with the custom-functions runtime, the only
 * code that says `Excel.` (STYLE.md: Office glue in one place). Every method is one `Excel.run`
 * batch; big ranges go in blocks (blocks.ts) with one `context.sync()` per block, never a sync per
 * row, because Excel on the web refuses requests above 5 MB.
 */
import {
  type CellValue,
  AddressError,
  formatCell,
  formatRange,
  MAX_COLUMNS,
  MAX_ROWS,
  parseCell,
  parseRange,
  quoteSheetName,
  columnName,
  rowBlocks,
  splitSheetAddress,
  freeSheetName,
  chartLayout,
} from "../../core";
import { blockRows, columnRuns, distinctCells, runBatches, runRange } from "./blocks";
import { toWorkbookError, WorkbookError } from "./errors";
import { freezeCount } from "./freeze-count";
import type { CellFormat, ChartSpec, Fill, Selection, SheetInfo, Workbook } from "./workbook";

/** Runs one batch against a request context; `Excel.run` in Excel, a mock in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

type Scalar = string | number | boolean | null;

/** Hidden sheet holding dropdown lists too long for an inline source (Excel allows 255 characters). */
export const LIST_SHEET = "CertDesk列表";
const INLINE_LIST_LIMIT = 255;

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Excel.run, or a clear message when the page is open outside Excel (a browser, a preview). */
const runInExcel: ExcelRunner = (batch) =>
  typeof Excel === "undefined"
    ? Promise.reject(
        new WorkbookError("notInExcel", "未在 Excel 中运行：无法读写工作表。请在 Excel 中打开本加载项。"),
      )
    : Excel.run(batch);

export function createExcelWorkbook(run: ExcelRunner = runInExcel): Workbook {
  async function act<T>(doing: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await run(batch);
    } catch (error) {
      if (error instanceof AddressError)
        throw new WorkbookError("invalidAddress", `${doing}失败：${error.message}`);
      throw toWorkbookError(error, doing);
    }
  }

  return {
    listSheets: () => act("读取工作表列表", listSheets),
    readSheet: (sheet) => act(`读取工作表「${sheet}」`, (context) => readSheet(context, sheet)),
    getSelection: () => act("读取所选区域", getSelection),
    writeBlock: (sheet, topLeft, rows) =>
      act(`写入工作表「${sheet}」`, (context) => writeBlock(context, sheet, topLeft, rows)),
    writeAtSelection: (rows) => act("写入所选单元格", (context) => writeAtSelection(context, rows)),
    selectCell: (sheet, address) =>
      act(`定位到「${sheet}」${address}`, async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(parseAndFormat(address)).select();
        await context.sync();
      }),
    paintCells: (sheet, addresses, fill) =>
      act(`标记工作表「${sheet}」的单元格`, (context) => {
        requireExcelApi("1.9", "读取单元格原有填充色");
        return paintCells(context, sheet, addresses, fill);
      }),
    restoreFills: async (sheet, previous) => {
      if (previous.size === 0) return;
      await act(`撤销工作表「${sheet}」的标记`, (context) => restoreFills(context, sheet, previous));
    },
    formatCells: (sheet, address, format) =>
      act(`设置「${sheet}」${address} 的格式`, (context) => formatCells(context, sheet, address, format)),
    addSheet: (name) => act(`新建工作表「${name}」`, (context) => addSheet(context, name)),
    addListValidation: (sheet, address, items) =>
      act(`为「${sheet}」${address} 设置下拉列表`, (context) =>
        addListValidation(context, sheet, address, items),
      ),
    mergeCells: (sheet, range) =>
      act(`合并「${sheet}」${range}`, async (context) => {
        requireExcelApi("1.2", "合并单元格");
        context.workbook.worksheets.getItem(sheet).getRange(parseAndFormat(range)).merge(false);
        await context.sync();
      }),
    freezePanes: (sheet, rows, columns) =>
      act(`冻结「${sheet}」的窗格`, (context) => {
        requireExcelApi("1.7", "冻结窗格");
        return freezePanes(context, sheet, rows, columns);
      }),
    addChart: (sheet, chart) =>
      act(`在「${sheet}」添加图表「${chart.title}」`, (context) => addChart(context, sheet, chart)),
    deleteSheet: (sheet) =>
      act(`删除工作表「${sheet}」`, async (context) => {
        context.workbook.worksheets.getItem(sheet).delete();
        await context.sync();
      }),
  };
}

/**
 * Fails with a message when Excel is too old for a call (getCellProperties and fill patterns are
 * ExcelApi 1.9). Outside Office (tests) there is nothing to ask and the call is tried.
 */
function requireExcelApi(version: string, what: string): void {
  if (typeof Office === "undefined" || !Office.context?.requirements) return;
  if (!Office.context.requirements.isSetSupported("ExcelApi", version)) {
    throw new WorkbookError(
      "office",
      `此版本的 Excel 不支持${what}（需要 ExcelApi ${version}），请更新 Office 或使用 Excel 网页版`,
    );
  }
}

async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: sheet.name, range };
  });
  await context.sync();
  // Counts are from A1 to the last used cell, matching readSheet's grid.
  return used.map(({ name, range }) =>
    range.isNullObject
      ? { name, rowCount: 0, columnCount: 0 }
      : {
          name,
          rowCount: range.rowIndex + range.rowCount,
          columnCount: range.columnIndex + range.columnCount,
        },
  );
}

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty") return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/** Reads rows top..bottom, columns left..right, in blocks: one sync per block. */
async function readRegion(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  top: number,
  bottom: number,
  left: number,
  right: number,
): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  for (const block of rowBlocks(top, bottom, blockRows(right - left + 1))) {
    const range = worksheet.getRange(formatRange({ top: block.top, bottom: block.bottom, left, right }));
    range.load("values,valueTypes");
    await context.sync();
    range.values.forEach((row, r) =>
      rows.push(row.map((value, c) => toCellValue(value, range.valueTypes[r]?.[c]))),
    );
  }
  return rows;
}

async function readSheet(context: Excel.RequestContext, sheet: string): Promise<CellValue[][]> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return [];
  // The grid starts at A1 (SheetGrid), whatever the used range's top-left.
  return readRegion(
    context,
    worksheet,
    1,
    used.rowIndex + used.rowCount,
    1,
    used.columnIndex + used.columnCount,
  );
}

/**
 * The selection's values are cut at the sheet's last used row and column: a whole-column
 * selection reads the data, not a million blank rows (the cells beyond are empty anyway).
 */
async function getSelection(context: Excel.RequestContext): Promise<Selection> {
  const selected = context.workbook.getSelectedRange();
  selected.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const used = selected.worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const { sheet, address } = splitSheetAddress(selected.address);
  const top = selected.rowIndex + 1;
  const left = selected.columnIndex + 1;
  const base = {
    sheet: sheet ?? "",
    address,
    rowCount: selected.rowCount,
    columnCount: selected.columnCount,
  };
  if (used.isNullObject) return { ...base, values: [] };
  const bottom = Math.min(selected.rowIndex + selected.rowCount, used.rowIndex + used.rowCount);
  const right = Math.min(selected.columnIndex + selected.columnCount, used.columnIndex + used.columnCount);
  if (bottom < top || right < left) return { ...base, values: [] };
  const worksheet = context.workbook.worksheets.getItem(base.sheet);
  return { ...base, values: await readRegion(context, worksheet, top, bottom, left, right) };
}

/** The width of a non-empty rectangular block, or a message saying how it is not one. */
function blockWidth(rows: Scalar[][]): number {
  const width = rows[0]?.length ?? 0;
  const ragged = rows.findIndex((row) => row.length !== width);
  if (width === 0 || ragged >= 0) {
    const where =
      ragged >= 0 ? `第 ${ragged + 1} 行有 ${rows[ragged]?.length ?? 0} 列，应为 ${width} 列` : "没有数据";
    throw new WorkbookError("notRectangular", `写入的数据须为非空的矩形区域：${where}`);
  }
  return width;
}

/** Puts a block on a range: formulas when any cell is one, values otherwise; null means blank. */
function assign(range: Excel.Range, rows: Scalar[][]): void {
  // null means "blank" here; Office would read null as "leave the cell unchanged".
  const cells = rows.map((row) => row.map((cell) => (cell === null ? "" : cell)));
  if (cells.some((row) => row.some((cell) => typeof cell === "string" && cell.startsWith("="))))
    range.formulas = cells;
  else range.values = cells;
}

async function writeAtSelection(
  context: Excel.RequestContext,
  rows: Scalar[][],
): Promise<{ sheet: string; address: string }> {
  const width = blockWidth(rows);
  const selected = context.workbook.getSelectedRange();
  if (rows.length > blockRows(width)) {
    // Too big for one request: find the cell first, then write in blocks.
    selected.load("address");
    await context.sync();
    const { sheet, address } = splitSheetAddress(selected.address);
    const ref = parseRange(address);
    await writeBlock(context, sheet ?? "", formatCell(ref.top, ref.left), rows);
    return {
      sheet: sheet ?? "",
      address: formatRange({
        top: ref.top,
        left: ref.left,
        bottom: ref.top + rows.length - 1,
        right: ref.left + width - 1,
      }),
    };
  }
  const target = selected.getCell(0, 0).getResizedRange(rows.length - 1, width - 1);
  assign(target, rows);
  target.load("address");
  await context.sync();
  const { sheet, address } = splitSheetAddress(target.address);
  return { sheet: sheet ?? "", address };
}

async function writeBlock(
  context: Excel.RequestContext,
  sheet: string,
  topLeft: string,
  rows: Scalar[][],
): Promise<void> {
  const width = blockWidth(rows);
  const start = parseCell(topLeft);
  const bottom = start.row + rows.length - 1;
  if (bottom > MAX_ROWS)
    throw new WorkbookError("tooLarge", `写入 ${rows.length} 行将超过工作表的最大行数 ${MAX_ROWS}`);
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const size = blockRows(width);
  for (let offset = 0; offset < rows.length; offset += size) {
    const chunk = rows.slice(offset, offset + size);
    assign(
      worksheet.getRange(
        formatRange({
          top: start.row + offset,
          bottom: start.row + offset + chunk.length - 1,
          left: start.column,
          right: start.column + width - 1,
        }),
      ),
      chunk,
    );
    await context.sync();
  }
}

/** "No fill" is pattern None (its colour reads as white, which is also a real fill). */
function fillOf(properties: Excel.CellProperties | undefined): Fill {
  const fill = properties?.format?.fill;
  if (!fill || fill.pattern === "None") return null;
  return fill.color ?? null;
}

/**
 * Reads each cell's previous fill and paints it in the same request: the queue runs in order, so
 * the read sees the fill before the paint. Vertical runs of cells share one range object.
 */
async function paintCells(
  context: Excel.RequestContext,
  sheet: string,
  addresses: string[],
  fill: string,
): Promise<Map<string, Fill>> {
  const previous = new Map<string, Fill>();
  const worksheet = context.workbook.worksheets.getItem(sheet);
  for (const batch of runBatches(columnRuns(distinctCells(addresses)))) {
    const reads = batch.map((run) => {
      const range = worksheet.getRange(formatRange(runRange(run)));
      const properties = range.getCellProperties(FILL_PROPERTIES);
      range.format.fill.color = fill;
      return { run, properties };
    });
    await context.sync();
    for (const { run, properties } of reads) {
      for (let row = run.top; row <= run.bottom; row++)
        previous.set(formatCell(row, run.column), fillOf(properties.value[row - run.top]?.[0]));
    }
  }
  return previous;
}

/** Puts back exactly the recorded fills; cells that had none are cleared, not painted white. */
async function restoreFills(
  context: Excel.RequestContext,
  sheet: string,
  previous: Map<string, Fill>,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const cells = [...previous.keys()].map(parseCell);
  const fillAt = (row: number, column: number) => previous.get(formatCell(row, column)) ?? null;
  for (const batch of runBatches(columnRuns(cells, (cell) => fillAt(cell.row, cell.column)))) {
    for (const run of batch) {
      const range = worksheet.getRange(formatRange(runRange(run)));
      if (run.key === null) range.format.fill.clear();
      else range.format.fill.color = run.key;
    }
    await context.sync();
  }
}

async function formatCells(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
  format: CellFormat,
): Promise<void> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(parseAndFormat(address));
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  // A 1×1 array applies to every cell of the range, whole columns included.
  if (format.numberFormat !== undefined) range.numberFormat = [[format.numberFormat]];
  await context.sync();
}

/** Validates an address before it reaches Excel, so a typo gets our message, not InvalidArgument. */
function parseAndFormat(address: string): string {
  return formatRange(parseRange(address));
}

async function addSheet(context: Excel.RequestContext, name: string): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const free = freeSheetName(
    name,
    sheets.items.map((sheet) => sheet.name),
  );
  sheets.add(free).activate();
  await context.sync();
  return free;
}

function cleanItems(items: readonly string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter((item) => item !== ""))];
}

async function addListValidation(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
  items: string[],
): Promise<void> {
  const list = cleanItems(items);
  if (list.length === 0) throw new WorkbookError("invalidAddress", "下拉列表没有任何选项");
  const inline = list.join(",");
  const source =
    list.some((item) => item.includes(",")) || inline.length > INLINE_LIST_LIMIT
      ? await storeList(context, list)
      : inline;
  const range = context.workbook.worksheets.getItem(sheet).getRange(parseAndFormat(address));
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "无效的值",
    message: "请从下拉列表中选择（可填代码或名称）",
  };
  await context.sync();
}

/** Rows and columns frozen together are one freezeAt over the top-left block (freezeRows alone would unfreeze the columns). */
async function freezePanes(
  context: Excel.RequestContext,
  sheet: string,
  rows: number,
  columns: number,
): Promise<void> {
  freezeCount(rows, MAX_ROWS, "行");
  freezeCount(columns, MAX_COLUMNS, "列");
  const panes = context.workbook.worksheets.getItem(sheet).freezePanes;
  panes.unfreeze();
  if (rows > 0 && columns > 0) panes.freezeAt(formatRange({ top: 1, left: 1, bottom: rows, right: columns }));
  else if (rows > 0) panes.freezeRows(rows);
  else if (columns > 0) panes.freezeColumns(columns);
  await context.sync();
}

// Literal names, not the Excel.ChartType enum: the enum object exists only once office.js loaded.
const CHART_TYPES = { column: "ColumnClustered", line: "Line" } as const;

/** One chart over a range already on the sheet: series by column, as the ChartSpec describes. */
async function addChart(context: Excel.RequestContext, sheet: string, chart: ChartSpec): Promise<void> {
  chartLayout(chart); // our message for a bad address or a source without header and categories
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const added = worksheet.charts.add(
    CHART_TYPES[chart.kind],
    worksheet.getRange(parseAndFormat(chart.source)),
    "Columns",
  );
  added.title.text = chart.title;
  added.setPosition(parseAndFormat(chart.topLeft), parseAndFormat(chart.bottomRight));
  await context.sync();
}

/** Writes a long list to the next free column of the hidden list sheet; returns its reference. */
async function storeList(context: Excel.RequestContext, list: string[]): Promise<string> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(LIST_SHEET);
  await context.sync();
  let listSheet: Excel.Worksheet = existing;
  let column = 1;
  if (existing.isNullObject) {
    listSheet = sheets.add(LIST_SHEET);
    listSheet.visibility = "VeryHidden";
  } else {
    const used = existing.getUsedRangeOrNullObject(true);
    used.load("columnIndex,columnCount");
    await context.sync();
    if (!used.isNullObject) column = used.columnIndex + used.columnCount + 1;
  }
  const letter = columnName(column);
  const target = listSheet.getRange(`${letter}1:${letter}${list.length}`);
  target.numberFormat = [["@"]]; // text, so codes such as 01 keep their zero
  target.values = list.map((item) => [item]);
  return `=${quoteSheetName(LIST_SHEET)}!$${letter}$1:$${letter}$${list.length}`;
}

/**
 * Waits for office.js. `inExcel` is false when the page is opened outside Excel (a plain browser),
 * where the panes still calculate but cannot touch a workbook.
 */
export async function whenOfficeReady(): Promise<{ inExcel: boolean }> {
  if (typeof Office === "undefined") return { inExcel: false };
  const info = await Office.onReady();
  return { inExcel: info.host === Office.HostType.Excel };
}
