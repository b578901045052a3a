/**
 * The chart part (`xl/charts/chartN.xml`, DrawingML chart, ECMA-376 Part 1 §21.2) for a column or
 * line chart over one sheet range: categories from the first column, one series per further
 * column, names from the header row. References keep the chart live in Excel and LibreOffice; the
 * caches carry the values for readers that do not recalculate. Element order follows the schema
 * (CT_BarChart, CT_LineChart, CT_CatAx, CT_ValAx), which Excel enforces.
 */
import { columnName, quoteSheetName, type RangeRef } from "../sheet/a1";
import { chartLayout, type ChartData, type ChartRequest } from "./spec";
import { escapeXml, XML_DECLARATION } from "./xml-text";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

function absolute(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const start = `$${columnName(left)}$${top}`;
  const end = `$${columnName(right)}$${bottom}`;
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

function stringCache(values: string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: (number | null)[]): string {
  const points = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

function series(kind: ChartRequest["kind"], sheet: string, source: RangeRef, data: ChartData): string {
  const firstRow = source.top + 1;
  const categories = `<c:cat><c:strRef><c:f>${escapeXml(
    absolute(sheet, firstRow, source.left, source.bottom, source.left),
  )}</c:f>${stringCache(data.categories)}</c:strRef></c:cat>`;
  return data.series
    .map((one, index) => {
      const column = source.left + 1 + index;
      const name = `<c:tx><c:strRef><c:f>${escapeXml(
        absolute(sheet, source.top, column, source.top, column),
      )}</c:f>${stringCache([one.name])}</c:strRef></c:tx>`;
      const values = `<c:val><c:numRef><c:f>${escapeXml(
        absolute(sheet, firstRow, column, source.bottom, column),
      )}</c:f>${numberCache(one.values)}</c:numRef></c:val>`;
      const head = `<c:idx val="${index}"/><c:order val="${index}"/>${name}`;
      return kind === "column"
        ? `<c:ser>${head}<c:invertIfNegative val="0"/>${categories}${values}</c:ser>`
        : `<c:ser>${head}<c:marker><c:symbol val="circle"/></c:marker>${categories}${values}<c:smooth val="0"/></c:ser>`;
    })
    .join("");
}

function plot(kind: ChartRequest["kind"], body: string): string {
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  return kind === "column"
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${body}<c:gapWidth val="150"/>${axes}</c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${body}<c:marker val="1"/>${axes}</c:lineChart>`;
}

const AXES =
  `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
  `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
  `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
  `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;

/** The whole chart part for `request` on `sheet`, with `data` read from its source range. */
export function renderChartXml(sheet: string, request: ChartRequest, data: ChartData): string {
  const { source } = chartLayout(request);
  return (
    `${XML_DECLARATION}<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title(request.title)}` +
    `<c:plotArea><c:layout/>${plot(request.kind, series(request.kind, sheet, source, data))}${AXES}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}
