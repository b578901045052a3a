/**
 * Runs one command with DOMAIN §12's contract: `--json` prints exactly one JSON object on stdout;
 * exit 0 on success (1 when validate finds errors); exit 2 on bad usage or bad input with ONE line
 * on stderr, Chinese then English. An unexpected exception is a bug: exit 3 with its stack.
 */
import { parseArgs } from "node:util";
import { InputError, formatProblem } from "../../core/problem";
import type { Command, ParsedCommand } from "./command";
import { formatHelp } from "./help";
import { UsageError, usage } from "./usage-error";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * parseArgs refuses `--adjust -10` (a value that starts with a dash); DOMAIN §12 writes it that
 * way, so a negative number after a string option is joined as `--adjust=-10`.
 */
function joinNegativeValues(command: Command, argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const next = argv[i + 1];
    const name = arg.startsWith("--") ? arg.slice(2) : "";
    if (command.options[name]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

function parse(command: Command, argv: string[]): ParsedCommand & { json: boolean; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(command, argv),
      options: { ...command.options, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usage.badOption((error as Error).message.split("\n")[0] ?? "");
  }
  const { json, help, ...values } = parsed.values as Record<string, string | boolean | undefined>;
  return { values, positionals: parsed.positionals, json: json === true, help: help === true };
}

function checkPositionals(command: Command, positionals: string[]): void {
  const names = command.positionals ?? [];
  names.forEach((name, i) => {
    if (!name.endsWith("?") && positionals[i] === undefined) throw usage.missingPositional(name);
  });
  if (positionals.length > names.length) throw usage.extraPositional(positionals[names.length] ?? "");
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
    const args = parse(command, argv);
    if (args.help) {
      io.stdout(formatHelp(command));
      return 0;
    }
    checkPositionals(command, args.positionals);
    const output = await command.run(args);
    io.stdout(args.json ? JSON.stringify(output.json) : output.text);
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
