#!/usr/bin/env node
// certdesk — the CertDesk calculation core on the command line (DOMAIN §12).
const { pathToFileURL } = require("node:url");
const { ensureSplitBundle } = require("./bundle.cjs");
ensureSplitBundle("cli/src/main.ts", "certdesk").then((main) => import(pathToFileURL(main).href));
