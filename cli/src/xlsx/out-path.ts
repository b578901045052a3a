/**
 * Where the CLI may write. Nothing the user has is ever overwritten by accident: the input file
 * never (even with --force, even through another spelling of its path or a link), an existing
 * file only with --force. Files are written beside the target and renamed into place, so a
 * failed write leaves no half-written workbook.
 */
import { existsSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileProblems } from "./file-error";

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

/** Runs `write` on a temporary name beside `target`, then renames it into place. */
export async function writeAtomically(
  target: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp.xlsx`);
  try {
    await write(temporary);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw fileProblems.writeFailed(target, (error as Error).message);
  }
}
