/**
 * The command-line reading start.mjs and build-workbench.mjs share (scripts/script-args.mjs): run
 * in a child node, as the scripts are ES modules jest does not load.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(__dirname, "..", "..", "..");
const MODULE = pathToFileURL(join(ROOT, "scripts", "script-args.mjs")).href;
const SPEC = {
  switches: { "--serve": "serve" },
  valued: { "--out": "out", "--port": "port" },
  hint: "--out <file>, --serve, --port <n>",
};

function read(argv: string[]): { result?: unknown; error?: string } {
  const code = `import { readArgs } from ${JSON.stringify(MODULE)};
try { console.log(JSON.stringify({ result: readArgs(${JSON.stringify(argv)}, ${JSON.stringify(SPEC)}) })); }
catch (e) { console.log(JSON.stringify({ error: e.message })); }`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  return JSON.parse(run.stdout) as { result?: unknown; error?: string };
}

test("switches become true, valued options take the next argument; nothing given, nothing set", () => {
  expect(read(["--serve", "--port", "0", "--out", "a.html"])).toEqual({
    result: { serve: true, port: "0", out: "a.html" },
  });
  expect(read([])).toEqual({ result: {} });
});

test("a valued option without its value, and an unknown option, are refused naming them", () => {
  expect(read(["--port"])).toEqual({ error: "--port needs a value" });
  expect(read(["--bogus"])).toEqual({ error: "unknown option --bogus (use --out <file>, --serve, --port <n>)" });
  // An inherited property name is no option either.
  expect(read(["toString"])).toEqual({ error: "unknown option toString (use --out <file>, --serve, --port <n>)" });
});

test("build-workbench: bad usage exits 2 with one bilingual line, before building anything", () => {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "build-workbench.mjs"), "--port", "99999"], {
    encoding: "utf8",
  });
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe("参数错误 / bad usage: --port must be a port number, not 99999\n");
});
