// Math.random: xoshiro128** (32-bit arithmetic only, so it is fast on the host), seeded
// through splitmix32 from --random-seed=N for reproducible runs or from the host's
// randomness. A double in [0, 1) takes 53 random bits from two outputs.

export class RandomSource {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number = Math.floor(Math.random() * 2 ** 32)) {
    // splitmix32 spreads any seed (0 included) over a state that is not all zero.
    let z = (seed >>> 0) ^ Math.floor(seed / 2 ** 32);
    const next = (): number => {
      z = (z + 0x9e3779b9) | 0;
      let x = z ^ (z >>> 16);
      x = Math.imul(x, 0x21f0aaad);
      x ^= x >>> 15;
      x = Math.imul(x, 0x735a2d97);
      return (x ^ (x >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next() | 1;
  }

  /** The next 32 random bits (xoshiro128**). */
  private next32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** The next double in [0, 1): 21 high bits from one output, 32 from the next. */
  next(): number {
    const hi = this.next32() >>> 11;
    const lo = this.next32();
    return (hi * 2 ** 32 + lo) / 2 ** 53;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
