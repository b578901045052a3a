/**
 * A seeded mutation fuzzer over a valid .xls (issue 8 item 1, as validate-fuzz.test.ts does for
 * .xlsx): the example upload with planted mistakes saved as BIFF8 by SheetJS, then damaged —
 * bytes flipped or the file cut (the compound file itself), and BIFF records flipped, cut, deleted,
 * duplicated or given a wrong length inside a valid compound file (what SheetJS's parser sees).
 * Whatever the damage, `certdesk validate` ends with exit 0, 1 or 2; exit 2 is exactly one stderr
 * line, Chinese then English; there is never a stack trace or SheetJS console chatter; the cells
 * read stay under the .xls cap; the input is never changed.
 * fast-check's seed is fixed under CI=true and replayable with FC_SEED (test/setup-fast-check.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { FileError } from "../../cli/src/xlsx/file-error";
import { readXlsWorkbook } from "../../cli/src/xlsx/read-xls";
import { XLS_LIMITS } from "../../cli/src/xlsx/xls-budget";
import {
  argsFor,
  expectBinaryContract,
  expectBothSides,
  expectContract,
  sha256,
  validateInProcess,
} from "./fuzz-contract";
import { ROOT } from "./run-cli";
import { encode, records, withStream, xlsFromXlsx } from "./xlsx/xls-fixture";

const SEED = xlsFromXlsx(readFileSync(path.join(ROOT, "examples", "cnca-2016-mistakes.xlsx")));

type FileMutation = { kind: "flip"; at: number; bits: number } | { kind: "cut"; at: number };
type RecordMutation =
  | { kind: "flip"; record: number; at: number; bits: number }
  | { kind: "cut"; record: number; at: number }
  | { kind: "delete"; record: number }
  | { kind: "duplicate"; record: number }
  | { kind: "length"; record: number; size: number }
  | { kind: "truncate"; at: number };

const index = fc.nat({ max: 1_000_000 });
const fileMutation: fc.Arbitrary<FileMutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: index, bits: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: index }),
);
const recordMutation: fc.Arbitrary<RecordMutation> = fc.oneof(
  fc.record({
    kind: fc.constant("flip" as const),
    record: index,
    at: index,
    bits: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant("cut" as const), record: index, at: index }),
  fc.record({ kind: fc.constant("delete" as const), record: index }),
  fc.record({ kind: fc.constant("duplicate" as const), record: index }),
  fc.record({ kind: fc.constant("length" as const), record: index, size: fc.nat({ max: 0xffff }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: index }),
);

/** One record-level edit of the Workbook stream; "length" lies about a record's size in its header. */
function editStream(stream: Buffer, m: RecordMutation): Buffer {
  if (m.kind === "truncate") return stream.subarray(0, m.at % Math.max(1, stream.length));
  const list = records(stream);
  if (list.length === 0) return stream;
  const k = m.record % list.length;
  const r = list[k]!;
  switch (m.kind) {
    case "flip": {
      if (r.body.length === 0) return stream;
      const body = Buffer.from(r.body);
      body[m.at % body.length] = body[m.at % body.length]! ^ m.bits;
      list[k] = { type: r.type, body };
      return encode(list);
    }
    case "cut":
      list[k] = { type: r.type, body: r.body.subarray(0, m.at % Math.max(1, r.body.length)) };
      return encode(list);
    case "delete":
      list.splice(k, 1);
      return encode(list);
    case "duplicate":
      list.splice(k, 0, r);
      return encode(list);
    case "length": {
      const bytes = encode(list);
      const at = encode(list.slice(0, k)).length;
      bytes.writeUInt16LE(m.size, at + 2);
      return bytes;
    }
  }
}

function applyFile(bytes: Buffer, m: FileMutation): Buffer {
  const at = m.at % bytes.length;
  if (m.kind === "cut") return bytes.subarray(0, Math.max(1, at));
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ m.bits;
  return copy;
}

const caseArb = fc.record({
  stream: fc.array(recordMutation, { minLength: 0, maxLength: 3 }),
  file: fc.array(fileMutation, { minLength: 0, maxLength: 2 }),
  mode: fc.constantFrom("text", "json", "text", "json", "out"),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): Buffer {
  let bytes = c.stream.length === 0 ? SEED : withStream(SEED, (s) => c.stream.reduce(editStream, s));
  // File-level damage is rarer: most cases keep the container whole so the BIFF parser is reached.
  for (const m of c.file) bytes = applyFile(bytes, m);
  return bytes;
}

let dir: string;
let count = 0;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-xls-fuzz-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the seed reads: an upload with its planted mistakes (exit 1)", async () => {
  const file = path.join(dir, "seed.xls");
  writeFileSync(file, SEED);
  const run = await validateInProcess(argsFor(file, "json", dir, count));
  expect(run.status).toBe(1);
});

test("mutated .xls files: exit 0/1/2, one stderr line, no stack, bounded cells, input unchanged (in-process)", async () => {
  const exits = new Map<number, number>();
  const mute = (["error", "warn", "log"] as const).map((m) => jest.spyOn(console, m));
  try {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const bytes = build(c);
        const file = path.join(dir, `case-${++count}.xls`);
        writeFileSync(file, bytes);
        const grids = await readXlsWorkbook(file).catch((error: unknown) => {
          if (!(error instanceof FileError)) throw error;
          return [];
        });
        const cells = grids.reduce((n, g) => n + g.cells.reduce((m, row) => m + row.length, 0), 0);
        expect(cells).toBeLessThanOrEqual(XLS_LIMITS.cells);

        const run = await validateInProcess(argsFor(file, c.mode, dir, count));
        expectContract(run, c.mode);
        expect(sha256(readFileSync(file))).toBe(sha256(bytes));
        exits.set(run.status, (exits.get(run.status) ?? 0) + 1);
      }),
      { numRuns: 150 },
    );
    // SheetJS's console is muted by the reader: nothing of it leaks even in-process.
    for (const spy of mute) expect(spy).not.toHaveBeenCalled();
  } finally {
    for (const spy of mute) spy.mockRestore();
  }
  expectBothSides(exits);
}, 600_000);

test("mutated .xls files through the real binary keep the same contract", async () => {
  await fc.assert(
    fc.asyncProperty(caseArb, async (c) => {
      expectBinaryContract(path.join(dir, `bin-${++count}.xls`), build(c), c.mode, dir, count);
    }),
    { numRuns: 8 },
  );
}, 300_000);
