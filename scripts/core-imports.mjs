#!/usr/bin/env node
/**
 * Points the adapters' core imports at the public surface, core/index.ts: every
 * `import … from "../../core/validation/sheet"` (any depth, any core file) in addin/ and cli/
 * becomes part of one `import … from "../../core"` per file, then prettier formats the files it
 * changed. Re-run it after a merge brings in files written before the rule (eslint names them).
 *
 *   node scripts/core-imports.mjs [--check] [paths…]   (default paths: addin cli)
 * --check: change nothing; list the deep imports and exit 1 if there are any.
 *
 * An import naming something core/index.ts does not export is left alone and listed: add the name
 * to its group in core/index.ts (or give the adapter a proper core function) and run it again.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORE = join(ROOT, "core");
const INDEX = join(CORE, "index.ts");

function* sourceFiles(path) {
  if (statSync(path).isFile()) {
    if (/\.tsx?$/.test(path)) yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() && ["node_modules", "build"].includes(entry.name)) continue;
    yield* sourceFiles(join(path, entry.name));
  }
}

function parse(file) {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** The names core/index.ts exports. */
function publicNames() {
  const names = new Set();
  for (const statement of parse(INDEX).statements)
    if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    )
      for (const element of statement.exportClause.elements) names.add(element.name.text);
  return names;
}

/** "index" when the specifier is the core's public surface, "deep" when it reaches inside, else null. */
function coreTarget(file, specifier) {
  if (!specifier.startsWith(".")) return null;
  const target = resolve(dirname(file), specifier);
  if (target === CORE || target === join(CORE, "index")) return "index";
  return target.startsWith(CORE + sep) ? "deep" : null;
}

/** One named import: `name`, `name as alias`, each possibly type-only. */
function elementsOf(declaration) {
  const clause = declaration.importClause;
  const bindings = clause?.namedBindings;
  if (!clause || clause.name || !bindings || !ts.isNamedImports(bindings)) return null;
  return bindings.elements.map((element) => ({
    name: (element.propertyName ?? element.name).text,
    alias: element.propertyName ? element.name.text : null,
    type: clause.isTypeOnly || element.isTypeOnly,
  }));
}

function mergedImport(elements, specifier) {
  const unique = new Map();
  for (const e of elements) {
    const key = `${e.name} as ${e.alias}`;
    const seen = unique.get(key);
    unique.set(key, { ...e, type: seen ? seen.type && e.type : e.type });
  }
  const list = [...unique.values()];
  const allTypes = list.every((e) => e.type);
  const text = list.map(
    (e) => `${e.type && !allTypes ? "type " : ""}${e.name}${e.alias ? ` as ${e.alias}` : ""}`,
  );
  return `import ${allTypes ? "type " : ""}{ ${text.join(", ")} } from "${specifier}";`;
}

/** The file's text with its core imports merged into one from the index, or null when nothing changes. */
function sweep(file, exported, report) {
  const source = parse(file);
  const core = [];
  let deep = false;
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement);
    if (!(isImport || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
    const target = coreTarget(file, statement.moduleSpecifier.text);
    if (!target) continue;
    const where = `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(statement.getStart()).line + 1}`;
    const elements = isImport ? elementsOf(statement) : null;
    if (target === "deep") {
      deep = true;
      if (!elements) {
        report.push({
          left: true,
          text: `${where}: ${statement.getText()} — not a named import; rewrite by hand`,
        });
        continue;
      }
      const missing = elements.filter((e) => !exported.has(e.name)).map((e) => e.name);
      if (missing.length) {
        const from = statement.moduleSpecifier.text;
        report.push({
          left: true,
          text: `${where}: core/index.ts does not export ${missing.join(", ")} (from "${from}")`,
        });
        continue;
      }
      report.push({ left: false, text: `${where}: ${statement.moduleSpecifier.text}` });
    } else if (!elements) continue; // e.g. `import type * as core from "../core"`: leave it be
    core.push({ statement, elements });
  }
  if (!deep || core.length === 0) return null;
  const specifier = relative(dirname(file), CORE).split(sep).join("/");
  const text = source.text;
  const merged = mergedImport(
    core.flatMap((c) => c.elements),
    specifier.startsWith(".") ? specifier : `./${specifier}`,
  );
  let out = "";
  let from = 0;
  core.forEach(({ statement }, i) => {
    out += text.slice(from, statement.getStart());
    if (i === 0) out += merged;
    from = statement.getEnd();
    if (i > 0 && text[from] === "\n") from += 1; // drop the whole line of a merged-away import
  });
  return out + text.slice(from);
}

const args = process.argv.slice(2);
const check = args.includes("--check");
const paths = args.filter((a) => a !== "--check");
const exported = publicNames();
const report = [];
const changed = [];
for (const path of paths.length ? paths : ["addin", "cli"])
  for (const file of sourceFiles(resolve(ROOT, path))) {
    const next = sweep(file, exported, report);
    if (next === null || check) continue;
    writeFileSync(file, next);
    changed.push(file);
  }
if (changed.length)
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "prettier", "bin", "prettier.cjs"),
      "--write",
      "--log-level",
      "warn",
      ...changed,
    ],
    {
      stdio: "inherit",
    },
  );
const left = report.filter((r) => r.left);
for (const r of check ? report : left) console.log(r.text);
console.log(
  check
    ? `${report.length} deep core import(s)`
    : `${changed.length} file(s) now import the core through core/index.ts; ${left.length} import(s) left as they were`,
);
process.exitCode = (check ? report : left).length ? 1 : 0;
