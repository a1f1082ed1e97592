// Native methods of Map.prototype and Set.prototype (the entries live in runtime/
// collections.ts), and the constructors `new Map(iterable)` / `new Set(iterable)`. forEach
// walks the entries by index, reading the store again after every callback, so it sees what
// the callback adds and skips what it deletes, as node does. keys/values/entries return
// iterator objects (live walks with `next()`; for…of and spread take their entries).

import { describeReceiver, type Collections, type CollectionKind } from './collections';
import { KilnThrow } from './errors';
import { addEntriesFromIterable, collectionAdder, isBuiltinIterable, notAnEntry } from './library-wiring';
import { Kind, NATIVE_FUNCTION_ID_BASE, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const arg = (args: Word[], i: number): Word => args[i] ?? UNDEF;
const bool = (b: boolean): Word => [Tag.Bool, b ? 1 : 0];

type Method = (rt: RuntimeCore, c: Collections, obj: number, args: Word[], self: Word) => Word;

function forEach(rt: RuntimeCore, c: Collections, obj: number, args: Word[], self: Word): Word {
  const f = arg(args, 0);
  if (!rt.isCallable(f)) throw new KilnThrow('TypeError', `${describeCallback(rt, f)} is not a function`);
  c.iterate(obj, () => {
    for (let e = 0; e < c.used(obj); e++) {
      if (!c.entry(obj, e)) continue;
      const key: Word = [c.khi, c.klo];
      const value: Word = [c.rhi, c.rlo];
      rt.invoker.call(f, arg(args, 1), [value, key, self]);
    }
  });
  return UNDEF;
}

/** How V8 names a value that is not callable or iterable: its type, then its value for
 *  primitives ('number 5', 'object null', 'object'). */
function describeCallback(rt: RuntimeCore, f: Word): string {
  const [hi, lo] = f;
  if (hi === Tag.Undefined) return 'undefined';
  if (hi === Tag.Null) return 'object null';
  if (hi === Tag.Ptr && rt.heap.kindOf(lo) !== Kind.String) return 'object';
  const v = rt.host(f);
  return `${typeof v} ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`;
}

const keysOf: Method = (_rt, c, obj) => [Tag.Ptr, c.createIterator(obj, 'keys')];
const valuesOf: Method = (_rt, c, obj) => [Tag.Ptr, c.createIterator(obj, 'values')];
const entriesOf: Method = (_rt, c, obj) => [Tag.Ptr, c.createIterator(obj, 'entries')];

const MAP_METHODS: Record<string, Method> = {
  get(_rt, c, obj, args) {
    const [hi, lo] = arg(args, 0);
    return c.get(obj, hi, lo) ? [c.rhi, c.rlo] : UNDEF;
  },
  set(_rt, c, obj, args, self) {
    const [khi, klo] = arg(args, 0);
    const [vhi, vlo] = arg(args, 1);
    c.set(obj, khi, klo, vhi, vlo);
    return self;
  },
  has: (_rt, c, obj, args) => bool(c.has(obj, ...arg(args, 0))),
  delete: (_rt, c, obj, args) => bool(c.delete(obj, ...arg(args, 0))),
  clear(_rt, c, obj) {
    c.clear(obj);
    return UNDEF;
  },
  forEach,
  keys: keysOf,
  values: valuesOf,
  entries: entriesOf,
};

const SET_METHODS: Record<string, Method> = {
  add(_rt, c, obj, args, self) {
    const [hi, lo] = arg(args, 0);
    c.set(obj, hi, lo, hi, lo);
    return self;
  },
  has: MAP_METHODS.has,
  delete: MAP_METHODS.delete,
  clear: MAP_METHODS.clear,
  forEach,
  values: valuesOf,
  keys: valuesOf,
  entries: entriesOf,
};

function natives(kind: CollectionKind, methods: Record<string, Method>): NativeMethod[] {
  return Object.entries(methods).map(([name, impl]) => ({
    name,
    fn: (rt: RuntimeCore, self: Word, args: Word[]): Word => {
      const c = rt.collections;
      return impl(rt, c, c.expect(self[0], self[1], kind, name), args, self);
    },
  }));
}

export const MAP_NATIVES: readonly NativeMethod[] = natives('map', MAP_METHODS);
export const SET_NATIVES: readonly NativeMethod[] = natives('set', SET_METHODS);

/** `next()` of the iterators keys()/values()/entries() return: `{ value, done }`. */
function iteratorNext(type: 'Map' | 'Set' | 'Array'): NativeMethod {
  return {
    name: 'next',
    fn: (rt: RuntimeCore, self: Word): Word => {
      const c = rt.collections;
      const walk = c.iteratorWalk(self[0], self[1]);
      if (walk === undefined || walk.kind !== type.toLowerCase()) {
        throw new KilnThrow('TypeError', `Method ${type} Iterator.prototype.next called on incompatible receiver ${describeReceiver(c, self[0], self[1])}`);
      }
      const more = c.take(walk);
      const value: Word = more ? [rt.objects.rhi, rt.objects.rlo] : UNDEF;
      const result = rt.objects.allocObject();
      rt.objects.setOwn(result, 'value', value[0], value[1]);
      rt.objects.setOwn(result, 'done', Tag.Bool, more ? 0 : 1);
      return [Tag.Ptr, result];
    },
  };
}

export const MAP_ITERATOR_NATIVES: readonly NativeMethod[] = [iteratorNext('Map')];
export const SET_ITERATOR_NATIVES: readonly NativeMethod[] = [iteratorNext('Set')];
export const ARRAY_ITERATOR_NATIVES: readonly NativeMethod[] = [iteratorNext('Array')];

/** Is f the native `fn` of the named method of MAP_NATIVES/SET_NATIVES as the realm
 *  installed it (not a replacement the program put on the prototype)? */
function isOriginalNative(rt: RuntimeCore, f: Word, methods: readonly NativeMethod[], name: string): boolean {
  if (f[0] !== Tag.Ptr || rt.heap.kindOf(f[1]) !== Kind.Function) return false;
  const id = rt.heap.functionId(f[1]);
  return id >= NATIVE_FUNCTION_ID_BASE && rt.natives[id - NATIVE_FUNCTION_ID_BASE].fn === methods.find((m) => m.name === name)?.fn;
}

/** `new Map(iterable)` / `new Set(iterable)`. An array, string, Map, Set or their iterator
 *  added through the prototype's own set/add goes straight into the store; anything else (a
 *  user iterable, or a set/add the program replaced) runs the spec's AddEntriesFromIterable. */
export function constructCollection(rt: RuntimeCore, kind: CollectionKind, iterable: Word): Word {
  const c = rt.collections;
  const obj = c.create(kind);
  if (iterable[0] === Tag.Undefined || iterable[0] === Tag.Null) return [Tag.Ptr, obj];
  rt.heap.pushHandle(obj);
  try {
    const type = kind === 'map' ? 'Map' : 'Set';
    const adder = collectionAdder(rt, [Tag.Ptr, obj], type);
    const original = kind === 'map' ? isOriginalNative(rt, adder, MAP_NATIVES, 'set') : isOriginalNative(rt, adder, SET_NATIVES, 'add');
    if (!original || !isBuiltinIterable(rt, iterable)) {
      addEntriesFromIterable(rt, [Tag.Ptr, obj], type, iterable, adder);
      return [Tag.Ptr, obj];
    }
    const items = rt.iterableToArray(iterable[0], iterable[1]);
    rt.heap.pushHandle(items);
    try {
      for (let i = 0, n = rt.objects.arrayLength(items); i < n; i++) {
        rt.objects.getElement(items, i);
        const item: Word = [rt.objects.rhi, rt.objects.rlo];
        if (kind === 'set') {
          c.set(obj, item[0], item[1], item[0], item[1]);
          continue;
        }
        if (!rt.isObjectWord(item)) throw notAnEntry(rt, item);
        const key = rt.getProperty(item, 0);
        rt.heap.pushHandleWord(key);
        try {
          const value = rt.getProperty(item, 1);
          c.set(obj, key[0], key[1], value[0], value[1]);
        } finally {
          rt.heap.popHandle();
        }
      }
    } finally {
      rt.heap.popHandle();
    }
  } finally {
    rt.heap.popHandle();
  }
  return [Tag.Ptr, obj];
}
