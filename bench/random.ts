/**
 * Deterministic pseudo-random inputs for the benches and the generated test register (no
 * Math.random: a run can be repeated exactly).
 */
import { orgCodeCheckChar, usccCheckChar, USCC_CHARSET } from "../core/ids";

export interface Seeded {
  /** The next number in [0, 1). */
  next(): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** A linear congruential generator from `seed` (Numerical Recipes' constants). */
export function seeded(seed: number): Seeded {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number): boolean => next() < p,
  };
}

/** A valid credit code (USCC) of a company registered in `division`: 91, the division, an MA… organisation code. */
export function randomUscc(rng: Seeded, division: string): string {
  let body = "MA";
  while (body.length < 8) body += USCC_CHARSET.charAt(Math.floor(rng.next() * USCC_CHARSET.length));
  const seventeen = `91${division}${body}${orgCodeCheckChar(body)}`;
  return seventeen + usccCheckChar(seventeen);
}
