/**
 * The fuzz suites' randomness: fixed by default so every run tests the same inputs, settable
 * so a failure reproduces and other seeds can be tried.
 *
 *   LBAAS_FUZZ_SEED   the seed (an integer; default below)
 *   LBAAS_FUZZ_CASES  a multiplier for the number of cases (default 1; 0.1 for a quick look)
 *   LBAAS_FUZZ_CASE   run only this case number (as printed by a failure)
 *
 * Each case draws from its own generator, made from the seed and the case number, so a single
 * case replays alone with the same input.
 */
export const DEFAULT_SEED = 20261205;

export function fuzzSeed(): number {
  const raw = process.env.LBAAS_FUZZ_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`LBAAS_FUZZ_SEED must be an integer, not ${JSON.stringify(raw)}`);
  return n;
}

/** `base` cases scaled by LBAAS_FUZZ_CASES (at least 1). */
export function fuzzCases(base: number): number {
  const raw = process.env.LBAAS_FUZZ_CASES;
  const f = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!(f > 0)) throw new Error(`LBAAS_FUZZ_CASES must be a positive number, not ${JSON.stringify(raw)}`);
  return Math.max(1, Math.round(base * f));
}

/**
 * The case numbers of a suite whose cases are numbered from `first`: `count` of them, or only
 * the one LBAAS_FUZZ_CASE names (none when it names another suite's case).
 */
export function caseNumbers(first: number, count: number): number[] {
  const only = process.env.LBAAS_FUZZ_CASE;
  if (only !== undefined && only !== '') {
    const n = Number(only);
    return n >= first && n < first + Math.max(count, 1_000_000) ? [n] : [];
  }
  return Array.from({ length: count }, (_, i) => first + i);
}

/** How to run one case again, for failure messages. */
export function replay(seed: number, n: number, file: string): string {
  return `reproduce: LBAAS_FUZZ_SEED=${seed} LBAAS_FUZZ_CASE=${n} npx vitest run ${file}`;
}

export interface Rng {
  /** 0 <= x < 1 */
  next(): number;
  /** an integer 0 <= x < n */
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32 over a 32-bit state mixed from the seed and the case number. */
export function rngFor(seed: number, n: number): Rng {
  let s = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b) ^ Math.floor(seed / 2 ** 32)) >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (k: number) => Math.floor(next() * k);
  return { next, int, pick: (xs) => xs[int(xs.length)]!, chance: (p) => next() < p };
}
