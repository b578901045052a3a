/** The option declarations and the --out/--force reading the file-writing commands share (cli/src/options.ts). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FORCE_HELP, OUT_OPTIONS, outPathOf, requiredOutPath, valueOptions } from "../../cli/src/options";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-options-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("value options in the order given, each taking a string; --out takes a file, --force is a switch", () => {
  const spec = valueOptions("to", "out", "fetch-from");
  expect(Object.keys(spec)).toEqual(["to", "out", "fetch-from"]);
  expect(Object.values(spec)).toEqual([{ type: "string" }, { type: "string" }, { type: "string" }]);
  expect(OUT_OPTIONS).toEqual({ out: { type: "string" }, force: { type: "boolean" } });
  expect(FORCE_HELP).toBe("--force          覆盖已存在的输出文件 / overwrite an existing output file");
});

describe("--out", () => {
  test("not given: null, or the bilingual missing-option refusal where the command needs it", () => {
    expect(outPathOf({})).toBeNull();
    expect(() => requiredOutPath({ force: true })).toThrow(
      expect.objectContaining({ zh: "缺少必填参数 --out", en: "missing required option --out" }),
    );
  });

  test("a new .xlsx is returned resolved", () => {
    const out = path.join(dir, "new.xlsx");
    expect(outPathOf({ out })).toBe(path.resolve(out));
    expect(requiredOutPath({ out }, path.join(dir, "in.xlsx"))).toBe(path.resolve(out));
  });

  test("an existing file only with --force; the input never, even with --force", () => {
    const existing = path.join(dir, "old.xlsx");
    writeFileSync(existing, "x");
    expect(() => outPathOf({ out: existing })).toThrow(
      expect.objectContaining({ zh: `输出文件「${existing}」已存在：不会覆盖，请换一个文件名或加 --force` }),
    );
    expect(outPathOf({ out: existing, force: true })).toBe(path.resolve(existing));
    expect(() => outPathOf({ out: existing, force: true }, existing)).toThrow(
      expect.objectContaining({
        zh: `输出文件「${existing}」就是输入文件：不会覆盖原文件，请另取一个文件名`,
      }),
    );
  });
});
