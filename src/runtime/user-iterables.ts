// for-of and spread over user iterables: objects with a [Symbol.iterator]() method.
//
// for-of compiles to an index loop over what ForOfIterable gives (`t.length` read each
// iteration, then `t[i]`: frontend/codegen/statements.ts). For a user iterable that is a
// cursor object like the Map/Set ones (collections.ts): reading its `length` calls the
// iterator's next() once — so the protocol runs lazily, one step per iteration, in the
// order node runs it — and answers the count taken so far, plus one unless the result was
// done; reading element count-1 gives that result's value. The iterator, its next method
// and the last value are own properties of the cursor under a private name (invisible to
// the program, traced by the GC like any property). Spread and destructuring drain the
// iterator into an array (iterableToArray).
//
// A `break`, `return` or outer `continue` out of the loop closes the iterator (close: its
// return() method, when it has one); an iterator whose next() threw is not closed. Not yet:
// an exception thrown out of the loop body does not close it.

import { asLanguageException, KilnThrow } from './errors';
import { Tag } from './layout';
import type { Heap } from './heap';
import type { ObjectModel } from './objects';
import { newPrivateKey } from './private-names';
import { PropFlag } from './shapes';
import type { Symbols } from './symbols';
import type { Word } from './word';

/** What the iteration protocol needs of the runtime core (which owns this object). */
export interface IterationHost {
  readonly heap: Heap;
  readonly objects: ObjectModel;
  readonly symbols: Symbols;
  readonly invoker: { call(fn: Word, self: Word, args: Word[]): Word };
  getProperty(w: Word, key: string | number): Word;
  isCallable(w: Word): boolean;
  isObjectWord(w: Word): boolean;
  toBoolean(w: Word): boolean;
  describe(hi: number, lo: number): string;
  notIterableMessage(w: Word): string;
  typedName(w: Word): string;
  newArray(values: readonly Word[]): Word;
}

interface UserCursor {
  taken: number;
  done: boolean;
}

const ITERATOR_KEY = newPrivateKey('iterator');
const NEXT_KEY = newPrivateKey('next');
const VALUE_KEY = newPrivateKey('value');

export class UserIterables {
  private readonly cursors = new Map<number, UserCursor>();

  constructor(private readonly rt: IterationHost) {}

  /** GetIterator(v): the iterator object and its next method, or undefined when v has no
   *  [Symbol.iterator] method. */
  private open(v: Word): [Word, Word] | undefined {
    const rt = this.rt;
    if (v[0] === Tag.Undefined || v[0] === Tag.Null) return undefined;
    const method = rt.getProperty(v, rt.symbols.wellKnownKey('iterator'));
    if (method[0] === Tag.Undefined || method[0] === Tag.Null) return undefined;
    if (!rt.isCallable(method)) throw new KilnThrow('TypeError', rt.notIterableMessage(v));
    const iterator = rt.invoker.call(method, v, []);
    if (!rt.isObjectWord(iterator)) throw new KilnThrow('TypeError', `Result of the Symbol.iterator method is not an object`);
    rt.heap.pushHandle(iterator[1]);
    try {
      return [iterator, rt.getProperty(iterator, 'next')];
    } finally {
      rt.heap.popHandle();
    }
  }

  /** IteratorStep: the next result's value, or undefined when the iterator is done. */
  private step(iterator: Word, next: Word): Word | undefined {
    const rt = this.rt;
    if (!rt.isCallable(next)) throw new KilnThrow('TypeError', `${rt.typedName(next)} is not a function`);
    const result = rt.invoker.call(next, iterator, []);
    if (!rt.isObjectWord(result)) throw new KilnThrow('TypeError', `Iterator result ${rt.describe(result[0], result[1])} is not an object`);
    rt.heap.pushHandle(result[1]);
    try {
      if (rt.toBoolean(rt.getProperty(result, 'done'))) return undefined;
      return rt.getProperty(result, 'value');
    } finally {
      rt.heap.popHandle();
    }
  }

  /** for-of over v: a cursor object, or 0 when v is not a user iterable. */
  forOfCursor(v: Word): number {
    const opened = this.open(v);
    if (opened === undefined) return 0;
    const rt = this.rt;
    const o = rt.objects;
    const [iterator, next] = opened;
    rt.heap.pushHandle(iterator[1]);
    if (next[0] === Tag.Ptr) rt.heap.pushHandle(next[1]);
    try {
      const cursor = o.allocObject(o.objectProto);
      o.defineOwn(cursor, ITERATOR_KEY, iterator[0], iterator[1], PropFlag.NonEnumerable);
      o.defineOwn(cursor, NEXT_KEY, next[0], next[1], PropFlag.NonEnumerable);
      o.defineOwn(cursor, VALUE_KEY, Tag.Undefined, 0, PropFlag.NonEnumerable);
      this.cursors.set(cursor, { taken: 0, done: false });
      return cursor;
    } finally {
      if (next[0] === Tag.Ptr) rt.heap.popHandle();
      rt.heap.popHandle();
    }
  }

  /** A cursor's `length` (one step of the iterator) or element, into objects.rhi/rlo;
   *  false when obj is no user cursor. */
  cursorGet(obj: number, key: number | string): boolean {
    const cursor = this.cursors.get(obj);
    if (cursor === undefined) return false;
    const o = this.rt.objects;
    const own = (k: string): Word => {
      o.getOwn(obj, k);
      return [o.rhi, o.rlo];
    };
    if (key === 'length') {
      if (!cursor.done) {
        // (An iterator that throws from next() or its result's getters is done: not closed.)
        cursor.done = true;
        const value = this.step(own(ITERATOR_KEY), own(NEXT_KEY));
        cursor.done = false;
        if (value === undefined) cursor.done = true;
        else {
          cursor.taken++;
          o.setOwn(obj, VALUE_KEY, value[0], value[1]);
        }
      }
      o.rhi = Tag.Int32;
      o.rlo = cursor.taken;
      return true;
    }
    const value: Word = key === cursor.taken - 1 ? own(VALUE_KEY) : [Tag.Undefined, 0];
    o.rhi = value[0];
    o.rlo = value[1];
    return true;
  }

  /** IteratorClose for a for-of loop left early over `items` (what ForOfIterable gave):
   *  a user iterator's return() is called, and must give an object; anything else (an
   *  array, a Map cursor, a finished iterator) has nothing to close. */
  close(items: Word): void {
    const cursor = items[0] === Tag.Ptr ? this.cursors.get(items[1]) : undefined;
    if (cursor === undefined || cursor.done) return;
    cursor.done = true;
    this.rt.objects.getOwn(items[1], ITERATOR_KEY);
    this.closeIterator([this.rt.objects.rhi, this.rt.objects.rlo]);
  }

  /** IteratorClose(iterator) after a normal completion. */
  private closeIterator(iterator: Word): void {
    const rt = this.rt;
    const method = rt.getProperty(iterator, 'return');
    if (method[0] === Tag.Undefined || method[0] === Tag.Null) return;
    if (!rt.isCallable(method)) throw new KilnThrow('TypeError', `${rt.describe(method[0], method[1])} is not a function`);
    const result = rt.invoker.call(method, iterator, []);
    if (!rt.isObjectWord(result)) throw new KilnThrow('TypeError', `Iterator result ${rt.describe(result[0], result[1])} is not an object`);
  }

  /** The spec's iteration in AddEntriesFromIterable (`new Map(iterable)` and its kin): each
   *  value v's iterator gives goes to `visit` as it comes (next() and visit interleave, as in
   *  node); a language exception out of visit closes the iterator (IteratorClose with a throw
   *  completion: what return() does or throws gives way to visit's exception). false when v
   *  is not a user iterable. */
  forEach(v: Word, visit: (value: Word) => void): boolean {
    const opened = this.open(v);
    if (opened === undefined) return false;
    const rt = this.rt;
    const [iterator, next] = opened;
    rt.heap.pushHandle(iterator[1]);
    if (next[0] === Tag.Ptr) rt.heap.pushHandle(next[1]);
    try {
      for (;;) {
        const value = this.step(iterator, next);
        if (value === undefined) return true;
        // The value stays reachable while visit runs code (getters, an overridden adder).
        rt.heap.pushHandleWord(value);
        try {
          visit(value);
        } catch (e) {
          if (asLanguageException(e) !== undefined) this.closeAfterThrow(iterator);
          throw e;
        } finally {
          rt.heap.popHandle();
        }
      }
    } finally {
      if (next[0] === Tag.Ptr) rt.heap.popHandle();
      rt.heap.popHandle();
    }
  }

  /** IteratorClose(iterator) after a throw completion: return() runs when there is one, and
   *  whatever it throws is dropped. */
  private closeAfterThrow(iterator: Word): void {
    try {
      const method = this.rt.getProperty(iterator, 'return');
      if (method[0] !== Tag.Undefined && method[0] !== Tag.Null && this.rt.isCallable(method)) this.rt.invoker.call(method, iterator, []);
    } catch (e) {
      if (asLanguageException(e) === undefined) throw e;
    }
  }

  /** Spread / destructuring of v: a new array of everything its iterator gives, or 0 when
   *  v is not a user iterable. */
  toArray(v: Word): number {
    return this.take(v, Infinity);
  }

  /** An array pattern's values from v: at most n, the iterator closed when it was not done
   *  by then (a pattern over an endless generator takes what it names); 0 when v is not a
   *  user iterable. (n = Infinity: everything, as spread takes it.) */
  take(v: Word, n: number): number {
    const opened = this.open(v);
    if (opened === undefined) return 0;
    const rt = this.rt;
    const [iterator, next] = opened;
    const out = rt.newArray([])[1];
    rt.heap.pushHandle(out);
    rt.heap.pushHandle(iterator[1]);
    if (next[0] === Tag.Ptr) rt.heap.pushHandle(next[1]);
    try {
      for (let i = 0; i < n; i++) {
        const value = this.step(iterator, next);
        if (value === undefined) return out;
        rt.objects.push(out, value[0], value[1]);
      }
      this.closeIterator(iterator);
      return out;
    } finally {
      if (next[0] === Tag.Ptr) rt.heap.popHandle();
      rt.heap.popHandle();
      rt.heap.popHandle();
    }
  }

  /** After a collection: forget the cursors that died. */
  dropDead(isLive: (at: number) => boolean): void {
    for (const at of this.cursors.keys()) if (!isLive(at)) this.cursors.delete(at);
  }
}
