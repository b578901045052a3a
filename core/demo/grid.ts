/** Builds a demo sheet row by row, knowing each cell's A1 address so formulas can refer to it. */
import { a1 } from "../sheet/a1";
import type { DemoCell, DemoChart, DemoSheet } from "./types";

export class SheetGrid {
  private readonly rows: DemoCell[][] = [];
  private readonly bold: string[] = [];
  private readonly text: string[] = [];
  private chart: DemoChart | undefined;

  constructor(
    private readonly name: string,
    private readonly width: number,
  ) {}

  /** 1-based row number the next `add` writes. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** A1 of column `column` (1-based) on the next row. */
  ref(column: number, row = this.nextRow): string {
    return a1(row, column);
  }

  add(cells: DemoCell[], options: { bold?: boolean } = {}): number {
    const row = this.nextRow;
    this.rows.push([...cells, ...Array<DemoCell>(Math.max(0, this.width - cells.length)).fill(null)]);
    if (options.bold) this.bold.push(`${a1(row, 1)}:${a1(row, Math.max(1, cells.length))}`);
    return row;
  }

  blank(): void {
    this.add([]);
  }

  /** Rows `from`–`to` of `column` hold codes that must stay text. */
  markText(column: number, from: number, to: number): void {
    if (to >= from) this.text.push(`${a1(from, column)}:${a1(to, column)}`);
  }

  setChart(chart: DemoChart): void {
    this.chart = chart;
  }

  build(): DemoSheet {
    const sheet: DemoSheet = { name: this.name, rows: this.rows, bold: this.bold, text: this.text };
    if (this.chart) sheet.chart = this.chart;
    return sheet;
  }
}
