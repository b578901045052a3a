/**
 * Row-level cell rules that need more than one cell (DOMAIN §9.1 "cells"): a required cell is
 * blank, unless another column says the row must leave it blank (04 / 99 rows keep their audit
 * dates and person-days empty, DOMAIN §9) — in which case a filled cell is the finding.
 * Format problems of single cells are found while reading (read.ts).
 */
import type { CheckContext } from "./context";
import { activityParams } from "./activity";
import { BLANK, type ParsedSheet } from "./read";

export function checkRequiredCells(sheet: ParsedSheet, ctx: CheckContext): void {
  for (const column of sheet.columns.values()) {
    const { spec } = column;
    const cond = spec.blankWhen;
    if (!spec.required && !cond) continue;
    const condValues = cond ? new Set(cond.values) : null;
    const names = { column: spec.header, columnEn: spec.headerEn };
    for (let i = 0; i < sheet.rows.length; i++) {
      const other = cond ? sheet.str(cond.key, i) : undefined;
      const mustBeBlank = other !== undefined && condValues !== null && condValues.has(other);
      const row = sheet.rows[i] ?? 0;
      if (mustBeBlank) {
        if (column.state[i] !== BLANK)
          ctx.sink.add("ACTIVITY-BLANK-EXPECTED", sheet.name, row, column.index + 1, {
            ...names,
            ...activityParams(other),
          });
      } else if (spec.required && column.state[i] === BLANK) {
        ctx.sink.add("CELL-REQUIRED", sheet.name, row, column.index + 1, names, {
          clause: sheet.spec.clause,
        });
      }
    }
  }
}
