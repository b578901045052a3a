/**
 * Option declarations and readings several commands share: options that take a value, and the
 * `--out FILE [--force]` pair of the commands that write a workbook (convert, stats, template,
 * validate), so the output file is checked the same way everywhere.
 */
import type { OptionSpec, ParsedCommand } from "./command";
import { usage } from "./usage-error";
import { checkOutPath } from "./xlsx/out-path";

/** Options that each take a value, in the order given (help and "unknown option" lists follow it). */
export function valueOptions(...names: string[]): OptionSpec {
  return Object.fromEntries(names.map((name) => [name, { type: "string" as const }]));
}

export const OUT_OPTIONS: OptionSpec = { out: { type: "string" }, force: { type: "boolean" } };

export const FORCE_HELP = "--force          覆盖已存在的输出文件 / overwrite an existing output file";

/** The checked --out path (an .xlsx, never the input, replaced only with --force), or null without --out. */
export function outPathOf(values: ParsedCommand["values"], input?: string): string | null {
  if (typeof values.out !== "string") return null;
  const force = values.force === true;
  return checkOutPath(values.out, input === undefined ? { force } : { input, force });
}

/** The same for a command that cannot run without --out. */
export function requiredOutPath(values: ParsedCommand["values"], input?: string): string {
  const out = outPathOf(values, input);
  if (out === null) throw usage.missingOption("out");
  return out;
}
