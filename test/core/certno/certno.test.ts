import fc from "fast-check";
import { checkCertNo, makeCertNo, normalizeCbCode, parseCertNo } from "../../../core/certno";
import { attempt, formatProblem, InputError } from "../../../core/problem";

/** The problem code an input error carries (never a bare toThrow). */
function codeOf(fn: () => unknown): string {
  const r = attempt(fn);
  if (r.ok) throw new Error("expected an InputError");
  return r.problem.code;
}

describe("normalizeCbCode (001 C.1 note)", () => {
  test.each([
    ["CNCA-R-2021-812", "0812"],
    ["cnca-r-2021-812", "0812"],
    ["ＣＮＣＡ－Ｒ－２０２１－８１２", "0812"],
    ["CNCA-R-2002-1234", "1234"],
    ["0812", "0812"],
    [812, "0812"],
  ])("%s → %s", (input, code) => {
    expect(normalizeCbCode(input)).toBe(code);
  });

  test.each(["CNCA-F-2021-812", "CNCA-R-21-812", "08120", "0000", "abc", 8.5])("rejects %s", (input) => {
    expect(codeOf(() => normalizeCbCode(input))).toBe("certno.badCbCode");
  });

  test("blank is a blank field, not a default", () => {
    expect(codeOf(() => normalizeCbCode(""))).toBe("input.blank");
  });
});

describe("makeCertNo (DOMAIN §5)", () => {
  test("the seed's example", () => {
    expect(makeCertNo({ cbCode: "CNCA-R-2021-812", year: 2026, seq: 17 })).toBe("081226HG00017R000");
    expect(makeCertNo({ cbCode: "0812", year: "2026", seq: "17", sub: 1 })).toBe("081226HG00017R000-1");
  });

  test("cycle, accreditation (code or label), scheme", () => {
    expect(
      makeCertNo({ cbCode: 812, year: 2025, seq: 3, cycle: 2, accreditation: "CNAS", scheme: "sr" }),
    ).toBe("081225SR00003R201");
    expect(makeCertNo({ cbCode: 812, year: 2025, seq: 3, accreditation: 1 })).toBe("081225HG00003R001");
  });

  test("a sequence above 99999 is written with six digits", () => {
    expect(makeCertNo({ cbCode: 812, year: 2026, seq: 123456 })).toBe("081226HG123456R000");
  });

  test.each([
    [{ year: 1999 }, "certno.badYear"],
    [{ year: 2100 }, "certno.badYear"],
    [{ year: 26 }, "certno.badYear"],
    [{ year: 2026.5 }, "input.notWhole"],
    [{ seq: 0 }, "input.tooSmall"],
    [{ seq: 1_000_000 }, "certno.badSeq"],
    [{ seq: "十七" }, "input.notNumber"],
    [{ cycle: 10 }, "certno.badCycle"],
    [{ cycle: -1 }, "input.tooSmall"],
    [{ accreditation: "09" }, "certno.badAccreditation"],
    [{ accreditation: "01;02" }, "certno.badAccreditation"],
    [{ sub: 0 }, "input.tooSmall"],
    [{ sub: 10000 }, "certno.badSub"],
    [{ scheme: "H" }, "certno.badScheme"],
    [{ scheme: "HGXYZ" }, "certno.badScheme"],
    [{ scheme: "H1" }, "certno.badScheme"],
  ])("rejects %o with %s", (change, code) => {
    expect(codeOf(() => makeCertNo({ cbCode: "0812", year: 2026, seq: 17, ...change }))).toBe(code);
  });

  test("a bad accreditation code lists the codes, in English without Chinese labels", () => {
    const r = attempt(() => makeCertNo({ cbCode: "0812", year: 2026, seq: 17, accreditation: "09" }));
    expect(!r.ok && formatProblem(r.problem)).toContain("00 无、01 CNAS、02 UKAS");
    expect(!r.ok && formatProblem(r.problem, "en")).toBe(
      'Accreditation code "09" must be 00 (not accredited) or one of 01–08: 00 none, 01 CNAS, 02 UKAS, 03 JAS-ANZ, 04 ANAB, 05 RvA, 06 JAB, 07 KAB, 08 other (CertDesk\'s own rule)',
    );
  });

  test("the message names the value and the clause", () => {
    try {
      makeCertNo({ cbCode: "0812", year: 2026, seq: 17, cycle: 12 });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(
        "认证周期「12」应为 0–9 的整数（R0 初次认证，R1 第一次再认证…）（依据 001 C.4）",
      );
    }
    expect.assertions(2);
  });
});

describe("parseCertNo", () => {
  test("reads every part", () => {
    expect(parseCertNo("081226HG00017R000-1")).toEqual({
      cbCode: "0812",
      year: 2026,
      yy: "26",
      scheme: "HG",
      seq: 17,
      cycle: 0,
      accreditation: "00",
      sub: 1,
      normalized: "081226HG00017R000-1",
      changed: false,
    });
  });

  test("six-digit sequence, longer scheme, no sub", () => {
    expect(parseCertNo("081225ABCD000017R301")).toMatchObject({
      scheme: "ABCD",
      seq: 17,
      cycle: 3,
      accreditation: "01",
      sub: null,
    });
  });

  test("normalises full-width, spaces, lower case and dash look-alikes, and says so", () => {
    const parsed = parseCertNo(" ０８１２26hg 00017 r000–2\u200B");
    expect(parsed).toMatchObject({ normalized: "081226HG00017R000-2", changed: true, sub: 2 });
  });

  test.each([
    ["08A226HG00017R000", "certno.partCbCode"],
    ["000026HG00017R000", "certno.partCbCode"],
    ["08122XHG00017R000", "certno.partYear"],
    ["081226H00017R000", "certno.partScheme"],
    ["081226HGXYZ00017R000", "certno.partScheme"],
    ["081226HG0017R000", "certno.partSeq"],
    ["081226HG0000017R000", "certno.partSeq"],
    ["081226HG00000R000", "certno.partSeq"],
    ["081226HG00017000", "certno.partSeq"],
    ["081226HG00017RX00", "certno.partCycle"],
    ["081226HG00017R009", "certno.partAccreditation"],
    ["081226HG00017R00", "certno.partAccreditation"],
    ["081226HG00017R0001", "certno.partAccreditation"],
    ["081226HG00017R000-0", "certno.partSub"],
    ["081226HG00017R000-", "certno.partSub"],
    ["081226HG00017R000X", "certno.partSub"],
  ])("%s → %s", (text, code) => {
    expect(codeOf(() => parseCertNo(text))).toBe(code);
  });

  test("the message shows where it went wrong", () => {
    const r = attempt(() => parseCertNo("081226HG0017R000"));
    expect(!r.ok && formatProblem(r.problem)).toBe(
      "证书号「081226HG0017R000」认证项目简称后应为 5 位（或 6 位）流水号且不为 0，实为「0017R000」（依据 001 附录C）",
    );
  });

  test("in English the missing rest is named in English, and a runaway value is clipped", () => {
    const r = attempt(() => parseCertNo("081226HG00017R0"));
    expect(!r.ok && formatProblem(r.problem)).toContain("实为「（空）」");
    expect(!r.ok && formatProblem(r.problem, "en")).toBe(
      'Certificate number "081226HG00017R0": after the cycle, a 2-digit accreditation code 00–08 is expected, found "(nothing)" (CertDesk\'s own rule)',
    );
    const long = attempt(() => parseCertNo("X".repeat(500)));
    expect(!long.ok && long.problem.params.value).toBe(`${"X".repeat(40)}…`);
    expect(!long.ok && formatProblem(long.problem).length).toBeLessThan(150);
  });

  test("blank and non-text", () => {
    expect(codeOf(() => parseCertNo("  "))).toBe("certno.blank");
    expect(codeOf(() => parseCertNo(81226))).toBe("certno.notText");
  });

  test("parse(make(x)) = x", () => {
    const parts = fc.record({
      cbCode: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, "0")),
      year: fc.integer({ min: 2000, max: 2099 }),
      scheme: fc.stringMatching(/^[A-Z]{2,4}$/),
      seq: fc.integer({ min: 1, max: 999_999 }),
      cycle: fc.integer({ min: 0, max: 9 }),
      accreditation: fc.constantFrom("00", "01", "02", "03", "04", "05", "06", "07", "08"),
      sub: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
    });
    fc.assert(
      fc.property(parts, (x) => {
        const text = makeCertNo(x);
        const { yy, normalized, changed, ...back } = parseCertNo(text);
        expect(back).toEqual(x);
        expect(yy).toBe(String(x.year).slice(2));
        expect(normalized).toBe(text);
        expect(changed).toBe(false);
      }),
    );
  });
});

describe("checkCertNo", () => {
  test("a good number has no problems", () => {
    expect(checkCertNo("081226HG00017R000")).toEqual([]);
  });

  test("a malformed number gives one error naming the part", () => {
    expect(checkCertNo("081226HG00017R0X0")).toEqual([
      expect.objectContaining({ code: "certno.partAccreditation", severity: "error", clause: "本工具约定" }),
    ]);
  });

  test("normalisation needed is a warning with the value to report", () => {
    expect(checkCertNo("081226hg00017r000")).toEqual([
      {
        code: "certno.normalized",
        clause: "本工具约定",
        severity: "warning",
        params: { value: "081226hg00017r000", normalized: "081226HG00017R000" },
      },
    ]);
  });

  test("scheme expected by the profile", () => {
    expect(checkCertNo("081226HG00017R000", { scheme: "SR" })).toEqual([
      expect.objectContaining({ code: "certno.schemeMismatch", severity: "error" }),
    ]);
    expect(checkCertNo("081226SR00017R000", { scheme: "SR" })).toEqual([]);
  });
});
