/**
 * The reader's own XML scanner (cli/src/xlsx/xml.ts) against saxes, the XML parser it replaced:
 * on generated well-formed documents, cut into chunks anywhere (inside tags, entities and UTF-8
 * characters), both report the same elements, attributes and text; on malformed ones both refuse.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { XmlScanner, localName } from "../../../cli/src/xlsx/xml";

type Event = [string, string, Record<string, string>?] | [string, string];

function merge(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    const last = out.at(-1);
    if (event[0] === "text" && last?.[0] === "text") last[1] += event[1];
    else out.push(event);
  }
  return out.filter((e) => e[0] !== "text" || e[1] !== "");
}

function viaSaxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on("error", (error) => (failure ??= error));
  parser.on("opentag", (tag) =>
    events.push(["open", localName(tag.name), { ...(tag.attributes as Record<string, string>) }]),
  );
  parser.on("closetag", (tag) => events.push(["close", localName(tag.name)]));
  parser.on("text", (text) => events.push(["text", text]));
  parser.on("cdata", (text) => events.push(["text", text]));
  parser.write(xml).close();
  if (failure) throw failure;
  return merge(events);
}

function viaScanner(bytes: Buffer, cuts: number[]): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    wantText: true,
    open: (name, attributes) => events.push(["open", name, attributes.toObject()]),
    close: (name) => events.push(["close", name]),
    text: (text) => events.push(["text", text]),
  });
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    scanner.write(bytes.subarray(from, cut));
    from = cut;
  }
  scanner.write(bytes.subarray(from));
  scanner.end();
  return merge(events);
}

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const textArb = fc
  .array(
    fc.constantFrom(
      "审核",
      "组长",
      " ",
      "\n",
      "\r\n",
      "\r",
      "\t",
      "a",
      "1",
      "&",
      "<",
      ">",
      '"',
      "'",
      "😀",
      "東京",
      "]]",
      "x",
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));
const nameArb = fc.constantFrom("c", "v", "row", "t", "x:c", "si", "r", "is");
const attributeArb = fc.record({
  name: fc.constantFrom("r", "s", "t", "x:id", "ref"),
  value: textArb,
  quote: fc.constantFrom('"', "'"),
  reference: fc.boolean(),
});

interface Node {
  name: string;
  attributes: { name: string; value: string; quote: string; reference: boolean }[];
  children: (Node | { text: string; cdata: boolean; reference: boolean })[];
}

const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: nameArb,
    attributes: fc.uniqueArray(attributeArb, { maxLength: 3, selector: (a) => a.name }),
    children: fc.array(
      fc.oneof(
        { weight: 2, arbitrary: fc.record({ text: textArb, cdata: fc.boolean(), reference: fc.boolean() }) },
        { weight: 1, arbitrary: tie("node") },
      ),
      { maxLength: 3, depthIdentifier: "xml" },
    ),
  }),
})).node;

/** Text as markup: escaped, sometimes with a character reference, sometimes in CDATA (when it can be). */
function textMarkup(text: string, cdata: boolean, reference: boolean): string {
  if (cdata && !text.includes("]]")) return `<![CDATA[${text}]]>`;
  const escaped = escape(text);
  return reference ? `${escaped}&#x4E2D;&#20013;&apos;` : escaped;
}

function serialise(node: Node): string {
  const attributes = node.attributes
    .map((a) => {
      const value = escape(a.value).replace(/'/g, "&apos;") + (a.reference ? "&#10;&#x9;" : "");
      return ` ${a.name}=${a.quote}${value}${a.quote}`;
    })
    .join("");
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  const inner = node.children
    .map((child) =>
      "text" in child ? textMarkup(child.text, child.cdata, child.reference) : serialise(child),
    )
    .join("<!-- a comment -->");
  return `<${node.name}${attributes}>${inner}</${node.name} >`;
}

const documentArb = fc.record({
  root: nodeArb,
  declaration: fc.boolean(),
  bom: fc.boolean(),
});

test("generated well-formed documents, cut anywhere: the same events as saxes", () => {
  fc.assert(
    fc.property(documentArb, fc.array(fc.nat({ max: 4_000 }), { maxLength: 12 }), (doc, cuts) => {
      const xml = `${doc.declaration ? '<?xml version="1.0" encoding="UTF-8"?>' : ""}${serialise(doc.root)}`;
      const bytes = Buffer.concat([Buffer.from(doc.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(xml, "utf8")]);
      expect(viaScanner(bytes, cuts)).toEqual(viaSaxes(xml));
    }),
    { numRuns: 400 },
  );
});

test.each([
  ["a mismatched close tag", "<a><b></a></b>"],
  ["an unclosed element", "<a><b></b>"],
  ["two roots", "<a/><b/>"],
  ["text outside the root", "<a/>x"],
  ["an undefined entity", "<a>&nbsp;</a>"],
  ["an entity without ;", "<a>&amp</a>"],
  ["a character reference to NUL", "<a>&#0;</a>"],
  ["an attribute without quotes", "<a b=c/>"],
  ["an attribute without a value", "<a b/>"],
  ["< in an attribute value", '<a b="<"/>'],
  ["no root at all", "<?xml version='1.0'?>"],
  ["a close tag alone", "</a>"],
])("both refuse %s", (_, xml) => {
  expect(() => viaSaxes(xml)).toThrow();
  expect(() => viaScanner(Buffer.from(xml), [])).toThrow();
});
