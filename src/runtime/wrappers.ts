// Primitive wrapper objects: `new Number(1)`, `new String('ab')`, `new Boolean(false)`,
// `Object(x)` of a primitive (a symbol or a BigInt too). A wrapper is an ordinary object whose
// [[PrimitiveValue]] internal slot is an own property under a private key (private-names.ts:
// no program can name it, key enumeration skips it, freeze leaves it alone), so wrappers need
// no heap kind of their own and shapes, inline caches and the JIT treat them as any object.
//
// A String wrapper's exotic own properties (its indices and `length`) are made once, when it
// is created, as ordinary read-only data properties: the string cannot change, so the result
// is what the spec's [[GetOwnProperty]] would compute each time.

import type { Heap } from './heap';
import { Kind, Tag } from './layout';
import type { ObjectModel } from './objects';
import { PropFlag } from './shapes';
import { newPrivateKey } from './private-names';
import type { Word } from './word';

/** The key of the [[PrimitiveValue]] slot. */
export const PRIMITIVE_VALUE_KEY = newPrivateKey('[[PrimitiveValue]]');

export type WrapperType = 'Number' | 'String' | 'Boolean' | 'Symbol' | 'BigInt';

/** The wrapper type a primitive value gets (null for undefined and null). */
export function wrapperTypeOf(w: Word, kindOf: (at: number) => number): WrapperType | null {
  const hi = w[0];
  if (hi === Tag.Int32 || hi < Tag.MIN) return 'Number';
  if (hi === Tag.Bool) return 'Boolean';
  if (hi === Tag.Ptr) {
    const kind = kindOf(w[1]);
    if (kind === Kind.String) return 'String';
    if (kind === Kind.Symbol) return 'Symbol';
    if (kind === Kind.BigInt) return 'BigInt';
  }
  return null;
}

/** Makes the wrapper of primitive `w` (already of the right type) with prototype `proto`.
 *  A string's wrapper gets its indices (`charAt(i)`: the heap string of unit i) and length. */
export function makeWrapper(heap: Heap, objects: ObjectModel, proto: number, w: Word, string?: { units: number; charAt: (i: number) => number }): number {
  const at = objects.allocObject(proto);
  objects.defineOwn(at, PRIMITIVE_VALUE_KEY, w[0], w[1], PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
  if (string === undefined) return at;
  heap.pushHandle(at);
  try {
    for (let i = 0; i < string.units; i++) {
      objects.defineOwn(at, String(i), Tag.Ptr, string.charAt(i), PropFlag.ReadOnly | PropFlag.NonConfigurable);
    }
    objects.defineOwn(at, 'length', Tag.Int32, string.units, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
  } finally {
    heap.popHandle();
  }
  return at;
}

/** The primitive a wrapper object holds, or undefined for any other object. */
export function wrappedPrimitive(objects: Pick<ObjectModel, 'getOwn' | 'rhi' | 'rlo'>, at: number): Word | undefined {
  if (!objects.getOwn(at, PRIMITIVE_VALUE_KEY)) return undefined;
  return [objects.rhi, objects.rlo];
}
