import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  codeTable,
  columnByMeaning,
  getLayout,
  layoutSheet,
  listCodeTables,
  listLayouts,
  type LayoutColumn,
} from "../../../../core/validation";
import { parseLayout } from "../../../../core/validation/layouts";
import { CodeTableSchema } from "../../../../core/validation/layouts/schema";

/**
 * CNCA's own layout data, kept beside the repository as reference (never copied into it):
 * `../shared/cnca` from the repository root (a worktree sits one level deeper, so parents are tried).
 */
const ROOT = path.join(__dirname, "../../../..");
const SHARED =
  [1, 2, 3]
    .map((up) => path.join(ROOT, ...Array<string>(up).fill(".."), "shared/cnca"))
    .find((p) => existsSync(p)) ?? path.join(ROOT, "../shared/cnca");

interface Reference {
  col: string;
  code: string;
  header: string;
  type: string;
  maxLength: string | null;
  level: string | null;
  public: string | null;
  note_zh: string;
  required?: string;
}

function reference(file: string): Record<string, unknown> | null {
  const p = path.join(SHARED, file);
  return existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as Record<string, unknown>) : null;
}

function letters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function expectSame(
  sheetName: string,
  ref: Reference[],
  firstColumn: number,
  cols: readonly LayoutColumn[],
): void {
  expect(cols.map((c) => c.code)).toEqual(ref.map((r) => r.code));
  cols.forEach((c, k) => {
    const r = ref[k] as Reference;
    const where = `${sheetName} ${r.col} ${r.code}`;
    expect([where, letters(firstColumn + k)]).toEqual([where, r.col]);
    expect([where, c.header]).toEqual([where, r.header]);
    expect([where, c.template?.type]).toEqual([where, r.type]);
    expect([where, c.template?.length]).toEqual([where, r.maxLength ?? ""]);
    expect([where, c.template?.level]).toEqual([where, r.level ?? ""]);
    expect([where, c.template?.public]).toEqual([where, r.public ?? ""]);
    expect([where, c.template?.note]).toEqual([where, r.note_zh]);
    const upper = r.type.toUpperCase();
    expect([where, c.type]).toEqual([
      where,
      upper === "NUMBER"
        ? "number"
        : upper === "DATE"
          ? c.type === "datetime"
            ? "datetime"
            : "date"
          : "text",
    ]);
    if (upper === "VARCHAR2") expect([where, c.maxLength]).toEqual([where, Number(r.maxLength)]);
  });
}

describe("layouts as data (issue 7 item 1)", () => {
  test("every layout is listed: CNCA 2016, 2021, 2015, 2014, 59-field, and the friendly one", () => {
    expect(listLayouts().map((l) => l.id)).toEqual([
      "cnca-2016",
      "cnca-2021",
      "cnca-2015",
      "cnca-2014",
      "cnca-59",
      "friendly",
    ]);
    const l2016 = getLayout("cnca-2016");
    expect(l2016?.sheets.map((s) => [s.name, s.sheetCode, s.columns.length])).toEqual([
      ["审核计划信息表", "102010", 18],
      ["证书信息表", "103010", 73],
      ["审核结果信息表", "103011", 14],
      ["能源绩效信息表", "103012", 12],
    ]);
    expect(getLayout("nope")).toBeUndefined();
  });

  const ref2016 = reference("layout-2016.json");
  const run2016 = ref2016 ? test : test.skip;
  if (!ref2016)
    console.warn(`../shared/cnca/layout-2016.json is absent: the field-by-field comparison was skipped`);

  run2016(
    "the 2016 layout data matches CNCA's template (../shared/cnca/layout-2016.json) field by field",
    () => {
      const layout = getLayout("cnca-2016");
      for (const name of ["证书信息表", "审核结果信息表", "能源绩效信息表", "审核计划信息表"]) {
        const sheet = layout?.sheets.find((s) => s.name === name);
        expect(sheet?.firstColumn).toBe(3);
        expectSame(name, (ref2016 as Record<string, Reference[]>)[name] ?? [], 3, sheet?.columns ?? []);
      }
    },
  );

  const variants = reference("layout-variants-2014-2015.json");
  (variants ? test : test.skip)("the 2014 and 2015 variants match the real files' header rows", () => {
    for (const v of ["2014", "2015"]) {
      const layout = getLayout(`cnca-${v}`);
      const sheets = (variants as Record<string, Record<string, Reference[]>>)[v] ?? {};
      expectSame(`${v} Sheet1`, sheets.Sheet1 ?? [], 1, layoutSheet(layout!, "certificates")?.columns ?? []);
      expectSame(`${v} Sheet2`, sheets.Sheet2 ?? [], 1, layoutSheet(layout!, "team")?.columns ?? []);
    }
  });

  test("the 2021 revision keeps the 2016 sheets and changes the plan as 函〔2021〕102号 says", () => {
    const l2021 = getLayout("cnca-2021");
    const plan = l2021 && layoutSheet(l2021, "plan");
    const codes = plan?.columns.map((c) => c.code) ?? [];
    for (const gone of ["ORG_COUNTRY", "AUDIT_APPLY_NO", "CERT_NUMBER", "RZJG_ID"])
      expect(codes).not.toContain(gone);
    expect(columnByMeaning(plan!, "auditMethod")?.codeTable).toBe("audit-method");
    expect(codeTable("audit-method")?.values).toEqual({
      FS01: "现场审核",
      FS02: "远程审核",
      FS03: "现场审核与远程审核相结合",
    });
    expect(l2021?.sheetOwner).toMatchObject({ certificates: "cnca-2016", plan: "cnca-2021" });
    expect(layoutSheet(l2021!, "certificates")).toBe(layoutSheet(getLayout("cnca-2016")!, "certificates"));
  });

  test("rules are data: conditions name fields, must-be-blank rules beside them (CNCA-FORMAT.md §4)", () => {
    const certs = layoutSheet(getLayout("cnca-2016")!, "certificates")!;
    const rule = (code: string) => certs.columns.find((c) => c.code === code)?.required;
    expect(rule("PAUSE_CAUSE")).toEqual({
      rule: "conditional",
      basis: "note",
      when: { field: "CERTI_STATUS", in: ["02"] },
      blankUnless: { field: "CERTI_STATUS", in: ["02"] },
    });
    expect(rule("CHG_TYP_CODE")?.when).toEqual({
      any: [
        { field: "REPORT_TYPE", in: ["05"] },
        { field: "APPR_AC_CODE", in: ["05"] },
      ],
    });
    expect(rule("QMS_COVERAGE")?.when).toEqual({ field: "AUTH_PROJ_CODE", startsWith: ["A0102"] });
    expect(rule("APPR_S_DATE")?.when).toEqual({ field: "APPR_AC_CODE", notIn: ["05"] });
    // 2014: EC9000 on the 6-character code, exchange fields on 是否换证.
    const c2014 = layoutSheet(getLayout("cnca-2014")!, "certificates")!;
    expect(c2014.columns.find((c) => c.code === "QMS_COVERAGE")?.required.when).toEqual({
      field: "AUTH_PROJ_CODE",
      in: ["A01002"],
    });
    expect(c2014.columns.find((c) => c.code === "EXCHANGE_DATE")?.required.when).toEqual({
      field: "IS_CHG_CERTI",
      in: ["1"],
    });
  });

  test("a broken layout file fails loudly, naming the fault", () => {
    const good = JSON.parse(JSON.stringify(getLayout("cnca-2015"))) as Record<string, unknown>;
    delete good.sheetOwner;
    expect(() => parseLayout(good, "copy")).not.toThrow();
    const sheets = good.sheets as { columns: Record<string, unknown>[] }[];
    const cols = sheets[0]?.columns ?? [];
    (cols[41] as { required: unknown }).required = {
      rule: "conditional",
      basis: "note",
      when: { field: "NO_SUCH_FIELD", in: ["02"] },
    };
    expect(() => parseLayout(good, "copy")).toThrow(/condition names NO_SUCH_FIELD/);
    (cols[41] as { required: unknown }).required = { rule: "conditional", basis: "note" };
    expect(() => parseLayout(good, "copy")).toThrow(/conditional rule needs its condition/);
  });

  test("code tables carry their evidence; only verified tables may make an unknown value an error", () => {
    const tables = listCodeTables();
    expect(tables.length).toBeGreaterThanOrEqual(30);
    for (const t of tables)
      if (t.unknown === "error") expect([t.id, t.evidence]).toEqual([t.id, expect.stringMatching(/^V/)]);
    expect(codeTable("project")).toMatchObject({ unknown: "warning", evidence: "E (partial)" });
    expect(codeTable("suspend-reason")?.unknown).toBe("warning");
    expect(codeTable("cert-status")?.values["02"]).toBe("暂停");
    expect(CodeTableSchema.safeParse({ ...codeTable("risk-level"), unknown: "error" }).success).toBe(false);
  });

  test("the friendly layout is one more layout, built from the report specs", () => {
    const friendly = getLayout("friendly")!;
    expect(friendly.family).toBe("friendly");
    const monthly = layoutSheet(friendly, "monthly")!;
    expect(monthly.floatingHeader).toBe(true);
    expect(columnByMeaning(monthly, "certNo")?.header).toBe("证书号");
    expect(columnByMeaning(monthly, "employees")?.required.rule).toBe("always");
  });
});
