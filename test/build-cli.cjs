/**
 * jest globalSetup: brings every certdesk program up to date once before the workers start, instead
 * of every worker's first CLI spawn building them at the same time on a 2-core machine. A run whose
 * sources change mid-way still rebuilds on its own (cli/bin/command-programs.cjs).
 */
const { buildPrograms, readPointer, upToDate } = require("../cli/bin/command-programs.cjs");

module.exports = async function buildCli() {
  const pointer = readPointer();
  if (pointer === null || !Object.keys(pointer.programs).every((program) => upToDate(pointer, program)))
    await buildPrograms();
};
