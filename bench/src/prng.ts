// Seeded pseudo-random numbers for the bench corpus: mulberry32, plus picks, Zipf ranks and integer hashing.

export type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; the same seed always gives the same sequence in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-mixed 32-bit hash of integers, to derive independent sub-seeds (per actor, per batch). */
export function hashInts(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

export function intBelow(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[intBelow(rng, items.length)];
  if (item === undefined) throw new Error('pick: empty list');
  return item;
}

/**
 * Samples ranks 0..n-1 with P(rank k) proportional to 1/(k+1)^s: a few actors take most of the claims,
 * as in news (the U.S., Russia, China; a handful of ministers), and the long tail appears once or twice.
 */
export class ZipfSampler {
  private readonly cdf: Float64Array;

  constructor(
    readonly n: number,
    readonly exponent: number,
  ) {
    if (n < 1) throw new Error('ZipfSampler: n must be >= 1');
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, exponent);
      this.cdf[k] = sum;
    }
    for (let k = 0; k < n; k++) this.cdf[k] = this.cdf[k]! / sum;
  }

  sample(rng: Rng): number {
    const u = rng();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
