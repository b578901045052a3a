/**
 * Task-pane entry (webpack's `taskpane` bundle): waits for office.js, then renders the panes
 * against Excel's workbook. Office is touched only through addin/workbook/excel-workbook.ts.
 */
import { createRoot } from "react-dom/client";
import { createExcelWorkbook, whenOfficeReady } from "../workbook/excel-workbook";
import { App } from "./App";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html has no <div id="root">');
  const { inExcel } = await whenOfficeReady();
  const notice = inExcel
    ? undefined
    : "未在 Excel 中运行：可以计算和查看规则，但不能读写工作表。请在 Excel 中打开本加载项。";
  createRoot(container).render(<App workbook={createExcelWorkbook()} notice={notice} />);
}

start().catch((error: unknown) => {
  // Nothing rendered yet: show the failure on the page itself rather than only in a console.
  const container = document.getElementById("root");
  if (container)
    container.textContent = `CertDesk 无法启动：${error instanceof Error ? error.message : String(error)}`;
});
