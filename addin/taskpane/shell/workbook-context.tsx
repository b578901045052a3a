/**
 * How panes reach the workbook: through context, never by touching Office themselves, so tests
 * and the browser workbench can pass a fake or a file-backed Workbook (STYLE.md).
 */
import { createContext, useContext, type ReactNode } from "react";
import type { Workbook } from "../../workbook/workbook";

const WorkbookContext = createContext<Workbook | null>(null);

export function WorkbookProvider({ workbook, children }: { workbook: Workbook; children: ReactNode }) {
  return <WorkbookContext.Provider value={workbook}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): Workbook {
  const workbook = useContext(WorkbookContext);
  if (!workbook) throw new Error("useWorkbook() needs a <WorkbookProvider> above it");
  return workbook;
}
