/** Chart parts for .xlsx files written outside Excel (CLI `--out`, workbench downloads). */
export { chartDataFromRows, chartLayout } from "./spec";
export type { ChartCell, ChartData, ChartLayout, ChartRequest, ChartSeries } from "./spec";
export { renderChartXml } from "./chart-xml";
export { renderChartAnchor, EMPTY_DRAWING, CONTENT_TYPES, REL_TYPES } from "./drawing-xml";
export { addChartsToXlsx } from "./pack";
export type { PackedChart } from "./pack";
