/**
 * Reading an .xls (SheetJS, whole file in memory) against reading the same workbook as .xlsx (our
 * streaming reader): the CNCA upload example's 证书信息表 rows repeated to N rows, written both ways
 * by SheetJS. Prints both times (median of runs) and their ratio, plus the one-off cost of loading
 * SheetJS, which a run that reads no .xls never pays.
 *   node cli/bin/run-ts.cjs bench/read-xls.ts [rows] [runs]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

// SheetJS's .xls *writer* (used here to make the file) holds about 0.7 GB per 1 000 rows of 75
// columns — 20 000 rows needed over 14 GB — so the default stays at CNCA-upload size; reading
// those files takes far less (6 000 rows: 290 MB peak for the whole `certdesk validate`).
const ROWS = Number(process.argv[2] ?? 2_000);
const RUNS = Number(process.argv[3] ?? 3);
const ROOT = path.resolve(__dirname, "..", "..");

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  let t = performance.now();
  const XLSX = await import("@e965/xlsx");
  const loadMs = performance.now() - t;
  const { readWorkbook } = await import("../cli/src/xlsx/read-workbook");
  const { readXlsWorkbook } = await import("../cli/src/xlsx/read-xls");

  const example = XLSX.read(readFileSync(path.join(ROOT, "examples", "cnca-2016-clean.xlsx")), {
    type: "buffer",
  });
  const cert = XLSX.utils.sheet_to_json<unknown[]>(example.Sheets["证书信息表"]!, {
    header: 1,
    defval: null,
  });
  const head = cert.slice(0, 7);
  const body = cert.slice(7);
  const rows = Array.from({ length: ROWS }, (_, i) => body[i % body.length]!);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([...head, ...rows]), "证书信息表");

  const dir = mkdtempSync(path.join(tmpdir(), "certdesk-bench-xls-"));
  try {
    const xls = path.join(dir, "upload.xls");
    const xlsx = path.join(dir, "upload.xlsx");
    writeFileSync(xls, XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer);
    writeFileSync(xlsx, XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer);
    const xlsTimes: number[] = [];
    const xlsxTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      t = performance.now();
      const a = await readXlsWorkbook(xls);
      xlsTimes.push(performance.now() - t);
      t = performance.now();
      const b = await readWorkbook(xlsx);
      xlsxTimes.push(performance.now() - t);
      if (a[0]!.cells.length !== b[0]!.cells.length) throw new Error("the two reads differ in rows");
    }
    const [x, y] = [median(xlsTimes), median(xlsxTimes)];
    console.log(`rows ${ROWS} × ${head[0]!.length} columns, median of ${RUNS}`);
    console.log(`SheetJS load (once per process): ${loadMs.toFixed(0)} ms`);
    console.log(
      `.xls read: ${x.toFixed(0)} ms   .xlsx read: ${y.toFixed(0)} ms   ratio .xls ÷ .xlsx: ${(x / y).toFixed(2)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
