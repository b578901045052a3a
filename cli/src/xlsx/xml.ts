/**
 * Streaming XML for package parts: saxes (the parser exceljs itself uses) fed through a
 * StringDecoder, so a multi-byte character split across two chunks stays whole. Element names
 * arrive without their namespace prefix (`x:c` → `c`): some writers prefix every element.
 */
import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import { fileProblems } from "./file-error";

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Text and CDATA, in pieces; concatenate while inside the element of interest. */
  text?(text: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever its prefix (`r:id`, `relationships:id`). */
export function prefixedAttribute(attributes: Attributes, local: string): string | undefined {
  for (const key of Object.keys(attributes)) {
    if (key.includes(":") && localName(key) === local) return attributes[key];
  }
  return undefined;
}

export async function parseXml(
  chunks: AsyncIterable<Buffer>,
  handler: XmlHandler,
  file: string,
  part: string,
): Promise<void> {
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => handler.open(localName(tag.name), tag.attributes as Attributes));
  if (handler.close) {
    const close = handler.close.bind(handler);
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handler.text) {
    const text = handler.text.bind(handler);
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const decoder = new StringDecoder("utf8");
  const fail = (): never => {
    throw fileProblems.corrupt(file, `${part}: ${failure?.message.split("\n")[0] ?? ""}`);
  };
  for await (const chunk of chunks) {
    parser.write(decoder.write(chunk));
    if (failure) fail();
  }
  parser.write(decoder.end());
  parser.close();
  if (failure) fail();
}
