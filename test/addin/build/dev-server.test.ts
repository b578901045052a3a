/**
 * The web path of `npm start` on Linux: `webpack serve --mode development` builds in memory and
 * serves over HTTPS (certificates from scripts/dev-certs.mjs). Started on a free port so it cannot
 * collide with a running dev server; stopped (its own process group) at the end.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:https";
import { createServer } from "node:net";
import type { TLSSocket } from "node:tls";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  san: string;
}

function fetchLocal(port: number, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // The development CA may not be trusted on this machine; the certificate's name is checked below instead.
    const req = get({ host: "localhost", port, path, rejectUnauthorized: false }, (res) => {
      const san = (res.socket as TLSSocket).getPeerCertificate().subjectaltname ?? "";
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, san }));
    });
    req.on("error", reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let server: ChildProcess | undefined;
let port = 0;
let output = "";

beforeAll(async () => {
  port = await freePort();
  server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development", "--port", String(port)], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, CERTDESK_SKIP_OFFICE_JS: "" },
  });
  server.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`dev server exited ${server.exitCode}:\n${output.slice(-3000)}`);
    if (/compiled (successfully|with)/.test(output)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`dev server did not compile in time:\n${output.slice(-3000)}`);
}, 180_000);

afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
});

test("it compiled without errors", () => {
  expect(output).toMatch(/compiled successfully/);
});

test("serves over HTTPS with a localhost certificate, and says how to trust it", async () => {
  const page = await fetchLocal(port, "/taskpane.html");
  expect(page.status).toBe(200);
  expect(page.san).toContain("DNS:localhost");
  expect(page.body).toContain("connect-src 'self' wss://localhost:3000");
  expect(output).toMatch(/Certificates from office-addin-dev-certs|Development CA: /);
});

test("serves the metadata Excel fetches cross-origin, with CORS", async () => {
  const metadata = await fetchLocal(port, "/functions.json");
  expect(metadata.status).toBe(200);
  expect(metadata.headers["access-control-allow-origin"]).toBe("*");
  expect((JSON.parse(metadata.body) as { functions: unknown[] }).functions).toHaveLength(15);
  expect((await fetchLocal(port, "/functions-zh-cn.json")).status).toBe(200);
});

test("serves the manifest, the icons and the local office.js", async () => {
  for (const path of ["/manifest.xml", "/assets/icon-80.png", "/office-js/office.js", "/functions.js", "/taskpane.js"]) {
    expect([path, (await fetchLocal(port, path)).status]).toEqual([path, 200]);
  }
});
