/**
 * Task-pane entry (webpack's `taskpane` bundle): waits for office.js, then renders the panes
 * against Excel's workbook. Outside Office (a plain browser: `Office.onReady` gives no host) the
 * same page becomes the workbench (addin/workbench), loaded only then, so Excel never downloads
 * exceljs. Office is touched only through addin/workbook/excel-workbook.ts.
 */
import { createRoot } from "react-dom/client";
import { createExcelWorkbook, whenOfficeReady } from "../workbook/excel-workbook";
import { App } from "./App";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html has no <div id="root">');
  const { inExcel } = await whenOfficeReady();
  if (inExcel) {
    createRoot(container).render(<App workbook={createExcelWorkbook()} />);
    return;
  }
  const { startWorkbench } = await import(/* webpackChunkName: "workbench" */ "../workbench/start");
  startWorkbench(
    container,
    () =>
      new Worker(
        /* webpackChunkName: "workbook-worker" */ new URL("../workbench/worker.ts", import.meta.url),
      ),
  );
}

start().catch((error: unknown) => {
  // Nothing rendered yet: show the failure on the page itself rather than only in a console.
  const container = document.getElementById("root");
  if (container)
    container.textContent = `CertDesk 无法启动：${error instanceof Error ? error.message : String(error)}`;
});
