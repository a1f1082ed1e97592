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

/** Feedback of keyed accesses (GetKeyed/SetKeyed) and of named accesses the shape caches
 *  do not cover, one byte per site; bits only get added. The elements-kind bits say what
 *  the arrays seen at the site held. */
export const enum AccessBits {
  ArrayInBounds = 1, // an array indexed by an int32 within its length
  OutOfBounds = 2, // an array indexed past its length, or a hole was read
  StringIndex = 4, // a string indexed by an int32 (named sites: a string receiver)
  ArrayLength = 8, // named sites: an array receiver (`length`, or a method of Array.prototype)
  Generic = 16, // anything else (objects by key, dictionaries, prototypes, primitives)
  DoubleElements = 32, // an array with double elements
  AnyElements = 64, // an array with elements other than numbers
  TypedElements = 128, // a Float64Array or Int32Array indexed within its length (ics: its shape, type code)
}

/** Inline-cache entries per named-access site (then the site is megamorphic). */
export const IC_ENTRIES = 4;
/** Int32 words per site in FunctionProfile.ics: state, then (shape, slot, shapeAfter) x 4. */
export const IC_STRIDE = 1 + 3 * IC_ENTRIES;
/** Set in an entry's slot word when the property was found on a prototype: the entry is
 *  (receiver shape, slot | IC_PROTO_BIT, holder object offset), valid only while the site's
 *  epoch (FunctionProfile.icEpochs) is the current prototype epoch. */
export const IC_PROTO_BIT = 0x40000000;
/** With IC_PROTO_BIT: the holder's slot is an accessor pair whose getter the load calls. */
export const IC_GETTER_BIT = 0x20000000;
/** The receiver was a function and the shape is its properties object's (a class's static
 *  members, `F.call`): the load reads that object, the getter still gets the function. */
export const IC_FUNCTION_BIT = 0x10000000;
/** The slot index of an entry's slot word. */
export const IC_SLOT_MASK = 0x0fffffff;
/** With IC_PROTO_BIT, in place of a slot: no object on the prototype chain has the property
 *  (the load is undefined while the epoch holds; the entry's holder is 0). */
export const IC_ABSENT_SLOT = IC_SLOT_MASK;
/** The IC state word past the last polymorphic state. */
export const IC_MEGAMORPHIC = IC_ENTRIES + 1;
