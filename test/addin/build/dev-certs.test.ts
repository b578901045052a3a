/**
 * Certificates for the HTTPS dev server (scripts/dev-certs.mjs): office-addin-dev-certs' installed
 * ones when valid, else the project's .certs/, else new ones generated there — offline, for
 * localhost. Run in child processes because the script is an ES module.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";

const SCRIPT = join(__dirname, "..", "..", "..", "scripts", "dev-certs.mjs");

function certs(options: { projectDir: string; home: string; generate?: boolean; now?: string }): { source: string; dir: string; cert: string } | null {
  const code = `
    const { devCertificates } = await import(${JSON.stringify(SCRIPT)});
    const o = JSON.parse(process.argv[1]);
    if (o.now) o.now = new Date(o.now);
    const c = await devCertificates(o);
    process.stdout.write("\\n" + JSON.stringify(c && { source: c.source, dir: c.dir, cert: c.cert }));`;
  // The generator logs a line of its own; the answer is the last line.
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", code, JSON.stringify(options)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

/** certificateProblem on a PEM (handed over in a file: node aborts on a PEM in argv). */
function problem(certPem: string, now: string): string | null {
  const file = join(mkdtempSync(join(tmpdir(), "certdesk-pem-")), "cert.pem");
  writeFileSync(file, certPem);
  const code = `
    const { certificateProblem } = await import(${JSON.stringify(SCRIPT)});
    const { readFileSync } = await import("node:fs");
    process.stdout.write(JSON.stringify(certificateProblem(readFileSync(process.argv[1], "utf8"), new Date(process.argv[2]))));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code, file, now], { encoding: "utf8" }));
}

const fresh = () => mkdtempSync(join(tmpdir(), "certdesk-certs-"));

test("without installed certificates it generates a localhost certificate under .certs/, then reuses it", () => {
  const projectDir = fresh();
  const home = fresh();
  expect(certs({ projectDir, home, generate: false })).toBeNull();

  const made = certs({ projectDir, home })!;
  expect(made.source).toBe("generated");
  expect(made.dir).toBe(join(projectDir, ".certs"));
  const x509 = new X509Certificate(made.cert);
  expect(x509.subjectAltName).toContain("DNS:localhost");
  expect(new Date(x509.validTo).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
  expect(readFileSync(join(projectDir, ".certs", "localhost.key"), "utf8")).toContain("PRIVATE KEY");

  const again = certs({ projectDir, home })!;
  expect(again.source).toBe("project");
  expect(again.cert).toBe(made.cert);
});

test("office-addin-dev-certs' installed certificates win when present and valid", () => {
  const projectDir = fresh();
  const made = certs({ projectDir, home: fresh() })!;
  const home = fresh();
  mkdirSync(join(home, ".office-addin-dev-certs"));
  cpSync(join(projectDir, ".certs"), join(home, ".office-addin-dev-certs"), { recursive: true });
  const used = certs({ projectDir: fresh(), home })!;
  expect(used.source).toBe("office-addin-dev-certs");
  expect(used.cert).toBe(made.cert);
});

test("an expiring project certificate is replaced, not served", () => {
  const projectDir = fresh();
  const dir = join(projectDir, ".certs");
  mkdirSync(dir);
  // A one-day localhost certificate: inside the one-day margin, so unusable.
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
    "-keyout", join(dir, "localhost.key"), "-out", join(dir, "localhost.crt")], { stdio: "ignore" });
  cpSync(join(dir, "localhost.crt"), join(dir, "ca.crt"));
  const stale = readFileSync(join(dir, "localhost.crt"), "utf8");
  expect(problem(stale, new Date().toISOString())).toMatch(/^expires /);

  const used = certs({ projectDir, home: fresh() })!;
  expect(used.source).toBe("generated");
  expect(used.cert).not.toBe(stale);
});

test("certificateProblem names what is wrong", () => {
  const made = certs({ projectDir: fresh(), home: fresh() })!;
  const now = new Date().toISOString();
  expect(problem(made.cert, now)).toBeNull();
  expect(problem(made.cert, new Date(Date.now() + 400 * 86_400_000).toISOString())).toMatch(/^expires /);
  expect(problem("not a certificate", now)).toBe("unreadable certificate");
});
