import { auditDaysFormula, excelText } from "../../../addin/taskpane/audit-time/formula";

describe("CERT.AUDITDAYS formula text", () => {
  test("values as literals; zero adjustment and the default profile are left out", () => {
    expect(
      auditDaysFormula({
        employees: { number: 180 },
        risk: { text: "高" },
        type: { text: "初次" },
        adjustPct: { number: 0 },
        profile: "HG-HY",
      }),
    ).toBe('=CERT.AUDITDAYS(180,"高","初次")');
  });

  test("a fractional headcount and a negative adjustment in en-US syntax", () => {
    expect(
      auditDaysFormula({
        employees: { number: 15.4 },
        risk: { text: "03.01.02" },
        type: { text: "监督" },
        adjustPct: { number: -12.5 },
      }),
    ).toBe('=CERT.AUDITDAYS(15.4,"03.01.02","监督",-12.5)');
  });

  test("another profile keeps its place after an explicit 0 adjustment", () => {
    expect(
      auditDaysFormula({
        employees: { ref: "B2" },
        risk: { text: "" },
        type: { ref: "D2" },
        profile: "SR-GGBZ",
      }),
    ).toBe('=CERT.AUDITDAYS(B2,"",D2,0,"SR-GGBZ")');
  });

  test("cell references stay references", () => {
    expect(
      auditDaysFormula({
        employees: { ref: "B7" },
        risk: { ref: "C7" },
        type: { ref: "D7" },
        adjustPct: { ref: "E7" },
      }),
    ).toBe("=CERT.AUDITDAYS(B7,C7,D7,E7)");
  });

  test("quotes inside text are doubled", () => {
    expect(excelText('他说"高"')).toBe('"他说""高"""');
  });
});
