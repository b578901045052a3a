#!/usr/bin/env node
/**
 * Builds the browser workbench as ONE self-contained file, dist/certdesk-workbench.html (issue 11
 * item 2): the page's script, the worker's script (inlined as text, started from a Blob URL), the
 * styles (Fluent UI writes them at run time), the core's data and the example workbook. It works
 * opened from disk with no network and no server — a clerk can be mailed it.
 *
 * esbuild rather than webpack: one bundle as a string in about two seconds, so `npm start` can
 * build it on the spot. The page's Content-Security-Policy allows its one inline script (by hash),
 * workers from blob: and nothing from any network: `connect-src 'none'`.
 *
 *   node scripts/build-workbench.mjs [--out <file>] [--serve [--port <n>]]
 * --serve: build in memory and serve the page on http://127.0.0.1:<port>/ (default 3001) until
 * stopped (what `npm start` does on a machine without Excel).
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { argsOrExit, isMainScript, readArgs } from "./script-args.mjs";

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_OUT = join(ROOT, "dist", "certdesk-workbench.html");
export const DEFAULT_PORT = 3001;
/** exceljs's browser build without polyfills: the workbench targets current browsers. */
const EXCELJS = require.resolve("exceljs/dist/exceljs.bare.min.js");

async function bundle(esbuild, entry, define = {}) {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: ["chrome100", "firefox100", "safari15"],
    minify: true,
    legalComments: "none",
    charset: "utf8",
    jsx: "automatic",
    alias: { exceljs: EXCELJS },
    loader: { ".xlsx": "dataurl" },
    define: { "process.env.NODE_ENV": '"production"', ...define },
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

/** The page: one inline script, allowed by its hash; everything else refused. */
export function pageHtml(script) {
  if (/<\/script/i.test(script)) throw new Error("bundle contains </script>: cannot inline it");
  const hash = createHash("sha256").update(script, "utf8").digest("base64");
  const policy = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    "worker-src blob:",
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="${policy}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>CertDesk 认证工作台</title>
<style>html,body{margin:0;padding:0}</style>
</head>
<body>
<div id="root"></div>
<script>${script}</script>
</body>
</html>
`;
}

export async function buildWorkbench() {
  const esbuild = await import("esbuild");
  const worker = await bundle(esbuild, "addin/workbench/worker.ts");
  const page = await bundle(esbuild, "addin/workbench/single-file.tsx", {
    CERTDESK_WORKER_SOURCE: JSON.stringify(worker),
  });
  return pageHtml(page);
}

function parseArgs(argv) {
  const given = readArgs(argv, {
    switches: { "--serve": "serve" },
    valued: { "--out": "out", "--port": "port" },
    hint: "--out <file>, --serve, --port <n>",
  });
  const options = {
    out: given.out === undefined ? DEFAULT_OUT : resolve(given.out),
    serve: given.serve === true,
    port: given.port === undefined ? DEFAULT_PORT : Number(given.port),
  };
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new Error(`--port must be a port number, not ${options.port}`);
  return options;
}

async function main() {
  const options = argsOrExit(parseArgs);
  const html = await buildWorkbench();
  if (!options.serve) {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, html);
    console.log(
      `工作台单文件 / workbench single file: ${options.out} (${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB)`,
    );
    return;
  }
  const body = Buffer.from(html);
  const server = createServer((req, res) => {
    if (req.url !== "/" && req.url !== "/index.html" && req.url !== "/certdesk-workbench.html") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(body);
  });
  server.listen(options.port, "127.0.0.1", () => {
    const { port } = server.address();
    console.log(`认证工作台已启动 / CertDesk workbench: http://127.0.0.1:${port}/`);
    console.log("在浏览器中打开上面的地址；按 Ctrl+C 停止 / open the address in a browser; Ctrl+C stops it.");
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop).on("SIGTERM", stop);
}

if (isMainScript(import.meta.url)) main();
