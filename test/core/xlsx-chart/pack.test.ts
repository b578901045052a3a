/**
 * Charts added to a package exceljs wrote: the result opens in exceljs with its cells intact, holds
 * the chart and drawing parts wired through relationships and content types, and (where
 * LibreOffice is installed) converts without error.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addChartsToXlsx } from "../../../core/xlsx-chart";

const ROWS = [
  ["大类", "有效证书"],
  ["03 食品", 4],
  ["29 批发零售", 7],
];

async function written(withImageSheet = false): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("年报统计2025");
  sheet.addRows(ROWS);
  sheet.getCell("A6").value = { text: "台账!A2", hyperlink: "#'台账'!A2" };
  book.addWorksheet("台账").addRow(["证书号"]);
  if (withImageSheet) book.addWorksheet("第三张").addRow([1]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const CHART = {
  kind: "column" as const,
  source: "A1:B3",
  title: "按大类",
  topLeft: "D2",
  bottomRight: "K18",
};

test("the package gains a chart part wired sheet → drawing → chart, and exceljs still reads it", async () => {
  const bytes = await addChartsToXlsx(await written(), [{ sheet: "年报统计2025", chart: CHART, rows: ROWS }]);
  const zip = await JSZip.loadAsync(bytes);
  const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
  expect(chart).toContain("<c:f>'年报统计2025'!$B$2:$B$3</c:f>");
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
  const drawingRelId = /Id="(rId\d+)" Type="[^"]*\/drawing"/.exec(rels)?.[1];
  expect(drawingRelId).toBeDefined();
  expect(sheet).toContain(`<drawing r:id="${drawingRelId}"/>`);
  // <drawing> comes after <hyperlinks> and <pageMargins>, as the schema orders them.
  expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("<pageMargins"));
  const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
  expect(drawingRels).toContain('Target="../charts/chart1.xml"');
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types).toContain('PartName="/xl/charts/chart1.xml"');
  expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
  expect(zip.file("xl/worksheets/sheet2.xml")).not.toBeNull();
  expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).not.toContain("<drawing");

  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(bytes.buffer as ArrayBuffer);
  expect(reread.getWorksheet("年报统计2025")!.getCell("B3").value).toBe(7);
  expect(reread.getWorksheet("台账")!.getCell("A1").value).toBe("证书号");
});

test("two charts on one sheet share its drawing with distinct shape ids; a second sheet gets its own", async () => {
  const bytes = await addChartsToXlsx(await written(), [
    { sheet: "年报统计2025", chart: CHART, rows: ROWS },
    {
      sheet: "年报统计2025",
      chart: { ...CHART, kind: "line", topLeft: "D20", bottomRight: "K36" },
      rows: ROWS,
    },
    { sheet: "台账", chart: { ...CHART, source: "A1:B2" }, rows: ROWS.slice(0, 2) },
  ]);
  const zip = await JSZip.loadAsync(bytes);
  const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
  expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
  expect(drawing).toContain('<xdr:cNvPr id="2"');
  expect(drawing).toContain('<xdr:cNvPr id="3"');
  expect(zip.file("xl/charts/chart3.xml")).not.toBeNull();
  expect(await zip.file("xl/drawings/drawing2.xml")!.async("string")).toContain("rId1");
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheet.match(/<drawing /g)).toHaveLength(1);
});

test("a sheet that is not in the workbook is refused by name", async () => {
  await expect(
    addChartsToXlsx(await written(), [{ sheet: "统计", chart: CHART, rows: ROWS }]),
  ).rejects.toThrow("工作簿中没有工作表「统计」");
});

test("bytes that are not an xlsx package are refused", async () => {
  const zip = new JSZip();
  zip.file("hello.txt", "x");
  const bytes = await zip.generateAsync({ type: "uint8array" });
  await expect(addChartsToXlsx(bytes, [])).rejects.toThrow("缺少 xl/workbook.xml");
});

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
(soffice ? test : test.skip)(
  "LibreOffice converts the file with its chart to PDF without error",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "certdesk-chart-"));
    try {
      const bytes = await addChartsToXlsx(await written(), [
        { sheet: "年报统计2025", chart: CHART, rows: ROWS },
      ]);
      writeFileSync(join(dir, "chart.xlsx"), bytes);
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          join(dir, "chart.xlsx"),
        ],
        { stdio: "pipe", timeout: 180_000 },
      );
      expect(readdirSync(dir)).toContain("chart.pdf");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  240_000,
);
