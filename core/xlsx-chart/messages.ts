import type { MessageTemplate } from "../messages";

/** Wording of the chart-part problems (a chart that cannot be drawn from what it was given). */
export const XLSX_CHART_MESSAGES: Record<string, MessageTemplate> = {
  "xlsxChart.sourceTooSmall": {
    zh: "图表数据区域 {source} 只有 {rows} 行 {columns} 列，应至少 2 行 2 列（首行为标题，首列为类别）",
    en: "Chart data range {source} has {rows} rows and {columns} columns; expected at least 2 × 2 (header row first, categories in the first column)",
  },
  "xlsxChart.dataMismatch": {
    zh: "图表数据有 {given} 行 {givenColumns} 列，与数据区域 {source}（{rows} 行 {columns} 列）不符",
    en: "Chart data has {given} rows and {givenColumns} columns, which does not match the range {source} ({rows} × {columns})",
  },
  "xlsxChart.badAddress": {
    zh: "图表位置「{address}」不是有效的单元格地址（例如 H2 或 B2:D40）",
    en: 'Chart address "{address}" is not a valid A1 address (e.g. H2 or B2:D40)',
  },
  "xlsxChart.sheetMissing": {
    zh: "工作簿中没有工作表「{sheet}」，无法在其上添加图表",
    en: 'The workbook has no sheet "{sheet}" to put the chart on',
  },
  "xlsxChart.notXlsx": {
    zh: "不是有效的 .xlsx 文件包（缺少 {part}），无法添加图表",
    en: "Not a valid .xlsx package (no {part}); cannot add the chart",
  },
};
