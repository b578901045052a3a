/**
 * Adds chart parts to an .xlsx package another writer made (exceljs cannot write charts): the
 * chart part, the sheet's drawing part (made, or reused when the sheet has one), the relationships
 * that tie sheet → drawing → chart, the sheet's `<drawing>` element and the content types. Runs on
 * bytes with JSZip (already a dependency of exceljs), so it works in Node and in the browser.
 */
import JSZip from "jszip";
import { fail } from "../problem";
import { renderChartXml } from "./chart-xml";
import {
  CONTENT_TYPES,
  DRAWING_END,
  EMPTY_DRAWING,
  EMPTY_RELATIONSHIPS,
  REL_TYPES,
  RELATIONSHIPS_NS,
  renderChartAnchor,
  renderOverride,
  renderRelationship,
} from "./drawing-xml";
import { chartDataFromRows, type ChartCell, type ChartRequest } from "./spec";
import { unescapeXml } from "./xml-text";

export interface PackedChart {
  sheet: string;
  chart: ChartRequest;
  /** The source range's cells as written (header row first), for the chart's value caches. */
  rows: readonly (readonly ChartCell[])[];
}

const CLAUSE = "本工具约定";

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g))
    found[match[1] as string] = unescapeXml(match[2] as string);
  return found;
}

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
  });
}

/** Resolves a relationship target against the folder of the part that owns it. */
function resolve(ownerPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : ownerPart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function nextId(existing: Relationship[]): string {
  const used = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function freePart(zip: JSZip, folder: string, stem: string): string {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n++;
  return `${folder}/${stem}${n}.xml`;
}

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) fail("xlsxChart.notXlsx", CLAUSE, { part });
  return file.async("string");
}

/** Elements that must follow `<drawing>` in a worksheet (CT_Worksheet sequence). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function insertDrawingElement(sheetXml: string, relId: string): string {
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !root[0].includes(`"${RELATIONSHIPS_NS}"`))
    xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${RELATIONSHIPS_NS}">`));
  const element = `<drawing r:id="${relId}"/>`;
  const positions = AFTER_DRAWING.map((name) => xml.search(new RegExp(`<${name}[\\s/>]`))).filter(
    (at) => at >= 0,
  );
  const at = positions.length > 0 ? Math.min(...positions) : xml.lastIndexOf("</worksheet>");
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}

/** Sheet name → worksheet part, from the workbook part and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookXml = await text(zip, "xl/workbook.xml");
  const rels = relationships(await text(zip, "xl/_rels/workbook.xml.rels"));
  const parts = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(match[0]);
    const rel = rels.find((r) => r.id === a["r:id"]);
    if (a.name !== undefined && rel) parts.set(a.name, resolve("xl/workbook.xml", rel.target));
  }
  return parts;
}

async function addOne(zip: JSZip, sheetPart: string, packed: PackedChart, overrides: string[]) {
  const data = chartDataFromRows(packed.chart, packed.rows);
  const chartPart = freePart(zip, "xl/charts", "chart");
  zip.file(chartPart, renderChartXml(packed.sheet, packed.chart, data));
  overrides.push(renderOverride(chartPart, CONTENT_TYPES.chart));

  const sheetRelsPart = relsPartOf(sheetPart);
  let sheetRels = zip.file(sheetRelsPart) ? await text(zip, sheetRelsPart) : EMPTY_RELATIONSHIPS;
  const sheetRelList = relationships(sheetRels);
  const existing = sheetRelList.find((r) => r.type === REL_TYPES.drawing);
  let drawingPart: string;
  if (existing) {
    drawingPart = resolve(sheetPart, existing.target);
  } else {
    drawingPart = freePart(zip, "xl/drawings", "drawing");
    zip.file(drawingPart, EMPTY_DRAWING);
    overrides.push(renderOverride(drawingPart, CONTENT_TYPES.drawing));
    const relId = nextId(sheetRelList);
    sheetRels = sheetRels.replace(
      "</Relationships>",
      `${renderRelationship(relId, REL_TYPES.drawing, `../drawings/${drawingPart.split("/").pop()}`)}</Relationships>`,
    );
    zip.file(sheetRelsPart, sheetRels);
    zip.file(sheetPart, insertDrawingElement(await text(zip, sheetPart), relId));
  }

  const drawingRelsPart = relsPartOf(drawingPart);
  const drawingRels = zip.file(drawingRelsPart) ? await text(zip, drawingRelsPart) : EMPTY_RELATIONSHIPS;
  const chartRelId = nextId(relationships(drawingRels));
  zip.file(
    drawingRelsPart,
    drawingRels.replace(
      "</Relationships>",
      `${renderRelationship(chartRelId, REL_TYPES.chart, `../charts/${chartPart.split("/").pop()}`)}</Relationships>`,
    ),
  );
  const drawing = await text(zip, drawingPart);
  const shapeId = (drawing.match(/<xdr:cNvPr\b/g)?.length ?? 0) + 2;
  zip.file(
    drawingPart,
    drawing.replace(DRAWING_END, `${renderChartAnchor(packed.chart, shapeId, chartRelId)}${DRAWING_END}`),
  );
}

/** Returns the package with the charts added; the input bytes are not changed. */
export async function addChartsToXlsx(
  xlsx: Uint8Array | ArrayBuffer,
  charts: readonly PackedChart[],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = await sheetParts(zip);
  const overrides: string[] = [];
  for (const packed of charts) {
    const sheetPart = sheets.get(packed.sheet);
    if (!sheetPart) fail("xlsxChart.sheetMissing", CLAUSE, { sheet: packed.sheet });
    await addOne(zip, sheetPart, packed, overrides);
  }
  const types = await text(zip, "[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
