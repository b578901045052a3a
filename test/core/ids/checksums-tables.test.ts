/**
 * The check characters are computed over lookup tables (validation checks every row's code); they
 * must give what the definitions give for every body, including bodies that are not well formed
 * (too short, lower case, spaces, full-width or other characters), since callers may pass any text.
 */
import { idCheckChar, orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from "../../../core/ids";

/** The definitions as written before the tables: GB 32100, GB 11714 and GB 11643 digit by digit. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function usccByDefinition(body: string): string {
  let sum = 0;
  USCC_WEIGHTS.forEach((w, i) => (sum += USCC_CHARSET.indexOf(body.charAt(i)) * w));
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}
function orgByDefinition(body: string): string {
  let sum = 0;
  ORG_WEIGHTS.forEach((w, i) => (sum += parseInt(body.charAt(i), 36) * w));
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}
function idByDefinition(body: string): string {
  let sum = 0;
  ID_WEIGHTS.forEach((w, i) => (sum += Number(body.charAt(i)) * w));
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? "X" : String(check);
}

/** Bodies from a fixed seed: mostly well formed, some with each kind of stray character, some short. */
function bodies(length: number, count: number): string[] {
  const alphabet = `${USCC_CHARSET}IOSVZabcxyz -_\u3000\u00A0\t０１Ａ中`;
  let state = 7;
  const next = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const out: string[] = ["", "0", "A".repeat(length), "Z".repeat(length), " ".repeat(length)];
  for (let k = 0; k < count; k++) {
    const n = next() < 0.1 ? Math.floor(next() * length) : length;
    const clean = next() < 0.5;
    let body = "";
    for (let i = 0; i < n; i++)
      body += clean
        ? USCC_CHARSET.charAt(Math.floor(next() * 10))
        : alphabet.charAt(Math.floor(next() * alphabet.length));
    out.push(body);
  }
  return out;
}

describe("check characters over lookup tables equal the definitions", () => {
  test("USCC and ID number bodies (3 005 of them)", () => {
    const all = bodies(17, 3000);
    expect(all.map((b) => [b, usccCheckChar(b), idCheckChar(b)])).toEqual(
      all.map((b) => [b, usccByDefinition(b), idByDefinition(b)]),
    );
  });

  test("organisation code bodies (3 005 of them)", () => {
    const all = bodies(8, 3000);
    expect(all.map((b) => [b, orgCodeCheckChar(b)])).toEqual(all.map((b) => [b, orgByDefinition(b)]));
  });

  test("worked examples: 91350100M000100Y43 → 3 (USCC), 69007329-X (org code), 11010519491231002X", () => {
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
    expect(orgCodeCheckChar("69007329")).toBe("X");
    expect(idCheckChar("11010519491231002")).toBe("X");
  });
});
