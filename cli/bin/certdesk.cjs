#!/usr/bin/env node
// certdesk — the CertDesk calculation core on the command line (DOMAIN §12).
const { ensureProgram } = require("./command-programs.cjs");
ensureProgram(process.argv.slice(2)).then((program) => require(program));
