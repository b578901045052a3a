/**
 * The report layouts and code tables (issue 7): loaded from `data/*.json` and `code-tables.json`,
 * checked by zod at load, frozen. The API other modules use (templates, conversion, the pane):
 * `listLayouts`, `getLayout`, `layoutSheet`, `columnByMeaning`, `codeTable`, `listCodeTables`,
 * `codeLabel`. Stable: add, never change.
 */
import cnca2014 from "./data/cnca-2014.json";
import cnca2015 from "./data/cnca-2015.json";
import cnca2016 from "./data/cnca-2016.json";
import cnca2021 from "./data/cnca-2021.json";
import cnca59 from "./data/cnca-59.json";
import codeTablesFile from "./code-tables.json";
import { friendlyLayoutFile, FRIENDLY_LAYOUT_ID } from "./friendly";
import {
  CodeTableSchema,
  LayoutSchema,
  type CodeTable,
  type Layout,
  type LayoutColumn,
  type LayoutFile,
  type LayoutSheet,
  type SheetRole,
} from "./schema";

export * from "./schema";
export { FRIENDLY_LAYOUT_ID } from "./friendly";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Checks a layout file (schema, unique field codes, conditions naming fields of the sheet); throws naming the fault. */
export function parseLayout(json: unknown, source: string): LayoutFile {
  const parsed = LayoutSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`layout ${source}: ${(issue?.path ?? []).join(".")}: ${issue?.message ?? ""}`);
  }
  const layout = parsed.data;
  for (const sheet of layout.sheets) {
    const codes = new Set<string>();
    for (const c of sheet.columns) {
      if (codes.has(c.code)) throw new Error(`layout ${source}: sheet ${sheet.id}: field ${c.code} twice`);
      codes.add(c.code);
    }
    for (const c of sheet.columns) {
      for (const field of conditionFields(c.required.when).concat(conditionFields(c.required.blankUnless)))
        if (!codes.has(field))
          throw new Error(
            `layout ${source}: ${sheet.id}.${c.code}: condition names ${field}, not in the sheet`,
          );
    }
  }
  return layout;
}

function conditionFields(cond: LayoutColumn["required"]["when"]): string[] {
  if (!cond) return [];
  if ("all" in cond) return cond.all.flatMap(conditionFields);
  if ("any" in cond) return cond.any.flatMap(conditionFields);
  return [cond.field];
}

/** The files, checked on first use (a command that never touches a layout does not pay for zod). */
function files(): readonly LayoutFile[] {
  return [
    parseLayout(cnca2016, "cnca-2016.json"),
    parseLayout(cnca2021, "cnca-2021.json"),
    parseLayout(cnca2015, "cnca-2015.json"),
    parseLayout(cnca2014, "cnca-2014.json"),
    parseLayout(cnca59, "cnca-59.json"),
    friendlyLayoutFile(),
  ];
}

function resolve(file: LayoutFile, files: readonly LayoutFile[]): Layout {
  const { includeSheets, sheets, ...rest } = file;
  const owner: Record<string, string> = {};
  const all: LayoutSheet[] = [];
  if (includeSheets) {
    const base = files.find((f) => f.id === includeSheets.layout);
    if (!base) throw new Error(`layout ${file.id}: includes unknown layout ${includeSheets.layout}`);
    for (const id of includeSheets.sheets) {
      const sheet = base.sheets.find((s) => s.id === id);
      if (!sheet) throw new Error(`layout ${file.id}: ${includeSheets.layout} has no sheet ${id}`);
      all.push(sheet);
      owner[id] = base.id;
    }
  }
  for (const sheet of sheets) {
    all.push(sheet);
    owner[sheet.id] = file.id;
  }
  // The template's own sheet order: plan first (2021 规范), then certificates, team, energy.
  const order: SheetRole[] = [
    "plan",
    "certificates",
    "team",
    "energy",
    "failed",
    "status",
    "register",
    "auditors",
  ];
  all.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  return deepFreeze({ ...rest, sheets: all, sheetOwner: owner });
}

let layouts: readonly Layout[] | null = null;

/** Every known layout, CNCA's newest first, the friendly layout last. */
export function listLayouts(): readonly Layout[] {
  if (!layouts) {
    const all = files();
    const resolved = all.map((f) => resolve(f, all));
    checkCodeTables(resolved);
    layouts = resolved;
  }
  return layouts;
}

/** The layout of an id (`cnca-2016`, `cnca-2021`, `cnca-2015`, `cnca-2014`, `cnca-59`, `friendly`); undefined if none. */
export function getLayout(id: string): Layout | undefined {
  return listLayouts().find((l) => l.id === id);
}

/** A sheet of a layout by its id (`certificates`) or role. */
export function layoutSheet(layout: Layout, idOrRole: string): LayoutSheet | undefined {
  return layout.sheets.find((s) => s.id === idOrRole) ?? layout.sheets.find((s) => s.role === idOrRole);
}

/** The column of a sheet that carries a meaning (`certNo`), if the sheet has it. */
export function columnByMeaning(sheet: LayoutSheet, meaning: string): LayoutColumn | undefined {
  return sheet.columns.find((c) => c.meaning === meaning);
}

/** The column of a sheet with a field code (`CERTI_STATUS`). */
export function columnByCode(sheet: LayoutSheet, code: string): LayoutColumn | undefined {
  return sheet.columns.find((c) => c.code === code);
}

let tables: ReadonlyMap<string, CodeTable> | null = null;

function allTables(): ReadonlyMap<string, CodeTable> {
  tables ??= new Map(
    Object.entries((codeTablesFile as { tables: Record<string, unknown> }).tables).map(([id, json]) => {
      const parsed = CodeTableSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`code table ${id}: ${(issue?.path ?? []).join(".")}: ${issue?.message ?? ""}`);
      }
      return [id, deepFreeze({ id, ...parsed.data })];
    }),
  );
  return tables;
}

function checkCodeTables(list: readonly Layout[]): void {
  const known = allTables();
  for (const layout of list)
    for (const sheet of layout.sheets)
      for (const c of sheet.columns)
        if (c.codeTable && !known.has(c.codeTable))
          throw new Error(`layout ${layout.id}: ${sheet.id}.${c.code}: unknown code table ${c.codeTable}`);
}

/** A code table by id (`cert-status`); undefined if none. */
export function codeTable(id: string): CodeTable | undefined {
  return allTables().get(id);
}

export function listCodeTables(): readonly CodeTable[] {
  return [...allTables().values()];
}

/** "02 暂停" for drop-down lists and messages; the code alone when the table does not hold it. */
export function codeLabel(table: CodeTable, code: string): string {
  const label = table.values[code];
  return label === undefined ? code : `${code} ${label}`;
}

/** Whether an id names the friendly layout. */
export function isFriendlyLayout(id: string): boolean {
  return id === FRIENDLY_LAYOUT_ID;
}
