/**
 * Code-table lookups and multi-value joining for the conversion: a cell may hold the code (`02`),
 * the code with its label as a drop-down writes it (`02 暂停`), the label alone (`暂停`), or a code
 * that lost its leading zero (`2`). Several values are joined with the layout's separator, the
 * full-width 「；」 (CNCA-FORMAT.md §2).
 */
import { codeTable } from "../validation/layouts";

/** A label without ERP remarks: 「初审 (初次认证)」 → 初审. */
const bareLabel = (label: string): string => label.replace(/\s*[(（][^)）]*[)）]\s*$/, "").trim();

const indexes = new Map<string, Map<string, string>>();

function indexOf(tableId: string): Map<string, string> | undefined {
  const known = indexes.get(tableId);
  if (known) return known;
  const table = codeTable(tableId);
  if (!table) return undefined;
  const index = new Map<string, string>();
  const valid = (code: string) => table.classWidth === undefined || code.length === table.classWidth;
  for (const [code, label] of Object.entries(table.values)) {
    if (!valid(code)) continue;
    index.set(code, code);
    index.set(`${code} ${label}`, code);
    for (const name of [label, bareLabel(label)]) if (name !== "" && !index.has(name)) index.set(name, code);
  }
  indexes.set(tableId, index);
  return index;
}

/** The code of `value` in table `tableId`, or undefined when the table holds no such code or label. */
export function codeFromTable(tableId: string, value: string): string | undefined {
  const index = indexOf(tableId);
  if (!index) return undefined;
  const text = value.trim();
  const direct = index.get(text);
  if (direct !== undefined) return direct;
  const head = /^(\S+)\s/.exec(text)?.[1];
  if (head !== undefined && index.get(head) === head) return head;
  // A code typed as a number lost its leading zeros: 2 → 02 when the table holds 02.
  if (/^\d+$/.test(text)) {
    for (const width of [2, 3, 4, 6]) {
      const padded = text.padStart(width, "0");
      if (index.get(padded) === padded) return padded;
    }
  }
  return undefined;
}

/** Codes joined with the separator; undefined for none. */
export function joinCodes(codes: readonly string[] | undefined, separator: string): string | undefined {
  return codes === undefined || codes.length === 0 ? undefined : codes.join(separator);
}

/** Free text whose parts a clerk separated with a half-width 「;」: the full-width separator instead. */
export function joinText(text: string, separator: string): string {
  return text
    .split(/\s*[;；]\s*/)
    .filter((part) => part !== "")
    .join(separator);
}
