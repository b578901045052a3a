/**
 * A temporary folder for one test file: made before its tests, removed with everything in it after
 * them. Call at the top level of the test file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TempDir {
  /** The folder (only once the tests have started). */
  readonly path: string;
  /** A path inside the folder; nothing is written. */
  file(name: string): string;
  /** Writes `content` to `name` inside the folder and returns the file's path. */
  save(name: string, content: Buffer | string): string;
}

export function useTempDir(prefix: string): TempDir {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const temp: TempDir = {
    get path() {
      if (dir === "") throw new Error("the temporary folder exists only while the tests run");
      return dir;
    },
    file: (name) => path.join(temp.path, name),
    save: (name, content) => {
      const file = temp.file(name);
      writeFileSync(file, content);
      return file;
    },
  };
  return temp;
}
