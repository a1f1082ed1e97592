// String.prototype.split on a string separator, over the heap's own UTF-16 units: the
// separator is searched for in the (flattened) string and each piece is copied into a new
// String, with no host string made on either side (`line.split(',')` in a loop was a decode
// of the line, the host's split, and an encode of every piece). One-unit pieces below 256
// are the interned character strings, as the JIT's s[i] gives them. The heap never moves
// objects and allocation never collects, so offsets held here stay valid.

import type { Heap } from './heap';
import { Kind, ObjectLayout } from './layout';

/** The pieces of string `s` split at every occurrence of string `separator` (no limit), as
 *  heap offsets: ECMAScript StringSplit (an empty separator splits into code units; an
 *  empty string is one piece unless the separator is empty too). */
export function splitString(heap: Heap, s: number, separator: number): number[] {
  const flat = heap.flatString(s);
  const sep = heap.flatString(separator);
  const { u16, u32 } = heap;
  const length = u32[(flat >> 2) + 1];
  const sepLength = u32[(sep >> 2) + 1];
  const base = (flat + ObjectLayout.stringDataOffset) >> 1;
  const sepBase = (sep + ObjectLayout.stringDataOffset) >> 1;
  const piece = (from: number, to: number): number => {
    const units = to - from;
    if (units === 1 && u16[base + from] < 256) return heap.charString(u16[base + from]);
    if (units === 0) return heap.internString('');
    const at = heap.allocate(ObjectLayout.stringDataOffset + 2 * units);
    u32[at >> 2] = Kind.String;
    u32[(at >> 2) + 1] = units;
    const to16 = (at + ObjectLayout.stringDataOffset) >> 1;
    if (units > 64) u16.copyWithin(to16, base + from, base + to);
    else for (let i = 0; i < units; i++) u16[to16 + i] = u16[base + from + i];
    return at;
  };
  const pieces: number[] = [];
  if (sepLength === 0) {
    for (let i = 0; i < length; i++) pieces.push(piece(i, i + 1));
    return pieces;
  }
  if (length === 0) return [s];
  const first = u16[sepBase];
  let start = 0;
  for (let j = 0; j + sepLength <= length; ) {
    let k = 0;
    if (u16[base + j] === first) while (++k < sepLength && u16[base + j + k] === u16[sepBase + k]);
    if (k === sepLength) {
      pieces.push(piece(start, j));
      start = j += sepLength;
    } else {
      j++;
    }
  }
  pieces.push(piece(start, length));
  return pieces;
}
