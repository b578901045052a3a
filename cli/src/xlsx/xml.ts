/**
 * Streaming XML for package parts, scanned on the inflated bytes. Written here instead of going
 * through saxes because reading a 100 000-row sheet spent 82 % of its time in saxes' per-character
 * state machine (issue 9); this scanner finds markup with memchr (`Buffer.indexOf`) and decodes
 * only the text and attributes a handler asks for. It checks what decides whether we read the
 * right values — tags nest and match, one root, attribute syntax, entities and character
 * references — and refuses a DTD (Excel never writes one; entity expansion is how XML bombs work).
 * Element and attribute names arrive without their namespace prefix (`x:c` → `c`): some writers
 * prefix every element. A tag, comment or CDATA section may not outgrow LIMITS.markupBytes.
 */
import { fileProblems } from "./file-error";
import { LIMITS, limitExceeded } from "./limits";

export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Text and CDATA, in pieces, delivered only while `wantText` is true; concatenate them. */
  text?(text: string): void;
  /** Set by the handler as elements open and close: text nobody wants is skipped undecoded. */
  wantText?: boolean;
  /**
   * A whole text node holding only digits (a number, a shared-string index), read from its bytes
   * without making a string; return false to have it delivered through `text` instead.
   */
  digits?(value: number): boolean;
  /**
   * Reads a whole element at buf[lt] (`<` then a name) by itself, inside the root — or several
   * whole sibling elements one after another: a hot path for elements of a known plain shape.
   * Returns where the last one ends, or -1 to have the scanner read the first as usual — which it
   * must when that one is not plain or not whole in `buf`.
   */
  element?(buf: Buffer, lt: number): number;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

interface Name {
  qualified: string;
  local: string;
  bytes: Buffer;
}

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML 1.0 `Char`: what a character reference may produce. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

class XmlSyntaxError extends Error {}

export function decodeEntities(text: string): string {
  let out = "";
  let from = 0;
  for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", from)) {
    const semi = text.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw new XmlSyntaxError(`未结束的实体 / unterminated entity`);
    const name = text.slice(amp + 1, semi);
    let value: string | undefined;
    if (name.startsWith("#")) {
      const hex = name[1] === "x";
      const digits = name.slice(hex ? 2 : 1);
      const code =
        /^[0-9]+$/.test(digits) || (hex && /^[0-9a-fA-F]+$/.test(digits))
          ? parseInt(digits, hex ? 16 : 10)
          : NaN;
      if (!isXmlChar(code))
        throw new XmlSyntaxError(`无效的字符引用 &${name}; / invalid character reference`);
      value = String.fromCodePoint(code);
    } else value = NAMED_ENTITIES[name];
    if (value === undefined)
      throw new XmlSyntaxError(`未定义的实体 &${name.slice(0, 12)}; / undefined entity`);
    out += text.slice(from, amp) + value;
    from = semi + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** XML end-of-line handling: CR LF and lone CR read as LF. */
const normaliseNewlines = (text: string): string => text.replace(/\r\n?/g, "\n");

/** The attributes of the tag being opened; valid only during the `open` call (values decode on demand). */
export class Attributes {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly names: string[] = [];
  private readonly locals: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  count = 0;

  reset(buffer: Buffer): void {
    this.buffer = buffer;
    this.count = 0;
  }

  push(name: Name, start: number, end: number): void {
    const i = this.count++;
    this.names[i] = name.qualified;
    this.locals[i] = name.local;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  /** Index of the attribute named `name` (unprefixed), or -1. */
  indexOf(name: string): number {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return i;
    return -1;
  }

  /** The value of attribute `i` when it is plain digits (at most 15), read from its bytes; otherwise -1. */
  digits(i: number): number {
    return digitsIn(this.buffer, this.starts[i]!, this.ends[i]!);
  }

  /** Byte `k` of attribute `i`'s raw value, or -1 past its end: for a caller that reads a plain value without a string. */
  byteAt(i: number, k: number): number {
    const at = this.starts[i]! + k;
    return at < this.ends[i]! ? this.buffer[at]! : -1;
  }

  /** Attribute `i` decoded; short plain values (`t="s"`) come from a table instead of a new string each time. */
  token(i: number): string {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (end - start > 12) return this.value(i);
    for (let k = start; k < end; k++) {
      const b = this.buffer[k]!;
      if (b === 0x26 || b < 0x20 || b >= 0x80 || b === LT) return this.value(i);
    }
    return this.intern(this.buffer, start, end).qualified;
  }

  constructor(private readonly intern: (buf: Buffer, start: number, end: number) => Name) {}

  value(i: number): string {
    let raw = this.buffer.toString("utf8", this.starts[i], this.ends[i]);
    if (raw.includes("<")) throw new XmlSyntaxError("属性值中有「<」/ '<' in an attribute value");
    // Attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and line ends read as one space
    // each; characters written as references (&#10;) stay as they are.
    if (/[\t\n\r]/.test(raw)) raw = raw.replace(/\r\n|[\t\n\r]/g, " ");
    return raw.includes("&") ? decodeEntities(raw) : raw;
  }

  /** An unprefixed attribute by name (`r`, `t`, `Id`). */
  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.value(i);
    return undefined;
  }

  /** A prefixed attribute by local name, whatever its prefix (`r:id`, `relationships:id`). */
  prefixed(local: string): string | undefined {
    for (let i = 0; i < this.count; i++)
      if (this.locals[i] === local && this.names[i] !== local) return this.value(i);
    return undefined;
  }

  /** Every attribute as name → value (tests compare with saxes through this). */
  toObject(): Record<string, string> {
    const object: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) object[this.names[i]!] = this.value(i);
    return object;
  }
}

/** Plain digits in buf[start, end) as a number (at most 15 of them, so exact); otherwise -1. */
function digitsIn(buf: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const b = buf[k]!;
    if (b < 0x30 || b > 0x39) return -1;
    n = n * 10 + (b - 0x30);
  }
  return n;
}

const NAME_SLOTS = 1024;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;

/** Byte classes as tables: the scanner's inner loops look each byte up once. */
const SPACE = new Uint8Array(256);
const NAME_END = new Uint8Array(256);
for (const b of [0x20, 0x0a, 0x09, 0x0d]) SPACE[b] = NAME_END[b] = 1;
for (const b of [0x2f, 0x3e, 0x3d]) NAME_END[b] = 1;

/**
 * `buf.indexOf(byte, from)` for what is usually a few bytes away (a cell's value, a tag's end):
 * a plain loop first, since each indexOf is a call into C++ (14 M of them in a 100 000-row sheet).
 */
function find(buf: Buffer, byte: number, from: number): number {
  const near = Math.min(buf.length, from + 64);
  for (let k = from; k < near; k++) if (buf[k] === byte) return k;
  return near === buf.length ? -1 : buf.indexOf(byte, near);
}

const CDATA_OPEN = Buffer.from("<![CDATA[");
const COMMENT_OPEN = Buffer.from("<!--");

/** True when buf[at…] starts with `prefix`, false when it cannot, null when too few bytes tell. */
function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean | null {
  const available = Math.min(prefix.length, buf.length - at);
  for (let k = 0; k < available; k++) if (buf[at + k] !== prefix[k]) return false;
  return available === prefix.length ? true : null;
}

export class XmlScanner {
  /**
   * What a chunk left unfinished sits at the start of `joined`, `pending` bytes of it; the next
   * chunk is copied in behind it. One buffer reused for the whole part instead of a new one per
   * chunk: the inflated part passes through once, not twice, as garbage for the collector.
   */
  private joined: Buffer = Buffer.alloc(0);
  private pending = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private first = true;
  private readonly attributes = new Attributes((buf, start, end) => this.intern(buf, start, end));
  private readonly names: (Name | undefined)[] = new Array<Name | undefined>(NAME_SLOTS).fill(undefined);

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next chunk; what a chunk leaves unfinished (a tag, a character) waits for the next. */
  write(chunk: Buffer): void {
    let buf = chunk;
    if (this.pending > 0) {
      buf = this.room(this.pending + chunk.length);
      chunk.copy(buf, this.pending);
    }
    if (this.first && buf.length >= 3) {
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const stop = this.scan(buf);
    const rest = buf.length - stop;
    if (rest > LIMITS.markupBytes) throw new MarkupTooLong();
    // copy() moves overlapping bytes correctly when buf is `joined` itself.
    if (rest > 0) buf.copy(this.room(rest), 0, stop);
    this.pending = rest;
  }

  /** The first `size` bytes of `joined`, grown (keeping the pending bytes) when it is too small. */
  private room(size: number): Buffer {
    if (this.joined.length < size) {
      const bigger = Buffer.allocUnsafe(Math.max(size, 2 * this.joined.length, 128 * 1024));
      this.joined.copy(bigger, 0, 0, this.pending);
      this.joined = bigger;
    }
    return this.joined.subarray(0, size);
  }

  end(): void {
    if (this.pending > 0) throw new XmlSyntaxError("内容意外结束 / unexpected end");
    if (this.stack.length > 0)
      throw new XmlSyntaxError(`<${this.stack.at(-1)}> 未结束 / unclosed <${this.stack.at(-1)}>`);
    if (!this.rootSeen) throw new XmlSyntaxError("没有根元素 / no root element");
  }

  /** The same Name object for the same bytes, from a small direct-mapped table (names repeat by the million). */
  private intern(buf: Buffer, start: number, end: number): Name {
    const length = end - start;
    const slot = ((length << 8) ^ (buf[start]! << 2) ^ buf[end - 1]!) & (NAME_SLOTS - 1);
    const hit = this.names[slot];
    if (hit !== undefined && hit.bytes.length === length) {
      let k = 0;
      while (k < length && hit.bytes[k] === buf[start + k]) k++;
      if (k === length) return hit;
    }
    const qualified = buf.toString("utf8", start, end);
    const name: Name = {
      qualified,
      local: localName(qualified),
      bytes: Buffer.from(buf.subarray(start, end)),
    };
    this.names[slot] = name;
    return name;
  }

  /** `whole`: the node ends here (a piece cut by a chunk's end is never read as a number). */
  private text(buf: Buffer, start: number, end: number, whole = true): void {
    if (this.stack.length === 0) {
      for (let k = start; k < end; k++)
        if (!isSpace(buf[k]!)) throw new XmlSyntaxError("根元素外有文本 / text outside the root element");
      return;
    }
    if (!this.handler.wantText || !this.handler.text) return;
    if (whole && this.handler.digits) {
      const value = digitsIn(buf, start, end);
      if (value >= 0 && this.handler.digits(value)) return;
    }
    const raw = buf.toString("utf8", start, end);
    if (raw.includes("]]>")) throw new XmlSyntaxError("文本中有「]]>」/ ']]>' in text");
    const text = raw.includes("&") ? decodeEntities(raw) : raw;
    this.handler.text(text.includes("\r") ? normaliseNewlines(text) : text);
  }

  /** Text running to the end of the chunk: deliver what is whole, keep a split character or entity. */
  private textTail(buf: Buffer, start: number): number {
    let end = buf.length;
    if (this.handler.wantText) {
      let lead = end - 1;
      while (lead >= start && (buf[lead]! & 0xc0) === 0x80) lead--;
      if (lead >= start && buf[lead]! >= 0xc0) {
        const size = buf[lead]! >= 0xf0 ? 4 : buf[lead]! >= 0xe0 ? 3 : 2;
        if (end - lead < size) end = lead;
      }
      const amp = buf.lastIndexOf(0x26, end - 1);
      if (amp >= start && buf.indexOf(0x3b, amp) < 0) end = amp;
      // A CR may be the first half of a CR LF the next chunk completes: one line end, not two.
      if (end > start && buf[end - 1] === 0x0d) end--;
    }
    if (end > start) this.text(buf, start, end, false);
    return end;
  }

  /** Scans whole constructs; returns where the first unfinished one starts. */
  private scan(buf: Buffer): number {
    const n = buf.length;
    let i = 0;
    while (i < n) {
      const lt = buf[i] === LT ? i : find(buf, LT, i);
      if (lt < 0) return this.textTail(buf, i);
      if (lt > i) this.text(buf, i, lt);
      if (lt + 1 >= n) return lt;
      const next = buf[lt + 1]!;
      let end: number;
      if (next === SLASH) end = this.closeTag(buf, lt);
      else if (next === QUESTION) {
        const close = buf.indexOf("?>", lt + 2);
        end = close < 0 ? -1 : close + 2;
      } else if (next === BANG) end = this.declaration(buf, lt);
      else {
        end = this.handler.element && this.stack.length > 0 ? this.handler.element(buf, lt) : -1;
        if (end < 0) end = this.openTag(buf, lt);
      }
      if (end < 0) return lt;
      i = end;
    }
    return n;
  }

  private declaration(buf: Buffer, lt: number): number {
    const comment = startsWith(buf, lt, COMMENT_OPEN);
    if (comment) {
      const close = buf.indexOf("-->", lt + 4);
      return close < 0 ? -1 : close + 3;
    }
    const cdata = startsWith(buf, lt, CDATA_OPEN);
    if (cdata) {
      const close = buf.indexOf("]]>", lt + 9);
      if (close < 0) return -1;
      if (this.stack.length === 0)
        throw new XmlSyntaxError("根元素外有 CDATA / CDATA outside the root element");
      if (this.handler.wantText && this.handler.text) {
        const text = buf.toString("utf8", lt + 9, close);
        this.handler.text(text.includes("\r") ? normaliseNewlines(text) : text);
      }
      return close + 3;
    }
    if (comment === null || cdata === null) return -1;
    throw new XmlSyntaxError("不支持 DTD 或声明 <!… / DTDs and declarations are not allowed");
  }

  private closeTag(buf: Buffer, lt: number): number {
    const gt = find(buf, GT, lt + 2);
    if (gt < 0) return -1;
    let end = gt;
    while (end > lt + 2 && isSpace(buf[end - 1]!)) end--;
    const name = this.intern(buf, lt + 2, end);
    const open = this.stack.pop();
    if (open !== name.qualified)
      throw new XmlSyntaxError(
        `</${name.qualified.slice(0, 40)}> 与 <${open ?? ""}> 不匹配 / mismatched closing tag`,
      );
    this.handler.close?.(name.local);
    return gt + 1;
  }

  private openTag(buf: Buffer, lt: number): number {
    const n = buf.length;
    let p = lt + 1;
    while (p < n && NAME_END[buf[p]!] === 0) p++;
    if (p >= n) return -1;
    if (p === lt + 1 || buf[p] === EQUALS) throw new XmlSyntaxError("标签没有名称 / a tag without a name");
    const name = this.intern(buf, lt + 1, p);
    const attributes = this.attributes;
    attributes.reset(buf);
    for (;;) {
      while (p < n && SPACE[buf[p]!] === 1) p++;
      if (p >= n) return -1;
      const b = buf[p]!;
      if (b === GT || b === SLASH) {
        if (b === SLASH) {
          if (p + 1 >= n) return -1;
          if (buf[p + 1] !== GT) throw new XmlSyntaxError("「/」后应为「>」/ expected '>' after '/'");
        }
        if (this.stack.length === 0 && this.rootSeen)
          throw new XmlSyntaxError("第二个根元素 / a second root element");
        this.rootSeen = true;
        this.stack.push(name.qualified);
        this.handler.open(name.local, attributes);
        if (b === SLASH) {
          this.stack.pop();
          this.handler.close?.(name.local);
          return p + 2;
        }
        return p + 1;
      }
      const start = p;
      while (p < n && NAME_END[buf[p]!] === 0) p++;
      if (p >= n) return -1;
      if (p === start) throw new XmlSyntaxError("属性没有名称 / an attribute without a name");
      const attribute = this.intern(buf, start, p);
      while (p < n && SPACE[buf[p]!] === 1) p++;
      if (p >= n) return -1;
      if (buf[p] !== EQUALS)
        throw new XmlSyntaxError(
          `属性 ${attribute.qualified.slice(0, 40)} 没有值 / attribute without a value`,
        );
      p++;
      while (p < n && SPACE[buf[p]!] === 1) p++;
      if (p >= n) return -1;
      const quote = buf[p]!;
      if (quote !== 0x22 && quote !== 0x27)
        throw new XmlSyntaxError("属性值没有引号 / unquoted attribute value");
      const close = find(buf, quote, p + 1);
      if (close < 0) return -1;
      attributes.push(attribute, p + 1, close);
      p = close + 1;
    }
  }
}

class MarkupTooLong extends Error {}

/** Reads one part through `handler`; malformed XML and overlong markup become a FileError naming the part. */
export async function parseXml(
  chunks: AsyncIterable<Buffer>,
  handler: XmlHandler,
  file: string,
  part: string,
): Promise<void> {
  const scanner = new XmlScanner(handler);
  try {
    for await (const chunk of chunks) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof MarkupTooLong) throw limitExceeded.markupBytes(file, part);
    if (error instanceof XmlSyntaxError) throw fileProblems.corrupt(file, `${part}: ${error.message}`);
    throw error;
  }
}
