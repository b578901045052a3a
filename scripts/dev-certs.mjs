#!/usr/bin/env node
/**
 * HTTPS certificates for the development server (https://localhost:3000/). Office loads add-ins only
 * over https, so the browser or Excel must trust the certificate.
 *
 * Order: the certificates office-addin-dev-certs installed (`npx office-addin-dev-certs install`,
 * ~/.office-addin-dev-certs) when present and valid; else the project's own under .certs/
 * (gitignored); else new ones generated there, offline, with office-addin-dev-certs' generator
 * (a local CA plus a localhost certificate). Nothing is installed into a trust store here: that
 * needs the user's consent, so we print how instead. We never call the package's verify/install
 * commands, which report usage data (DOMAIN §13).
 *
 * `node scripts/dev-certs.mjs` prints which certificates the dev server will use.
 */
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
const VALID_DAYS = 365;
const DAY_MS = 86_400_000;

function readSet(dir) {
  const paths = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, join(dir, f)]));
  if (!Object.values(paths).every((p) => existsSync(p))) return null;
  return {
    paths,
    key: readFileSync(paths.key, "utf8"),
    cert: readFileSync(paths.cert, "utf8"),
    ca: readFileSync(paths.ca, "utf8"),
  };
}

/** Why a certificate cannot serve localhost today (expired, expiring within a day, wrong name), or null. */
export function certificateProblem(certPem, now = new Date()) {
  let x509;
  try {
    x509 = new X509Certificate(certPem);
  } catch {
    return "unreadable certificate";
  }
  if (new Date(x509.validTo).getTime() < now.getTime() + DAY_MS) return `expires ${x509.validTo}`;
  if (!(x509.subjectAltName ?? "").includes("DNS:localhost")) return "not issued for localhost";
  return null;
}

/**
 * The certificates to serve with: { key, cert, ca, source, dir }. `source` is
 * "office-addin-dev-certs" | "project" | "generated". With generate=false, returns null instead of
 * creating new ones.
 */
export async function devCertificates({
  projectDir = PROJECT_DIR,
  home = homedir(),
  generate = true,
  now = new Date(),
} = {}) {
  const installedDir = join(home, ".office-addin-dev-certs");
  const installed = readSet(installedDir);
  if (installed && !certificateProblem(installed.cert, now))
    return { ...pick(installed), source: "office-addin-dev-certs", dir: installedDir };

  const projectCertDir = join(projectDir, ".certs");
  const own = readSet(projectCertDir);
  if (own && !certificateProblem(own.cert, now))
    return { ...pick(own), source: "project", dir: projectCertDir };
  if (!generate) return null;

  // The generator writes nothing when a CA file already exists, so stale files go first.
  for (const file of Object.values(FILES)) rmSync(join(projectCertDir, file), { force: true });
  mkdirSync(projectCertDir, { recursive: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates(
    join(projectCertDir, FILES.ca),
    join(projectCertDir, FILES.cert),
    join(projectCertDir, FILES.key),
    VALID_DAYS,
    ["localhost", "127.0.0.1"],
  );
  const made = readSet(projectCertDir);
  const problem = made ? certificateProblem(made.cert, now) : "files missing after generation";
  if (problem) throw new Error(`Could not create a development certificate in ${projectCertDir}: ${problem}`);
  return { ...pick(made), source: "generated", dir: projectCertDir };
}

function pick(set) {
  return { key: set.key, cert: set.cert, ca: set.ca };
}

/** How to make the browser / Excel trust the certificate (printed, never done for the user). */
export function trustHint(certs) {
  if (certs.source === "office-addin-dev-certs")
    return "Certificates from office-addin-dev-certs (already trusted if you ran its install).";
  return [
    `Development CA: ${join(certs.dir, FILES.ca)}`,
    "Trust it once so the browser accepts https://localhost:3000 — 信任一次该根证书，浏览器才会接受 https://localhost:3000：",
    "  Windows / macOS: npx office-addin-dev-certs install   (installs its own CA; then restart)",
    "  Linux (Chrome/Edge): Settings → Privacy and security → Security → Manage certificates → Authorities → Import the ca.crt above",
    "  or open https://localhost:3000/taskpane.html once and accept the warning.",
  ].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  devCertificates()
    .then((certs) => {
      console.log(`Dev server certificates: ${certs.source} (${certs.dir})`);
      console.log(trustHint(certs));
    })
    .catch((error) => {
      console.error(`证书生成失败 / could not prepare certificates: ${error.message}`);
      process.exit(1);
    });
}
