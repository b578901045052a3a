/**
 * Entry of dist/certdesk-workbench.html (scripts/build-workbench.mjs): everything in one file
 * that works from disk. The worker's bundle is inlined as text and started from a Blob URL,
 * because a file:// page can load no second script.
 */
import { startWorkbench } from "./start";

declare const CERTDESK_WORKER_SOURCE: string;

const container = document.getElementById("root");
if (container)
  startWorkbench(
    container,
    () => new Worker(URL.createObjectURL(new Blob([CERTDESK_WORKER_SOURCE], { type: "text/javascript" }))),
  );
