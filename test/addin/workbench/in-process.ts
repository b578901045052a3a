/**
 * The workbench's worker, run in this process. Requests are structured-cloned as postMessage
 * does; answers are passed as they are, because Node's structuredClone makes Dates of the outer
 * realm, which jest's sandbox does not see as `instanceof Date`.
 */
import ExcelJS from "exceljs";
import { BookClient, type Endpoint } from "../../../addin/workbench/book-client";
import { BookHost } from "../../../addin/workbench/book-host";
import type { Response } from "../../../addin/workbench/protocol";
import { ViewStore } from "../../../addin/workbench/view-store";
import { WorkbenchWorkbook } from "../../../addin/workbench/workbench-workbook";

export function inProcessClient(): { client: BookClient; progress: Response[] } {
  const host = new BookHost(ExcelJS);
  const progress: Response[] = [];
  const endpoint: Endpoint = {
    onmessage: null,
    postMessage(message) {
      void host.receive(structuredClone(message), (response) => {
        if (response.kind === "progress") progress.push(response);
        endpoint.onmessage?.({ data: response } as MessageEvent<Response>);
      });
    },
  };
  return { client: new BookClient(endpoint), progress };
}

export async function openedWorkbench(bytes: Uint8Array) {
  const { client, progress } = inProcessClient();
  const view = new ViewStore();
  const copy = bytes.slice().buffer;
  const opened = await client.open(copy);
  view.update({ sheets: opened.sheets, active: opened.sheets[0]?.name ?? null });
  return { client, view, workbook: new WorkbenchWorkbook(client, view), opened, progress };
}

/** A workbook written by exceljs from sheet → rows. */
export async function xlsxOf(
  sheets: Record<string, (string | number | Date | null)[][]>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
