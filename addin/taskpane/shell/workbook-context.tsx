/**
 * How panes reach the workbook: through context, never by touching Office themselves, so tests
 * and the browser workbench can pass a fake or a file-backed Workbook (STYLE.md).
 *
 * The workbench also provides a Downloader: outside Excel a pane's "generate a file" action writes
 * its sheets through the Workbook as usual, then calls `download` to hand the user the file. In
 * Excel there is none (`useDownloader()` is null): the sheets are already in the user's workbook.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { Workbook } from "../../workbook/workbook";

export interface Downloader {
  /**
   * Offers the open workbook as `fileName` (.xlsx) — all of it, or only `sheets` (e.g. a template
   * or upload file just added) — and resolves when the browser has it.
   */
  download(fileName: string, sheets?: readonly string[]): Promise<void>;
}

const WorkbookContext = createContext<Workbook | null>(null);
const DownloaderContext = createContext<Downloader | null>(null);

export function WorkbookProvider({
  workbook,
  downloader = null,
  children,
}: {
  workbook: Workbook;
  downloader?: Downloader | null;
  children: ReactNode;
}) {
  return (
    <WorkbookContext.Provider value={workbook}>
      <DownloaderContext.Provider value={downloader}>{children}</DownloaderContext.Provider>
    </WorkbookContext.Provider>
  );
}

export function useWorkbook(): Workbook {
  const workbook = useContext(WorkbookContext);
  if (!workbook) throw new Error("useWorkbook() needs a <WorkbookProvider> above it");
  return workbook;
}

/** The workbench's downloads; null in Excel. */
export function useDownloader(): Downloader | null {
  return useContext(DownloaderContext);
}
