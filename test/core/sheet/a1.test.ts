import {
  a1,
  AddressError,
  columnIndex,
  columnLetters,
  columnName,
  formatRange,
  parseCell,
  parseRange,
  quoteSheetName,
  rowBlocks,
  splitSheetAddress,
} from "../../../core/sheet/a1";

describe("A1 address maths", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16_384, "XFD"],
  ])("column %i is %s and back", (index, name) => {
    expect(columnName(index)).toBe(name);
    expect(columnIndex(name)).toBe(index);
  });

  test("columns outside Excel's grid are refused", () => {
    expect(() => columnName(0)).toThrow(AddressError);
    expect(() => columnName(16_385)).toThrow(AddressError);
    expect(() => columnIndex("XFE")).toThrow(AddressError);
  });

  test("finding cells never throw: letters as columnName inside the grid, blank without a row or column", () => {
    expect(columnLetters(28)).toBe("AB");
    expect(columnLetters(16_384)).toBe(columnName(16_384));
    expect(columnLetters(0)).toBe("");
    expect(a1(7, 4)).toBe("D7");
    expect(a1(0, 4)).toBe("");
    expect(a1(7, 0)).toBe("");
  });

  test("cells, absolute cells and ranges in either corner order", () => {
    expect(parseCell("$B$12")).toEqual({ row: 12, column: 2 });
    expect(parseRange("D40:B2")).toEqual({ top: 2, left: 2, bottom: 40, right: 4 });
    expect(parseRange("c5")).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
  });

  test("whole columns and whole rows", () => {
    expect(parseRange("A:C")).toEqual({ top: 1, left: 1, bottom: 1_048_576, right: 3 });
    expect(parseRange("$2:$5")).toEqual({ top: 2, left: 1, bottom: 5, right: 16_384 });
  });

  test.each(["", "A0", "1A", "A1:B2:C3", "A1048577", "甲1"])(
    "%j is not an address, with a Chinese message",
    (bad) => {
      expect(() => parseRange(bad)).toThrow(/不是有效的单元格地址/);
    },
  );

  test("formatting round-trips and a single cell stays a single cell", () => {
    expect(formatRange({ top: 2, left: 2, bottom: 40, right: 4 })).toBe("B2:D40");
    expect(formatRange({ top: 7, left: 4, bottom: 7, right: 4 })).toBe("D7");
  });

  test("sheet prefixes as Excel returns them", () => {
    expect(splitSheetAddress("Sheet1!A1:B2")).toEqual({ sheet: "Sheet1", address: "A1:B2" });
    expect(splitSheetAddress("'月报 2026'!B2")).toEqual({ sheet: "月报 2026", address: "B2" });
    expect(splitSheetAddress("'It''s'!C3")).toEqual({ sheet: "It's", address: "C3" });
    expect(splitSheetAddress("C3")).toEqual({ sheet: null, address: "C3" });
  });

  test("sheet names in formulas are quoted when Excel needs it", () => {
    expect(quoteSheetName("Data")).toBe("Data");
    expect(quoteSheetName("月报")).toBe("'月报'");
    expect(quoteSheetName("A1")).toBe("'A1'"); // looks like a cell
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });

  test("row blocks cover every row exactly once", () => {
    expect(rowBlocks(1, 25_001, 10_000)).toEqual([
      { top: 1, bottom: 10_000 },
      { top: 10_001, bottom: 20_000 },
      { top: 20_001, bottom: 25_001 },
    ]);
    expect(rowBlocks(5, 4, 10)).toEqual([]);
  });
});
