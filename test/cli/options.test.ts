/** The option declarations, the --out/--force reading and the --json finding shape the commands share (cli/src). */
import path from "node:path";
import { findingJson } from "../../cli/src/finding-json";
import { useTempDir } from "../temp-dir";
import { FORCE_HELP, OUT_OPTIONS, outPathOf, requiredOutPath, valueOptions } from "../../cli/src/options";

const temp = useTempDir("certdesk-options-");

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
    const out = temp.file("new.xlsx");
    expect(outPathOf({ out })).toBe(path.resolve(out));
    expect(requiredOutPath({ out }, temp.file("in.xlsx"))).toBe(path.resolve(out));
  });

  test("an existing file only with --force; the input never, even with --force", () => {
    const existing = temp.save("old.xlsx", "x");
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

test("--json prints a finding or note as id, severity, sheet, cell, message, clause — nothing else", () => {
  const note = {
    id: "CONVERT-NO-CODE",
    params: { value: "交通运输" },
    row: 4,
    clause: "CNCA 模版 证书信息表 第 7 项",
    message: "「交通运输」不在国民经济行业分类代码中",
    cell: "I8",
    sheet: "证书信息表",
    severity: "warning",
  };
  expect(JSON.stringify(findingJson(note))).toBe(
    JSON.stringify({
      id: "CONVERT-NO-CODE",
      severity: "warning",
      sheet: "证书信息表",
      cell: "I8",
      message: "「交通运输」不在国民经济行业分类代码中",
      clause: "CNCA 模版 证书信息表 第 7 项",
    }),
  );
});
