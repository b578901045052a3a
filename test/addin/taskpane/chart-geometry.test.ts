/** The rules pane's chart geometry: stairs and curve as the tables define them, on a log axis. */
import { frameFor, pathOf, tableSeries, ticks, xOf, yOf } from "../../../addin/taskpane/rules/chart-geometry";
import { getProfile, listProfiles } from "../../../core/profiles";

const series = (id: string) => tableSeries(getProfile(id), listProfiles());

test("one series per distinct table, the chosen profile's first: HG-ZGLY shares 附录B's numbers with HG-HY", () => {
  expect(series("HG-HY").map((s) => [s.profile, s.label])).toEqual([
    ["HG-HY", "HG-HY 附录B（按档取值）"],
    ["SR-GGBZ", "SR-GGBZ 表A.1（连续插值）"],
  ]);
  expect(series("SR-GGBZ").map((s) => s.profile)).toEqual(["SR-GGBZ", "HG-HY"]);
  expect(series("HG-ZGLY").map((s) => s.profile)).toEqual(["HG-ZGLY", "SR-GGBZ"]);
});

test("附录B as stairs: each band's days hold up to its upper bound, then jump (DOMAIN §3.2)", () => {
  const stairs = series("HG-HY")[0]?.points ?? [];
  expect(stairs.slice(0, 6)).toEqual([
    [1, 2.5],
    [15, 2.5],
    [15, 3],
    [25, 3],
    [25, 4],
    [45, 4],
  ]);
  expect(stairs.at(-1)).toEqual([10700, 22]);
});

test("表A.1 as the curve through its rows from (1 person, 1.5 days) (003 表A.1 注1)", () => {
  const curve = series("SR-GGBZ")[0]?.points ?? [];
  expect(curve.slice(0, 3)).toEqual([
    [1, 1.5],
    [10, 2],
    [25, 3],
  ]);
  expect(curve).toHaveLength(22);
});

test("log headcount axis from 1 to 10 700 people, days from 0 to 25", () => {
  const frame = frameFor(series("HG-HY"));
  expect([frame.maxEmployees, frame.maxDays]).toEqual([10700, 25]);
  expect(xOf(frame, 1)).toBe(frame.left);
  expect(xOf(frame, 10700)).toBe(frame.width - frame.right);
  // 100 people: log10(100) / log10(10700) of the way along
  expect(xOf(frame, 100)).toBeCloseTo(frame.left + (2 / Math.log10(10700)) * 262, 0);
  expect(xOf(frame, 0.5)).toBe(frame.left);
  expect(yOf(frame, 0)).toBe(frame.height - frame.bottom);
  expect(yOf(frame, 25)).toBe(frame.top);
  expect(ticks(frame)).toEqual({ x: [1, 10, 100, 1000, 10000], y: [0, 5, 10, 15, 20, 25] });
});

test("the path starts with a move and draws every point", () => {
  const [stairs] = series("HG-HY");
  if (!stairs) throw new Error("no series");
  const path = pathOf(frameFor([stairs]), stairs);
  expect(path.startsWith("M30 ")).toBe(true);
  expect(path.split(" L")).toHaveLength(stairs.points.length);
});
