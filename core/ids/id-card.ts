/**
 * 居民身份证号码 (GB 11643-1999, DOMAIN §8): 6-digit division, 8-digit birth date, 3-digit order
 * (odd 17th digit = male), check character. Residence permits of Hong Kong, Macao and Taiwan
 * residents (810000 / 820000 / 830000) and the 2023 foreigners' permanent residence ID (first
 * digit 9, then the 2-digit province of application) use the same layout and algorithm.
 * Problems show the number masked (DOMAIN §13): the cell they point at holds the full number.
 */
import { fail } from "../problem";
import { fromYmd, isValidYmd, toIso, type EpochDay } from "../dates/civil";
import { idCheckChar } from "./checksums";
import { isKnownDivision, isKnownProvince } from "./division";
import { maskId } from "./mask";
import { badCharacters, listed, problem, readRaw, result } from "./raw";
import type { IdCheck, IdProblem } from "./types";

const LENGTH = 18;
const CLAUSE = "GB 11643-1999";
/**
 * Birth years before this are not read as dates: GB 11643-1999's own example (440524188001010014)
 * was born in 1880, so the standard's years start in the 1800s.
 */
const MIN_BIRTH_YEAR = 1800;
const PERMIT_PREFIXES = new Set(["810000", "820000", "830000"]);
const FOREIGNER_PREFIX = "9";

/** The embedded birth date, or null when it is not a real date (from 1800). */
function birthOf(text: string): EpochDay | null {
  const [y, m, d] = [Number(text.slice(6, 10)), Number(text.slice(10, 12)), Number(text.slice(12, 14))];
  return y >= MIN_BIRTH_YEAR && isValidYmd(y, m, d) ? fromYmd(y, m, d) : null;
}

function regionProblem(text: string, shown: string): IdProblem | null {
  if (text.startsWith(FOREIGNER_PREFIX)) {
    const code = text.slice(1, 3);
    return isKnownProvince(code)
      ? null
      : problem("idCard", "provinceUnknown", "warning", { value: shown, code }, "GB/T 2260");
  }
  const code = text.slice(0, 6);
  if (PERMIT_PREFIXES.has(code) || isKnownDivision(code)) return null;
  return problem("idCard", "divisionUnknown", "warning", { value: shown, code }, "GB/T 2260");
}

const WELL_FORMED = /^\d{17}[\dX]$/;

function formProblems(text: string, shown: string): IdProblem[] {
  if (WELL_FORMED.test(text)) return [];
  if (text.length === 15 && /^\d{15}$/.test(text))
    return [problem("idCard", "old15", "error", { value: shown })];
  const problems: IdProblem[] = [];
  if (text.length !== LENGTH)
    problems.push(
      problem("idCard", "length", "error", { value: shown, expected: LENGTH, length: text.length }),
    );
  const bad = badCharacters(text, (c, i) => (i < 17 ? /\d/.test(c) : /[\dX]/.test(c)));
  if (bad.positions.length > 0) {
    problems.push(
      problem("idCard", "badChars", "error", {
        value: shown,
        positions: listed(bad.positions).zh,
        positionsEn: listed(bad.positions).en,
        chars: bad.chars.join(""),
        allowed: "0-9（末位 0-9 或 X）",
        allowedEn: "0-9 (the last one 0-9 or X)",
      }),
    );
  }
  return problems;
}

/**
 * `asOf` is the report date when there is one: a birth date after it is a typing error or a
 * number issued in the future, worth a look but not proof the number is wrong (本工具约定).
 */
export function checkIdCard(value: unknown, asOf?: EpochDay): IdCheck {
  const raw = readRaw("idCard", value);
  if (!raw.ok) {
    const { check } = raw;
    // A number that lost digits is still a personal number: mask it too.
    return {
      ...check,
      problems: check.problems.map((p) =>
        "value" in p.params ? { ...p, params: { ...p.params, value: maskId(p.params.value) } } : p,
      ),
    };
  }
  const { text, changed } = raw;
  const shown = maskId(text);
  const problems: IdProblem[] = [];
  if (changed)
    problems.push(
      problem(
        "idCard",
        "normalized",
        "warning",
        { value: maskId(String(value)), normalized: shown },
        "本工具约定",
      ),
    );
  const form = formProblems(text, shown);
  problems.push(...form);
  if (form.length === 0) {
    const birth = birthOf(text);
    if (birth === null)
      problems.push(problem("idCard", "birthDate", "error", { value: shown, birth: text.slice(6, 14) }));
    else if (asOf !== undefined && birth > asOf)
      problems.push(
        problem(
          "idCard",
          "bornAfter",
          "warning",
          { value: shown, birth: toIso(birth), asOf: toIso(asOf) },
          "本工具约定",
        ),
      );
    const expected = idCheckChar(text.slice(0, 17));
    const actual = text.charAt(17);
    if (expected !== actual)
      problems.push(problem("idCard", "checksum", "error", { value: shown, body: 17, expected, actual }));
    const region = regionProblem(text, shown);
    if (region) problems.push(region);
  }
  return result(text, changed, problems);
}

/** A well-formed number's text (checksum not required), or the InputError saying why not. */
function wellFormed(value: unknown): string {
  const raw = readRaw("idCard", value);
  if (!raw.ok) {
    const first = raw.check.problems[0]!;
    return fail(first.code, first.clause, { ...first.params, value: maskId(first.params.value ?? "") });
  }
  const first = formProblems(raw.text, maskId(raw.text))[0];
  if (first) fail(first.code, first.clause, first.params);
  return raw.text;
}

/** Birth date of an ID number (characters 7–14). */
export function idBirthDate(value: unknown): EpochDay {
  const text = wellFormed(value);
  const birth = birthOf(text);
  if (birth === null) fail("ids.idCard.birthDate", CLAUSE, { value: maskId(text), birth: text.slice(6, 14) });
  return birth;
}

export type Sex = "male" | "female";
export const SEX_LABELS: Readonly<Record<Sex, string>> = { male: "男", female: "女" };

/** Sex of the holder: the 17th digit is odd for men (GB 11643). */
export function idSex(value: unknown): Sex {
  const text = wellFormed(value);
  return Number(text.charAt(16)) % 2 === 1 ? "male" : "female";
}
