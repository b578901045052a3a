/** Deterministic pseudo-random inputs for the benches (no Math.random: a run can be repeated exactly). */
export interface Seeded {
  /** The next number in [0, 1). */
  next(): number;
  pick<T>(items: readonly T[]): T;
}

/** A linear congruential generator from `seed` (Numerical Recipes' constants). */
export function seeded(seed: number): Seeded {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}
