/**
 * The Web Worker that holds the open workbook (book-host.ts does the work). Parsing a workbook
 * takes seconds; here it never freezes the page. exceljs's browser build needs no Node globals.
 */
import ExcelJS from "exceljs";
import { BookHost } from "./book-host";
import type { Request, Response } from "./protocol";

const host = new BookHost(ExcelJS);
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Response, transfer?: Transferable[]): void;
};
scope.onmessage = (event) => {
  void host.receive(event.data, (response, transfer) => scope.postMessage(response, transfer ?? []));
};
