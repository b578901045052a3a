import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MESSAGES } from "../../../core/messages";

const ROOT = join(__dirname, "../../../core");

/** Every problem code this helper's modules can throw has Chinese and English wording. */
describe.each(["audit-time", "profiles", "exact"])("message codes of core/%s", (dir) => {
  const codes = readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) =>
      [...readFileSync(join(ROOT, dir, f), "utf8").matchAll(/fail\(\s*"([\w.]+)"/g)].map(
        (m) => m[1] as string,
      ),
    );

  test.each(codes.length ? [...new Set(codes)] : ["(none)"])("%s", (code) => {
    if (code === "(none)") return;
    expect(MESSAGES[code]?.zh).toBeTruthy();
    expect(MESSAGES[code]?.en).toBeTruthy();
  });
});
