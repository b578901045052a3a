/**
 * A minimal random-access ZIP reader for .xlsx packages: the central directory tells where each
 * part is, so parts are read in the order the workbook needs them (workbook, styles, shared
 * strings, then each sheet streamed) without temp files. Written here rather than taken from
 * exceljs's streaming reader because that one decodes UTF-8 per chunk and garbles Chinese text
 * split across chunk boundaries (measured: 3 223 of 3.3 M shared strings in a 100 000-row sheet).
 * A file cut short is recognised before any part is read (no end-of-central-directory record, or
 * a directory or part that points past the end).
 */
import { createReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { crc32, createInflateRaw } from "node:zlib";
import { FileError, fileProblems } from "./file-error";
import type { ReadBudget } from "./limits";

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
  crc: number;
}

export interface ZipArchive {
  /** Part names as stored, keyed by lower case (OPC part names are case-insensitive). */
  readonly entries: ReadonlyMap<string, ZipEntry>;
  has(name: string): boolean;
  /** The part's bytes, inflated, chunk by chunk. */
  chunks(name: string): AsyncIterable<Buffer>;
  close(): Promise<void>;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

function findEocd(tail: Buffer): number {
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

interface Directory {
  offset: number;
  size: number;
}

async function locateDirectory(handle: FileHandle, fileSize: number, file: string): Promise<Directory> {
  const tailStart = Math.max(0, fileSize - EOCD_SIZE - MAX_COMMENT);
  const tail = await readAt(handle, tailStart, fileSize - tailStart);
  const at = findEocd(tail);
  if (at < 0) throw fileProblems.truncated(file);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (
    (size === U32_MAX || offset === U32_MAX) &&
    at >= 20 &&
    tail.readUInt32LE(at - 20) === ZIP64_LOCATOR_SIGNATURE
  ) {
    const zip64At = Number(tail.readBigUInt64LE(at - 20 + 8));
    const record = await readAt(handle, zip64At, 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE)
      throw fileProblems.truncated(file);
    size = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  if (offset + size > fileSize) throw fileProblems.truncated(file);
  return { offset, size };
}

/** Sizes and offsets of 0xFFFFFFFF live in the ZIP64 extra field (id 1), in this order. */
function applyZip64(extra: Buffer, entry: ZipEntry, uncompressedIsMax: boolean): void {
  let i = 0;
  while (i + 4 <= extra.length) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 1) {
      let p = i + 4;
      if (uncompressedIsMax) p += 8;
      if (entry.compressedSize === U32_MAX) {
        entry.compressedSize = Number(extra.readBigUInt64LE(p));
        p += 8;
      }
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = Number(extra.readBigUInt64LE(p));
      return;
    }
    i += 4 + length;
  }
}

function parseDirectory(buffer: Buffer, file: string): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  while (p + 46 <= buffer.length && buffer.readUInt32LE(p) === CENTRAL_SIGNATURE) {
    const flags = buffer.readUInt16LE(p + 8);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const name = buffer.toString("utf8", p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      method: buffer.readUInt16LE(p + 10),
      compressedSize: buffer.readUInt32LE(p + 20),
      localHeaderOffset: buffer.readUInt32LE(p + 42),
      encrypted: (flags & 1) === 1,
      crc: buffer.readUInt32LE(p + 16),
    };
    applyZip64(
      buffer.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength),
      entry,
      buffer.readUInt32LE(p + 24) === U32_MAX,
    );
    entries.set(name.toLowerCase(), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.size === 0) throw fileProblems.corrupt(file, "ZIP 目录为空 / empty ZIP directory");
  return entries;
}

/** Opens the package; every byte its parts inflate to is charged to `budget` as it arrives. */
export async function openZip(file: string, fileSize: number, budget: ReadBudget): Promise<ZipArchive> {
  const handle = await open(file, "r");
  try {
    const directory = await locateDirectory(handle, fileSize, file);
    const entries = parseDirectory(await readAt(handle, directory.offset, directory.size), file);

    async function* chunks(name: string): AsyncIterable<Buffer> {
      const entry = entries.get(name.toLowerCase());
      if (!entry) throw fileProblems.corrupt(file, `缺少 ${name} / ${name} missing`);
      if (entry.encrypted) throw fileProblems.encryptedEntry(file);
      const header = await readAt(handle, entry.localHeaderOffset, 30);
      if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE)
        throw fileProblems.truncated(file);
      const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      if (start + entry.compressedSize > fileSize) throw fileProblems.truncated(file);
      if (entry.compressedSize === 0) return;
      if (entry.method !== 0 && entry.method !== 8)
        throw fileProblems.corrupt(file, `不支持的压缩方式 ${entry.method} / unsupported compression`);
      const raw = createReadStream(file, {
        start,
        end: start + entry.compressedSize - 1,
        highWaterMark: 256 * 1024,
      });
      // 256 KB pieces rather than zlib's 16 KB: the stream's own work per piece cost as much CPU as
      // inflating (measured: 124 MB inflate in 0.55 s at 16 KB, 0.27 s at 64 KB, 0.20 s at 256 KB).
      const source = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 256 * 1024 })) : raw;
      raw.on("error", (error) => source.destroy(error));
      // The CRC catches damage inflate cannot see (stored parts, or bytes that still inflate).
      let crc = 0;
      try {
        for await (const chunk of source) {
          budget.inflate((chunk as Buffer).length, name);
          crc = crc32(chunk as Buffer, crc);
          yield chunk as Buffer;
        }
      } catch (error) {
        if (error instanceof FileError) throw error;
        throw fileProblems.corrupt(file, `${name}: ${(error as Error).message}`);
      } finally {
        raw.destroy();
      }
      if (crc >>> 0 !== entry.crc) throw fileProblems.corrupt(file, `${name}: CRC 校验不符 / CRC mismatch`);
    }

    return {
      entries,
      has: (name) => entries.has(name.toLowerCase()),
      chunks,
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
