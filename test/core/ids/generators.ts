/** Generators of valid identity codes for the property tests. */
import fc from "fast-check";
import { idCheckChar, orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from "../../../core/ids";

const usccChar = fc.constantFrom(...USCC_CHARSET);
const digit = fc.constantFrom(..."0123456789");
const orgChar = fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

/** Characters 3–8 are the registering authority's division code: digits (GB 32100). */
export const validUscc = fc
  .tuple(
    fc.array(usccChar, { minLength: 2, maxLength: 2 }),
    fc.array(digit, { minLength: 6, maxLength: 6 }),
    fc.array(usccChar, { minLength: 9, maxLength: 9 }),
  )
  .map(([authority, division, org]) => {
    const body = [...authority, ...division, ...org].join("");
    return body + usccCheckChar(body);
  });

export const validOrgCode = fc.array(orgChar, { minLength: 8, maxLength: 8 }).map((cs) => {
  const body = cs.join("");
  return body + orgCodeCheckChar(body);
});

const birth = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ""));

/** Region prefixes: mainland areas, residence permits and a foreigner's permanent residence ID. */
const region = fc.oneof(
  fc.constantFrom("110105", "420106", "320102", "440305", "650102", "810000", "820000", "830000"),
  fc
    .tuple(fc.constantFrom("11", "31", "44"), fc.array(digit, { minLength: 3, maxLength: 3 }))
    .map(([p, n]) => `9${p}${n.join("")}`),
);

export const validIdCard = fc
  .tuple(region, birth, fc.array(digit, { minLength: 3, maxLength: 3 }))
  .map(([r, b, s]) => {
    const body = `${r}${b}${s.join("")}`;
    return body + idCheckChar(body);
  });

/** A position and a different character from `alphabet`. */
export function change(
  code: string,
  alphabet: string,
): fc.Arbitrary<{ at: number; to: string; changed: string }> {
  return fc
    .tuple(fc.integer({ min: 0, max: code.length - 1 }), fc.constantFrom(...alphabet))
    .filter(([at, to]) => code.charAt(at) !== to)
    .map(([at, to]) => ({ at, to, changed: code.slice(0, at) + to + code.slice(at + 1) }));
}
