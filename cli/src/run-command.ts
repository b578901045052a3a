/**
 * Runs one command with DOMAIN §12's contract: `--json` prints exactly one JSON object on stdout;
 * exit 0 on success (1 when validate finds errors); exit 2 on bad usage or bad input with ONE line
 * on stderr, Chinese then English, and nothing on stdout. An unexpected exception is a bug: exit 3
 * with its stack.
 */
import { FIELD_LABELS, InputError, formatProblem } from "../../core";
import type { Command, ParsedCommand } from "./command";
import { formatHelp } from "./help";
import { parseLine } from "./parse-args";
import { UsageError, usage } from "./usage-error";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function checkRequired(command: Command, values: ParsedCommand["values"]): void {
  for (const [name, field] of Object.entries(command.required ?? {}))
    if (values[name] === undefined) throw usage.missingOption(name, command.usage, FIELD_LABELS[field]);
}

function checkPositionals(command: Command, positionals: string[]): void {
  const names = command.positionals ?? [];
  names.forEach((name, i) => {
    if (!name.endsWith("?") && !name.endsWith("...?") && positionals[i] === undefined)
      throw usage.missingPositional(name.replace(/\.\.\.$/, ""));
  });
  // A last name ending in "..." takes any number of values (stats: many monthly files).
  const variadic = names.at(-1)?.replace(/\?$/, "").endsWith("...") ?? false;
  if (!variadic && positionals.length > names.length)
    throw usage.extraPositional(positionals[names.length] ?? "");
}

export function errorLine(error: unknown): string | null {
  if (error instanceof UsageError) return `错误：${error.zh} | Error: ${error.en}`;
  if (error instanceof InputError) {
    return `错误：${formatProblem(error.problem, "zh")} | Error: ${formatProblem(error.problem, "en")}`;
  }
  return null;
}

export async function runCommand(command: Command, argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals, help, problem } = parseLine(command.options, argv);
    // Asking for help is never an error, whatever else is on the line.
    if (help) {
      io.stdout(formatHelp(command));
      return 0;
    }
    if (problem) throw problem;
    const { json, ...commandValues } = values;
    checkRequired(command, commandValues);
    checkPositionals(command, positionals);
    const output = await command.run({ values: commandValues, positionals });
    io.stdout(json === true ? JSON.stringify(output.json) : output.text);
    if (output.notice) io.stderr(output.notice.replace(/\s*\n\s*/g, " "));
    return output.exitCode ?? 0;
  } catch (error) {
    const line = errorLine(error);
    if (line === null) {
      io.stderr(
        `内部错误（请报告）| internal error (please report): ${(error as Error)?.stack ?? String(error)}`,
      );
      return 3;
    }
    io.stderr(line.replace(/\s*\n\s*/g, " "));
    return 2;
  }
}
