/**
 * A small Excel built on office-addin-mock's OfficeMockObject, for testing excel-workbook.ts.
 *
 * - Only the members the code should call exist: a misspelt method (autoFitColumns for
 *   autofitColumns) is a TypeError, loading a misspelt property throws, and assigning a property
 *   Excel does not have fails at the next sync (STYLE.md trap).
 * - Loaded properties read as OfficeMockObject's error strings until `context.sync()`.
 * - Writes are applied only at `context.sync()`, so a forgotten sync leaves the sheet unchanged.
 * - `syncs` counts every `context.sync()`; `requestCells` records the cells each request touched.
 */
import { OfficeMockObject } from "./office-mock";
import { formatCell, formatRange, parseRange, quoteSheetName, type RangeRef } from "../../../core/sheet/a1";

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  error?: string;
  /** Fill colour; absent or null = no fill. */
  fill?: string | null;
  bold?: boolean;
}

/** A chart as Excel would hold it after `charts.add`, its title and `setPosition`. */
export interface FakeChart {
  type: string;
  /** Sheet-qualified source address, e.g. `'年报统计2025'!A3:B8`. */
  source: string;
  seriesBy: string;
  title?: string;
  position?: { start: string; end: string };
}

const CHART_TYPES = new Set(["ColumnClustered", "Line"]);

type Mock = OfficeMockObject & Record<string, unknown>;
/** OfficeMockObject members that its typings mark private but that the fake needs. */
type MockInternals = { setValue(name: string, value: unknown): void; _properties: Map<string, unknown> };
const internals = (mock: Mock) => mock as unknown as MockInternals;
type Op = () => void;

const key = (row: number, column: number) => `${row},${column}`;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  visibility = "Visible";
  readonly numberFormats: Array<{ address: string; format: string }> = [];
  readonly validations: Array<{ address: string; rule: unknown; errorAlert: unknown }> = [];
  readonly charts: FakeChart[] = [];
  /** Merged areas, as range.merge(false) left them. */
  readonly merges: string[] = [];
  /** Frozen rows and columns (worksheet.freezePanes); 0 and 0 when nothing is frozen. */
  frozen = { rows: 0, columns: 0 };
  constructor(public name: string) {}

  cell(address: string): FakeCell {
    const { top, left } = parseRange(address);
    return this.cellAt(top, left);
  }

  cellAt(row: number, column: number): FakeCell {
    let cell = this.cells.get(key(row, column));
    if (!cell) {
      cell = {};
      this.cells.set(key(row, column), cell);
    }
    return cell;
  }

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(key(row, column));
  }

  /** Sets values from a top-left cell; convenient for fixtures. */
  put(topLeft: string, rows: Array<Array<string | number | boolean | null>>): this {
    const { top, left } = parseRange(topLeft);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) this.cellAt(top + r, left + c).value = value;
      }),
    );
    return this;
  }

  fillOf(address: string): string | null {
    return this.cell(address).fill ?? null;
  }

  /** Bounds of cells holding a value, formula or error (getUsedRange(valuesOnly = true)). */
  usedBounds(): RangeRef | null {
    let bounds: RangeRef | null = null;
    for (const [k, cell] of this.cells) {
      if (cell.value === undefined && cell.formula === undefined && cell.error === undefined) continue;
      const [row, column] = k.split(",").map(Number) as [number, number];
      bounds = bounds
        ? {
            top: Math.min(bounds.top, row),
            left: Math.min(bounds.left, column),
            bottom: Math.max(bounds.bottom, row),
            right: Math.max(bounds.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return bounds;
  }
}

const area = (ref: RangeRef) => (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  selection = { sheet: "", address: "A1" };
  syncs = 0;
  /** Cells read or written by each request, in order. */
  readonly requestCells: number[] = [];
  activeSheet = "";
  selected: { sheet: string; address: string } | null = null;

  private ops: Op[] = [];
  private errors: Array<{ code: string; message: string }> = [];
  private mocks: Array<{
    mock: Mock;
    writable: Record<string, (value: unknown) => void>;
    seen: Map<string, unknown>;
  }> = [];
  private clientResults: Array<() => void> = [];
  private rangeRefs = new WeakMap<object, { sheet: FakeSheet; ref: RangeRef }>();
  private cellsThisRequest = 0;

  constructor(...names: string[]) {
    for (const name of names) this.sheets.push(new FakeSheet(name));
    this.activeSheet = names[0] ?? "";
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`fake: no sheet ${name}`);
    return found;
  }

  /** The `run` to pass to createExcelWorkbook. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  /** Makes the next sync fail as Excel would (e.g. InvalidOperationInCellEditMode). */
  failNextSync(code: string, message = "fake failure"): void {
    this.errors.push({ code, message });
  }

  private context(): Mock {
    this.mocks = [];
    const context = new OfficeMockObject({
      workbook: {
        getSelectedRange: () => {
          const sheet = this.sheet(this.selection.sheet);
          const range = this.range(sheet, parseRange(this.selection.address));
          range.worksheet = this.worksheet(sheet);
          return range;
        },
      },
    }) as Mock;
    const workbook = context.workbook as Mock;
    workbook.worksheets = this.worksheets();
    context.sync = () => this.sync(context);
    return context;
  }

  private register(mock: Mock, writable: Record<string, (value: unknown) => void> = {}): Mock {
    this.mocks.push({ mock, writable, seen: new Map() });
    return mock;
  }

  private worksheets(): Mock {
    let loadedAt = -1;
    const collection = new OfficeMockObject({
      load: (what: string) => {
        if (what !== "items/name") throw new Error(`fake: unexpected worksheets.load(${what})`);
        loadedAt = this.syncs;
      },
      getItem: (name: string) => {
        const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (!sheet)
          this.errors.push({
            code: "ItemNotFound",
            message: `The requested resource doesn't exist: ${name}`,
          });
        return this.worksheet(sheet ?? new FakeSheet(name));
      },
      getItemOrNullObject: (name: string) => {
        const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        const mock = this.worksheet(sheet ?? new FakeSheet(name));
        this.readableAfterSync(mock, "isNullObject", () => !sheet);
        return mock;
      },
      add: (name: string) => {
        if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
          this.errors.push({ code: "ItemAlreadyExists", message: `A sheet named ${name} exists` });
        }
        const sheet = new FakeSheet(name);
        this.ops.push(() => this.sheets.push(sheet));
        return this.worksheet(sheet);
      },
    }) as Mock;
    this.readableAfterSync(collection, "items", () => {
      if (loadedAt < 0) throw new Error("fake: worksheets.items read without load");
      return this.sheets.map((s) => this.worksheet(s));
    });
    return collection;
  }

  /** A property readable only once a sync has happened after the object was made (like Office). */
  private readableAfterSync(mock: Mock, name: string, get: () => unknown): void {
    const createdAt = this.syncs;
    Object.defineProperty(mock, name, {
      get: () => {
        if (this.syncs === createdAt) throw new Error(`fake: ${name} read before context.sync()`);
        return get();
      },
    });
  }

  private worksheet(sheet: FakeSheet): Mock {
    const mock = new OfficeMockObject({
      getRange: (address: string) => this.range(sheet, parseRange(address)),
      getUsedRangeOrNullObject: (valuesOnly: boolean) => {
        if (valuesOnly !== true)
          throw new Error("fake: used range must be values-only, formatting is not data");
        const bounds = sheet.usedBounds();
        const range = this.range(sheet, bounds ?? { top: 1, left: 1, bottom: 1, right: 1 });
        this.readableAfterSync(range, "isNullObject", () => bounds === null);
        return range;
      },
      activate: () => {
        this.ops.push(() => (this.activeSheet = sheet.name));
      },
      delete: () => {
        this.ops.push(() => {
          const at = this.sheets.indexOf(sheet);
          if (at < 0) throw new Error(`fake: deleting sheet ${sheet.name} that is not there`);
          this.sheets.splice(at, 1);
        });
      },
    }) as Mock;
    Object.defineProperty(mock, "name", { value: sheet.name, enumerable: true });
    // Made on first use: most requests never touch charts, and every mock costs each sync.
    let charts: Mock | null = null;
    Object.defineProperty(mock, "charts", { get: () => (charts ??= this.charts(sheet)) });
    let panes: Mock | null = null;
    Object.defineProperty(mock, "freezePanes", { get: () => (panes ??= this.freezePanes(sheet)) });
    return this.register(mock, { visibility: (v) => (sheet.visibility = String(v)) });
  }

  /** Excel's WorksheetFreezePanes: freezeAt freezes the block from A1 to the range given. */
  private freezePanes(sheet: FakeSheet): Mock {
    const set = (rows: number, columns: number) => this.ops.push(() => (sheet.frozen = { rows, columns }));
    const count = (n: number) => {
      if (!Number.isInteger(n) || n < 0)
        throw new Error(`fake: freeze count ${n} (InvalidArgument in Excel)`);
      return n;
    };
    const mock = new OfficeMockObject({
      freezeAt: (range: unknown) => {
        const ref = typeof range === "string" ? parseRange(range) : this.rangeRefs.get(range as object)?.ref;
        if (!ref) throw new Error("fake: freezeAt takes an address or a range of this sheet");
        set(ref.bottom, ref.right);
      },
      freezeRows: (n: number) => set(count(n), 0),
      freezeColumns: (n: number) => set(0, count(n)),
      unfreeze: () => set(0, 0),
    }) as Mock;
    return this.register(mock);
  }

  private charts(sheet: FakeSheet): Mock {
    const collection = new OfficeMockObject({
      add: (type: string, source: unknown, seriesBy: string) => {
        if (!CHART_TYPES.has(type)) throw new Error(`fake: chart type ${type} is not one we draw`);
        const where = this.rangeRefs.get(source as object);
        if (!where || where.sheet !== sheet)
          throw new Error("fake: chart source must be a range of this sheet");
        const chart: FakeChart = {
          type,
          source: `${quoteSheetName(sheet.name)}!${formatRange(where.ref)}`,
          seriesBy,
        };
        this.ops.push(() => sheet.charts.push(chart));
        const title = new OfficeMockObject({}) as Mock;
        this.register(title, { text: (v) => (chart.title = String(v)) });
        const mock = new OfficeMockObject({
          setPosition: (start: string, end: string) => {
            parseRange(start);
            parseRange(end);
            chart.position = { start, end };
          },
        }) as Mock;
        Object.assign(mock, { title });
        return this.register(mock);
      },
    }) as Mock;
    return this.register(collection);
  }

  private range(sheet: FakeSheet, ref: RangeRef): Mock {
    const lazy: Record<string, () => unknown> = {
      address: () => `${quoteSheetName(sheet.name)}!${formatRange(ref)}`,
      rowIndex: () => ref.top - 1,
      columnIndex: () => ref.left - 1,
      rowCount: () => ref.bottom - ref.top + 1,
      columnCount: () => ref.right - ref.left + 1,
      values: () => this.grid(sheet, ref, (cell) => (cell?.error ?? cell?.value ?? "") as unknown),
      valueTypes: () => this.grid(sheet, ref, valueType),
    };
    const fill = new OfficeMockObject({
      clear: () => {
        this.ops.push(() => this.eachCell(sheet, ref, (cell) => (cell.fill = null)));
        this.cellsThisRequest += area(ref);
      },
    }) as Mock;
    const font = new OfficeMockObject({}) as Mock;
    const format = new OfficeMockObject({}) as Mock;
    Object.assign(format, { fill, font });
    const validation = new OfficeMockObject({
      clear: () => {
        this.ops.push(() =>
          sheet.validations.splice(
            0,
            sheet.validations.length,
            ...sheet.validations.filter((v) => v.address !== formatRange(ref)),
          ),
        );
      },
    }) as Mock;
    const mock = new OfficeMockObject({
      getCellProperties: (options: unknown) => {
        if (JSON.stringify(options) !== JSON.stringify({ format: { fill: { color: true, pattern: true } } }))
          throw new Error(`fake: unexpected getCellProperties(${JSON.stringify(options)})`);
        // Computed now: the queue runs in order, so this sees fills before later writes.
        const value = this.grid(sheet, ref, (cell) => ({
          format: {
            fill: cell?.fill ? { color: cell.fill, pattern: "Solid" } : { color: "#FFFFFF", pattern: "None" },
          },
        }));
        this.cellsThisRequest += area(ref);
        let ready = false;
        this.clientResults.push(() => (ready = true));
        return {
          get value() {
            if (!ready) throw new Error("fake: ClientResult.value read before context.sync()");
            return value;
          },
        };
      },
      getCell: (row: number, column: number) =>
        this.range(sheet, {
          top: ref.top + row,
          left: ref.left + column,
          bottom: ref.top + row,
          right: ref.left + column,
        }),
      getResizedRange: (rows: number, columns: number) =>
        this.range(sheet, { ...ref, bottom: ref.bottom + rows, right: ref.right + columns }),
      select: () => {
        this.ops.push(() => {
          this.selected = { sheet: sheet.name, address: formatRange(ref) };
        });
      },
      merge: (across: boolean) => {
        if (across !== false) throw new Error("fake: merge(across) must be false, one merged area");
        const overlaps = sheet.merges.some((m) => {
          const o = parseRange(m);
          return o.top <= ref.bottom && ref.top <= o.bottom && o.left <= ref.right && ref.left <= o.right;
        });
        if (overlaps) this.errors.push({ code: "InvalidOperation", message: "overlaps a merged area" });
        else this.ops.push(() => sheet.merges.push(formatRange(ref)));
      },
    }) as Mock;
    Object.assign(mock, { format, dataValidation: validation });
    this.rangeRefs.set(mock, { sheet, ref });
    const populated = new Map<string, unknown>();
    mock.load = (what: string) => {
      const names = what.split(",").map((n) => n.trim());
      for (const name of names) {
        const make = lazy[name];
        if (make && !populated.has(name)) {
          const value = make();
          populated.set(name, value);
          internals(mock).setValue(name, value);
          if (name === "values") this.cellsThisRequest += area(ref);
        }
      }
      return OfficeMockObject.prototype.load.call(mock, what);
    };
    const writeGrid = (name: string, apply: (cell: FakeCell, v: unknown) => void) => (value: unknown) => {
      if (populated.get(name) === value) return; // the mock itself filling in a loaded value
      const rows = value as unknown[][];
      if (
        rows.length !== ref.bottom - ref.top + 1 ||
        rows.some((row) => row.length !== ref.right - ref.left + 1)
      ) {
        throw new Error(
          `fake: ${name} of ${rows.length}×${rows[0]?.length} written to ${formatRange(ref)} (InvalidArgument in Excel)`,
        );
      }
      this.cellsThisRequest += area(ref);
      rows.forEach((row, r) => row.forEach((v, c) => apply(sheet.cellAt(ref.top + r, ref.left + c), v)));
    };
    this.register(mock, {
      values: writeGrid("values", (cell, v) => {
        delete cell.formula;
        if (v === "") delete cell.value;
        else cell.value = v as string | number | boolean;
      }),
      formulas: writeGrid("formulas", (cell, v) => {
        if (typeof v === "string" && v.startsWith("=")) {
          cell.formula = v;
          delete cell.value;
        } else if (v === "") {
          delete cell.value;
          delete cell.formula;
        } else {
          cell.value = v as string | number | boolean;
        }
      }),
      numberFormat: (v) => {
        const rows = v as unknown[][];
        if (rows.length !== 1 || rows[0]?.length !== 1)
          throw new Error("fake: numberFormat expected as [[format]]");
        sheet.numberFormats.push({ address: formatRange(ref), format: String(rows[0][0]) });
      },
    });
    this.register(fill, { color: (v) => this.eachCell(sheet, ref, (cell) => (cell.fill = String(v))) });
    this.register(font, { bold: (v) => this.eachCell(sheet, ref, (cell) => (cell.bold = Boolean(v))) });
    this.register(format);
    const rule: { rule?: unknown; errorAlert?: unknown } = {};
    this.register(validation, {
      rule: (v) => {
        rule.rule = v;
        sheet.validations.push({ address: formatRange(ref), rule: v, errorAlert: rule.errorAlert });
      },
      errorAlert: (v) => {
        rule.errorAlert = v;
        const last = sheet.validations.find((x) => x.address === formatRange(ref));
        if (last) last.errorAlert = v;
      },
    });
    return mock;
  }

  private grid<T>(sheet: FakeSheet, ref: RangeRef, cellValue: (cell: FakeCell | undefined) => T): T[][] {
    if (area(ref) > 5_000_000) throw new Error(`fake: ${formatRange(ref)} is far too big to load`);
    const rows: T[][] = [];
    for (let row = ref.top; row <= ref.bottom; row++) {
      const line: T[] = [];
      for (let column = ref.left; column <= ref.right; column++)
        line.push(cellValue(sheet.peek(row, column)));
      rows.push(line);
    }
    return rows;
  }

  private eachCell(sheet: FakeSheet, ref: RangeRef, apply: (cell: FakeCell) => void): void {
    if (area(ref) > 1_000_000)
      throw new Error(`fake: formatting ${formatRange(ref)} cell by cell is not modelled`);
    for (let row = ref.top; row <= ref.bottom; row++)
      for (let column = ref.left; column <= ref.right; column++) apply(sheet.cellAt(row, column));
  }

  private async sync(context: Mock): Promise<void> {
    this.syncs++;
    const error = this.errors.shift();
    if (error) {
      this.errors = [];
      this.ops = [];
      throw Object.assign(new Error(error.message), { code: error.code });
    }
    for (const resolve of this.clientResults.splice(0)) resolve();
    for (const op of this.ops.splice(0)) op();
    for (const entry of this.mocks) this.applyAssignments(entry);
    this.requestCells.push(this.cellsThisRequest);
    this.cellsThisRequest = 0;
    await OfficeMockObject.prototype.sync.call(context);
    for (const { mock } of this.mocks) await OfficeMockObject.prototype.sync.call(mock);
    // OfficeMockObject finishes its property updates in later microtasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Applies properties the code assigned since the last sync; an unknown property is an error. */
  private applyAssignments(entry: {
    mock: Mock;
    writable: Record<string, (value: unknown) => void>;
    seen: Map<string, unknown>;
  }): void {
    for (const name of Object.keys(entry.mock)) {
      if (name.startsWith("_")) continue;
      const value = entry.mock[name];
      const write = entry.writable[name];
      if (write) {
        if (entry.seen.get(name) !== value && value !== undefined && !isMockError(value)) {
          entry.seen.set(name, value);
          write(value);
        }
        continue;
      }
      if (
        !internals(entry.mock)._properties.has(name) &&
        typeof value !== "function" &&
        !KNOWN_CHILDREN.has(name)
      ) {
        throw new Error(`fake: property "${name}" does not exist on this Excel object`);
      }
    }
  }
}

const KNOWN_CHILDREN = new Set([
  "format",
  "fill",
  "font",
  "dataValidation",
  "worksheet",
  "name",
  "workbook",
  "worksheets",
  "charts",
  "title",
]);

function isMockError(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("Error, ");
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === undefined && cell.error === undefined)) return "Empty";
  if (cell.error !== undefined) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

/** A1 of a 1-based row/column, re-exported for tests. */
export { formatCell };
