// Non-extensible, sealed and frozen arrays (Object.preventExtensions, seal and freeze of an
// array). The level is bits of the array's elements kind (layout.ts ElementsKind), set for
// good, so the places that already read the kind see it: the interpreter's keyed-store cache
// and compiled stores and pushes leave such an array to the runtime, whose writes ask here.
//
// A write the level forbids does nothing in sloppy code and is node's TypeError in strict
// code; the builtins that mutate their receiver always throw. For those, the spec's sequence
// of element writes, deletes and the final length write is replayed over which elements are
// present (holes are absent properties), and the first one the level refuses is the error
// node reports (`Object.freeze([1, 2, 3]).shift()` fails writing index 0, a sealed array's
// shift deleting index 2). When none is refused the method runs as it does on any array.

import { KilnThrow } from './errors';
import { ElementsKind, Tag } from './layout';
import type { ObjectModel } from './objects';
import type { Word } from './word';

/** What the replay needs of the runtime (runtime-core.ts; structural: it imports this file). */
export interface IntegrityRuntime {
  readonly objects: ObjectModel;
  toNumber(w: Word): number;
}

const NON_EXTENSIBLE = ElementsKind.NonExtensibleBit;
const SEALED = ElementsKind.SealedBit;
const FROZEN = ElementsKind.FrozenBit;
export const INTEGRITY_BITS = NON_EXTENSIBLE | SEALED | FROZEN;

/** The integrity bits an integrity level sets. */
export function integrityBits(level: 'sealed' | 'frozen' | undefined): number {
  return level === 'frozen' ? INTEGRITY_BITS : level === 'sealed' ? NON_EXTENSIBLE | SEALED : NON_EXTENSIBLE;
}

/** Array a's integrity bits (0 for an ordinary array). */
export function arrayIntegrity(objects: ObjectModel, a: number): number {
  return objects.elementsKind(a) & INTEGRITY_BITS;
}

const readOnly = (key: string | number): KilnThrow => new KilnThrow('TypeError', `Cannot assign to read only property '${key}' of object '[object Array]'`);
const notExtensible = (i: number): KilnThrow => new KilnThrow('TypeError', `Cannot add property ${i}, object is not extensible`);
const undeletable = (i: number): KilnThrow => new KilnThrow('TypeError', `Cannot delete property '${i}' of [object Array]`);

/** What a restricted array's element writes may do, over which elements are present. */
class ElementWrites {
  private readonly present: boolean[];

  constructor(objects: ObjectModel, a: number, private readonly bits: number) {
    this.present = Array.from({ length: objects.arrayLength(a) }, (_, i) => objects.hasOwnElement(a, i));
  }

  get length(): number {
    return this.present.length;
  }

  has(i: number): boolean {
    return this.present[i] === true;
  }

  /** The error of Set(a, i, v, true), or null (and i is present from now on). */
  set(i: number): KilnThrow | null {
    if (this.has(i)) {
      if ((this.bits & FROZEN) !== 0) return readOnly(i);
    } else if ((this.bits & NON_EXTENSIBLE) !== 0) {
      return notExtensible(i);
    }
    this.present[i] = true;
    return null;
  }

  /** The error of DeletePropertyOrThrow(a, i), or null. */
  delete(i: number): KilnThrow | null {
    if (this.has(i) && (this.bits & SEALED) !== 0) return undeletable(i);
    this.present[i] = false;
    return null;
  }

  /** The error of Set(a, 'length', n, true) (ArraySetLength), or null. */
  setLength(n: number): KilnThrow | null {
    if ((this.bits & FROZEN) !== 0) return readOnly('length');
    for (let i = this.present.length - 1; i >= n; i--) {
      if (this.has(i) && (this.bits & SEALED) !== 0) return undeletable(i);
    }
    this.present.length = Math.max(n, 0);
    return null;
  }
}

/** `a[i] = v` on restricted array a: may it happen? (false: sloppy code's write does nothing;
 *  strict code gets node's TypeError). */
export function mayWriteElement(objects: ObjectModel, a: number, i: number, strict: boolean): boolean {
  // One element's presence decides it: no snapshot of the whole array (a loop writing to a
  // frozen array would pay for every element on every write).
  const bits = arrayIntegrity(objects, a);
  const present = objects.hasOwnElement(a, i);
  const error = present ? ((bits & FROZEN) !== 0 ? readOnly(i) : null) : (bits & NON_EXTENSIBLE) !== 0 ? notExtensible(i) : null;
  if (error !== null && strict) throw error;
  return error === null;
}

/** `a.length = n` on restricted array a. */
export function mayWriteLength(objects: ObjectModel, a: number, n: number, strict: boolean): boolean {
  const error = new ElementWrites(objects, a, arrayIntegrity(objects, a)).setLength(n);
  if (error !== null && strict) throw error;
  return error === null;
}

/** `delete a[i]` on restricted array a. */
export function mayDeleteElement(objects: ObjectModel, a: number, i: number, strict: boolean): boolean {
  const present = objects.hasOwnElement(a, i);
  const error = present && (arrayIntegrity(objects, a) & SEALED) !== 0 ? undeletable(i) : null;
  if (error !== null && strict) throw error;
  return error === null;
}

/** The element writes, deletes and length write of Array.prototype[name](...args) on a, in
 *  the spec's order; the first one refused is thrown. */
export function replayMutation(rt: IntegrityRuntime, a: number, name: string, args: readonly Word[]): void {
  const w = new ElementWrites(rt.objects, a, arrayIntegrity(rt.objects, a));
  const len = w.length;
  const step = (error: KilnThrow | null): void => {
    if (error !== null) throw error;
  };
  const move = (from: number, to: number): void => step(w.has(from) ? w.set(to) : w.delete(to));
  const relative = (i: number, dflt: number): number => {
    const word = args[i];
    if (word === undefined || word[0] === Tag.Undefined) return dflt;
    const n = Math.trunc(rt.toNumber(word)) || 0;
    return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
  };
  switch (name) {
    case 'push':
      for (let i = 0; i < args.length; i++) step(w.set(len + i));
      return step(w.setLength(len + args.length));
    case 'pop':
      if (len > 0) step(w.delete(len - 1));
      return step(w.setLength(Math.max(len - 1, 0)));
    case 'shift':
      if (len > 0) {
        for (let k = 1; k < len; k++) move(k, k - 1);
        step(w.delete(len - 1));
      }
      return step(w.setLength(Math.max(len - 1, 0)));
    case 'unshift': {
      const n = args.length;
      if (n > 0) {
        for (let k = len; k > 0; k--) move(k - 1, k + n - 1);
        for (let j = 0; j < n; j++) step(w.set(j));
      }
      return step(w.setLength(len + n));
    }
    case 'reverse':
      for (let lower = 0, upper = len - 1; lower < Math.floor(len / 2); lower++, upper--) {
        const lowerExists = w.has(lower);
        const upperExists = w.has(upper);
        if (upperExists) step(w.set(lower));
        else if (lowerExists) step(w.delete(lower));
        if (lowerExists) step(w.set(upper));
        else if (upperExists) step(w.delete(upper));
      }
      return;
    case 'sort': {
      // The present elements are written back from index 0, the rest deleted.
      let count = 0;
      for (let i = 0; i < len; i++) if (w.has(i)) count++;
      for (let j = 0; j < count; j++) step(w.set(j));
      for (let j = count; j < len; j++) step(w.delete(j));
      return;
    }
    case 'fill': {
      const end = relative(2, len);
      for (let k = relative(1, 0); k < end; k++) step(w.set(k));
      return;
    }
    case 'copyWithin': {
      const to = relative(0, 0);
      const from = relative(1, 0);
      const count = Math.min(relative(2, len) - from, len - to);
      if (count <= 0) return;
      if (from < to && to < from + count) for (let i = count - 1; i >= 0; i--) move(from + i, to + i);
      else for (let i = 0; i < count; i++) move(from + i, to + i);
      return;
    }
    case 'splice': {
      const start = relative(0, 0);
      const items = Math.max(args.length - 2, 0);
      const deleteCount = args.length === 0 ? 0 : args.length === 1 ? len - start
        : Math.min(Math.max(Math.trunc(rt.toNumber(args[1])) || 0, 0), len - start);
      if (items < deleteCount) {
        for (let k = start; k < len - deleteCount; k++) move(k + deleteCount, k + items);
        for (let k = len; k > len - deleteCount + items; k--) step(w.delete(k - 1));
      } else if (items > deleteCount) {
        for (let k = len - deleteCount; k > start; k--) move(k + deleteCount - 1, k + items - 1);
      }
      for (let j = 0; j < items; j++) step(w.set(start + j));
      return step(w.setLength(len - deleteCount + items));
    }
    default:
      throw new Error(`kiln internal error: ${name} is not a mutating array method`);
  }
}

/** The array methods that write to their receiver. */
export const MUTATING_ARRAY_METHODS: ReadonlySet<string> = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'reverse', 'fill', 'sort', 'copyWithin']);

/** arr.push(v) by compiled code's slow path or the runtime's ArrayPush. */
export function checkArrayPush(rt: IntegrityRuntime, a: number, v: Word): void {
  if (arrayIntegrity(rt.objects, a) !== 0) replayMutation(rt, a, 'push', [v]);
}
