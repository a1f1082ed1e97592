// Math.random: xorshift128+ (the generator V8 uses), seeded from --random-seed=N for
// reproducible runs or from the host's randomness. Doubles in [0, 1) from the top 52 bits.

export class RandomSource {
  private s0: bigint;
  private s1: bigint;

  constructor(seed: number = Math.floor(Math.random() * 2 ** 52)) {
    // splitmix64 turns any seed (0 included) into a well-mixed nonzero state.
    let z = BigInt(seed);
    const next = (): bigint => {
      z = (z + 0x9e3779b97f4a7c15n) & MASK;
      let x = z;
      x = ((x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
      x = ((x ^ (x >> 27n)) * 0x94d049bb133111ebn) & MASK;
      return x ^ (x >> 31n);
    };
    this.s0 = next();
    this.s1 = next() | 1n;
  }

  /** The next double in [0, 1). */
  next(): number {
    let s1 = this.s0;
    const s0 = this.s1;
    this.s0 = s0;
    s1 = (s1 ^ (s1 << 23n)) & MASK;
    s1 ^= s1 >> 17n;
    s1 ^= s0;
    s1 ^= s0 >> 26n;
    this.s1 = s1;
    return Number(((this.s0 + this.s1) & MASK) >> 12n) / 2 ** 52;
  }
}

const MASK = (1n << 64n) - 1n;
