/**
 * The chart parts as XML strings: anchors, references, caches and the refusals of a chart that
 * cannot be drawn.
 */
import { chartDataFromRows, chartLayout, renderChartAnchor, renderChartXml } from "../../../core/xlsx-chart";
import { InputError } from "../../../core/problem";

const REQUEST = {
  kind: "column" as const,
  source: "A3:C6",
  title: "有效证书 <按省份>",
  topLeft: "E3",
  bottomRight: "L20",
};
const ROWS = [
  ["省份", "有效", "暂停"],
  ["北京市", 3, 1],
  ["上海市", 2, "—"],
  ["无法归类", 0, 0],
];

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.problem.code;
    throw error;
  }
  return "no error";
}

describe("chartLayout", () => {
  test("covers both corner cells, zero-based with an exclusive end, whichever corner comes first", () => {
    expect(chartLayout(REQUEST)).toEqual({
      source: { top: 3, left: 1, bottom: 6, right: 3 },
      from: { column: 4, row: 2 },
      to: { column: 12, row: 20 },
    });
    expect(chartLayout({ ...REQUEST, topLeft: "L20", bottomRight: "E3" }).from).toEqual({
      column: 4,
      row: 2,
    });
  });

  test("a source of one row or one column is refused with its size", () => {
    expect(codeOf(() => chartLayout({ ...REQUEST, source: "A3:C3" }))).toBe("xlsxChart.sourceTooSmall");
    expect(() => chartLayout({ ...REQUEST, source: "B3:B9" })).toThrow("只有 7 行 1 列");
  });

  test("a bad address is named", () => {
    expect(() => chartLayout({ ...REQUEST, bottomRight: "ZZZZ1" })).toThrow("图表位置「ZZZZ1」");
  });
});

describe("chartDataFromRows", () => {
  test("categories from the first column, series from the header, non-numbers as gaps", () => {
    expect(chartDataFromRows(REQUEST, ROWS)).toEqual({
      categories: ["北京市", "上海市", "无法归类"],
      series: [
        { name: "有效", values: [3, 2, 0] },
        { name: "暂停", values: [1, null, 0] },
      ],
    });
  });

  test("rows that do not match the source range are refused", () => {
    expect(codeOf(() => chartDataFromRows(REQUEST, ROWS.slice(0, 3)))).toBe("xlsxChart.dataMismatch");
  });
});

describe("renderChartXml", () => {
  const xml = renderChartXml("年报统计 2025", REQUEST, chartDataFromRows(REQUEST, ROWS));

  test("a clustered column chart with absolute, quoted references", () => {
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).toContain("<c:f>'年报统计 2025'!$A$4:$A$6</c:f>");
    expect(xml).toContain("<c:f>'年报统计 2025'!$B$3</c:f>");
    expect(xml).toContain("<c:f>'年报统计 2025'!$C$4:$C$6</c:f>");
    expect(xml.match(/<c:ser>/g)).toHaveLength(2);
  });

  test("the title is escaped and the caches hold the values, a gap left out", () => {
    expect(xml).toContain("<a:t>有效证书 &lt;按省份&gt;</a:t>");
    expect(xml).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>北京市</c:v></c:pt>');
    expect(xml).toContain(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="2"><c:v>0</c:v></c:pt>',
    );
  });

  test("a line chart uses lineChart with markers and no bar elements", () => {
    const line = renderChartXml("S", { ...REQUEST, kind: "line" }, chartDataFromRows(REQUEST, ROWS));
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(line).not.toContain("barDir");
    expect(line).toContain('<c:smooth val="0"/>');
  });
});

test("renderChartAnchor places the frame and points at the chart relationship", () => {
  const anchor = renderChartAnchor(REQUEST, 2, "rId1");
  expect(anchor).toContain("<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>");
  expect(anchor).toContain("<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>");
  expect(anchor).toContain('<xdr:cNvPr id="2" name="有效证书 &lt;按省份&gt;"/>');
  expect(anchor).toContain('r:id="rId1"/>');
});
