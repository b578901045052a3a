/**
 * What a `certdesk` command is: its options (the node:util parseArgs option shape, read by
 * parse-args.ts), its help, and a run
 * function that returns one JSON-able object plus the Chinese text shown without --json.
 * Commands are thin adapters: they coerce nothing themselves and call one core function.
 */
import type { ParseArgsConfig } from "node:util";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedCommand {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface CommandOutput {
  json: Record<string, unknown>;
  text: string;
  /** One line for stderr when part of the work failed but the answer stands (validate: the annotated copy). */
  notice?: string;
  /** 0 unless the command found what it was asked to look for (validate: errors → 1). */
  exitCode?: 0 | 1;
}

export interface Command {
  name: string;
  summary: string;
  /** Usage line after `certdesk`, e.g. `days --employees N --risk R --type T [--adjust P] [--profile ID]`. */
  usage: string;
  /** Option help lines, Chinese first. */
  optionHelp: string[];
  examples: string[];
  options: OptionSpec;
  /**
   * Options the command cannot run without (DOMAIN §12 writes them without brackets), each with the
   * core field it fills (a key of FIELD_LABELS), so the message names it: --employees（有效人数）.
   */
  required?: Record<string, string>;
  /** Names of positional arguments, in order; a `?` suffix marks an optional one. */
  positionals?: string[];
  run(args: ParsedCommand): CommandOutput | Promise<CommandOutput>;
}
