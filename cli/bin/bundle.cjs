/**
 * Runs TypeScript entry points without a build step the user must remember: the entry is bundled
 * with esbuild into cli/build/ the first time, and again whenever a source file is newer than
 * the bundle (a few milliseconds of mtime checks per start).
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE_DIRS = ["core", "cli/src"].map((d) => path.join(ROOT, d));

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function ensureBundle(entry, name) {
  const outfile = path.join(ROOT, "cli", "build", `${name}.cjs`);
  const entryPath = path.resolve(ROOT, entry);
  const sources = Math.max(...SOURCE_DIRS.map(newestMtime), fs.statSync(entryPath).mtimeMs);
  const built = fs.existsSync(outfile) ? fs.statSync(outfile).mtimeMs : -1;
  if (built < sources) {
    // Several processes may start at once (parallel tests): each writes its own temp file and
    // renames it into place, so nobody ever loads a half-written bundle.
    const result = require("esbuild").buildSync({
      entryPoints: [entryPath],
      outfile,
      write: false,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      sourcemap: "inline",
      external: ["exceljs", "playwright-core", "@e965/xlsx"],
      logLevel: "error",
    });
    fs.mkdirSync(path.dirname(outfile), { recursive: true });
    const temp = `${outfile}.${process.pid}.tmp`;
    fs.writeFileSync(temp, result.outputFiles[0].contents);
    fs.renameSync(temp, outfile);
  }
  return outfile;
}

module.exports = { ensureBundle, ROOT };
