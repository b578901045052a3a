/**
 * Identity codes against published test vectors: the standards' own examples and those of
 * python-stdnum (tests/test_cn_uscc.doctest, tests/test_cn_ric.doctest), a widely used checker.
 */
import { checkIdCard, checkUscc, idBirthDate, idSex } from "../../../core/ids";
import { fromYmd, toIso } from "../../../core/dates/civil";
import { formatProblem } from "../../../core/problem";

const codes = (check: { problems: { code: string }[] }) => check.problems.map((p) => p.code);
const errors = (check: { problems: { code: string; severity: string }[] }) =>
  check.problems.filter((p) => p.severity === "error").map((p) => p.code);

describe("居民身份证号码: GB 11643's and python-stdnum's vectors", () => {
  test("GB 11643-1999's own example, born 1880-01-01, is valid", () => {
    const check = checkIdCard("440524188001010014");
    expect(check.valid).toBe(true);
    expect(errors(check)).toEqual([]);
    expect(toIso(idBirthDate("440524188001010014"))).toBe("1880-01-01");
    expect(idSex("440524188001010014")).toBe("male");
  });

  test("the boundary: born 1800-01-01 is read, 1799-12-31 is not", () => {
    const body1800 = "11010518000101001";
    const from1800 = checkIdCard(body1800 + checkChar(body1800));
    expect(errors(from1800)).toEqual([]);
    const body1799 = "11010517991231001";
    const check = checkIdCard(body1799 + checkChar(body1799));
    expect(errors(check)).toEqual(["ids.idCard.birthDate"]);
    expect(formatProblem(check.problems[0]!)).toBe(
      "身份证件号码「110105********001" +
        checkChar(body1799) +
        "」第 7–14 位的出生日期「17991231」不是 1800 年以后的有效日期（依据 GB 11643-1999）",
    );
  });

  test.each([
    ["360426199101010071", "1991-01-01", "male"],
    ["44011320141005001x", "2014-10-05", "male"],
    ["412723199010050012", "1990-10-05", "male"],
    ["110102199101010078", "1991-01-01", "male"],
    ["120110199212010072", "1992-12-01", "male"],
  ])("python-stdnum valid: %s", (id, birth, sex) => {
    expect(checkIdCard(id).valid).toBe(true);
    expect(toIso(idBirthDate(id))).toBe(birth);
    expect(idSex(id)).toBe(sex);
  });

  test.each([
    ["T60426199101010078", "ids.idCard.badChars"],
    ["360426199113010079", "ids.idCard.birthDate"],
    ["36042619910102009X", "ids.idCard.checksum"],
  ])("python-stdnum invalid: %s → %s", (id, code) => {
    expect(errors(checkIdCard(id))).toEqual([code]);
  });

  test("an unknown region is a warning, not an error (codes are abolished over time)", () => {
    // python-stdnum's "unknown birth place": a leading 9 reads as a foreigner's permanent
    // residence ID here, whose province code 90 is unknown.
    const check = checkIdCard("990426199112010074");
    expect(check.valid).toBe(true);
    expect(codes(check)).toEqual(["ids.idCard.provinceUnknown"]);
    expect(codes(checkIdCard("110111198012010078"))).toEqual([]);
  });

  describe("a birth date after the report date is a warning", () => {
    const id = "11010520261104" + "001";
    const full = id + checkChar(id);
    test("born the day after the report date: warning naming both dates", () => {
      const check = checkIdCard(full, fromYmd(2026, 11, 3));
      expect(check.valid).toBe(true);
      expect(check.problems).toEqual([
        {
          code: "ids.idCard.bornAfter",
          severity: "warning",
          clause: "本工具约定",
          params: { value: `110105********001${checkChar(id)}`, birth: "2026-11-04", asOf: "2026-11-03" },
        },
      ]);
      expect(formatProblem(check.problems[0]!)).toContain("出生日期 2026-11-04 晚于报告日期 2026-11-03");
    });
    test("born on the report date: nothing to say", () => {
      expect(checkIdCard(full, fromYmd(2026, 11, 4)).problems).toEqual([]);
    });
    test("without a report date the check cannot tell", () => {
      expect(checkIdCard(full).problems).toEqual([]);
    });
  });
});

describe("统一社会信用代码: characters 3–8 and python-stdnum's vectors", () => {
  test("letters in characters 3–8 are an error even when the checksum holds", () => {
    const check = checkUscc("91ABCDEFMA1FL7Q28X");
    expect(check.valid).toBe(false);
    expect(check.problems).toEqual([
      {
        code: "ids.uscc.divisionChars",
        severity: "error",
        clause: "GB 32100-2015",
        params: { value: "91ABCDEFMA1FL7Q28X", code: "ABCDEF" },
      },
    ]);
    expect(formatProblem(check.problems[0]!)).toBe(
      "统一社会信用代码「91ABCDEFMA1FL7Q28X」第 3–8 位应为 6 位数字的登记管理机关行政区划代码，实为「ABCDEF」（依据 GB 32100-2015）",
    );
  });

  test("one letter among the digits is enough", () => {
    expect(errors(checkUscc("9131011AMA1FL7Q289"))).toContain("ids.uscc.divisionChars");
  });

  test("a typo letter there (O for 0) is reported once, as the typo", () => {
    expect(codes(checkUscc("91311O15MA1FL7Q289"))).toEqual(["ids.uscc.typo"]);
  });

  test.each([
    "91110000600037341L",
    "121200004013590816",
    "91110000710926094P",
    "91120224064012553U",
    "9115220107837757XE",
    "91310115MA1K3BTP2B",
    "9131012056010553X5",
    "91340600MA2PBM9HXD",
    "91340603MA2UJXXCXF",
    "9144030071526726XG",
    "91620105L015101280",
    "92340602MA2PBMEM24",
    "92340621MA2UK3PJXE",
  ])("python-stdnum valid: %s", (code) => {
    expect(errors(checkUscc(code))).toEqual([]);
  });

  test.each([
    ["12345", ["ids.uscc.length"]],
    ["9111000060003IOZSV", ["ids.uscc.typo"]],
    ["91110000600037341N", ["ids.uscc.checksum"]],
  ])("python-stdnum invalid: %s", (code, expected) => {
    expect(errors(checkUscc(code))).toEqual(expected);
  });
});

function checkChar(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return "10X98765432".charAt(sum % 11);
}
