/**
 * Writes the core's demo plan through the workbook door, nothing else: new sheets (never the
 * user's), one block per sheet, bold headers, the headcount-to-days chart. In Excel the computed
 * cells get their `=CERT.*` formulas; where the custom functions do not exist (the workbench,
 * which offers the sheets as a download afterwards) they get the values the core computed.
 */
import { isFormula, type DemoArg, type DemoCell, type DemoFormula, type DemoPlan } from "../../../core";
import type { Workbook } from "../../workbook/workbook";
import { excelText } from "../audit-time/formula";

/** en-US formula syntax (Range.formulas): comma separators, dot decimals, doubled inner quotes. */
function argText(arg: DemoArg): string {
  if ("ref" in arg) return arg.ref;
  if ("text" in arg) return excelText(arg.text);
  if ("bool" in arg) return arg.bool ? "TRUE" : "FALSE";
  return String(arg.number);
}

export function demoFormulaText(formula: DemoFormula): string {
  return `=CERT.${formula.fn}(${formula.args.map(argText).join(",")})`;
}

function cellValue(cell: DemoCell, formulas: boolean): string | number | boolean | null {
  if (!isFormula(cell)) return cell;
  return formulas ? demoFormulaText(cell) : cell.value;
}

export interface DemoWritten {
  /** The sheet names used, in plan order (a taken name gets a suffix). */
  sheets: string[];
}

export async function writeDemo(workbook: Workbook, plan: DemoPlan, formulas: boolean): Promise<DemoWritten> {
  const sheets: string[] = [];
  for (const sheet of plan.sheets) {
    const name = await workbook.addSheet(sheet.name);
    sheets.push(name);
    // Text format first: Excel reads what is written as if typed, and "29.01" would become a number.
    for (const range of sheet.text) await workbook.formatCells(name, range, { numberFormat: "@" });
    await workbook.writeBlock(
      name,
      "A1",
      sheet.rows.map((row) => row.map((cell) => cellValue(cell, formulas))),
    );
    for (const range of sheet.bold) await workbook.formatCells(name, range, { bold: true });
    if (sheet.chart) await workbook.addChart(name, sheet.chart);
  }
  return { sheets };
}
