/** 组织机构代码 (GB 11714-1997, DOMAIN §8): 8 body characters and a check character. */
import { orgCodeCheckChar } from "./checksums";
import { badCharacters, listed, problem, readRaw, result } from "./raw";
import type { IdCheck, IdProblem } from "./types";

const LENGTH = 9;

export function checkOrgCode(value: unknown): IdCheck {
  const raw = readRaw("orgCode", value);
  if (!raw.ok) return raw.check;
  const { text, changed } = raw;
  const problems: IdProblem[] = [];
  // "69007329-X" is how the code is printed (a hyphen before the check character); only other changes need saying.
  const printed = `${text.slice(0, -1)}-${text.slice(-1)}`;
  if (changed && value !== printed)
    problems.push(
      problem("orgCode", "normalized", "warning", { value: String(value), normalized: text }, "本工具约定"),
    );
  if (text.length !== LENGTH)
    problems.push(
      problem("orgCode", "length", "error", { value: text, expected: LENGTH, length: text.length }),
    );
  const bad = badCharacters(text, (c, i) => (i < 8 ? /[0-9A-Z]/.test(c) : /[0-9X]/.test(c)));
  if (bad.positions.length > 0) {
    problems.push(
      problem("orgCode", "badChars", "error", {
        value: text,
        positions: listed(bad.positions).zh,
        positionsEn: listed(bad.positions).en,
        chars: bad.chars.join(""),
        allowed: "0-9 A-Z（校验位 0-9 X）",
        allowedEn: "0-9 A-Z (check character 0-9 X)",
      }),
    );
  }
  if (text.length === LENGTH && bad.positions.length === 0) {
    const expected = orgCodeCheckChar(text);
    const actual = text.charAt(8);
    if (expected !== actual)
      problems.push(problem("orgCode", "checksum", "error", { value: text, body: 8, expected, actual }));
  }
  return result(text, changed, problems);
}
