/**
 * Builds the add-in once (webpack, production mode: what users load, and what the size limit is
 * about) and the single-file workbench into a temporary folder, and serves the add-in on 127.0.0.1
 * for the browser tests. Only loopback: the add-in must need nothing else.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

const require = createRequire(import.meta.url);
export const ROOT = resolve(import.meta.dirname, "..", "..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

export function buildAddin(mode = "production") {
  // CERTDESK_E2E_DIST: a build made earlier (re-running the browser tests without rebuilding).
  if (process.env.CERTDESK_E2E_DIST) return process.env.CERTDESK_E2E_DIST;
  const out = mkdtempSync(join(tmpdir(), "certdesk-e2e-"));
  const build = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", mode, "--output-path", out],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, CERTDESK_URL: "", CERTDESK_OFFICE_JS_URL: "" },
    },
  );
  if (build.status !== 0)
    throw new Error(`webpack failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-2000)}`);
  return out;
}

/** dist/certdesk-workbench.html as `npm run build` writes it, into a temporary folder. */
export function buildSingleFile() {
  const out = join(mkdtempSync(join(tmpdir(), "certdesk-one-")), "certdesk-workbench.html");
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-workbench.mjs"), "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build-workbench failed:\n${build.stdout}\n${build.stderr}`);
  return out;
}

export async function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^[/\\]+/, "");
    const file = join(dir, path || "taskpane.html");
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
