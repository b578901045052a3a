/**
 * Hand-built .xlsx packages for reader tests: the exact XML other writers produce (prefixed
 * elements, cells without `r`, inline rich text, `t="d"` dates, uncalculated formulas), which
 * exceljs cannot be made to write. A tiny ZIP writer: deflated parts, CRC from node:zlib.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/** A part given already deflated (a zip bomb is written this way without holding its content). */
export interface DeflatedPart {
  deflated: Buffer;
  crc: number;
  size: number;
}

/**
 * `prefix`, then `repeat` × `block`, then `suffix`, deflated with small memory: each block is
 * compressed once (full flush, so the pieces stand alone) and its bytes repeated. The CRC is the
 * real one, so only a reader's limits can stop it.
 */
export function repeatedPart(prefix: string, block: Buffer, repeat: number, suffix: string): DeflatedPart {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const head = Buffer.from(prefix, "utf8");
  const tail = Buffer.from(suffix, "utf8");
  const piece = deflateRawSync(block, flush);
  let crc = crc32(head);
  for (let i = 0; i < repeat; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  return {
    deflated: Buffer.concat([
      deflateRawSync(head, flush),
      ...Array.from({ length: repeat }, () => piece),
      deflateRawSync(tail),
    ]),
    crc,
    size: head.length + repeat * block.length + tail.length,
  };
}

export function zipParts(parts: Record<string, string | Buffer | DeflatedPart>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const given = typeof content === "object" && "deflated" in content ? content : null;
    const data = given ? null : Buffer.isBuffer(content) ? content : Buffer.from(content as string, "utf8");
    const compressed = given ? given.deflated : deflateRawSync(data!);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = given ? given.crc : crc32(data!);
    const size = given ? given.size % 2 ** 32 : data!.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a package, inflated (for tests that take a real workbook apart and rebuild it). */
export function unzipParts(zip: Buffer): Record<string, Buffer> {
  const parts: Record<string, Buffer> = {};
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    parts[name] = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return parts;
}

/** A minimal one-sheet package around the given sheetData / sharedStrings / styles XML. */
export function minimalXlsx(options: {
  sheetXml: string | DeflatedPart;
  sharedStrings?: string[];
  stylesXml?: string;
  sheetName?: string;
  date1904?: boolean;
  /** Where the sheet part lives; exceljs only finds sheets named xl/worksheets/sheetN.xml. */
  sheetPart?: string;
}): Buffer {
  const sheetPart = options.sheetPart ?? "xl/worksheets/data.xml";
  const parts: Record<string, string | DeflatedPart> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${options.date1904 ? `<workbookPr date1904="1"/>` : ""}<sheets><sheet name="${options.sheetName ?? "表1"}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/${sheetPart}"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    [sheetPart]: options.sheetXml,
    "xl/sharedStrings.xml": `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${(options.sharedStrings ?? []).map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${s}</t></si>`)).join("")}</sst>`,
    "xl/styles.xml":
      options.stylesXml ??
      `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>`,
  };
  return zipParts(parts);
}
