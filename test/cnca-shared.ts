/**
 * Where CNCA's reference files are (`../shared/cnca/` beside the repository: CNCA-FORMAT.md).
 * Tests read them in place and never copy them into the repository. A git worktree sits elsewhere,
 * so the main checkout's neighbour is tried too; a test that needs them is skipped with a note
 * when neither exists.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

function candidates(): string[] {
  const list = [path.resolve(ROOT, "..", "shared", "cnca")];
  try {
    const common = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    list.push(path.resolve(common, "..", "..", "shared", "cnca"));
  } catch {
    // not a git checkout: only the neighbour of ROOT
  }
  return list;
}

/** The folder holding templ-2016.xls, layout-2016.json…, or null. */
export const CNCA_DIR: string | null =
  candidates().find((dir) => existsSync(path.join(dir, "templ-2016.xls"))) ?? null;

export function cncaFile(name: string): string {
  if (CNCA_DIR === null) throw new Error("../shared/cnca is not present");
  return path.join(CNCA_DIR, name);
}

/** `describe` when the reference files exist; otherwise `describe.skip` with one printed note. */
export function describeWithCnca(name: string, body: () => void): void {
  if (CNCA_DIR === null) {
    console.log(`跳过「${name}」：找不到 ../shared/cnca（CNCA 参考文件）/ skipped: ../shared/cnca not found`);
    describe.skip(name, body);
  } else describe(name, body);
}
