/**
 * Hostile and unusual workbooks (issue 8 item 1): each limit at its boundary and one past it, and
 * the silent misreadings of the old reader. Past a limit the reader throws one FileError naming
 * the limit and where it was reached; it never runs out of memory or fills a grid to row 10⁹.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FileError } from "../../../cli/src/xlsx/file-error";
import { LIMITS, ReadBudget } from "../../../cli/src/xlsx/limits";
import { readWorkbook } from "../../../cli/src/xlsx/read-workbook";
import { minimalXlsx, repeatedPart, unzipParts, zipParts } from "./zip-fixture";

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
const sheet = (rows: string, after = ""): string =>
  `<worksheet ${NS}><sheetData>${rows}</sheetData>${after}</worksheet>`;
const inline = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "certdesk-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
function save(content: Buffer): string {
  const file = path.join(dir, `case-${++count}.xlsx`);
  writeFileSync(file, content);
  return file;
}

async function problem(file: string, budget?: ReadBudget): Promise<FileError> {
  try {
    await readWorkbook(file, budget);
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error("expected a FileError");
}

const cellsOf = async (sheetXml: string): Promise<unknown[][]> =>
  (await readWorkbook(save(minimalXlsx({ sheetXml }))))[0]!.cells;

describe("rows and columns a sheet may claim (Excel: 1 048 576 × XFD)", () => {
  test('a 2 KB sheet with <row r="1000000000"> is refused at once, naming the row and the limit', async () => {
    const file = save(
      minimalXlsx({
        sheetXml: sheet(
          `<row r="1">${inline("A1", "组织名称")}</row><row r="1000000000"><c r="A1000000000"><v>1</v></c></row>`,
        ),
      }),
    );
    const budget = new ReadBudget(file);
    const error = await problem(file, budget);
    expect(error.zh).toContain("行号「1000000000」不在 1 到 1 048 576 之间");
    expect(error.en).toContain('row number "1000000000"');
    expect(budget.values).toBeLessThan(10);
  });

  test.each(["0", "-1", "1.5", "1e3", "abc", ""])('<row r="%s"> is refused', async (r) => {
    const error = await problem(
      save(minimalXlsx({ sheetXml: sheet(`<row r="${r}"><c><v>1</v></c></row>`) })),
    );
    expect(error.zh).toContain(`行号「${r}」`);
  });

  test("row 1 048 576 itself is read, and the rows above it are empty", async () => {
    const cells = await cellsOf(sheet(`<row r="1048576"><c r="A1048576"><v>7</v></c></row>`));
    expect(cells).toHaveLength(1_048_576);
    expect(cells[1_048_575]).toEqual([7]);
    expect(cells[0]).toEqual([]);
  });

  test("column XFD is read; XFE, AAAA and a reference without letters are refused", async () => {
    const cells = await cellsOf(sheet(`<row r="1"><c r="XFD1"><v>1</v></c></row>`));
    expect(cells[0]).toHaveLength(16_384);
    expect(cells[0]![16_383]).toBe(1);
    for (const ref of ["XFE1", "AAAA1", "1A", "a1"]) {
      const error = await problem(
        save(minimalXlsx({ sheetXml: sheet(`<row r="1"><c r="${ref}"><v>1</v></c></row>`) })),
      );
      expect(error.zh).toContain(`单元格地址「${ref}」不是 A 到 XFD 列`);
    }
  });

  test("cells without r past column XFD are refused", async () => {
    const row = `<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>`;
    expect((await problem(save(minimalXlsx({ sheetXml: sheet(row) })))).zh).toContain("第 16385 列");
  });

  test("far-apart cells cannot pad the grid without bound: the blanks count against the value limit", async () => {
    const rows = Array.from(
      { length: 2_500 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
    );
    const error = await problem(save(minimalXlsx({ sheetXml: sheet(rows.join("")) })));
    expect(error.zh).toContain("单元格值已超过 40 000 000 个");
    expect(error.en).toContain("more than 40 000 000 values");
  }, 60_000);
});

describe("cells without an r attribute", () => {
  test("after blank cells they land in their own column, not shifted left", async () => {
    const cells = await cellsOf(
      sheet(
        `<row>${inline("A1", "甲").replace(' r="A1"', "")}<c s="1"/><c/><c><v>4</v></c></row><row><c/><c t="b"><v>1</v></c></row>`,
      ),
    );
    expect(cells).toEqual([
      ["甲", null, null, 4],
      [null, true],
    ]);
  });

  test("after a cell with r they continue from it", async () => {
    const cells = await cellsOf(sheet(`<row r="2"><c r="C2"><v>3</v></c><c><v>4</v></c></row>`));
    expect(cells[1]).toEqual([null, null, 3, 4]);
  });
});

describe("one text run, one shared string (Excel: 32 767 characters a cell)", () => {
  test("32 767 characters are read; 32 768 are refused naming the cell", async () => {
    const at = "字".repeat(32_767);
    expect((await cellsOf(sheet(`<row r="1">${inline("A1", at)}</row>`)))[0]![0]).toBe(at);
    const error = await problem(
      save(minimalXlsx({ sheetXml: sheet(`<row r="1">${inline("B1", `${at}字`)}</row>`) })),
    );
    expect(error.zh).toContain("表1!B1 的文本超过 32 767 个字符");
  });

  test("a shared string past the limit is refused naming its item", async () => {
    const file = save(
      minimalXlsx({
        sheetXml: sheet(`<row r="1"><c r="A1" t="s"><v>1</v></c></row>`),
        sharedStrings: ["短", "HG".repeat(20_000)],
      }),
    );
    const error = await problem(file);
    expect(error.zh).toContain("xl/sharedStrings.xml 第 2 项 的文本超过 32 767 个字符");
    expect(error.en).toContain("the text at xl/sharedStrings.xml item 2 is longer than 32 767 characters");
  });

  test("a zip bomb of one 600 MB whitespace run in a cell stops at the text limit, having inflated little", async () => {
    const bomb = repeatedPart(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
      Buffer.alloc(1 << 20, 0x20),
      600,
      "</t></is></c></row></sheetData></worksheet>",
    );
    expect(bomb.deflated.length).toBeLessThan(700_000);
    const file = save(minimalXlsx({ sheetXml: bomb }));
    const budget = new ReadBudget(file);
    expect((await problem(file, budget)).zh).toContain("的文本超过 32 767 个字符");
    expect(budget.inflatedBytes).toBeLessThan(8 << 20);
  });

  test("a zip bomb of whitespace between tags stops at the 1 GiB inflate limit", async () => {
    const bomb = repeatedPart(
      `<worksheet ${NS}><sheetData>`,
      Buffer.alloc(1 << 20, 0x20),
      1100,
      "</sheetData></worksheet>",
    );
    const file = save(minimalXlsx({ sheetXml: bomb }));
    const budget = new ReadBudget(file);
    const error = await problem(file, budget);
    expect(error.zh).toContain("xl/worksheets/data.xml 处解压后的内容已超过 1 GiB");
    expect(error.en).toContain("inflates to more than 1 GiB");
    expect(budget.inflatedBytes).toBeLessThanOrEqual(LIMITS.inflatedBytes + (1 << 20));
  }, 60_000);

  test("one tag longer than 1 MiB is refused", async () => {
    const error = await problem(
      save(
        minimalXlsx({
          sheetXml: sheet(`<row r="1"><c r="A1" x="${"a".repeat(1 << 21)}"><v>1</v></c></row>`),
        }),
      ),
    );
    expect(error.zh).toContain("有一个标记超过 1 MiB");
  });
});

describe("XML the scanner must read as an XML parser does", () => {
  test("entities, character references, CDATA, comments, processing instructions, a BOM, single quotes", async () => {
    const xml = `\ufeff<?xml version="1.0"?><!-- by hand --><worksheet ${NS}><sheetData><row r = '1'>${inline("A1", "&lt;&#x4E2D;&#20013;&amp;&quot;&apos;&gt;")}<c r="B1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c><!-- <c r="C1"><v>9</v></c> --><?pi x?><c r="D1" t="inlineStr"><is><t>一\r\n二\r三</t></is></c></row></sheetData></worksheet>`;
    expect((await cellsOf(xml))[0]).toEqual(["<中中&\"'>", "<b>&amp;</b>", null, "一\n二\n三"]);
  });

  test.each([
    ["an undefined entity", `<row r="1">${inline("A1", "&nbsp;")}</row>`, "未定义的实体"],
    ["a NUL character reference", `<row r="1">${inline("A1", "&#0;")}</row>`, "无效的字符引用"],
    ["a mismatched tag", `<row r="1"><c r="A1"><v>1</c></v></row>`, "不匹配"],
    ["an unclosed element", `<row r="1"><c r="A1"><v>1</v></c>`, "不匹配"],
  ])("%s is damage naming the part", async (_, rows, fragment) => {
    const error = await problem(save(minimalXlsx({ sheetXml: sheet(rows) })));
    expect(error.zh).toContain("已损坏");
    expect(error.zh).toContain("xl/worksheets/data.xml");
    expect(error.zh).toContain(fragment);
  });

  test("a DTD (the door to entity-expansion bombs) is refused", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet ${NS}><sheetData><row r="1">${inline("A1", "&b;")}</row></sheetData></worksheet>`;
    const error = await problem(save(minimalXlsx({ sheetXml: laughs })));
    expect(error.zh).toContain("不支持 DTD");
  });
});

describe("sheets the workbook lists but the package lacks", () => {
  const twoSheets = (): Record<string, Buffer> => {
    const parts = unzipParts(
      minimalXlsx({ sheetXml: sheet(`<row r="1">${inline("A1", "组织名称")}</row>`) }),
    );
    parts["xl/workbook.xml"] = Buffer.from(
      parts["xl/workbook.xml"]!.toString().replace(
        "</sheets>",
        `<sheet name="成员" sheetId="2" r:id="rId9"/></sheets>`,
      ),
    );
    return parts;
  };

  test("a sheet whose relationship is missing is named (never 0 sheets, ready to upload)", async () => {
    const error = await problem(save(zipParts(twoSheets())));
    expect(error.zh).toContain("工作簿中列出的工作表「成员」没有对应的关系（rId9）");
    expect(error.en).toContain('the workbook lists sheet "成员" but it has no relationship (rId9)');
  });

  test("a sheet whose part is missing is named with the part", async () => {
    const parts = twoSheets();
    parts["xl/_rels/workbook.xml.rels"] = Buffer.from(
      parts["xl/_rels/workbook.xml.rels"]!.toString().replace(
        "</Relationships>",
        `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>`,
      ),
    );
    const error = await problem(save(zipParts(parts)));
    expect(error.zh).toContain("工作表「成员」的部件 xl/worksheets/sheet9.xml 不存在");
  });

  test("without the workbook's relationships part every sheet is missing: the first is named", async () => {
    const parts = twoSheets();
    delete parts["xl/_rels/workbook.xml.rels"];
    expect((await problem(save(zipParts(parts)))).zh).toContain("工作表「表1」没有对应的关系（rId1）");
  });

  test("a workbook listing no sheet at all is damaged", async () => {
    const parts = twoSheets();
    parts["xl/workbook.xml"] = Buffer.from(
      parts["xl/workbook.xml"]!.toString().replace(/<sheets>.*<\/sheets>/, "<sheets/>"),
    );
    expect((await problem(save(zipParts(parts)))).zh).toContain("没有工作表");
  });

  test("a chart sheet is skipped, not an error", async () => {
    const parts = twoSheets();
    parts["xl/_rels/workbook.xml.rels"] = Buffer.from(
      parts["xl/_rels/workbook.xml.rels"]!.toString().replace(
        "</Relationships>",
        `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      ),
    );
    const grids = await readWorkbook(save(zipParts(parts)));
    expect(grids.map((g) => g.name)).toEqual(["表1"]);
  });
});

describe('t="d" cells (ISO 8601)', () => {
  test("dates and date-times read as the day written; text that is no date stays text", async () => {
    const cells = await cellsOf(
      sheet(
        `<row r="1"><c r="A1" t="d"><v>2026-10-15</v></c><c r="B1" t="d"><v>2026-10-15T00:00:00</v></c><c r="C1" t="d"><v>2026-13-45</v></c></row>`,
      ),
    );
    expect(cells[0]).toEqual([
      new Date(Date.UTC(2026, 9, 15)),
      new Date(Date.UTC(2026, 9, 15)),
      "2026-13-45",
    ]);
  });
});
