/**
 * What the pane does with CNCA's upload layouts, through the Workbook door only: insert CNCA's
 * template (插入上报模版) and 生成上报文件 — the friendly sheets converted (core/convert) into new
 * sheets in CNCA's layout. The user's sheets are only read. Both write what the command line
 * writes (core/layout-template/plan.ts): values, header rows, CNCA's A2:A4 / A5:A7 merges, the
 * panes frozen at C3, formats and lists.
 */
import {
  convertToCnca,
  type ConvertOptions,
  type OutValue,
  layoutTemplatePlan,
  type LayoutTemplateSheet,
  type Finding,
  type SheetGrid,
} from "../../../core";
import type { Workbook } from "../../workbook/workbook";

/** The header block as a rectangle (the door writes rectangles): short rows padded with blanks. */
function headerBlock(plan: LayoutTemplateSheet): (string | null)[][] {
  const width = Math.max(...plan.cells.map((row) => row.length));
  return plan.cells.map((row) => [...row, ...Array.from({ length: width - row.length }, () => null)]);
}

/** Adds one layout sheet; `rows` are data rows (upload), none for a template. Returns the name used. */
async function addLayoutSheet(
  workbook: Workbook,
  plan: LayoutTemplateSheet,
  rows: readonly OutValue[][],
  withLists: boolean,
): Promise<string> {
  const name = await workbook.addSheet(plan.name);
  const first = plan.columns[0]?.letter ?? "A";
  // Formats before values: "03" typed into a General cell would become the number 3.
  for (const column of plan.columns) {
    const range = withLists
      ? column.range
      : `${column.letter}${plan.firstDataRow}:${column.letter}${plan.firstDataRow + Math.max(rows.length, 1) - 1}`;
    await workbook.formatCells(name, range, { numberFormat: column.numberFormat });
    if (withLists && column.items.length > 0)
      await workbook.addListValidation(name, column.range, column.items);
  }
  await workbook.writeBlock(name, "A1", headerBlock(plan));
  for (const range of plan.merges) await workbook.mergeCells(name, range);
  await workbook.freezePanes(name, plan.frozen.rows, plan.frozen.columns);
  for (const { range, color } of plan.fills) await workbook.formatCells(name, range, { fill: color });
  await workbook.formatCells(name, plan.headerRange, { bold: true });
  if (rows.length > 0) await workbook.writeBlock(name, `${first}${plan.firstDataRow}`, rows as OutValue[][]);
  return name;
}

/** 插入上报模版: every sheet of a CNCA layout, empty, with drop-downs and formats. */
export async function insertLayoutTemplate(workbook: Workbook, layoutId: string): Promise<string[]> {
  const names: string[] = [];
  for (const sheet of layoutTemplatePlan(layoutId).sheets)
    names.push(await addLayoutSheet(workbook, sheet, [], true));
  return names;
}

export interface UploadResult {
  /** Names of the sheets written (a suffix when the workbook already had the name). */
  sheets: string[];
  /** Whether every sheet got CNCA's exact name (the platform requires it). */
  exactNames: boolean;
  notes: Finding[];
  sources: number;
}

/**
 * 生成上报文件: reads every sheet, converts the friendly ones into `layoutId`, writes the result
 * as new sheets. Nothing is written when no friendly report is found.
 */
export async function writeUploadSheets(
  workbook: Workbook,
  layoutId: string,
  options: ConvertOptions,
): Promise<UploadResult> {
  const grids: SheetGrid[] = [];
  for (const sheet of await workbook.listSheets())
    grids.push({ name: sheet.name, cells: await workbook.readSheet(sheet.name) });
  const conversion = convertToCnca(grids, layoutId, options);
  if (conversion.sources.length === 0)
    return { sheets: [], exactNames: true, notes: conversion.notes, sources: 0 };
  const sheets: string[] = [];
  for (const sheet of conversion.sheets)
    sheets.push(await addLayoutSheet(workbook, sheet.plan, sheet.rows, false));
  return {
    sheets,
    exactNames: sheets.every((name, i) => name === conversion.sheets[i]!.plan.name),
    notes: conversion.notes,
    sources: conversion.sources.length,
  };
}
