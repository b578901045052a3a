/**
 * Runs TypeScript entry points without a build step the user must remember: the entry is bundled
 * with esbuild into cli/build/ the first time, and again whenever one of the files it was built
 * from changed.
 *
 * Start-up time is most of what a clerk waits for, so the CLI is built as one CommonJS program per
 * command (command-programs.cjs): `certdesk days` reads one file holding the entry, the days command
 * and the core it calls — no exceljs, zod or validation, no ES module loader. Programs carry no
 * inline source map (a linked .map file is written beside each for `node --enable-source-maps`),
 * and the built-in rule profiles are checked against their zod schema here, at build time, instead
 * of at every start.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const BUILD_DIR = path.join(ROOT, "cli", "build");
/**
 * npm rewrites this record of the installed tree whenever it changes a package, so one stat stands
 * for the hundred package files (zod's, the holiday data…) a build reads. Installed by another tool
 * (no such record), the package files themselves are checked.
 */
const INSTALLED = "node_modules/.package-lock.json";
/**
 * Some file systems stamp a write with a clock tick that lags the time read by Date.now(): a source
 * saved just after a build started could look older than the build. Inputs this close to the start
 * count as newer (at worst one extra rebuild).
 */
const CLOCK_SLACK_MS = 1000;

function mtimeOr(file, fallback) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return fallback;
  }
}

/** Several processes may build at once (parallel tests): write a private temp file, rename it into place. */
function writeAtomically(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, contents);
  fs.renameSync(temp, file);
}

/**
 * What a build must be checked against, relative to the repository: every file esbuild read (from
 * its metafile) and `extra` (files the build script itself reads), package files standing for npm's
 * record of the installed tree.
 */
function freshnessInputs(metafile, extra) {
  const packages = fs.existsSync(path.join(ROOT, INSTALLED)) ? INSTALLED : null;
  const inputs = [...Object.keys(metafile.inputs), ...extra].map((input) =>
    packages && input.startsWith("node_modules/") ? packages : input,
  );
  return [...new Set(inputs)];
}

/** Whether none of `files` changed since a build that started at `startedAt`; a missing one has. */
function unchangedSince(files, startedAt) {
  const builtFrom = startedAt - CLOCK_SLACK_MS;
  for (const file of files)
    if (typeof file !== "string" || mtimeOr(path.resolve(ROOT, file), Infinity) >= builtFrom) return false;
  return true;
}

/**
 * One CommonJS file (bench/ and scripts/ through run-ts.cjs), rebuilt when a file it was built from
 * changed (its list beside it in `<name>.inputs.json`: bench helpers and test grids included).
 */
function ensureBundle(entry, name) {
  const outfile = path.join(BUILD_DIR, `${name}.cjs`);
  const record = path.join(BUILD_DIR, `${name}.inputs.json`);
  try {
    const { startedAt, files } = JSON.parse(fs.readFileSync(record, "utf8"));
    if (Array.isArray(files) && fs.existsSync(outfile) && unchangedSince(files, startedAt)) return outfile;
  } catch {
    // No record yet, or an unreadable one: build.
  }
  const startedAt = Date.now();
  const result = require("esbuild").buildSync({
    absWorkingDir: ROOT,
    entryPoints: [path.resolve(ROOT, entry)],
    outfile,
    write: false,
    bundle: true,
    metafile: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["exceljs", "playwright-core", "@e965/xlsx"],
    logLevel: "error",
  });
  writeAtomically(outfile, result.outputFiles[0].contents);
  const files = freshnessInputs(result.metafile, ["cli/bin/bundle.cjs"]);
  writeAtomically(record, JSON.stringify({ startedAt, files }));
  return outfile;
}

/**
 * Whether the built-in profiles pass their schema unchanged (core/profiles/check-built-in.ts), so
 * the bundle may use them without zod, and the files that answer depends on (the profiles, their
 * schema: a change to either must rebuild a program that trusted them). A broken profile keeps the
 * run-time check, which then reports the broken field exactly as before.
 */
function checkBuiltInProfiles(esbuild) {
  const checker = path.join(BUILD_DIR, `check-profiles.${process.pid}.cjs`);
  let inputs = [];
  try {
    const result = esbuild.buildSync({
      absWorkingDir: ROOT,
      entryPoints: [path.join(ROOT, "core", "profiles", "check-built-in.ts")],
      write: false,
      bundle: true,
      metafile: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      logLevel: "silent",
    });
    inputs = Object.keys(result.metafile.inputs);
    fs.mkdirSync(BUILD_DIR, { recursive: true });
    fs.writeFileSync(checker, result.outputFiles[0].contents);
    return { trusted: require(checker).builtInProfilesSafeToTrust() === true, inputs };
  } catch {
    return { trusted: false, inputs };
  } finally {
    fs.rmSync(checker, { force: true });
  }
}

/** Resolves core/profiles/built-in(.ts) to its prevalidated twin. */
const prevalidatedProfiles = {
  name: "prevalidated-profiles",
  setup(build) {
    build.onResolve({ filter: /^\.\/built-in$/ }, (args) =>
      path.basename(args.resolveDir) === "profiles"
        ? { path: path.join(args.resolveDir, "built-in.prevalidated.ts") }
        : undefined,
    );
  },
};

/** `name` or `name as alias`, possibly `type`-only, as written inside import/export braces. */
const BINDING = /^(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?$/;
const CORE_INDEX_IMPORT = /\bimport\s+(type\s+)?\{([^}]*)\}\s*from\s*"((?:\.\.?\/)+core)(?:\/index)?";?/g;

/** core/index.ts's named re-exports: public name → the file (relative to core/) and name it comes from. */
function coreSurface() {
  const surface = new Map();
  const text = fs.readFileSync(path.join(ROOT, "core", "index.ts"), "utf8");
  for (const [, , list, from] of text.matchAll(/\bexport\s+(type\s+)?\{([^}]*)\}\s*from\s*"([^"]+)"/g))
    for (const item of list.split(",")) {
      const binding = BINDING.exec(item.trim());
      if (binding) surface.set(binding[3] ?? binding[2], { from, name: binding[2] });
    }
  return surface;
}

/**
 * One import of core/index.ts as imports of the files that define its names, on one line padded
 * with the newlines it replaces (stack traces keep their line numbers); types are dropped (esbuild
 * erases them anyway). An import naming something the index does not re-export is kept as written.
 */
function importDefinitions(statement, typeOnly, list, core, surface) {
  if (typeOnly) return "\n".repeat(statement.split("\n").length - 1);
  const byFile = new Map();
  for (const item of list
    .split(",")
    .map((i) => i.trim())
    .filter(Boolean)) {
    const binding = BINDING.exec(item);
    if (!binding) return statement;
    if (binding[1]) continue;
    const target = surface.get(binding[2]);
    if (!target) return statement;
    const local = binding[3] ?? binding[2];
    const names = byFile.get(target.from) ?? [];
    names.push(target.name === local ? local : `${target.name} as ${local}`);
    byFile.set(target.from, names);
  }
  const imports = [...byFile].map(
    ([from, names]) => `import { ${names.join(", ")} } from "${core}/${from.replace(/^\.\//, "")}";`,
  );
  return imports.join(" ") + "\n".repeat(statement.split("\n").length - 1);
}

/**
 * Points the CLI's imports of core/index.ts straight at the files that define each name. Through
 * the index every command reaches every core file: tree shaking leaves the unused ones out of the
 * output (core/package.json: sideEffects false), but esbuild still reads them, and a program's
 * list of files it was built from — what each start checks for changes (command-programs.cjs) —
 * would be the whole core for `days`. core/index.ts re-exports each name from its defining file,
 * so the rewrite keeps what each name means.
 */
const coreSurfaceImports = {
  name: "core-surface-imports",
  setup(build) {
    let surface;
    build.onLoad({ filter: /[\\/]cli[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = fs.readFileSync(args.path, "utf8");
      if (!text.includes("/core")) return undefined;
      surface ??= coreSurface();
      const contents = text.replace(CORE_INDEX_IMPORT, (statement, typeOnly, list, core) =>
        importDefinitions(statement, typeOnly, list, core, surface),
      );
      return { contents, loader: "ts" };
    });
  },
};

module.exports = {
  BUILD_DIR,
  ROOT,
  coreSurfaceImports,
  ensureBundle,
  freshnessInputs,
  mtimeOr,
  unchangedSince,
  prevalidatedProfiles,
  checkBuiltInProfiles,
  writeAtomically,
};
