/** certdesk entry: picks the command, loads only its module and hands over to runCommand (DOMAIN §12). */
import { COMMAND_ENTRIES } from "./commands/registry";
import { formatOverview } from "./help";
import { errorLine, runCommand, type Io } from "./run-command";
import { usage } from "./usage-error";

const io: Io = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const names = COMMAND_ENTRIES.map((c) => c.name);
  if (name === "--version" || name === "-v" || name === "version") {
    // Loaded only here: the data it describes is not needed to start any other command.
    const { formatVersion } = await import("./version");
    io.stdout(formatVersion(rest.includes("--json")));
    return 0;
  }
  // `certdesk help days` is `certdesk days --help`.
  const helpFor = name === "help" ? COMMAND_ENTRIES.find((c) => c.name === rest[0]) : undefined;
  if (helpFor) return runCommand(await helpFor.load(), ["--help"], io);
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(formatOverview(COMMAND_ENTRIES));
    if (name !== undefined) return 0;
    io.stderr(errorLine(usage.noCommand(names)) ?? "");
    return 2;
  }
  const entry = COMMAND_ENTRIES.find((c) => c.name === name);
  if (!entry) {
    io.stderr(errorLine(usage.unknownCommand(name, names)) ?? "");
    return 2;
  }
  return runCommand(await entry.load(), rest, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`内部错误 | internal error: ${String(error)}\n`);
    process.exitCode = 3;
  },
);
