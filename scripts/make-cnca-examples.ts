/**
 * Writes the CNCA-layout examples (examples/README.md describes them):
 *   examples/friendly-for-cnca.xlsx    the clean friendly report plus the columns CNCA needs
 *   examples/cnca-2016-clean.xlsx      that report converted to CNCA's 2016 upload layout
 *   examples/cnca-2016-mistakes.xlsx   the same upload file with one planted mistake per row below
 * Run after scripts/make-examples.ts: node cli/bin/run-ts.cjs scripts/make-cnca-examples.ts
 * Deterministic: the same input writes the same content.
 */
import path from "node:path";
import { readWorkbook } from "../cli/src/xlsx/read-workbook";
import { writeConversion } from "../cli/src/xlsx/write-converted";
import { convertToCnca, type Conversion, type ConvertedSheet } from "../core/convert/to-cnca";
import { getLayout } from "../core/validation/layouts";
import { withCncaExtras, writeGrids } from "./cnca-example-data";

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = (name: string) => path.join(ROOT, "examples", name);

export const CONVERT_OPTIONS = {
  cbApproval: "CNCA-R-2021-812",
  cbBranch: "示例认证有限公司",
  fetchFrom: "2026-10-01",
  fetchTo: "2026-10-31",
};

const layout = getLayout("cnca-2016")!;

function sheetOf(conversion: Conversion, name: string): ConvertedSheet {
  return conversion.sheets.find((s) => s.plan.name === name)!;
}

/** Sets field `code` of data row `index` (0-based) of sheet `name`. */
function set(
  conversion: Conversion,
  name: string,
  index: number,
  code: string,
  value: string | number | null,
): void {
  const sheet = layout.sheets.find((s) => s.name === name)!;
  const column = sheet.columns.findIndex((c) => c.code === code);
  if (column < 0) throw new Error(`no field ${code} in ${name}`);
  sheetOf(conversion, name).rows[index]![column] = value;
}

/** The planted mistakes, one per check (examples/README.md lists the findings they give). */
function plantMistakes(conversion: Conversion): void {
  const CERT = "证书信息表";
  const TEAM = "审核结果信息表";
  // Row 9: two accreditation marks separated by 、 instead of the full-width ；.
  set(conversion, CERT, 1, "ACC_SYMBOL", "01、99");
  // Row 10: 41 证书状态 stored as the number 1 (Excel drops the leading zero of 01).
  set(conversion, CERT, 2, "CERTI_STATUS", 1);
  // Row 11: suspended (02) without 42–44 暂停原因 / 暂停开始日期 / 暂停截止日期.
  set(conversion, CERT, 3, "CERTI_STATUS", "02");
  // Row 12: 31 再认证次数 2 while the certificate number says the first cycle (R0).
  set(conversion, CERT, 4, "A_AUTH_TIMES", 2);
  // Row 13: trailing spaces in the organisation name.
  const name = sheetOf(conversion, CERT).rows[5]![
    layout.sheets[1]!.columns.findIndex((c) => c.code === "ORG_NAME")
  ];
  set(conversion, CERT, 5, "ORG_NAME", `${String(name)}  `);
  // Two surveillance team rows (stage 03), so no stage-1/stage-2 check is disturbed:
  const stage = layout.sheets[2]!.columns.findIndex((c) => c.code === "APPR_STAGE");
  const [first, second] = sheetOf(conversion, TEAM)
    .rows.map((row, i) => (row[stage] === "03" ? i : -1))
    .filter((i) => i >= 0);
  // a certificate number that 证书信息表 does not hold,
  set(conversion, TEAM, first!, "CERT_NUMBER", "081226HG09999R000");
  // an ID number typed as a number (Excel keeps 15 significant digits).
  set(conversion, TEAM, second!, "ID_CODE", 330106198611074600);
  // The header of item 3 edited: the platform rejects changed headers.
  sheetOf(conversion, CERT).plan.cells[1]![4] = "3、获证组织名称";
}

async function main(): Promise<void> {
  const grids = withCncaExtras(await readWorkbook(OUT("monthly-clean.xlsx")));
  await writeGrids(grids, OUT("friendly-for-cnca.xlsx"));
  await writeConversion(convertToCnca(grids, "cnca-2016", CONVERT_OPTIONS), OUT("cnca-2016-clean.xlsx"));
  const planted = convertToCnca(grids, "cnca-2016", CONVERT_OPTIONS);
  plantMistakes(planted);
  await writeConversion(planted, OUT("cnca-2016-mistakes.xlsx"));
  console.log("wrote examples/friendly-for-cnca.xlsx, cnca-2016-clean.xlsx, cnca-2016-mistakes.xlsx");
}

void main();
