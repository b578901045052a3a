/**
 * One development build of the add-in (webpack.config.js) into a temporary directory, then what
 * Excel will load from it: the generated functions.json, one CustomFunctions.associate per function
 * in functions.js (run here against a fake CustomFunctions), the page with its
 * Content-Security-Policy and office.js first, the local office.js copy, manifest and icons.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { JSDOM } from "jsdom";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ERROR_CODES, FakeCellError, plain } from "../functions/fake-custom-functions";

const ROOT = join(__dirname, "..", "..", "..");
const IDS = ["AUDITDAYS", "ONSITEDAYS", "SITEDAYS", "COMBINEDDAYS", "EXPLAIN", "RISK", "SAMPLESITES", "CERTNO", "CERTPARSE", "CERTEXPIRY", "SURVDUE", "WORKDAY", "DEADLINE", "USCC", "IDCARD"];

let out = "";
let build: ReturnType<typeof spawnSync>;
const file = (name: string): string => readFileSync(join(out, name), "utf8");

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "certdesk-dist-"));
  build = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development", "--output-path", out], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CERTDESK_URL: "", CERTDESK_OFFICE_JS_URL: "", CERTDESK_SKIP_OFFICE_JS: "" },
  });
}, 180_000);

test("the development build succeeds", () => {
  if (build.status !== 0) throw new Error(`webpack failed:\n${String(build.stdout).slice(-4000)}\n${String(build.stderr).slice(-2000)}`);
  for (const name of ["taskpane.html", "runtime.js", "shared.js", "taskpane.js", "functions.js", "functions.json", "functions-zh-cn.json", "manifest.xml", "workbench.js", "workbook-worker.js"]) expect([name, existsSync(join(out, name))]).toEqual([name, true]);
});

test("functions.json is exactly what custom-functions-metadata generates from functions.ts", async () => {
  const generated = await generateCustomFunctionsMetadata(join(ROOT, "addin", "functions", "functions.ts"));
  expect(JSON.parse(file("functions.json"))).toEqual(JSON.parse(generated.metadataJson));
  expect(file("functions-zh-cn.json")).toBe(readFileSync(join(ROOT, "addin", "functions", "functions-zh-cn.json"), "utf8"));
});

test("functions.js holds one CustomFunctions.associate per function", () => {
  const calls = [...file("functions.js").matchAll(/CustomFunctions\.associate\("([A-Z]+)", *(\w+)\)/g)].map((m) => [m[1], m[2]]);
  expect(calls).toEqual(IDS.map((id) => [id, id]));
});

test("running functions.js registers every function, and the registered functions compute", () => {
  const registered = new Map<string, (...args: unknown[]) => unknown[][]>();
  const CustomFunctions = {
    Error: FakeCellError,
    ErrorCode: { ...ERROR_CODES },
    associate: (id: string, fn: (...args: unknown[]) => unknown[][]) => registered.set(id, fn),
  };
  // The page loads webpack's runtime and the shared chunk first; functions.js needs both.
  const context: Record<string, unknown> = { CustomFunctions, console, location: { href: "https://localhost:3000/taskpane.html" } };
  context.self = context;
  for (const name of ["runtime.js", "shared.js", "functions.js"]) runInNewContext(file(name), context, { filename: name });
  expect([...registered.keys()]).toEqual(IDS);
  expect(registered.get("CERTNO")!([["CNCA-R-2021-812"]], [[2026]], [[17]], null, null, null, null)).toEqual([["081226HG00017R000"]]);
  const days = registered.get("AUDITDAYS")!([[180], ["x"]], [["高"]], [["初次"]], null, null).map((row) => row.map(plain));
  expect(days).toEqual([[10], [{ error: "#VALUE!", message: expect.stringContaining("有效人数「x」不是数字") }]]);
});

describe("taskpane.html", () => {
  let doc: Document;
  beforeAll(() => {
    doc = new JSDOM(file("taskpane.html")).window.document;
  });

  test("a Content-Security-Policy that allows only the add-in's own origin comes before any script", () => {
    const csp = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute("content")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    const elements = Array.from(doc.head.children);
    expect(elements.indexOf(csp!)).toBeLessThan(elements.findIndex((e) => e.tagName === "SCRIPT"));
  });

  test("office.js (the local copy) loads first, blocking; then webpack's runtime, the shared chunk, functions.js and taskpane.js", () => {
    const scripts = Array.from(doc.querySelectorAll("script")).map((s) => [s.getAttribute("src"), s.hasAttribute("defer")]);
    expect(scripts).toEqual([
      ["office-js/office.js", false],
      ["runtime.js", true],
      ["shared.js", true],
      ["functions.js", true],
      ["taskpane.js", true],
    ]);
  });

  test("nothing is loaded from another origin", () => {
    const refs = Array.from(doc.querySelectorAll("[src], link[href]")).map((e) => e.getAttribute("src") ?? e.getAttribute("href") ?? "");
    for (const ref of refs) expect(ref).not.toMatch(/^(https?:)?\/\//);
  });
});

test("office.js and the Excel host scripts are copied for offline use, without telemetry or debug builds", () => {
  for (const name of ["office.js", "excel-web-16.00.js", "excel-win32-16.01.js", "excel-mac-16.00.js", "custom-functions-runtime.js", "zh-cn/office_strings.js", "en-us/office_strings.js"]) {
    expect([name, existsSync(join(out, "office-js", name))]).toEqual([name, true]);
  }
  const copied = readdirSync(join(out, "office-js"), { recursive: true }).map(String);
  expect(copied.filter((f) => f.includes("ariatelemetry") || f.endsWith(".debug.js"))).toEqual([]);
});

test("the manifest is copied unchanged in development, with the icons it names", () => {
  expect(file("manifest.xml")).toBe(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
  expect(readdirSync(join(out, "assets")).sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
});

test("the core lives in the shared chunk only: functions.js and taskpane.js do not carry it again", () => {
  // A message of the core's audit-time table, present once in the page's scripts.
  const marker = "须大于 0";
  const holders = ["runtime.js", "shared.js", "functions.js", "taskpane.js"].filter((name) => file(name).includes(marker));
  expect(holders).toEqual(["shared.js"]);
  // exceljs is only in the workbench's own chunks, never in what Excel loads.
  for (const name of ["runtime.js", "shared.js", "functions.js", "taskpane.js"]) expect([name, file(name).includes("ExcelJS")]).toEqual([name, false]);
});
