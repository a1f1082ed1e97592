// The text JSON.stringify builds, as UTF-16 code units in one growing host buffer: strings
// quoted straight from the heap's code units (QuoteJSONString's escapes), the rest appended
// as host strings; the result becomes one heap string in a single copy. No host rope is
// built and flattened, so stringify costs what the host's own does.

import type { Heap } from './heap';
import { ObjectLayout } from './layout';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HEX = '0123456789abcdef';
/** The one-letter escapes of QuoteJSONString, by code unit. */
const SHORT_ESCAPES = new Map<number, number>([[0x08, 0x62], [0x09, 0x74], [0x0a, 0x6e], [0x0c, 0x66], [0x0d, 0x72], [QUOTE, QUOTE], [BACKSLASH, BACKSLASH]]);

export class JsonText {
  private units = new Uint16Array(256);
  private length = 0;

  constructor(private readonly heap: Heap) {}

  /** Appends a host string's code units as they are. */
  append(s: string): void {
    this.reserve(s.length);
    const units = this.units;
    let n = this.length;
    for (let i = 0; i < s.length; i++) units[n++] = s.charCodeAt(i);
    this.length = n;
  }

  /** Appends the heap string at `at`, quoted and escaped as QuoteJSONString does. */
  appendQuoted(at: number): void {
    const heap = this.heap;
    const count = heap.u32[(at >> 2) + 1];
    const from = (heap.flatString(at) + ObjectLayout.stringDataOffset) >> 1;
    const u16 = heap.u16;
    this.reserve(2 + 6 * count);
    const units = this.units;
    let n = this.length;
    units[n++] = QUOTE;
    for (let i = 0; i < count; i++) {
      const c = u16[from + i];
      if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH && (c < 0xd800 || c > 0xdfff)) {
        units[n++] = c;
        continue;
      }
      const short = SHORT_ESCAPES.get(c);
      if (short !== undefined) {
        units[n++] = BACKSLASH;
        units[n++] = short;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < count && u16[from + i + 1] >= 0xdc00 && u16[from + i + 1] <= 0xdfff) {
        // A surrogate pair stays as it is.
        units[n++] = c;
        units[n++] = u16[from + ++i];
        continue;
      }
      // Control characters and lone surrogates: \uXXXX with lowercase hex.
      units[n++] = BACKSLASH;
      units[n++] = 0x75;
      for (let shift = 12; shift >= 0; shift -= 4) units[n++] = HEX.charCodeAt((c >> shift) & 15);
    }
    units[n++] = QUOTE;
    this.length = n;
  }

  /** The text as a new heap string (no collection can run while it is made). */
  toHeapString(): number {
    return this.heap.allocStringUnits(this.units.subarray(0, this.length));
  }

  private reserve(more: number): void {
    if (this.length + more <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + more));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }
}
