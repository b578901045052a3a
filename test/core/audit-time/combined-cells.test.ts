/**
 * CERT.COMBINEDDAYS's cells through the core: a blank cell of a given argument is a missing time
 * under the profile's own combined-audit clause (the adapter used to raise it with 004's clause
 * whatever the profile), while values give exactly combinedMinimum's result.
 */
import { combinedMinimum } from "../../../core/audit-time";
import { combinedMinimumOfCells } from "../../../core/audit-time/combined-cells";
import { formatProblem } from "../../../core/problem";
import { problemOf } from "./helpers";

describe("combinedMinimumOfCells", () => {
  test.each([
    [[10, 6], 13], // 0.8 × 16 = 12.8 → 13
    [[5, 3.5], 7], // 0.8 × 8.5 = 6.8 → 7
    [["10", "6.5"], 13], // 13.2
  ])("%j → %s, as combinedMinimum gives", (days, expected) => {
    expect(combinedMinimumOfCells(days).days).toBe(expected);
    expect(combinedMinimumOfCells(days)).toEqual(combinedMinimum(days));
  });

  test.each([
    [undefined, "004 5.4.2.4"],
    ["HG-ZGLY", "001 5.4.2.4"],
    ["SR-GGBZ", "003 5.4.2.4"],
  ])("a blank cell under profile %s is input.blank citing %s", (profile, clause) => {
    for (const blank of ["", null, "  "]) {
      const { problem } = problemOf(() => combinedMinimumOfCells([10, blank], profile));
      expect(problem).toMatchObject({ code: "input.blank", clause, params: { field: "days" } });
    }
    expect(formatProblem(problemOf(() => combinedMinimumOfCells([10, ""], profile)).problem)).toContain(
      clause,
    );
  });

  test("a single given system is still refused by combinedMinimum's own rule", () => {
    expect(problemOf(() => combinedMinimumOfCells([10])).problem.code).toBe("auditTime.combinedSingle");
  });
});
