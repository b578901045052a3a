/**
 * The chart a pane asks for, as agreed between helpers (/work/tasks/chart-method.md). Declared here
 * until the `statistics` branch adds the identical `ChartSpec` and `Workbook.addChart` to
 * addin/workbook/workbook.ts; then this file re-exports that one.
 */
export interface ChartSpec {
  kind: "column" | "line";
  /** A1 range on `sheet` holding the data, header row first, categories in the first column. */
  source: string;
  title: string;
  /** Where the chart sits: A1 of its top-left and bottom-right cells. */
  topLeft: string;
  bottomRight: string;
}
