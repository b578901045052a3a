/**
 * What a `certdesk` command is: its options (node:util parseArgs config), its help, and a run
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
  /** Names of positional arguments, in order; a `?` suffix marks an optional one. */
  positionals?: string[];
  run(args: ParsedCommand): CommandOutput | Promise<CommandOutput>;
}
