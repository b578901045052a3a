/**
 * The cell adapter on its own (DOMAIN §11): shapes, broadcasting, per-element errors with the core's
 * Chinese messages, inputs that already are Excel errors, and nothing ever thrown.
 */
import { perCell, perRow, asMatrix } from "../../../addin/functions/adapter";
import { toPositiveNumber, toWord } from "../../../core/input/coerce";
import { installFakeCustomFunctions, plainGrid, FakeCellError } from "./fake-custom-functions";

beforeAll(installFakeCustomFunctions);

const double = (v: Record<"employees", unknown>) =>
  2 * toPositiveNumber(v.employees, "employees", "004 5.4.2.1");

describe("shapes", () => {
  test("a single value gives a 1×1 result", () => {
    expect(perCell({ employees: [[3]] }, double)).toEqual([[6]]);
  });

  test("a bare value or null (omitted optional) is treated as 1×1", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix(null)).toEqual([[null]]);
    expect(asMatrix(undefined)).toEqual([[null]]);
    expect(asMatrix([])).toEqual([[null]]);
  });

  test("a range gives the same shape", () => {
    expect(perCell({ employees: [[1], [2], [3]] }, double)).toEqual([[2], [4], [6]]);
    expect(perCell({ employees: [[1, 2, 3]] }, double)).toEqual([[2, 4, 6]]);
    expect(
      perCell(
        {
          employees: [
            [1, 2],
            [3, 4],
          ],
        },
        double,
      ),
    ).toEqual([
      [2, 4],
      [6, 8],
    ]);
  });

  test("a single value is used for every cell of a range", () => {
    const seen: unknown[] = [];
    const out = perCell({ employees: [[1], [2]], risk: [["高"]] }, (v) => {
      seen.push(v.risk);
      return `${toWord(v.risk, "risk", "x")}${String(v.employees)}`;
    });
    expect(out).toEqual([["高1"], ["高2"]]);
    expect(seen).toEqual(["高", "高"]);
  });

  test("an omitted optional (null) is passed to every cell as null", () => {
    const out = perCell({ employees: [[1], [2]], profile: null }, (v) =>
      v.profile === null ? "default" : "given",
    );
    expect(out).toEqual([["default"], ["default"]]);
  });

  test("two ranges of different shapes give one #VALUE! naming both", () => {
    const out = plainGrid(perCell({ employees: [[1], [2], [3]], risk: [["高"], ["低"]] }, () => 1));
    expect(out).toEqual([
      [{ error: "#VALUE!", message: expect.stringContaining("有效人数 3 行×1 列，风险等级 2 行×1 列") }],
    ]);
  });

  test("a row and a column of the same length are still different shapes", () => {
    const out = plainGrid(perCell({ employees: [[1, 2]], risk: [["高"], ["低"]] }, () => 1));
    expect(out).toHaveLength(1);
    expect(out[0]).toEqual([{ error: "#VALUE!", message: expect.stringContaining("区域大小不一致") }]);
  });
});

describe("per-element errors", () => {
  test("a bad element gets #VALUE! with the core's Chinese message and clause; the others are computed", () => {
    const out = plainGrid(perCell({ employees: [[10], ["abc"], [0], [""], [5]] }, double));
    expect(out).toEqual([
      [20],
      [{ error: "#VALUE!", message: "有效人数「abc」不是数字，需要数字（依据 004 5.4.2.1）" }],
      [{ error: "#VALUE!", message: "有效人数「0」须大于 0（依据 004 5.4.2.1）" }],
      [{ error: "#VALUE!", message: "有效人数为空，需要填写（依据 004 5.4.2.1）" }],
      [10],
    ]);
  });

  test("full-width digits reach the core and are read", () => {
    expect(perCell({ employees: [["１８０"]] }, double)).toEqual([[360]]);
  });

  test("an input that already is an Excel error passes its code on, with a message where Excel shows one", () => {
    const na = new FakeCellError("#N/A", "upstream");
    const div0 = new FakeCellError("#DIV/0!");
    const out = plainGrid(
      perCell({ employees: [[na], [div0], [{ type: "Error", basicValue: "#VALUE!" }], [4]] }, double),
    );
    expect(out).toEqual([
      [{ error: "#N/A", message: "有效人数是错误值 #N/A，请先修正该单元格" }],
      [{ error: "#DIV/0!", message: undefined }],
      [{ error: "#VALUE!", message: "有效人数是错误值 #VALUE!，请先修正该单元格" }],
      [8],
    ]);
  });

  test("an unexpected exception becomes #VALUE! naming it as a bug, never a throw", () => {
    const out = plainGrid(
      perCell({ employees: [[1], [2]] }, (v) => {
        if (v.employees === 2) throw new TypeError("boom");
        return 1;
      }),
    );
    expect(out).toEqual([[1], [{ error: "#VALUE!", message: "计算出错（程序缺陷，请报告）：boom" }]]);
  });

  test("a NaN or infinite result is never returned", () => {
    const out = plainGrid(
      perCell({ employees: [[1], [2]] }, (v) => (v.employees === 1 ? Number.NaN : Infinity)),
    );
    expect(out).toEqual([
      [{ error: "#VALUE!", message: "计算出错（程序缺陷，请报告）：result NaN" }],
      [{ error: "#VALUE!", message: "计算出错（程序缺陷，请报告）：result Infinity" }],
    ]);
  });
});

describe("perRow (one result row per value)", () => {
  const parts = (value: unknown): (string | number)[] => {
    const text = toWord(value, "certNo", "001 C.1");
    return [text.slice(0, 2), text.length];
  };

  test("a single value gives one row; a column gives one row per value", () => {
    expect(perRow("certNo", [["AB12"]], 2, parts)).toEqual([["AB", 4]]);
    expect(perRow("certNo", [["AB1"], ["CD"]], 2, parts)).toEqual([
      ["AB", 3],
      ["CD", 2],
    ]);
  });

  test("a bad value fills its row with its error; other rows are computed", () => {
    const out = plainGrid(perRow("certNo", [["AB1"], [""]], 2, parts));
    const blank = { error: "#VALUE!", message: "证书号为空，需要填写（依据 001 C.1）" };
    expect(out).toEqual([
      ["AB", 3],
      [blank, blank],
    ]);
  });

  test("a range wider than one column gives one #VALUE! saying so", () => {
    const out = plainGrid(perRow("certNo", [["A", "B"]], 2, parts));
    expect(out).toEqual([
      [
        {
          error: "#VALUE!",
          message: "证书号应为单个值或单列区域（每行返回一行结果），实为 1 行×2 列（本工具约定）",
        },
      ],
    ]);
  });

  test("a compute that returns the wrong width is a bug, shown as #VALUE!", () => {
    const out = plainGrid(perRow("certNo", [["A"]], 3, () => [1]));
    expect(out).toEqual([
      Array(3).fill({ error: "#VALUE!", message: "计算出错（程序缺陷，请报告）：expected 3 cells, got 1" }),
    ]);
  });
});
