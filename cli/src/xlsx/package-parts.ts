/**
 * The workbook-level parts of an .xlsx package (ECMA-376 Part 1): where the workbook is, its
 * sheets in order with their part names, the 1904 flag, which cell styles show dates, and the
 * shared string table (rich text flattened to its plain text; phonetic guides left out).
 */
import { isDateFormat } from "./excel-values";
import { fileProblems } from "./file-error";
import { LIMITS, limitExceeded, type ReadBudget } from "./limits";
import { readPlainSharedString } from "./shared-string-bytes";
import { parseXml } from "./xml";
import type { ZipArchive } from "./zip";

export interface SheetPart {
  name: string;
  /** Part name inside the package, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  date1904: boolean;
  /** Indexed by a cell's `s` attribute: whether its number format shows a date. */
  dateStyles: boolean[];
  sharedStrings: string[];
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(ownerPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : ownerPart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

async function readRelationships(zip: ZipArchive, ownerPart: string, file: string): Promise<Relationship[]> {
  const relsPart = relsPartOf(ownerPart);
  if (!zip.has(relsPart)) return [];
  const relationships: Relationship[] = [];
  await parseXml(
    zip.chunks(relsPart),
    {
      open(name, a) {
        if (name !== "Relationship" || a.get("TargetMode") === "External") return;
        const id = a.get("Id");
        const target = a.get("Target");
        if (id && target)
          relationships.push({ id, type: a.get("Type") ?? "", target: resolveTarget(ownerPart, target) });
      },
    },
    file,
    relsPart,
  );
  return relationships;
}

/** Transitional and strict OOXML spell relationship types with different prefixes; the last segment is the same. */
const isType = (rel: Relationship, kind: string): boolean => rel.type.endsWith(`/${kind}`);

async function findWorkbookPart(zip: ZipArchive, file: string): Promise<string> {
  const root = await readRelationships(zip, "", file);
  const office = root.find((rel) => isType(rel, "officeDocument"));
  const part = office?.target ?? "xl/workbook.xml";
  if (!zip.has(part) || !part.toLowerCase().endsWith(".xml")) throw fileProblems.notWorkbook(file);
  return part;
}

async function readWorkbookXml(
  zip: ZipArchive,
  part: string,
  file: string,
): Promise<{ sheets: { name: string; rid: string }[]; date1904: boolean }> {
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  await parseXml(
    zip.chunks(part),
    {
      open(name, a) {
        if (name === "sheet") sheets.push({ name: a.get("name") ?? "", rid: a.prefixed("id") ?? "" });
        else if (name === "workbookPr") {
          const flag = a.get("date1904");
          date1904 = flag === "1" || flag === "true";
        }
      },
    },
    file,
    part,
  );
  return { sheets, date1904 };
}

async function readDateStyles(zip: ZipArchive, part: string | undefined, file: string): Promise<boolean[]> {
  if (part === undefined || !zip.has(part)) return [];
  const customFormats = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  await parseXml(
    zip.chunks(part),
    {
      open(name, a) {
        const id = a.get("numFmtId");
        if (name === "numFmt" && id !== undefined) customFormats.set(Number(id), a.get("formatCode") ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) xfFormatIds.push(Number(id ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    file,
    part,
  );
  return xfFormatIds.map((id) => isDateFormat(id, customFormats.get(id)));
}

async function readSharedStrings(
  zip: ZipArchive,
  part: string | undefined,
  file: string,
  budget: ReadBudget,
): Promise<string[]> {
  if (part === undefined || !zip.has(part)) return [];
  const strings: string[] = [];
  let current = "";
  let phoneticDepth = 0;
  /** Inside an `<si>` read through the events (the plain path then waits for its end). */
  let inItem = false;
  const range = { start: 0, end: 0 };
  await parseXml(
    zip.chunks(part),
    {
      wantText: false,
      element(buf, lt) {
        if (inItem) return -1;
        let at = lt;
        for (let end = readPlainSharedString(buf, at, range); end >= 0;) {
          budget.value(part);
          strings.push(buf.toString("utf8", range.start, range.end));
          at = end;
          end = readPlainSharedString(buf, at, range);
        }
        return at === lt ? -1 : at;
      },
      open(name) {
        if (name === "si") {
          current = "";
          inItem = true;
        } else if (name === "t") this.wantText = phoneticDepth === 0;
        else if (name === "rPh") phoneticDepth++;
      },
      close(name) {
        if (name === "t") this.wantText = false;
        else if (name === "rPh") phoneticDepth--;
        else if (name === "si") {
          inItem = false;
          budget.value(part);
          strings.push(current);
        }
      },
      text(text) {
        current += text;
        if (current.length > LIMITS.textChars)
          throw limitExceeded.textChars(
            file,
            `${part} 第 ${strings.length + 1} 项`,
            `${part} item ${strings.length + 1}`,
          );
      },
    },
    file,
    part,
  );
  return strings;
}

/** Sheets that are not worksheets hold no cells to validate. */
const OTHER_SHEET_TYPES = ["chartsheet", "dialogsheet", "macrosheet", "xlMacrosheet", "xlIntlMacrosheet"];

export async function readWorkbookParts(
  zip: ZipArchive,
  file: string,
  budget: ReadBudget,
): Promise<WorkbookParts> {
  const workbookPart = await findWorkbookPart(zip, file);
  const [{ sheets: declared, date1904 }, rels] = await Promise.all([
    readWorkbookXml(zip, workbookPart, file),
    readRelationships(zip, workbookPart, file),
  ]);
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets: SheetPart[] = [];
  if (declared.length === 0) throw fileProblems.corrupt(file, `${workbookPart} 中没有工作表 / no sheets`);
  // A sheet the workbook lists but the package lacks is damage, never "0 sheets, ready to upload".
  for (const sheet of declared) {
    const rel = byId.get(sheet.rid);
    if (!rel)
      throw fileProblems.sheetMissing(
        file,
        sheet.name,
        `没有对应的关系（${sheet.rid || "缺少 r:id"}）`,
        `it has no relationship (${sheet.rid || "no r:id"})`,
      );
    if (OTHER_SHEET_TYPES.some((kind) => isType(rel, kind))) continue;
    if (!isType(rel, "worksheet"))
      throw fileProblems.sheetMissing(
        file,
        sheet.name,
        `的关系不是工作表（${rel.type}）`,
        `its relationship is not a worksheet (${rel.type})`,
      );
    if (!zip.has(rel.target))
      throw fileProblems.sheetMissing(
        file,
        sheet.name,
        `的部件 ${rel.target} 不存在`,
        `its part ${rel.target} is missing`,
      );
    sheets.push({ name: sheet.name, part: rel.target });
  }
  const [dateStyles, sharedStrings] = await Promise.all([
    readDateStyles(zip, rels.find((rel) => isType(rel, "styles"))?.target, file),
    readSharedStrings(zip, rels.find((rel) => isType(rel, "sharedStrings"))?.target, file, budget),
  ]);
  return { sheets, date1904, dateStyles, sharedStrings };
}
