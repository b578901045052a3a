/**
 * How the project's own scripts (start, build-workbench) read their command line: switches,
 * options that take a value, and a bad line refused as one "参数错误 / bad usage" line, exit 2.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Reads `argv`: a switch sets its key to true, a valued option takes the next argument as its
 * key's value; anything else is refused naming what is allowed (`hint`).
 */
export function readArgs(argv, { switches = {}, valued = {}, hint }) {
  const found = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (Object.hasOwn(switches, arg)) found[switches[arg]] = true;
    else if (Object.hasOwn(valued, arg)) {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value`);
      found[valued[arg]] = value;
    } else throw new Error(`unknown option ${arg} (use ${hint})`);
  }
  return found;
}

/** What `parse` makes of this process's arguments; a bad line exits 2 with one message. */
export function argsOrExit(parse) {
  try {
    return parse(process.argv.slice(2));
  } catch (error) {
    console.error(`参数错误 / bad usage: ${error.message}`);
    process.exit(2);
  }
}

/** True when the module at `metaUrl` is the script node was asked to run, not one a test imports. */
export function isMainScript(metaUrl) {
  return Boolean(process.argv[1]) && resolve(process.argv[1]) === fileURLToPath(metaUrl);
}
