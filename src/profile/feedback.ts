// Type feedback recorded by the interpreter at every arithmetic and compare site, read by the
// optimizing compiler. One byte per site in a feedback vector that lives in the heap region
// (so baseline code can update it in place later); bits only ever get added, so a site's
// feedback is a small lattice: none < int32 < number < any.

export const enum FeedbackBits {
  None = 0,
  Int32 = 1, // every operand was an int32 and the result fit in int32
  Number = 2, // operands were numbers, but not all int32 (or the int32 result overflowed)
  Other = 4, // a string, boolean, undefined, null or function took part
}

export type SiteKind = 'none' | 'int32' | 'number' | 'any';

export function siteKind(bits: number): SiteKind {
  if (bits === 0) return 'none';
  if (bits & FeedbackBits.Other) return 'any';
  if (bits & FeedbackBits.Number) return 'number';
  return 'int32';
}
