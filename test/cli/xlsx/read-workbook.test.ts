import ExcelJS from "exceljs";
import { FileError } from "../../../cli/src/xlsx/file-error";
import { checkXlsxFile, readWorkbook } from "../../../cli/src/xlsx/read-workbook";
import { UNCALCULATED_FORMULA } from "../../../cli/src/xlsx/sheet-xml";
import { minimalXlsx, zipParts } from "./zip-fixture";
import { useTempDir } from "../../temp-dir";
import { fileErrorOf } from "./file-error-of";

const temp = useTempDir("certdesk-read-");
const save = temp.save;

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("readWorkbook on a workbook exceljs writes", () => {
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("获证组织基本信息月报");
    ws.getCell("A1").value = "组织名称";
    ws.getCell("B1").value = { richText: [{ text: "统一社会" }, { text: "信用代码", font: { bold: true } }] };
    ws.getCell("A2").value = "上海某某合规科技有限公司";
    ws.getCell("B2").value = "91310115MA1FL7Q289";
    ws.getCell("C2").value = 320102198803151232; // an ID typed as a number: Excel keeps 15 digits
    ws.getCell("D2").value = utc(2026, 10, 15);
    ws.getCell("D2").numFmt = "yyyy-mm-dd";
    ws.getCell("E2").value = 6.5;
    ws.getCell("F2").value = true;
    ws.getCell("G2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("H2").value = { formula: "E2*2", result: 13 };
    ws.getCell("I2").value = { formula: 'A2&"（总部）"', result: "上海某某合规科技有限公司（总部）" };
    ws.getCell("J2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("K2").value = { text: "官网", hyperlink: "https://example.cn" };
    ws.getCell("L2").value = { formula: "TODAY()", result: utc(2026, 11, 2) };
    ws.getCell("L2").numFmt = "yyyy/m/d";
    ws.getCell("M2").value = "  前后有空格\u200B ";
    ws.getCell("A4").value = "第四行";
    ws.getCell("Z10").numFmt = "@"; // formatted but empty: adds no rows or columns
    ws.mergeCells("N1:P1");
    wb.addWorksheet("审核组成员").getCell("A1").value = "证书号";
    file = temp.file("exceljs.xlsx");
    await wb.xlsx.writeFile(file);
  });

  test("sheets in workbook order with their names", async () => {
    const grids = await readWorkbook(file);
    expect(grids.map((g) => g.name)).toEqual(["获证组织基本信息月报", "审核组成员"]);
    expect(grids[1]!.cells).toEqual([["证书号"]]);
  });

  test("values as the validator needs them", async () => {
    const [grid] = await readWorkbook(file);
    const row2 = grid!.cells[1]!;
    expect(grid!.cells[0]!.slice(0, 2)).toEqual(["组织名称", "统一社会信用代码"]);
    expect(row2[0]).toBe("上海某某合规科技有限公司");
    expect(row2[1]).toBe("91310115MA1FL7Q289");
    expect(row2[2]).toBe(320102198803151232);
    expect(row2[3]).toEqual(utc(2026, 10, 15));
    expect(row2[4]).toBe(6.5);
    expect(row2[5]).toBe(true);
    expect(row2[6]).toEqual({ error: "#N/A" });
    expect(row2[7]).toBe(13);
    expect(row2[8]).toBe("上海某某合规科技有限公司（总部）");
    expect(row2[9]).toEqual({ error: "#DIV/0!" });
    expect(row2[10]).toBe("官网");
    expect(row2[11]).toEqual(utc(2026, 11, 2));
    // Values are never cleaned by the reader: the validator must see what the user typed.
    expect(row2[12]).toBe("  前后有空格\u200B ");
  });

  test("blank rows stay as empty rows; formatted empty cells add nothing; merges listed", async () => {
    const [grid] = await readWorkbook(file);
    expect(grid!.cells).toHaveLength(4);
    expect(grid!.cells[2]).toEqual([]);
    expect(grid!.cells[3]).toEqual(["第四行"]);
    expect(grid!.cells[0]!.length).toBe(2);
    expect(grid!.merged).toEqual(["N1:P1"]);
  });

  test("gaps inside a row are null, never holes", async () => {
    const [grid] = await readWorkbook(file);
    const row1 = grid!.cells[0]!;
    expect(Object.keys(row1)).toHaveLength(row1.length);
  });
});

describe("readWorkbook on XML other writers produce", () => {
  const NS = `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;

  test("prefixed elements, cells and rows without r, inline rich text, t=d dates, 1904 system off", async () => {
    const sheetXml = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet ${NS}><x:sheetData>
      <x:row><x:c t="inlineStr"><x:is><x:r><x:t>审核</x:t></x:r><x:r><x:t xml:space="preserve">组长 </x:t></x:r></x:is></x:c><x:c s="1"><x:v>46310</x:v></x:c><x:c s="2"><x:v>46311</x:v></x:c><x:c s="3"><x:v>110105</x:v></x:c></x:row>
      <x:row><x:c t="d"><x:v>2026-10-15</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>
      <x:row r="5"><x:c r="C5"><x:f>A1+1</x:f></x:c><x:c r="D5" t="str"><x:f>A1</x:f><x:v>是</x:v></x:c></x:row>
    </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A7:B7"/></x:mergeCells></x:worksheet>`;
    const file = save(
      "other.xlsx",
      minimalXlsx({
        sheetXml,
        sharedStrings: [
          "零",
          "<r><t>富</t></r><r><t>文本</t></r>",
          '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
        ],
      }),
    );
    const [grid] = await readWorkbook(file);
    expect(grid!.name).toBe("表1");
    expect(grid!.cells[0]).toEqual(["审核组长 ", utc(2026, 10, 15), utc(2026, 10, 16), 110105]);
    expect(grid!.cells[1]).toEqual([utc(2026, 10, 15), "富文本", "東京", false]);
    expect(grid!.cells[2]).toEqual([]);
    expect(grid!.cells[4]).toEqual([null, null, { error: UNCALCULATED_FORMULA }, "是"]);
    expect(grid!.merged).toEqual(["A7:B7"]);
  });

  test("1904 date system", async () => {
    const sheetXml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" s="1"><v>44848</v></c></row></sheetData></worksheet>`;
    const [grid] = await readWorkbook(save("1904.xlsx", minimalXlsx({ sheetXml, date1904: true })));
    expect(grid!.cells[0]![0]).toEqual(utc(2026, 10, 15));
  });

  test("Chinese text split across many inflate chunks stays whole", async () => {
    const names = Array.from(
      { length: 20_000 },
      (_, i) => `深圳市南山区某某合规管理咨询有限公司第${i}分公司`,
    );
    const rows = names
      .map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`)
      .join("");
    const sheetXml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
    const [grid] = await readWorkbook(save("long.xlsx", minimalXlsx({ sheetXml, sharedStrings: names })));
    expect(grid!.cells.map((r) => r[0])).toEqual(names);
  });
});

describe("bad files are named, never parsed into nonsense", () => {
  const problem = (file: string): Promise<FileError> => fileErrorOf(readWorkbook(file));

  test("missing file", async () => {
    const error = await problem(temp.file("nope.xlsx"));
    expect(error.zh).toContain("找不到文件");
    expect(error.en).toContain("file not found");
  });

  test("a directory", async () => {
    expect((await problem(temp.path)).zh).toContain("不是文件");
  });

  test("empty file", async () => {
    expect((await problem(save("empty.xlsx", Buffer.alloc(0)))).zh).toContain("是空的");
  });

  test("CSV text saved as .xlsx", async () => {
    expect((await problem(save("text.xlsx", Buffer.from("组织名称,证书号\n甲,乙\n")))).zh).toContain(
      "不是 .xlsx 工作簿",
    );
  });

  test("OLE compound file (encrypted .xlsx or old .xls)", async () => {
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    const error = await problem(save("locked.xlsx", cfb));
    expect(error.zh).toContain("密码保护");
    expect(error.zh).toContain("旧版 .xls");
    expect(error.en).toContain("password-protected");
    expect((await problem(save("old.xls", cfb))).zh).toContain("旧版 .xls");
  });

  test("truncated: the end of the ZIP is missing", async () => {
    const whole = minimalXlsx({
      sheetXml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
    });
    for (const keep of [0.3, 0.9]) {
      const error = await problem(
        save(`cut-${keep}.xlsx`, whole.subarray(0, Math.floor(whole.length * keep))),
      );
      expect(error.zh).toContain("不完整");
    }
  });

  test("damaged compressed data", async () => {
    const whole = minimalXlsx({
      sheetXml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    });
    const part = "xl/worksheets/data.xml";
    const dataStart = whole.indexOf(part) + part.length;
    for (const [i, byte] of [
      [0, 0xff],
      [4, 0x00],
    ] as const) {
      const damaged = Buffer.from(whole);
      damaged[dataStart + i] = byte;
      const error = await problem(save(`damaged-${i}.xlsx`, damaged));
      expect(error.zh).toContain("已损坏");
      expect(error.zh).toContain(part);
    }
  });

  test("a ZIP that is not a workbook", async () => {
    expect((await problem(save("doc.xlsx", zipParts({ "word/document.xml": "<document/>" })))).zh).toContain(
      "不是 Excel 工作簿",
    );
  });

  test("broken sheet XML", async () => {
    const error = await problem(
      save("badxml.xlsx", minimalXlsx({ sheetXml: "<worksheet><sheetData><row></worksheet>" })),
    );
    expect(error.zh).toContain("已损坏");
    expect(error.zh).toContain("xl/worksheets/data.xml");
  });

  test("checkXlsxFile returns the size of a good file", async () => {
    const file = save(
      "ok.xlsx",
      minimalXlsx({
        sheetXml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
      }),
    );
    await expect(checkXlsxFile(file)).resolves.toBeGreaterThan(100);
  });
});
