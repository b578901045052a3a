/** Every certdesk command, in the order `certdesk --help` lists them. */
import type { Command } from "../command";
import { certnoCommand, certparseCommand } from "./certno";
import { convertCommand } from "./convert";
import { daysCommand } from "./days";
import { deadlineCommand } from "./deadline";
import { sampleCommand } from "./sample";
import { statsCommand } from "./stats";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";

export const COMMANDS: readonly Command[] = [
  daysCommand,
  sampleCommand,
  certnoCommand,
  certparseCommand,
  deadlineCommand,
  templateCommand,
  validateCommand,
  convertCommand,
  statsCommand,
];
