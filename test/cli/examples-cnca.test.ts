/**
 * The CNCA-layout examples (examples/README.md, written by scripts/make-cnca-examples.ts): the
 * clean upload file has no error; the planted one gives exactly the findings the README lists.
 */
import path from "node:path";
import { ROOT, parseSingleJson, runCli } from "./run-cli";

jest.setTimeout(120_000);

const DATES = ["--date", "2026-11-03", "--month", "2026-10", "--json"];
type Result = {
  findings: { id: string; severity: string; sheet: string; cell: string }[];
  summary: { errors: number };
};

function validate(file: string): { status: number | null; result: Result } {
  const run = runCli(["validate", path.join(ROOT, "examples", file), ...DATES]);
  return { status: run.status, result: parseSingleJson(run.stdout) as unknown as Result };
}

test("cnca-2016-clean.xlsx: no error (exit 0), every sheet recognised as CNCA's 2016 layout", () => {
  const { status, result } = validate("cnca-2016-clean.xlsx");
  expect(status).toBe(0);
  expect(result.summary.errors).toBe(0);
  expect(result.findings.filter((f) => f.id === "CNCA-LAYOUT-RECOGNISED")).toHaveLength(4);
});

test("friendly-for-cnca.xlsx, the source, is a clean friendly report", () => {
  const { status, result } = validate("friendly-for-cnca.xlsx");
  expect(status).toBe(0);
  expect(result.summary.errors).toBe(0);
});

test("cnca-2016-mistakes.xlsx: exactly the planted errors and the spaces warning", () => {
  const { status, result } = validate("cnca-2016-mistakes.xlsx");
  expect(status).toBe(1);
  const listed = result.findings
    .filter((f) => f.severity === "error" || f.id === "CNCA-CELL-SPACES")
    .map((f) => `${f.sheet}!${f.cell} ${f.id}`);
  expect(listed).toEqual([
    "证书信息表!E2 CNCA-HEADER-CHANGED",
    "证书信息表!W8 TEAM-NONE",
    "证书信息表!BG9 CNCA-SEPARATOR",
    "证书信息表!AQ10 CNCA-CODE-AS-NUMBER",
    "证书信息表!AR11 CNCA-REQUIRED-WHEN",
    "证书信息表!AS11 CNCA-REQUIRED-WHEN",
    "证书信息表!AT11 CNCA-REQUIRED-WHEN",
    "证书信息表!AG12 CNCA-RECERT-CYCLE",
    "证书信息表!AG12 CNCA-ACTIVITY-COUNTS",
    "证书信息表!E13 CNCA-CELL-SPACES",
    "审核结果信息表!D10 CNCA-CERT-NOT-LISTED",
    "审核结果信息表!J23 CNCA-ID-AS-NUMBER",
  ]);
});
