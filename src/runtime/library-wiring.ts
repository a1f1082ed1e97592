// How the library's constructors are wired to their prototypes (a fixed `prototype`, the
// prototype's `constructor`, its @@toStringTag) and what calling one without `new` throws:
// shared by the host-backed classes (typed arrays, TextEncoder/TextDecoder, URL).

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

/** ctor.prototype = proto (fixed), proto.constructor = ctor, and proto's @@toStringTag when
 *  `tag` is given. */
export function linkConstructor(rt: RuntimeCore, ctor: number, proto: number, tag?: string): void {
  rt.props.define(ctor, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
  rt.objects.defineOwn(proto, 'constructor', Tag.Ptr, ctor, PropFlag.NonEnumerable);
  if (tag !== undefined) {
    rt.objects.defineOwn(proto, rt.symbols.wellKnownKey('toStringTag'), Tag.Ptr, rt.heap.internString(tag), PropFlag.NonEnumerable | PropFlag.ReadOnly);
  }
}

export type CollectionType = 'Map' | 'Set' | 'WeakMap' | 'WeakSet';

/** The adder `new Map(iterable)` and its kin fill the object through: its `set` (the Map
 *  kinds) or `add`, looked up once, before the iteration starts (a subclass may override it). */
export function collectionAdder(rt: RuntimeCore, self: Word, type: CollectionType): Word {
  const adderName = type === 'Map' || type === 'WeakMap' ? 'set' : 'add';
  const adder = rt.getProperty(self, adderName);
  if (!rt.isCallable(adder)) throw new KilnThrow('TypeError', `'${rt.describe(adder[0], adder[1])}' returned for property '${adderName}' of object '#<${type}>' is not a function`);
  return adder;
}

/** Arrays, strings, Maps, Sets and their iterators: iterables whose iteration runs no
 *  program code, so they can be taken whole before the adder runs. */
export function isBuiltinIterable(rt: RuntimeCore, [hi, lo]: Word): boolean {
  if (hi !== Tag.Ptr) return false;
  const kind = rt.heap.kindOf(lo);
  if (kind === Kind.Array || kind === Kind.String) return true;
  return rt.collections.kindOf(hi, lo) !== null || rt.collections.iteratorWalk(hi, lo) !== undefined;
}

/** The TypeError for a Map entry that is not an object (V8 names a string by its text). */
export function notAnEntry(rt: RuntimeCore, item: Word): KilnThrow {
  const text = rt.isSymbol(item) || item[0] !== Tag.Ptr || rt.heap.kindOf(item[1]) !== Kind.String ? rt.describe(item[0], item[1]) : rt.heap.readString(item[1]);
  return new KilnThrow('TypeError', `Iterator value ${text} is not an entry object`);
}

/** The spec's AddEntriesFromIterable for `new Map(iterable)` and its kin when the object's
 *  own `set`/`add` must run: each item (an entry object [k, v] for the Map kinds) added
 *  through the adder the object has when construction starts. A user iterable (a generator,
 *  an object with [Symbol.iterator], a typed array) is iterated step by step, and an
 *  exception out of the adder or a bad entry closes its iterator. */
export function addEntriesFromIterable(rt: RuntimeCore, self: Word, type: CollectionType, iterable: Word, adder?: Word): void {
  if (iterable[0] === Tag.Undefined || iterable[0] === Tag.Null) return;
  const pairs = type === 'Map' || type === 'WeakMap';
  // The object, the iterable and the adder stay reachable while the adder's getter and the
  // iteration run code.
  rt.heap.pushHandleWord(self);
  rt.heap.pushHandleWord(iterable);
  rt.heap.pushHandleWord(adder ?? [Tag.Undefined, 0]);
  try {
    const add = adder ?? collectionAdder(rt, self, type);
    rt.heap.setTopHandleWord(add);
    const addItem = (item: Word): void => {
      if (!pairs) {
        rt.invoker.call(add, self, [item]);
        return;
      }
      if (!rt.isObjectWord(item)) throw notAnEntry(rt, item);
      const key = rt.getProperty(item, 0);
      rt.heap.pushHandleWord(key);
      try {
        rt.invoker.call(add, self, [key, rt.getProperty(item, 1)]);
      } finally {
        rt.heap.popHandle();
      }
    };
    if (!isBuiltinIterable(rt, iterable)) {
      if (!rt.userIterables.forEach(iterable, addItem)) throw new KilnThrow('TypeError', rt.notIterableMessage(iterable));
      return;
    }
    const items = rt.iterableToArray(iterable[0], iterable[1]);
    rt.heap.pushHandle(items);
    try {
      for (let i = 0, n = rt.objects.arrayLength(items); i < n; i++) addItem(rt.getProperty([Tag.Ptr, items], i));
    } finally {
      rt.heap.popHandle();
    }
  } finally {
    rt.heap.popHandle();
    rt.heap.popHandle();
    rt.heap.popHandle();
  }
}

/** A constructor's call behaviour when it needs `new`: node's TypeError for a builtin
 *  ('constructor': "Constructor X requires 'new'") or a class of node's library ('class':
 *  "Class constructor X cannot be invoked without 'new'"). */
export function requiresNew(name: string, kind: 'constructor' | 'class' = 'constructor'): NativeMethod['fn'] {
  return () => {
    throw new KilnThrow('TypeError', kind === 'class' ? `Class constructor ${name} cannot be invoked without 'new'` : `Constructor ${name} requires 'new'`);
  };
}
