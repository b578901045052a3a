/**
 * The .xls reader (cli/src/xlsx/read-xls.ts) and the signature dispatch (open-workbook.ts): CNCA's
 * own templates read into the same grid the .xlsx reader gives, a SheetJS-written .xls read value
 * by value, and every OLE container that is not a readable workbook named as what it is.
 */
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { FileError } from "../../../cli/src/xlsx/file-error";
import { checkWorkbookFile, readAnyWorkbook } from "../../../cli/src/xlsx/open-workbook";
import { readXlsWorkbook, xlsAsXlsx } from "../../../cli/src/xlsx/read-xls";
import { cncaFile, describeWithCnca } from "../../cnca-shared";
import { useTempDir } from "../../temp-dir";
import { fileErrorOf } from "./file-error-of";

const temp = useTempDir("certdesk-xls-");
const save = temp.save;

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describeWithCnca("CNCA's 2016 templates as distributed (.xls)", () => {
  test("templ-2016.xls: three sheets, sheet codes, header rows, merges", async () => {
    const grids = await readXlsWorkbook(cncaFile("templ-2016.xls"));
    expect(grids.map((g) => g.name)).toEqual(["证书信息表", "审核结果信息表", "能源绩效信息表"]);
    const [cert, team, energy] = grids as [(typeof grids)[0], (typeof grids)[0], (typeof grids)[0]];
    expect([cert.cells[0]![0], team.cells[0]![0], energy.cells[0]![0]]).toEqual([
      "103010",
      "103011",
      "103012",
    ]);
    expect(cert.merged).toEqual(["A2:A4", "A5:A7"]);
    expect(cert.cells[1]![0]).toBe("管理体系及服务认证信息上报数据模版");
    expect(cert.cells[4]![0]).toBe("证书信息表");
    expect(cert.cells.map((row) => row[1])).toEqual([
      "字段名称",
      "字段含义",
      "数据类型",
      "最大长度（字符）",
      "填表说明",
      "校验级别",
      "是否公开",
      undefined,
    ]);
    // C1..C7 of the first field, the length and level stored as numbers by the template.
    expect(cert.cells.slice(0, 7).map((row) => row[2])).toEqual([
      "RZJG_ID",
      "1、认证机构批准号",
      "VARCHAR2",
      30,
      "认监委颁发的认证机构批准号",
      1,
      "是",
    ]);
    expect(cert.cells[7]).toEqual(["从C8元格开始填写上报信息"]);
    expect(cert.cells[0]!.length).toBe(75); // A, B and 73 fields C..BW
    expect(cert.cells[0]![74]).toBe("FETCH_E_DATE");
    expect(team.cells[1]![2]).toBe("1、认证机构批准号");
  });

  test("plan-2016.xls (an .xlsx named .xls, as found): 审核计划信息表, sheet code 102010, 18 fields", async () => {
    const { format, grids } = await readAnyWorkbook(cncaFile("plan-2016.xls"));
    expect(format).toBe("xlsx");
    expect(grids.map((g) => g.name)).toEqual(["审核计划信息表"]);
    const plan = grids[0]!;
    expect(plan.cells[0]![0]).toBe("102010");
    expect(plan.cells[0]!.slice(2, 4)).toEqual(["AUDIT_PLAN_CODE", "AUDIT_ACT_TYPE"]);
    expect(plan.cells[1]!.length).toBe(20);
  });
});

describe("an .xls written by SheetJS, value by value", () => {
  let file: string;
  beforeAll(() => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ["证书号", "颁证日期", "人日", "是否", "错误", "公式"],
      ["081226HG00017R000", 46310, 6.5, true, null, null],
      [],
      ["  前后有空格 "],
    ]);
    sheet["B2"]!.z = "yyyy-mm-dd";
    sheet["E2"] = { t: "e", v: 0x07 };
    sheet["F2"] = { t: "n", v: 13, f: "C2*2" };
    sheet["!merges"] = [XLSX.utils.decode_range("G1:H1")];
    sheet["!ref"] = "A1:H4";
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "获证组织基本信息月报");
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["证书号"]]), "审核组成员");
    file = save("sheetjs.xls", XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer);
  });

  test("sheets, strings, dates by their format, numbers, booleans, errors, formula results", async () => {
    const grids = await readXlsWorkbook(file);
    expect(grids.map((g) => g.name)).toEqual(["获证组织基本信息月报", "审核组成员"]);
    expect(grids[0]!.cells).toEqual([
      ["证书号", "颁证日期", "人日", "是否", "错误", "公式"],
      ["081226HG00017R000", utc(2026, 10, 15), 6.5, true, { error: "#DIV/0!" }, 13],
      [],
      ["  前后有空格 "],
    ]);
    expect(grids[0]!.merged).toEqual(["G1:H1"]);
    expect(grids[1]!.cells).toEqual([["证书号"]]);
  });

  test("converted to .xlsx bytes for the annotated copy, values kept", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsAsXlsx(file)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("获证组织基本信息月报")!;
    expect(sheet.getCell("A2").value).toBe("081226HG00017R000");
    expect(sheet.getCell("C2").value).toBe(6.5);
  });
});

describe("the first bytes choose the reader", () => {
  test("an .xlsx goes to the streaming reader, whatever its name", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("月报").getCell("A1").value = "证书号";
    const file = temp.file("really-xlsx.xls");
    await workbook.xlsx.writeFile(file);
    expect(await readAnyWorkbook(file)).toEqual({
      format: "xlsx",
      grids: [{ name: "月报", cells: [["证书号"]] }],
    });
  });

  test("a missing file is named by the .xlsx checks", async () => {
    await expect(checkWorkbookFile(temp.file("nope.xls"))).rejects.toMatchObject({
      zh: expect.stringContaining("找不到文件"),
    });
  });
});

describe("OLE containers that are not a readable workbook", () => {
  const container = (streams: Record<string, string>): Buffer => {
    const cfb = XLSX.CFB.utils.cfb_new();
    for (const [name, text] of Object.entries(streams))
      XLSX.CFB.utils.cfb_add(cfb, `/${name}`, Buffer.from(text));
    return XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer;
  };

  const problem = (file: string): Promise<FileError> => fileErrorOf(readAnyWorkbook(file));

  test("an encrypted .xlsx (EncryptionInfo stream): remove the password", async () => {
    const error = await problem(
      save("locked.xlsx", container({ EncryptionInfo: "x", EncryptedPackage: "y" })),
    );
    expect(error.zh).toContain("设有打开密码");
    expect(error.en).toContain("password-protected");
  });

  test("a Word .doc renamed .xls: no Workbook stream, save as .xlsx", async () => {
    const error = await problem(save("letter.xls", container({ WordDocument: "hello" })));
    expect(error.zh).toContain("没有 Workbook 数据流");
    expect(error.zh).toContain("另存为");
    expect(error.en).toContain("Save As");
  });

  test("a damaged container: the header and nothing else", async () => {
    const bytes = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024)]);
    const error = await problem(save("cut.xls", bytes));
    expect(error.zh).toContain("复合文件结构已损坏");
    expect(error.zh).toContain("Excel 工作簿 (*.xlsx)");
  });
});
