/** 统一社会信用代码 (GB 32100-2015, DOMAIN §8). */
import { fail } from "../problem";
import { orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from "./checksums";
import { isKnownDivision } from "./division";
import { usccException } from "./exceptions";
import { badCharacters, listed, problem, readRaw, result } from "./raw";
import type { IdCheck, IdProblem } from "./types";

const LENGTH = 18;
/** Letters GB 32100 leaves out, and the character each is usually a mistake for (DOMAIN §8). */
const TYPOS: Readonly<Record<string, string>> = { I: "1", O: "0", S: "5", V: "U", Z: "2" };
/** Registrations by national-level authorities carry 100000 instead of a local division code. */
const NATIONAL_AUTHORITY = "100000";

/** 18 characters, all in USCC_CHARSET: no typo letter, no character outside the set. */
const WELL_FORMED = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
const DIVISION_DIGITS = /^\d{6}$/;

function characterProblems(text: string): IdProblem[] {
  // The usual code has nothing to report here but its division part: skip the character scans.
  if (WELL_FORMED.test(text)) {
    const division = text.slice(2, 8);
    return DIVISION_DIGITS.test(division)
      ? []
      : [problem("uscc", "divisionChars", "error", { value: text, code: division })];
  }
  const problems: IdProblem[] = [];
  const typos = badCharacters(text, (c) => !(c in TYPOS));
  if (typos.positions.length > 0) {
    problems.push(
      problem("uscc", "typo", "error", {
        value: text,
        positions: listed(typos.positions).zh,
        positionsEn: listed(typos.positions).en,
        chars: typos.chars.join(""),
        suggest: listed(typos.chars.map((c) => `${c}→${TYPOS[c]}`)).zh,
        suggestEn: listed(typos.chars.map((c) => `${c}→${TYPOS[c]}`)).en,
      }),
    );
  }
  const bad = badCharacters(text, (c) => USCC_CHARSET.includes(c) || c in TYPOS);
  if (bad.positions.length > 0) {
    problems.push(
      problem("uscc", "badChars", "error", {
        value: text,
        positions: listed(bad.positions).zh,
        positionsEn: listed(bad.positions).en,
        chars: bad.chars.join(""),
        allowed: "0-9 A-H J-N P Q R T U W X Y",
        allowedEn: "0-9 A-H J-N P Q R T U W X Y",
      }),
    );
  }
  // A typo letter (O for 0) is reported above; only other letters mean this is not a division code.
  const division = text.slice(2, 8);
  const untypoed = [...division].map((c) => (/[IOSZ]/.test(c) ? TYPOS[c] : c)).join("");
  if (text.length === LENGTH && !DIVISION_DIGITS.test(untypoed))
    problems.push(problem("uscc", "divisionChars", "error", { value: text, code: division }));
  return problems;
}

/** Checksum, exceptions list, division and embedded organisation code of a well-formed code. */
function contentProblems(text: string): IdProblem[] {
  const problems: IdProblem[] = [];
  const expected = usccCheckChar(text.slice(0, 17));
  const actual = text.charAt(17);
  if (expected !== actual) {
    const exception = usccException(text);
    if (exception)
      problems.push(
        problem(
          "uscc",
          "knownException",
          "info",
          { value: text, expected, note: exception.note },
          "本工具约定",
        ),
      );
    else return [problem("uscc", "checksum", "error", { value: text, body: 17, expected, actual })];
  }
  const division = text.slice(2, 8);
  if (division !== NATIONAL_AUTHORITY && !isKnownDivision(division)) {
    problems.push(
      problem("uscc", "divisionUnknown", "warning", { value: text, code: division }, "GB/T 2260"),
    );
  }
  const orgCode = text.slice(8, 17);
  const orgExpected = orgCodeCheckChar(orgCode.slice(0, 8));
  if (orgExpected !== orgCode.charAt(8)) {
    problems.push(
      problem(
        "uscc",
        "orgCodeChecksum",
        "warning",
        { value: text, orgCode, expected: orgExpected },
        "GB 11714-1997",
      ),
    );
  }
  return problems;
}

export function checkUscc(value: unknown): IdCheck {
  const raw = readRaw("uscc", value);
  if (!raw.ok) return raw.check;
  const { text, changed } = raw;
  const problems: IdProblem[] = [];
  if (changed)
    problems.push(
      problem("uscc", "normalized", "warning", { value: String(value), normalized: text }, "本工具约定"),
    );
  if (text.length !== LENGTH)
    problems.push(problem("uscc", "length", "error", { value: text, expected: LENGTH, length: text.length }));
  const chars = characterProblems(text);
  problems.push(...chars);
  if (text.length === LENGTH && chars.length === 0) problems.push(...contentProblems(text));
  return result(text, changed, problems);
}

/** Characters 9–17: the organisation code inside a USCC (DOMAIN §8). */
export function orgCodeOfUscc(value: unknown): string {
  const raw = readRaw("uscc", value);
  if (!raw.ok) {
    const first = raw.check.problems[0]!;
    return fail(first.code, first.clause, { ...first.params });
  }
  if (raw.text.length !== LENGTH)
    fail("ids.uscc.length", "GB 32100-2015", { value: raw.text, expected: LENGTH, length: raw.text.length });
  return raw.text.slice(8, 17);
}
