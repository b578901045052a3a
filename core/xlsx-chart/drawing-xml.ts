/**
 * The drawing part that places charts on a sheet (`xl/drawings/drawingN.xml`, SpreadsheetML
 * drawing, ECMA-376 Part 1 §20.5): one two-cell anchor per chart, pointing at the chart part
 * through the drawing's relationships. Also the relationship and content-type entries the package
 * needs, so the packer only splices strings.
 */
import { chartLayout, type ChartRequest } from "./spec";
import { escapeXml, XML_DECLARATION } from "./xml-text";

export const REL_TYPES = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** An empty drawing part; anchors are added before its closing tag. */
export const EMPTY_DRAWING =
  `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>`;

export const DRAWING_END = "</xdr:wsDr>";

function corner(tag: "from" | "to", column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** One chart's anchor; `shapeId` must be unique in the drawing, `relId` names the chart relationship. */
export function renderChartAnchor(request: ChartRequest, shapeId: number, relId: string): string {
  const { from, to } = chartLayout(request);
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner("from", from.column, from.row)}${corner("to", to.column, to.row)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(request.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${RELATIONSHIPS_NS}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function renderRelationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

export const EMPTY_RELATIONSHIPS = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

export function renderOverride(partName: string, contentType: string): string {
  return `<Override PartName="/${escapeXml(partName)}" ContentType="${contentType}"/>`;
}
