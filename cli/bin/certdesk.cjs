#!/usr/bin/env node
// certdesk — the CertDesk calculation core on the command line (DOMAIN §12).
const { ensureProgram } = require("./command-programs.cjs");
ensureProgram(process.argv.slice(2)).then(
  (program) => require(program),
  (error) => {
    // Only a broken source tree gets here (esbuild names the file and line); exit 3 as for any bug.
    process.stderr.write(
      `内部错误：无法构建命令行程序 | internal error: could not build the command line: ${error?.stack ?? error}\n`,
    );
    process.exitCode = 3;
  },
);
