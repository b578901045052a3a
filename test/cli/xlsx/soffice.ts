/**
 * LibreOffice as a second writer of workbooks, for tests: `soffice --headless --convert-to`, each
 * run with its own throw-away user profile (parallel runs and a user's own LibreOffice never share
 * one). `SOFFICE` is null where LibreOffice is not installed (`.ci/run` installs
 * libreoffice-calc-nogui); tests then skip with a printed note.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

function findSoffice(): string | null {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  return probe.status === 0 ? "soffice" : null;
}

export const SOFFICE: string | null = findSoffice();

/** LibreOffice's first start in a fresh profile takes seconds; a loaded 2-core machine, many more. */
export const SOFFICE_TIMEOUT_MS = 180_000;

/** Converts `file` to `format` (xlsx, xls…) into `outDir`; returns the new file's path. */
export function sofficeConvert(file: string, format: string, outDir: string): string {
  if (SOFFICE === null) throw new Error("soffice is not installed");
  const profile = mkdtempSync(path.join(tmpdir(), "certdesk-lo-profile-"));
  try {
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        file,
      ],
      { encoding: "utf8", timeout: SOFFICE_TIMEOUT_MS - 10_000 },
    );
    const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
    if (!existsSync(out))
      throw new Error(`soffice wrote nothing (status ${run.status}): ${run.stderr}${run.stdout}`);
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** `describe` when LibreOffice is installed; otherwise skipped with one printed note. */
export function describeWithSoffice(name: string, body: () => void): void {
  if (SOFFICE === null) {
    console.log(`跳过「${name}」：未安装 LibreOffice（soffice）/ skipped: soffice is not installed`);
    describe.skip(name, body);
  } else describe(name, body);
}
