/**
 * `certdesk` as one CommonJS program per command module, all built from cli/src/main.ts: the
 * program for `days` is main.ts with only the days command reachable, so starting it reads one file
 * and compiles only what `days` runs. Measured against the ES-module build this replaces (one
 * shared chunk graph, ten files for `days`): the module loader's resolving, linking and per-file
 * reads were a third of the start-up, more than the command itself (bench/startup.ts).
 *
 * Each build goes to a fresh directory; cli/build/certdesk.json (replaced atomically) names it,
 * routes each command name to its program and lists the files each program was built from, so a
 * start checks only those (about fifty stats for `days`) and no process ever runs half of one build
 * and half of another.
 */
const fs = require("node:fs");
const path = require("node:path");
const {
  BUILD_DIR,
  ROOT,
  checkBuiltInProfiles,
  coreSurfaceImports,
  freshnessInputs,
  mtimeOr,
  prevalidatedProfiles,
  unchangedSince,
  writeAtomically,
} = require("./bundle.cjs");

const SOURCE = path.join(ROOT, "cli", "src");
const ENTRY = path.join(SOURCE, "main.ts");
const REGISTRY = path.join(SOURCE, "commands", "registry.ts");
const POINTER = path.join(BUILD_DIR, "certdesk.json");
/** The program for a start that names no command: the overview, --version, a mistyped name. */
const MAIN = "main";
/** Read by the build itself (not esbuild inputs), so a change to them must also rebuild. */
const BUILD_INPUTS = ["cli/bin/bundle.cjs", "cli/bin/command-programs.cjs", "core/index.ts"];
/** Builds replaced longer ago than this are removed; a process still starting has long finished loading. */
const STALE_MS = 10 * 60 * 1000;

/**
 * Each command name of registry.ts and the module its `load` imports (`certparse` → `certno`). The
 * registry is read as text because loading it would load every command; a registry this pattern no
 * longer reads stops the build instead of routing a command to the wrong program.
 */
function commandModules() {
  const text = fs.readFileSync(REGISTRY, "utf8");
  const entries = [...text.matchAll(/\bname:\s*"([\w-]+)"[^]*?\bimport\("\.\/([\w-]+)"\)/g)];
  const imports = (text.match(/\bimport\(/g) ?? []).length;
  if (entries.length === 0 || entries.length !== imports)
    throw new Error(
      `cli/bin/command-programs.cjs: read ${entries.length} command names for ${imports} imports in registry.ts; ` +
        'each entry must be `name: "…"` followed by its `load: () => import("./module")…`',
    );
  return Object.fromEntries(entries.map(([, name, module]) => [name, module]));
}

/**
 * Leaves out of a program the lazily loaded modules it never runs: in main.ts and the registry,
 * every `import("./x")` but the kept one becomes a module that throws when loaded. The launcher
 * never sends a program a command it lacks, so the throw only guards against a routing mistake.
 */
function onlyLoading(kept) {
  return {
    name: "only-loading",
    setup(build) {
      build.onResolve({ filter: /^\.\/[\w-]+$/ }, (args) => {
        if (args.kind !== "dynamic-import" || (args.importer !== ENTRY && args.importer !== REGISTRY))
          return undefined;
        if (path.join(args.resolveDir, args.path) === kept) return undefined;
        return { path: path.relative(SOURCE, path.join(args.resolveDir, args.path)), namespace: "left-out" };
      });
      build.onLoad({ filter: /.*/, namespace: "left-out" }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`certdesk: cli/src/${args.path} is not built into this program (cli/bin/command-programs.cjs)`)});`,
        loader: "js",
      }));
    },
  };
}

async function buildPrograms() {
  const startedAt = Date.now();
  const esbuild = require("esbuild");
  const commands = commandModules();
  const profiles = checkBuiltInProfiles(esbuild);
  const dir = `certdesk-${startedAt.toString(36)}-${process.pid}`;
  const outdir = path.join(BUILD_DIR, dir);
  const names = [MAIN, ...new Set(Object.values(commands))];
  const built = await Promise.all(
    names.map(async (program) => {
      const kept = path.join(SOURCE, program === MAIN ? "version" : path.join("commands", program));
      const result = await esbuild.build({
        absWorkingDir: ROOT,
        entryPoints: { [program]: ENTRY },
        outdir,
        outExtension: { ".js": ".cjs" },
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        sourcemap: "linked",
        // Less text to read and scan at every start; identifiers are kept for readable stack traces.
        charset: "utf8",
        minifyWhitespace: true,
        minifySyntax: true,
        metafile: true,
        external: ["exceljs", "playwright-core", "@e965/xlsx"],
        plugins: [onlyLoading(kept), coreSurfaceImports, ...(profiles.trusted ? [prevalidatedProfiles] : [])],
        // A failed build rejects with every error in its message (certdesk.cjs prints it once).
        logLevel: "silent",
      });
      const inputs = freshnessInputs(result.metafile, [...BUILD_INPUTS, ...profiles.inputs]).filter(
        (input) => !input.startsWith("left-out:"),
      );
      return [program, inputs];
    }),
  );
  const files = [...new Set(built.flatMap(([, inputs]) => inputs))].sort();
  const index = new Map(files.map((file, i) => [file, i]));
  const programs = Object.fromEntries(
    built.map(([program, inputs]) => [program, inputs.map((input) => index.get(input))]),
  );
  const pointer = { dir, startedAt, commands, files, programs };
  writeAtomically(POINTER, JSON.stringify(pointer));
  removeStale(dir);
  return pointer;
}

function removeStale(keep) {
  for (const entry of fs.readdirSync(BUILD_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith("certdesk-") || entry.name === keep) continue;
    const dir = path.join(BUILD_DIR, entry.name);
    if (Date.now() - mtimeOr(dir, Date.now()) > STALE_MS) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The current build's pointer, or null: none yet, unreadable, or left by an older kind of build. */
function readPointer(file = POINTER) {
  try {
    const pointer = JSON.parse(fs.readFileSync(file, "utf8"));
    const valid =
      typeof pointer?.dir === "string" &&
      typeof pointer.startedAt === "number" &&
      typeof pointer.commands === "object" &&
      pointer.commands !== null &&
      Array.isArray(pointer.files) &&
      typeof pointer.programs === "object" &&
      pointer.programs !== null;
    return valid ? pointer : null;
  } catch {
    return null;
  }
}

/** The program a command line runs: the command's own (`help days` too), else main. */
function programFor(pointer, argv) {
  const name = argv[0] === "help" ? argv[1] : argv[0];
  return (name !== undefined && Object.hasOwn(pointer.commands, name) && pointer.commands[name]) || MAIN;
}

function upToDate(pointer, program) {
  const inputs = pointer.programs?.[program];
  if (!Array.isArray(inputs)) return false;
  if (
    !unchangedSince(
      inputs.map((i) => pointer.files[i]),
      pointer.startedAt,
    )
  )
    return false;
  return fs.existsSync(path.join(BUILD_DIR, pointer.dir, `${program}.cjs`));
}

/** Path of the program that runs `certdesk <argv>`, built first when missing or older than its sources. */
async function ensureProgram(argv) {
  let pointer = readPointer();
  if (pointer === null || !upToDate(pointer, programFor(pointer, argv))) pointer = await buildPrograms();
  return path.join(BUILD_DIR, pointer.dir, `${programFor(pointer, argv)}.cjs`);
}

module.exports = { buildPrograms, ensureProgram, programFor, readPointer, upToDate, POINTER };
