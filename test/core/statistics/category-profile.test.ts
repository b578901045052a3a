/** Which profile names the statistics' business categories for a user's default rules. */
import { statsCategoryProfile } from "../../../core";

test.each([
  ["HG-HY", { profile: "HG-HY" }],
  ["HG-ZGLY", { profile: "HG-ZGLY" }],
  ["hg-zgly", { profile: "HG-ZGLY" }],
  // 003 grades by headcount only: no category table, so HG-HY names them and the pane says so.
  ["SR-GGBZ", { profile: "HG-HY", insteadOf: "SR-GGBZ" }],
  ["XX-YY", { profile: "HG-HY", insteadOf: "XX-YY" }],
])("default rules %s → %j", (preferred, expected) => {
  expect(statsCategoryProfile(preferred)).toEqual(expected);
});
