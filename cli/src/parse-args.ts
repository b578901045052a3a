/**
 * The command line as a command reads it: `--name value`, `--name=value`, boolean `--flag`,
 * positionals, and `--` before positionals that start with a dash. node:util parseArgs is not used
 * because its refusals are English only ("argument is ambiguous", "Unknown option") and it takes a
 * repeated option's last value in silence; every refusal here is a UsageError in Chinese and English
 * that names the option (DOMAIN §12: one line, exit 2).
 *
 * A value may start with a dash when it is a number (`--adjust -10`, `--adjust -.5`, `--adjust −10`
 * as DOMAIN §12 writes it); a following `--name` or `-x` is never taken as a value, so
 * `--employees --json` says the value is missing instead of computing with "--json".
 */
import type { OptionSpec } from "./command";
import { UsageError, usage } from "./usage-error";

export interface ParsedLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** `--help` or `-h` was given (wins over every other problem on the line). */
  help: boolean;
  /** The first problem found, thrown by the caller unless help was asked for. */
  problem: UsageError | null;
}

/** An option-like word: `--name`, `--name=…`, or a dash and a letter (`-h`, `-x`). */
const OPTION_LIKE = /^(--.|-\p{L})/u;

/** Spelled-out names of the options, for "unknown option" messages. */
function optionList(options: OptionSpec): string[] {
  return Object.keys(options).map((name) => `--${name}`);
}

export function parseLine(options: OptionSpec, argv: readonly string[]): ParsedLine {
  const all: OptionSpec = { ...options, json: { type: "boolean" }, help: { type: "boolean", short: "h" } };
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  let problem: UsageError | null = null;
  let help = false;
  const note = (error: UsageError): void => {
    problem ??= error;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      help = true;
      continue;
    }
    if (!OPTION_LIKE.test(arg)) {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) {
      note(usage.unknownOption(arg, optionList(all)));
      continue;
    }
    const equals = arg.indexOf("=");
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    const spec = Object.hasOwn(all, name) ? all[name] : undefined;
    if (!spec) {
      note(usage.unknownOption(`--${name}`, optionList(all)));
      continue;
    }
    if (name === "help") {
      help = true;
      continue;
    }
    if (spec.type === "boolean") {
      if (inline !== undefined) note(usage.flagWithValue(name, inline));
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next === "--" || OPTION_LIKE.test(next)) {
        note(usage.missingValue(name));
        continue;
      }
      value = next;
      i++;
    }
    const earlier = values[name];
    if (typeof earlier === "string") note(usage.repeatedOption(name, earlier, value));
    else values[name] = value;
  }
  return { values, positionals, help, problem };
}
