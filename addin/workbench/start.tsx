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
    client.fail(
      new Error(
        `读取工作簿的后台线程已停止（${event.message || "可能是内存不足"}）：请刷新页面后重试；很大的文件请用命令行 certdesk validate`,
      ),
    );
  });
  createRoot(container).render(<Workbench client={client} view={new ViewStore()} example={EXAMPLE} />);
}
