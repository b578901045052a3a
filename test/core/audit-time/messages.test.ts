import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { auditDays } from "../../../core/audit-time";
import { MESSAGES } from "../../../core/messages";
import { attempt } from "../../../core/problem";

const ROOT = join(__dirname, "../../../core");

/** Every problem code this helper's modules can throw has Chinese and English wording. */
describe.each(["audit-time", "profiles"])("message codes of core/%s", (dir) => {
  const codes = [
    ...new Set(
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith(".ts"))
        .flatMap((f) =>
          [...readFileSync(join(ROOT, dir, f), "utf8").matchAll(/fail\(\s*"([\w.]+)"/g)].map(
            (m) => m[1] as string,
          ),
        ),
    ),
  ];

  test("the scan finds the module's codes (an empty list would make the checks below vacuous)", () => {
    expect(codes.length).toBeGreaterThan(0);
  });

  test.each(codes)("%s", (code) => {
    expect(MESSAGES[code]?.zh).toBeTruthy();
    expect(MESSAGES[code]?.en).toBeTruthy();
  });
});

/**
 * core/exact throws no coded problems, only ExactRangeError: every module that calls it turns that
 * into its own coded problem, so a user never sees the bare error.
 */
test("core/exact throws no message codes; its callers catch ExactRangeError into coded problems", () => {
  const exact = readdirSync(join(ROOT, "exact"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(join(ROOT, "exact", f), "utf8"))
    .join("\n");
  expect(exact).not.toMatch(/fail\(/);
  const tiny = attempt(() => auditDays({ employees: 180, risk: "high", type: "initial", adjustPct: 1e-300 }));
  expect(!tiny.ok && tiny.problem.code).toBe("auditTime.outOfRange");
  const huge = attempt(() => auditDays({ employees: 2 ** 53 + 2, risk: "high", type: "initial" }));
  expect(!huge.ok && huge.problem.code).toBe("auditTime.calcOutOfRange");
});
