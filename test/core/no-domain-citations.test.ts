/**
 * A user never sees "DOMAIN §": the specification is the team's, not the clerk's. Every string
 * literal in core, addin and cli (and every profile file) cites a seed clause, a CNCA template item
 * or 本工具约定 instead; code comments may still point at DOMAIN.md.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { formatProblem } from "../../core/problem";

const ROOT = path.resolve(__dirname, "..", "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : files(full);
    return /\.(ts|tsx|json)$/.test(name) ? [full] : [];
  });
}

/** Strings in a source line outside comments: JSDoc of a custom function is user-facing too. */
const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

function offending(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  const found: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    const customFunctionDoc =
      file.endsWith(path.join("functions", "functions.ts")) && trimmed.startsWith("*");
    const isComment = trimmed.startsWith("*") || trimmed.startsWith("//") || trimmed.startsWith("/*");
    const code = line.split(" // ")[0] ?? "";
    const strings = isComment ? [] : (code.match(STRING) ?? []);
    if (
      strings.some((s) => s.includes("DOMAIN §")) ||
      (customFunctionDoc && /[\u4e00-\u9fff].*DOMAIN §/.test(line))
    )
      found.push(`${path.relative(ROOT, file)}:${i + 1}: ${trimmed}`);
  });
  return found;
}

test("no string a user can see cites DOMAIN §", () => {
  const all = ["core", "addin", path.join("cli", "src")].flatMap((d) => files(path.join(ROOT, d)));
  expect(all.length).toBeGreaterThan(50);
  expect(all.flatMap(offending)).toEqual([]);
});

test("the product's own rule is named in each language", () => {
  const problem = { code: "date.reportMonth", clause: "本工具约定", params: { value: "x" } };
  expect(formatProblem(problem, "zh")).toMatch(/（依据 本工具约定）$/);
  expect(formatProblem(problem, "en")).toMatch(/\(CertDesk's own rule\)$/);
});
