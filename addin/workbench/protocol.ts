/**
 * Messages between the page and the workbook worker. The page asks; the worker answers each
 * request once (result or error) and may send progress before. Everything is structured-clone
 * data: Maps, Dates and typed arrays cross as they are.
 */
import type { SheetInfo } from "../workbook/workbook";
import type { ExcelJsBook } from "./book";
import type { FileProblemCode } from "./file-problem";
import type { PackageSummary } from "./package-check";

/** The book's operations the page may call, with their arguments and results. */
export type BookMethod = Exclude<keyof ExcelJsBook, "charts">;
export type BookArgs<M extends BookMethod> = Parameters<ExcelJsBook[M]>;
export type BookResult<M extends BookMethod> = Awaited<ReturnType<ExcelJsBook[M]>>;

export type Request =
  | { id: number; kind: "open"; bytes: ArrayBuffer }
  | { id: number; kind: "new" }
  | { id: number; kind: "call"; method: BookMethod; args: unknown[] };

export interface Opened {
  sheets: SheetInfo[];
  summary: PackageSummary;
}

export interface WireError {
  name: string;
  /** FileProblem or WorkbookError code. */
  code?: FileProblemCode | string;
  message: string;
}

export type Response =
  | { id: number; kind: "progress"; phase: string; fraction: number | null }
  | { id: number; kind: "result"; value: unknown }
  | { id: number; kind: "error"; error: WireError };
