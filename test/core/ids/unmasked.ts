/**
 * The test's own finder of leaked ID numbers, independent of core/ids/mask-text: normalise the
 * whole text the way the checks do (normalizeCode per stretch between other characters) and report
 * every 18-character window that checkIdCard accepts as a valid ID.
 */
import { checkIdCard } from "../../../core/ids";

/** Stretches of digits, X and anything a code may hold inside (spaces, dashes, invisible characters). */
const STRETCH = /[\p{Nd}xX\uFF38\uFF58\s\u00AD\u200B-\u200D\u2060\uFEFF\-‐‑‒–—―−﹣－]+/gu;

export function unmaskedIds(text: string): string[] {
  const found: string[] = [];
  for (const [stretch] of text.matchAll(STRETCH)) {
    const code = stretch
      .normalize("NFKC")
      .replace(/[^0-9xX]/g, "")
      .toUpperCase();
    for (let i = 0; i + 18 <= code.length; i++) {
      const window = code.slice(i, i + 18);
      if (checkIdCard(window).valid) found.push(window);
    }
  }
  return found;
}
