#!/usr/bin/env node
// certdesk — the CertDesk calculation core on the command line (DOMAIN §12).
const { ensureBundle } = require("./bundle.cjs");
require(ensureBundle("cli/src/main.ts", "certdesk"));
