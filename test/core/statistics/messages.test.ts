/** Every statistics message: both languages, the same placeholders, a clause; problems likewise. */
import { STATS_CHECKS, STATS_MESSAGES } from "../../../core/statistics";
import { testPlaceholderParity } from "../message-parity";

testPlaceholderParity(STATS_MESSAGES);
testPlaceholderParity(
  Object.fromEntries(Object.entries(STATS_CHECKS).map(([id, d]) => [id, { zh: d.zh, en: d.en }])),
);

test.each(Object.entries(STATS_CHECKS))("%s cites a clause a user may see", (_id, def) => {
  expect(def.clause).not.toMatch(/DOMAIN/);
  expect(def.clause.length).toBeGreaterThan(2);
});

test("no user-facing text mentions DOMAIN §", () => {
  for (const def of Object.values(STATS_CHECKS)) expect(`${def.zh}${def.en}`).not.toContain("DOMAIN");
});
