/**
 * .xls files built by the tests (no CNCA file is copied into the repository): SheetJS writes a
 * BIFF8 workbook, and these helpers edit the BIFF records of its Workbook stream and put the
 * compound file back together, so a hostile record reaches the reader inside a valid container.
 */
import * as XLSX from "@e965/xlsx";

interface CfbEntry {
  content: Buffer;
  size: number;
}
interface Cfb {
  read(bytes: Buffer, options: { type: "buffer" }): unknown;
  find(container: unknown, path: string): CfbEntry | null;
  write(container: unknown, options: { type: "buffer" }): Buffer;
}
const cfb = XLSX.CFB as Cfb;

export interface BiffRecord {
  type: number;
  body: Buffer;
}

/** A workbook as .xls bytes, each sheet from rows of values. */
export function xlsFrom(sheets: Record<string, (string | number | null)[][]>): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer;
}

/** An .xlsx workbook saved as .xls by SheetJS (values and number formats). */
export function xlsFromXlsx(xlsx: Buffer): Buffer {
  const book = XLSX.read(xlsx, { type: "buffer", cellNF: true });
  return XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer;
}

export function records(stream: Buffer): BiffRecord[] {
  const out: BiffRecord[] = [];
  for (let at = 0; at + 4 <= stream.length;) {
    const size = stream.readUInt16LE(at + 2);
    out.push({ type: stream.readUInt16LE(at), body: stream.subarray(at + 4, at + 4 + size) });
    at += 4 + size;
  }
  return out;
}

export function encode(list: readonly BiffRecord[]): Buffer {
  return Buffer.concat(
    list.flatMap(({ type, body }) => {
      const head = Buffer.alloc(4);
      head.writeUInt16LE(type, 0);
      head.writeUInt16LE(body.length, 2);
      return [head, body];
    }),
  );
}

/** The Workbook stream of a .xls. */
export function workbookStream(xls: Buffer): Buffer {
  const entry = cfb.find(cfb.read(xls, { type: "buffer" }), "Workbook");
  if (!entry) throw new Error("no Workbook stream");
  return Buffer.from(entry.content);
}

/** The .xls with its Workbook stream replaced by `edit(stream)`, in a valid compound file. */
export function withStream(xls: Buffer, edit: (stream: Buffer) => Buffer): Buffer {
  const container = cfb.read(xls, { type: "buffer" });
  const entry = cfb.find(container, "Workbook");
  if (!entry) throw new Error("no Workbook stream");
  const content = edit(Buffer.from(entry.content));
  entry.content = content;
  entry.size = content.length;
  return Buffer.from(cfb.write(container, { type: "buffer" }));
}

/** The .xls with its BIFF records mapped by `edit` (return a list to replace one record by several). */
export function withRecords(xls: Buffer, edit: (record: BiffRecord) => BiffRecord | BiffRecord[]): Buffer {
  return withStream(xls, (stream) => encode(records(stream).flatMap((r) => edit(r))));
}

export const RECORD = { DIMENSIONS: 0x0200, LABEL: 0x0204, MULRK: 0x00bd, EOF: 0x000a } as const;
