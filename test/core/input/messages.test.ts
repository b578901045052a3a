/**
 * `{field}` is rendered from INPUT_FIELD_LABELS (core/README.md): a key without a label would show
 * as the bare key, or — as date guards once did — Chinese inside the English text. Every field key
 * passed to the coercion helpers and date guards anywhere in the code must have both labels.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { INPUT_FIELD_LABELS, INPUT_MESSAGES } from "../../../core/input/messages";
import { testPlaceholderParity } from "../message-parity";

testPlaceholderParity(INPUT_MESSAGES);

const ROOT = join(__dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const PATTERNS = [
  /\b(?:toNumber|toPositiveNumber|toWholeNumber|toWord|toDate|checkDay)\([^,()]+,\s*"(\w+)"/g,
  /\btoOptionalNumber\([^,()]+,[^,()]+,\s*"(\w+)"/g,
  /\bfield: "(\w+)"/g,
];

const keys = new Map<string, string>();
for (const dir of ["core", "addin", "cli/src"])
  for (const file of sources(join(ROOT, dir))) {
    const text = readFileSync(file, "utf8");
    for (const pattern of PATTERNS)
      for (const m of text.matchAll(pattern)) keys.set(m[1] as string, file.slice(ROOT.length + 1));
  }

test("the scan finds the field keys it is meant to find", () => {
  expect([...keys.keys()]).toEqual(expect.arrayContaining(["adjustPct", "sites", "issueDate", "auditEnd"]));
});

test.each([...keys])("field %s (%s) has a Chinese and an English label", (key) => {
  const label = INPUT_FIELD_LABELS[key];
  expect(label?.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(label?.en).toMatch(/^[^\u3000-\u9fff\uff00-\uffef]+$/);
});
