/**
 * The page's side of the worker protocol: one promise per request, progress to a callback, and
 * the worker's errors rebuilt as the classes the panes know (WorkbookError, FileProblem), so a
 * pane shows the same notice whichever implementation it has.
 */
import { WorkbookError, type WorkbookErrorCode } from "../workbook/errors";
import { FileProblem, type FileProblemCode } from "./file-problem";
import type { BookArgs, BookMethod, BookResult, Opened, Request, Response, WireError } from "./protocol";

/** A Worker, or in tests anything with the same two members. */
export interface Endpoint {
  postMessage(message: Request, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<Response>) => void) | null;
}

export type OnProgress = (phase: string, fraction: number | null) => void;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  progress?: OnProgress;
}

function rebuild(error: WireError): Error {
  if (error.name === "FileProblem") return new FileProblem(error.code as FileProblemCode, error.message);
  if (error.name === "WorkbookError")
    return new WorkbookError((error.code ?? "office") as WorkbookErrorCode, error.message);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

export class BookClient {
  private next = 1;
  private dead: Error | null = null;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly endpoint: Endpoint) {
    endpoint.onmessage = (event) => this.receive(event.data);
  }

  private receive(response: Response): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    if (response.kind === "progress") {
      waiting.progress?.(response.phase, response.fraction);
      return;
    }
    this.pending.delete(response.id);
    if (response.kind === "result") waiting.resolve(response.value);
    else waiting.reject(rebuild(response.error));
  }

  /**
   * The worker died (out of memory on a huge file, a browser that cannot run it): every waiting
   * request fails with `error`, and so does every later one, instead of waiting forever.
   */
  fail(error: Error): void {
    this.dead = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private send<T>(
    request: DistributiveOmit<Request, "id">,
    transfer: Transferable[] = [],
    progress?: OnProgress,
  ): Promise<T> {
    const id = this.next++;
    if (this.dead) return Promise.reject(this.dead);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, progress });
      this.endpoint.postMessage({ ...request, id } as Request, transfer);
    });
  }

  /** Hands the file's bytes to the worker (moved, not copied). */
  open(bytes: ArrayBuffer, progress?: OnProgress): Promise<Opened> {
    return this.send({ kind: "open", bytes }, [bytes], progress);
  }

  /** An empty workbook, for a page with no file yet. */
  blank(): Promise<Opened> {
    return this.send({ kind: "new" });
  }

  call<M extends BookMethod>(method: M, ...args: BookArgs<M>): Promise<BookResult<M>> {
    return this.send({ kind: "call", method, args });
  }
}
