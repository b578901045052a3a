/** certdesk entry: picks the command and hands over to runCommand (DOMAIN §12). */
import { COMMANDS } from "./commands";
import { formatOverview } from "./help";
import { errorLine, runCommand, type Io } from "./run-command";
import { usage } from "./usage-error";

const io: Io = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const names = COMMANDS.map((c) => c.name);
  // `certdesk help days` is `certdesk days --help`.
  const helpFor = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
  if (helpFor) return runCommand(helpFor, ["--help"], io);
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(formatOverview(COMMANDS));
    if (name !== undefined) return 0;
    io.stderr(errorLine(usage.noCommand(names)) ?? "");
    return 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(errorLine(usage.unknownCommand(name, names)) ?? "");
    return 2;
  }
  return runCommand(command, rest, io);
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
