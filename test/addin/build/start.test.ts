/**
 * `npm start` (scripts/start.mjs) decides between Excel desktop and the web and never fails just
 * because there is no Excel. Run as a child process with --dry-run so nothing is started.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");
const START = join(ROOT, "scripts", "start.mjs");

interface Plan {
  mode: "desktop" | "web" | "workbench";
  platform: string;
  excel: string | null;
  manifest: string;
  url: string;
  commands: string[][];
  instructions: string[];
}

function dryRun(...args: string[]): Plan {
  const out = execFileSync(process.execPath, [START, "--dry-run", "--json", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, CERTDESK_EXCEL: "" } });
  return JSON.parse(out) as Plan;
}

test("on Linux (no Excel) it builds and serves the browser workbench and prints its URL", () => {
  const plan = dryRun("--platform", "linux");
  expect(plan.mode).toBe("workbench");
  expect(plan.url).toBe("http://127.0.0.1:3001/");
  expect(plan.commands).toEqual([[process.execPath, join(ROOT, "scripts", "build-workbench.mjs"), "--serve", "--port", "3001"]]);
  expect(plan.instructions[0]).toContain("启动浏览器工作台 http://127.0.0.1:3001/");
  expect(plan.instructions.join("\n")).toContain("npm start -- --web");
});

test("--web serves the add-in's dev build over HTTPS and explains sideloading to Excel on the web", () => {
  const plan = dryRun("--platform", "linux", "--web");
  expect(plan.mode).toBe("web");
  expect(plan.manifest).toBe(join(ROOT, "manifest.xml"));
  expect(plan.url).toBe("https://localhost:3000/");
  expect(plan.commands).toHaveLength(1);
  expect(plan.commands[0]!.slice(-3)).toEqual(["serve", "--mode", "development"]);
  expect(plan.commands[0]![1]).toMatch(/webpack-cli[\\/]bin[\\/]cli\.js$/);
  expect(plan.instructions.join("\n")).toContain("插入 → 加载项 → 上传我的加载项 / Insert → Add-ins → Upload My Add-in");
  expect(plan.instructions.join("\n")).toContain(join(ROOT, "manifest.xml"));
});

test("Windows without Excel installed falls back to the workbench", () => {
  expect(dryRun("--platform", "win32").mode).toBe("workbench");
});

test("with Excel present it installs the dev certificate, then sideloads with office-addin-debugging", () => {
  const plan = dryRun("--platform", "darwin", "--excel", START);
  expect(plan.mode).toBe("desktop");
  expect(plan.excel).toBe(START);
  expect(plan.commands.map((c) => c[1]!.split(/[\\/]node_modules[\\/]/)[1])).toEqual(["office-addin-dev-certs/cli.js", "office-addin-debugging/cli.js"]);
  expect(plan.commands[0]!.slice(2)).toEqual(["install"]);
  const debug = plan.commands[1]!;
  expect(debug.slice(2, 7)).toEqual(["start", join(ROOT, "manifest.xml"), "desktop", "--app", "excel"]);
  expect(debug[debug.indexOf("--dev-server") + 1]).toMatch(/webpack-cli[\\/]bin[\\/]cli\.js" "serve" "--mode" "development"$/);
  expect(debug.slice(-2)).toEqual(["--dev-server-port", "3000"]);
});

test("an --excel path that does not exist is not Excel: the workbench", () => {
  expect(dryRun("--platform", "darwin", "--excel", join(ROOT, "no-such-excel")).mode).toBe("workbench");
});

test("the text dry run prints the plan and exits 0", () => {
  const run = spawnSync(process.execPath, [START, "--dry-run", "--platform", "linux"], { cwd: ROOT, encoding: "utf8" });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^\(dry run\) .*build-workbench\.mjs --serve --port 3001$/m);
  const web = spawnSync(process.execPath, [START, "--dry-run", "--platform", "linux", "--web"], { cwd: ROOT, encoding: "utf8" });
  expect(web.stdout).toMatch(/^\(dry run\) .*webpack-cli[\\/]bin[\\/]cli\.js serve --mode development$/m);
});

test("an unknown option is bad usage (exit 2) with a bilingual message", () => {
  const run = spawnSync(process.execPath, [START, "--bogus"], { cwd: ROOT, encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("参数错误 / bad usage: unknown option --bogus");
});

test("the workbench server (what npm start runs without Excel) prints its URL and serves the one-file page", async () => {
  const child = spawn(process.execPath, [join(ROOT, "scripts", "build-workbench.mjs"), "--serve", "--port", "0"], { cwd: ROOT });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) resolve(found[0]);
      });
      child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/connect-src 'none'/);
    expect((await fetch(`${url}elsewhere.js`)).status).toBe(404);
  } finally {
    child.kill();
  }
}, 120_000);
