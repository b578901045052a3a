/**
 * The one-pass path for plain `<c>` elements (cli/src/xlsx/cell-bytes.ts) against the scanner's
 * ordinary events: the same sheet XML read as written and with every `<c ` turned into `<c\t`
 * (which the plain path declines, so the events read it) gives the same grid or the same
 * error, whatever chunk boundaries the inflated bytes arrive in — inside a tag, a value, a
 * Chinese character.
 */
import fc from "fast-check";
import { FileError } from "../../../cli/src/xlsx/file-error";
import { ReadBudget } from "../../../cli/src/xlsx/limits";
import type { WorkbookParts } from "../../../cli/src/xlsx/package-parts";
import { readSheetPart } from "../../../cli/src/xlsx/sheet-xml";
import type { ZipArchive } from "../../../cli/src/xlsx/zip";
import type { SheetGrid } from "../../../core/validation/sheet";

const PART = "xl/worksheets/sheet1.xml";

/** Style 1 shows dates (yyyy-mm-dd), style 0 does not. */
const parts: WorkbookParts = {
  sheets: [{ name: "月报", part: PART }],
  date1904: false,
  dateStyles: [false, true],
  sharedStrings: ["组织名称", "上海某某合规科技有限公司", "91310115MA1FL7Q289"],
};

/** A package holding only `xml`, delivered in pieces cut at `cuts`. */
function zipOf(xml: Buffer, cuts: number[]): ZipArchive {
  const points = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
  return {
    entries: new Map(),
    has: (name) => name === PART,
    async *chunks() {
      let from = 0;
      for (const cut of points) {
        yield xml.subarray(from, cut);
        from = cut;
      }
      yield xml.subarray(from);
    },
    close: async () => {},
  };
}

async function read(xml: string, cuts: number[]): Promise<SheetGrid | string> {
  try {
    return await readSheetPart(
      zipOf(Buffer.from(xml, "utf8"), cuts),
      parts,
      "月报",
      PART,
      "t.xlsx",
      new ReadBudget("t.xlsx"),
    );
  } catch (error) {
    if (error instanceof FileError) return error.zh;
    throw error;
  }
}

const refArb = fc.oneof(
  fc.constantFrom("", "A", "B", "Z", "AA", "AH", "XFD", "XFE", "a", "AAAA"),
  fc.constant("C"),
);
const typeArb = fc.constantFrom(
  undefined,
  "s",
  "n",
  "b",
  "e",
  "d",
  "str",
  "inlineStr",
  "inlineStr",
  "x",
  "S",
);
const valueArb = fc.constantFrom(
  "0",
  "1",
  "2",
  "7",
  "46310",
  "46310.5",
  "-3",
  "1E+3",
  "",
  " ",
  "#N/A",
  "2026-10-15",
  "true",
  "1234567890123456789",
  "审核组长",
  "a&amp;b",
  "x]y",
  "a\tb",
  "x\r\ny",
  "é",
  "组长 > 组员",
);
const cellArb = fc.record({
  ref: fc.option(refArb, { nil: undefined }),
  row: fc.constantFrom("", "1", "2", "9"),
  style: fc.option(fc.constantFrom("0", "1", "12", ""), { nil: undefined }),
  type: typeArb,
  shape: fc.constantFrom(
    "value",
    "value",
    "value",
    "empty",
    "selfClosing",
    "formula",
    "inline",
    "inline",
    "inlinePreserve",
    "rich",
    "spaced",
  ),
  value: valueArb,
  /** A repeated or unknown attribute (the scanner takes the first of a repeated one). */
  extra: fc.constantFrom("", "", "", ' r="B1"', ' s="1"', ' t="s"', ' cm="1"', '\tr="C1"'),
});

type Cell = typeof cellArb extends fc.Arbitrary<infer T> ? T : never;

function cellXml(cell: Cell): string {
  const attrs = [
    cell.ref === undefined ? "" : ` r="${cell.ref}${cell.ref === "" ? "" : cell.row}"`,
    cell.style === undefined ? "" : ` s="${cell.style}"`,
    cell.type === undefined ? "" : `  t="${cell.type}"`,
    cell.extra,
  ].join("");
  switch (cell.shape) {
    case "empty":
      return `<c${attrs}></c>`;
    case "selfClosing":
      return `<c${attrs}/>`;
    case "formula":
      return `<c${attrs}><f>A1</f><v>${cell.value}</v></c>`;
    case "inline":
      return `<c${attrs}><is><t>${cell.value}</t></is></c>`;
    case "inlinePreserve":
      return `<c${attrs}><is><t xml:space="preserve">${cell.value}</t></is></c>`;
    case "rich":
      return `<c${attrs}><is><r><t>${cell.value}</t></r><r><t>尾</t></r></is></c>`;
    case "spaced":
      return `<c${attrs} ><v>${cell.value}</v></c>`;
    default:
      return `<c${attrs}><v>${cell.value}</v></c>`;
  }
}

/** What may stand between two cells: nothing (as Excel writes), line breaks, stray text. */
const separatorArb = fc.constantFrom("", "", "", "\n  ", " ", 'xc r="H1"/>');
const rowArb = fc
  .array(fc.tuple(cellArb, separatorArb), { maxLength: 5 })
  .map((cells) => cells.map(([cell, separator]) => cellXml(cell) + separator).join(""));
const sheetArb = fc.array(rowArb, { minLength: 1, maxLength: 4 });

test("plain cells read in one pass equal the scanner's reading, cut anywhere", async () => {
  await fc.assert(
    fc.asyncProperty(sheetArb, fc.array(fc.nat({ max: 2_000 }), { maxLength: 10 }), async (rows, cuts) => {
      const body = rows.map((cells, i) => `<row r="${i + 1}">${cells}</row>`).join("");
      const xml = `<?xml version="1.0"?><worksheet><sheetData>${body}</sheetData></worksheet>`;
      const viaEvents = await read(xml.replace(/<c /g, "<c\t"), []);
      expect(await read(xml, cuts)).toEqual(viaEvents);
      expect(await read(xml, [])).toEqual(viaEvents);
    }),
    { numRuns: 400 },
  );
});

describe("the plain path's values", () => {
  const sheet = (cells: string): string =>
    `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

  test("shared strings, numbers, dates by style, booleans, errors, a cell without r", async () => {
    const grid = await read(
      sheet(
        '<c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>46310</v></c><c r="C1"><v>6.5</v></c>' +
          '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c t="s"><v>2</v></c><c r="H1" s="1"/>',
      ),
      [],
    );
    expect(grid).toEqual({
      name: "月报",
      cells: [
        [
          "上海某某合规科技有限公司",
          new Date(Date.UTC(2026, 9, 15)),
          6.5,
          true,
          { error: "#N/A" },
          "91310115MA1FL7Q289",
        ],
      ],
    });
  });

  test("a value cut inside a Chinese character between chunks reads whole (exceljs#2063)", async () => {
    const xml = sheet(
      '<c r="A1" t="inlineStr"><is><t>审核组长</t></is></c><c r="B1" t="str"><v>组长</v></c>',
    );
    const bytes = Buffer.from(xml, "utf8");
    const inside = bytes.indexOf(Buffer.from("审", "utf8")) + 1;
    const insideValue = bytes.indexOf(Buffer.from("长</v>", "utf8")) + 2;
    expect(await read(xml, [inside, insideValue])).toEqual({ name: "月报", cells: [["审核组长", "组长"]] });
  });

  test("inline text as Apache POI writes it, and what the plain path leaves to the scanner", async () => {
    const grid = await read(
      sheet(
        '<c r="A1" t="inlineStr"><is><t>合规管理体系</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><t xml:space="preserve"> 否 </t></is></c>' +
          '<c r="C1" t="inlineStr"><is><t>a&amp;b</t></is></c>' +
          '<c r="D1" t="inlineStr"><is><t>x\r\ny</t></is></c>' +
          '<c r="E1" t="str"><v>上海（总部）</v></c>' +
          '<c r="F1" t="inlineStr"><is><t></t></is></c><c r="G1" t="inlineStr"><is><t>尾</t></is></c>',
      ),
      [],
    );
    expect(grid).toEqual({
      name: "月报",
      cells: [["合规管理体系", " 否 ", "a&b", "x\ny", "上海（总部）", "", "尾"]],
    });
  });

  test("text between cells that looks like a cell without its < is never read as one", async () => {
    const xml = sheet('<c r="A1"><v>1</v></c>xc r="H1"/><c><v>2</v></c>');
    expect(await read(xml, [])).toEqual({ name: "月报", cells: [[1, 2]] });
  });

  test("a missing shared string is named with its cell", async () => {
    expect(await read(sheet('<c r="B1" t="s"><v>9</v></c>'), [])).toMatch(/月报!B1: 共享字符串 9 不存在/);
  });

  test("a column past XFD is refused with the limit's message", async () => {
    expect(await read(sheet('<c r="XFE1"><v>1</v></c>'), [])).toMatch(/XFE1.*不是 A 到 XFD 列/);
  });
});

test("a number in a date format that no date can show stays a number, never an invalid Date", async () => {
  const xml =
    '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>2958465</v></c><c r="B1" s="1"><v>2958466</v></c>' +
    '<c r="C1" s="1"><v>-3</v></c><c r="D1" s="1"><v>1234567890123456789</v></c></row></sheetData></worksheet>';
  expect(await read(xml, [])).toEqual({
    name: "月报",
    cells: [[new Date(Date.UTC(9999, 11, 31)), 2958466, -3, Number("1234567890123456789")]],
  });
});
