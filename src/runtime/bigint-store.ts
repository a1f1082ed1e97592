// BigInt values on kiln's heap. A BigInt is a primitive heap object of its own kind
// (Kind.BigInt: its digit count, sign and magnitude in 32-bit digits, layout.ts), and each
// value has exactly one object while it is reachable: allocation interns by value, so `===`,
// Object.is and Map/Set keys compare BigInts by word, as they compare everything but
// strings, in both tiers without a BigInt case. The collector tells the store which BigInts
// it freed (their entries go; the next use of the value allocates again). The host bigint of
// each live object is kept beside it: arithmetic is the host's (operators.ts), and reading
// the digits back on every use would cost more than the map.

import { Kind, ObjectLayout as L } from './layout';

/** What the store needs of the heap (heap.ts owns the store). */
interface BigIntHeap {
  readonly u32: Uint32Array;
  allocObjectBytes(kind: number, bytes: number): number;
}

const DIGIT_BITS = 32n;
const DIGIT_MASK = 0xffffffffn;

export class BigIntStore {
  private readonly byValue = new Map<bigint, number>();
  private readonly byOffset = new Map<number, bigint>();

  constructor(private readonly heap: BigIntHeap) {}

  /** The heap object of value v (the one that exists, or a new one). */
  intern(v: bigint): number {
    const known = this.byValue.get(v);
    if (known !== undefined) return known;
    const digits: number[] = [];
    for (let m = v < 0n ? -v : v; m !== 0n; m >>= DIGIT_BITS) digits.push(Number(m & DIGIT_MASK));
    const at = this.heap.allocObjectBytes(Kind.BigInt, L.bigintDigitsOffset + 4 * digits.length);
    const u32 = this.heap.u32;
    u32[(at >> 2) + 1] = digits.length;
    u32[(at + L.bigintSignOffset) >> 2] = v < 0n ? 1 : 0;
    u32.set(digits, (at + L.bigintDigitsOffset) >> 2);
    this.byValue.set(v, at);
    this.byOffset.set(at, v);
    return at;
  }

  /** The value of BigInt object `at`. */
  value(at: number): bigint {
    const known = this.byOffset.get(at);
    if (known !== undefined) return known;
    // Not in the map (never expected: every BigInt is made by intern); read the digits.
    const u32 = this.heap.u32;
    let m = 0n;
    for (let i = u32[(at >> 2) + 1] - 1; i >= 0; i--) m = (m << DIGIT_BITS) | BigInt(u32[((at + L.bigintDigitsOffset) >> 2) + i]);
    return u32[(at + L.bigintSignOffset) >> 2] === 1 ? -m : m;
  }

  /** BigInt object `at` was freed by the collector. */
  freed(at: number): void {
    const v = this.byOffset.get(at);
    if (v === undefined) return;
    this.byOffset.delete(at);
    if (this.byValue.get(v) === at) this.byValue.delete(v);
  }
}
