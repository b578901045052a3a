/**
 * The .xlsx reader's hostile-file limits, held for .xls (issue 8 item 1; cli/src/xlsx/xls-budget.ts):
 * the file's size before it is read, the cells and the rows/columns its BIFF records claim before
 * SheetJS parses, the text of one cell, a sheet listed but absent — each one FileError naming the
 * limit (exit 2, one line), never a RangeError, a stack trace or an out-of-memory abort. SheetJS's
 * own console chatter about unknown records never reaches stderr.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FileError } from "../../../cli/src/xlsx/file-error";
import { readAnyWorkbook } from "../../../cli/src/xlsx/open-workbook";
import { readXlsWorkbook, xlsAsXlsx } from "../../../cli/src/xlsx/read-xls";
import { XLS_LIMITS } from "../../../cli/src/xlsx/xls-budget";
import { expectOneLineError, runCli } from "../run-cli";
import { RECORD, withRecords, xlsFrom, type BiffRecord } from "./xls-fixture";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-xls-limits-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const SEED = xlsFrom({
  证书信息表: [
    ["证书号", "组织名称"],
    ["081226HG00017R000", "杭州示例科技有限公司"],
  ],
});

async function refusal(file: string): Promise<FileError> {
  const error = await readAnyWorkbook(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileError);
  return error as FileError;
}

/** DIMENSIONS with another last row (+1) and last column (+1). */
function claiming(rows: number, columns: number): Buffer {
  return withRecords(SEED, (r) => {
    if (r.type !== RECORD.DIMENSIONS) return r;
    const body = Buffer.from(r.body);
    body.writeUInt32LE(rows, 4);
    body.writeUInt16LE(columns, 10);
    return { type: r.type, body };
  });
}

test("the seed itself reads (the edits below are what is refused)", async () => {
  const { format, grids } = await readAnyWorkbook(save("seed.xls", SEED));
  expect(format).toBe("xls");
  expect(grids[0]?.cells[1]).toEqual(["081226HG00017R000", "杭州示例科技有限公司"]);
});

test("a file over the size cap is refused before it is read (a sparse 128 MiB + 1 byte file)", async () => {
  const file = save("huge.xls", SEED);
  truncateSync(file, XLS_LIMITS.fileBytes + 1);
  const error = await refusal(file);
  expect(error.zh).toContain("134 217 729 字节");
  expect(error.zh).toContain("另存为");
  await expect(xlsAsXlsx(file)).rejects.toBeInstanceOf(FileError);
});

test("DIMENSIONS claiming 2 000 000 rows or 20 000 columns: refused by the sheet limits", async () => {
  const rows = await refusal(save("rows.xls", claiming(2_000_000, 2)));
  expect(rows.zh).toContain("行号「2000000」不在 1 到 1 048 576 之间");
  const columns = await refusal(save("columns.xls", claiming(2, 20_000)));
  expect(columns.zh).toContain("不是 A 到 XFD 列");
  // Within Excel's grid the claim is only a claim: the file reads.
  const { grids } = await readAnyWorkbook(save("claim-ok.xls", claiming(65_536, 256)));
  expect(grids[0]?.cells).toHaveLength(2);
});

test("DIMENSIONS beyond the grid through the binary: exit 2, one bilingual line, no stack", () => {
  const file = save("rows-cli.xls", claiming(5_000_000, 2));
  expectOneLineError(runCli(["validate", file, "--json"]), "超出读取上限", "beyond what can be read");
});

test("more cells than the cap (MULRK records, 6 bytes a cell): refused before SheetJS builds them", async () => {
  // One MULRK of the largest BIFF8 record (8 224 bytes) holds 1 369 cells.
  const perRecord = 1_369;
  const body = Buffer.alloc(6 + perRecord * 6);
  body.writeUInt16LE(perRecord - 1, body.length - 2); // last column
  const flood: BiffRecord[] = Array.from({ length: Math.ceil(XLS_LIMITS.cells / perRecord) + 1 }, (_, r) => {
    const copy = Buffer.from(body);
    copy.writeUInt16LE(r + 2, 0);
    return { type: RECORD.MULRK, body: copy };
  });
  let added = false;
  const bytes = withRecords(SEED, (r) => {
    if (r.type !== RECORD.DIMENSIONS || added) return r;
    added = true;
    return [r, ...flood];
  });
  const error = await refusal(save("cells.xls", bytes));
  expect(error.zh).toContain("单元格超过 2 000 000 个");
});

test("a cell text longer than 32 767 characters (a BIFF8 LABEL may hold 65 535): refused, naming the cell", async () => {
  const bytes = withRecords(SEED, (r) => {
    // The LABEL of B2 (row 1, column 1, 0-based).
    if (r.type !== RECORD.LABEL || r.body.readUInt16LE(0) !== 1 || r.body.readUInt16LE(2) !== 1) return r;
    const length = 40_000;
    const body = Buffer.alloc(9 + length, 0x61);
    r.body.copy(body, 0, 0, 6);
    body.writeUInt16LE(length, 6);
    body[8] = 0; // compressed (one byte a character)
    return { type: r.type, body };
  });
  const error = await refusal(save("long.xls", bytes));
  expect(error.zh).toContain("证书信息表!B2 的文本超过 32 767 个字符");
});

test("a record SheetJS does not know: read all the same, and nothing on the console", async () => {
  const bytes = withRecords(SEED, (r) =>
    r.type === RECORD.DIMENSIONS ? [{ type: 0x0299, body: Buffer.from([1, 2, 3, 4]) }, r] : r,
  );
  const file = save("unknown-record.xls", bytes);
  const spies = (["error", "warn", "log"] as const).map((m) => jest.spyOn(console, m));
  try {
    const grids = await readXlsWorkbook(file);
    expect(grids[0]?.cells[1]).toEqual(["081226HG00017R000", "杭州示例科技有限公司"]);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  const run = runCli(["validate", file, "--json"]);
  expect(run.stderr).toBe("");
  expect([0, 1]).toContain(run.status);
});
