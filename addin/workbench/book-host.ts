/**
 * The worker's side of the protocol, free of worker globals so jest runs it in Node: opens a file
 * (checks first, exceljs second; the book in use is replaced only when both succeed, so a bad
 * file keeps the previous one) and runs book calls one at a time, in the order they came.
 */
import type ExcelJS from "exceljs";
import { ExcelJsBook } from "./book";
import { FileProblem } from "./file-problem";
import { checkPackage } from "./package-check";
import type { BookMethod, Opened, Request, Response, WireError } from "./protocol";

type ExcelJsModule = { Workbook: new () => ExcelJS.Workbook };
type Post = (response: Response, transfer?: Transferable[]) => void;

function wire(error: unknown): WireError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === "string" ? { code } : {}) };
  }
  return { name: "Error", message: String(error) };
}

export class BookHost {
  private book: ExcelJsBook | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly excel: ExcelJsModule) {}

  /** Requests run strictly one after another: a paint never interleaves with a save. */
  receive(request: Request, post: Post): Promise<void> {
    this.queue = this.queue.then(() => this.run(request, post));
    return this.queue;
  }

  private async run(request: Request, post: Post): Promise<void> {
    try {
      const value = await this.answer(request, post);
      const transfer = value instanceof Uint8Array ? [value.buffer] : [];
      post({ id: request.id, kind: "result", value }, transfer);
    } catch (error) {
      post({ id: request.id, kind: "error", error: wire(error) });
    }
  }

  private async answer(request: Request, post: Post): Promise<unknown> {
    if (request.kind === "open") return this.open(new Uint8Array(request.bytes), request.id, post);
    if (request.kind === "new") {
      this.book = new ExcelJsBook(this.excel, new this.excel.Workbook());
      return { sheets: [], summary: { parts: 0, inflatedBytes: 0, sheets: 0, cells: 0, maxRow: 0 } };
    }
    if (!this.book) throw new FileProblem("noSheets", "尚未打开工作簿");
    const method = this.book[request.method as BookMethod] as (...args: unknown[]) => unknown;
    return method.apply(this.book, request.args);
  }

  private async open(bytes: Uint8Array, id: number, post: Post): Promise<Opened> {
    const progress = (phase: string, fraction: number | null) =>
      post({ id, kind: "progress", phase, fraction });
    progress("正在检查文件…", 0);
    const summary = await checkPackage(bytes, (f) => progress("正在检查文件…", f * 0.4));
    progress("正在读取工作簿…", null);
    const workbook = new this.excel.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
      throw new FileProblem(
        "corrupt",
        `文件无法读取（${error instanceof Error ? error.message : String(error)}）：请在 Excel / WPS 中打开后另存为 .xlsx`,
      );
    }
    const book = new ExcelJsBook(this.excel, workbook);
    const sheets = book.listSheets();
    if (sheets.length === 0) throw new FileProblem("noSheets", "工作簿中没有任何工作表");
    this.book = book;
    return { sheets, summary };
  }
}
