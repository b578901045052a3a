/**
 * The one-pass path for plain shared strings (cli/src/xlsx/shared-string-bytes.ts) against the
 * scanner's events: a table read as written and with every `<si>` turned into `<si >` (which the
 * plain path declines) gives the same strings or the same error, whatever the chunk boundaries.
 */
import fc from "fast-check";
import { FileError } from "../../../cli/src/xlsx/file-error";
import { ReadBudget } from "../../../cli/src/xlsx/limits";
import { readWorkbookParts } from "../../../cli/src/xlsx/package-parts";
import type { ZipArchive } from "../../../cli/src/xlsx/zip";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships";

function packageWith(sst: string): Record<string, string> {
  return {
    "_rels/.rels": `<Relationships xmlns="${PACKAGE}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns:r="${REL}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PACKAGE}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": "<worksheet/>",
    "xl/sharedStrings.xml": sst,
  };
}

/** A package whose shared string table arrives in pieces cut at `cuts`. */
function zipOf(parts: Record<string, string>, cuts: number[]): ZipArchive {
  return {
    entries: new Map(),
    has: (name) => name in parts,
    async *chunks(name) {
      const bytes = Buffer.from(parts[name]!, "utf8");
      const points = name.endsWith("sharedStrings.xml")
        ? [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
        : [];
      let from = 0;
      for (const cut of points) {
        yield bytes.subarray(from, cut);
        from = cut;
      }
      yield bytes.subarray(from);
    },
    close: async () => {},
  };
}

async function strings(sst: string, cuts: number[]): Promise<string[] | string> {
  try {
    return (await readWorkbookParts(zipOf(packageWith(sst), cuts), "t.xlsx", new ReadBudget("t.xlsx")))
      .sharedStrings;
  } catch (error) {
    if (error instanceof FileError) return error.zh;
    throw error;
  }
}

const textArb = fc
  .array(fc.constantFrom("组织", "名称", "a", "1", " ", "\n", "&amp;", "&#x4E2D;", "]", "\r\n", "😀", ">"), {
    maxLength: 6,
  })
  .map((pieces) => pieces.join(""));
const itemArb = fc.record({
  text: textArb,
  shape: fc.constantFrom("plain", "plain", "preserve", "rich", "phonetic", "empty", "prefixed", "attribute"),
});

function itemXml(item: { text: string; shape: string }): string {
  switch (item.shape) {
    case "preserve":
      return `<si><t xml:space="preserve">${item.text}</t></si>`;
    case "rich":
      return `<si><r><t>${item.text}</t></r><r><rPr/><t>尾</t></r></si>`;
    case "phonetic":
      return `<si><t>${item.text}</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>`;
    case "empty":
      return `<si><t/></si>`;
    case "prefixed":
      return `<x:si><x:t>${item.text}</x:t></x:si>`;
    case "attribute":
      return `<si><t foo="1">${item.text}</t></si>`;
    default:
      return `<si><t>${item.text}</t></si>`;
  }
}

test("plain items read in one pass equal the scanner's reading, cut anywhere", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(itemArb, { maxLength: 6 }),
      fc.array(fc.nat({ max: 600 }), { maxLength: 8 }),
      async (items, cuts) => {
        const sst = `<?xml version="1.0"?><sst xmlns:x="urn:x">${items.map(itemXml).join("")}</sst>`;
        const viaEvents = await strings(sst.replace(/<si>/g, "<si >"), []);
        expect(await strings(sst, cuts)).toEqual(viaEvents);
      },
    ),
    { numRuns: 400 },
  );
});

test("plain, preserved, rich and phonetic items; a Chinese character cut between chunks", async () => {
  const sst =
    '<sst><si><t>组织名称</t></si><si><t xml:space="preserve"> 前后 </t></si><si><r><t>统一</t></r><r><t>代码</t></r></si>' +
    "<si><t>東京</t><rPh><t>とうきょう</t></rPh></si><si><t>a&amp;b</t></si></sst>";
  const cut = Buffer.from(sst, "utf8").indexOf(Buffer.from("织", "utf8")) + 1;
  expect(await strings(sst, [cut])).toEqual(["组织名称", " 前后 ", "统一代码", "東京", "a&b"]);
});

test("an item longer than a cell may hold is refused naming it, on either path", async () => {
  const long = "HG".repeat(20_000);
  const message = "xl/sharedStrings.xml 第 2 项 的文本超过 32 767 个字符";
  expect(await strings(`<sst><si><t>短</t></si><si><t>${long}</t></si></sst>`, [])).toContain(message);
  expect(await strings(`<sst><si><t>短</t></si><si ><t>${long}</t></si></sst>`, [])).toContain(message);
});
