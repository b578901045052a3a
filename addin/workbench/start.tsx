/**
 * Starts the workbench in a page: the worker (made by the caller, since webpack and the
 * single-file build make it differently), the store, and the React tree.
 */
import { createRoot } from "react-dom/client";
import { BookClient } from "./book-client";
import { dataUrlBytes } from "./download";
import { ViewStore } from "./view-store";
import { Workbench } from "./Workbench";
import exampleUrl from "../../examples/monthly-2026-10.xlsx";

export const EXAMPLE = { name: "monthly-2026-10.xlsx（示例）", bytes: () => dataUrlBytes(exampleUrl) };

export function startWorkbench(container: HTMLElement, createWorker: () => Worker): void {
  const worker = createWorker();
  const client = new BookClient(worker);
  worker.addEventListener("error", (event) => {
    container.insertAdjacentText("afterbegin", `工作簿线程出错：${event.message}`);
  });
  createRoot(container).render(<Workbench client={client} view={new ViewStore()} example={EXAMPLE} />);
}
