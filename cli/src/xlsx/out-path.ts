/**
 * Where the CLI may write. Nothing the user has is ever overwritten by accident: the input file
 * never (even with --force, even through another spelling of its path or a link), an existing
 * file only with --force. Files are written beside the target and renamed into place, so a
 * failed write leaves no half-written workbook (DOMAIN §12).
 */
import { randomBytes } from "node:crypto";
import { constants, existsSync, realpathSync, statSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { fileProblems } from "./file-error";

/** Create, fail if anything (a file, a link) is already there, never follow a link (O_NOFOLLOW where the OS has it). */
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  if (realpathSync(a) === realpathSync(b)) return true;
  const [sa, sb] = [statSync(a), statSync(b)];
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Checks an `--out` path; returns it resolved. */
export function checkOutPath(out: string, options: { input?: string; force: boolean }): string {
  if (!/\.xlsx$/i.test(out)) throw fileProblems.outNotXlsx(out);
  if (options.input !== undefined && sameFile(out, options.input)) throw fileProblems.outIsInput(out);
  const resolved = path.resolve(out);
  if (existsSync(resolved)) {
    if (!statSync(resolved).isFile()) throw fileProblems.notAFile(out);
    if (!options.force) throw fileProblems.outExists(out);
  }
  const folder = path.dirname(resolved);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw fileProblems.outDirMissing(out);
  return resolved;
}

/** Removes what is left of a temporary file we created; a failure to remove it changes nothing for the user. */
async function discard(temporary: string): Promise<void> {
  await rm(temporary, { force: true }).catch(() => undefined);
}

/**
 * Writes `content()` to a temporary file beside `target`, then renames it into place. The
 * temporary name is unpredictable and the file is created exclusively without following a link,
 * so nobody can plant a link there to have another file (the input) overwritten.
 */
/** `content` may say ArrayBuffer (exceljs types its Buffer so); at run time it is usually a Node Buffer. */
export async function writeAtomically(
  target: string,
  content: () => Promise<Uint8Array | ArrayBuffer>,
): Promise<void> {
  const temporary = path.join(path.dirname(target), `.certdesk-${randomBytes(12).toString("hex")}.tmp`);
  let created = false;
  try {
    const bytes = await content();
    const handle = await open(temporary, EXCLUSIVE, 0o666);
    created = true;
    try {
      await handle.writeFile(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    if (created) await discard(temporary);
    throw fileProblems.writeFailed(target, String((error as Error)?.message ?? error).slice(0, 200));
  }
}
