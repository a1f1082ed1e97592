// How the library's constructors are wired to their prototypes (a fixed `prototype`, the
// prototype's `constructor`, its @@toStringTag) and what calling one without `new` throws:
// shared by the host-backed classes (typed arrays, TextEncoder/TextDecoder, URL).

import { KilnThrow } from './errors';
import { Tag } from './layout';
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

/** The spec's AddEntriesFromIterable for `new Map(iterable)` and its kin when the object's
 *  own `set`/`add` must run (a subclass may override it): each item (an entry object [k, v]
 *  for the Map kinds) added through the adder the object has when construction starts. */
export function addEntriesFromIterable(rt: RuntimeCore, self: Word, type: 'Map' | 'Set' | 'WeakMap' | 'WeakSet', iterable: Word): void {
  if (iterable[0] === Tag.Undefined || iterable[0] === Tag.Null) return;
  const pairs = type === 'Map' || type === 'WeakMap';
  const adderName = pairs ? 'set' : 'add';
  // The object and the iterable stay reachable while the adder's getter and the iteration
  // run code.
  rt.heap.pushHandleWord(self);
  rt.heap.pushHandleWord(iterable);
  try {
    const adder = rt.getProperty(self, adderName);
    if (!rt.isCallable(adder)) throw new KilnThrow('TypeError', `'${rt.describe(adder[0], adder[1])}' returned for property '${adderName}' of object '#<${type}>' is not a function`);
    const items = rt.iterableToArray(iterable[0], iterable[1]);
    rt.heap.setTopHandleWord([Tag.Ptr, items]);
    for (let i = 0, n = rt.objects.arrayLength(items); i < n; i++) {
      const item = rt.getProperty([Tag.Ptr, items], i);
      if (!pairs) {
        rt.invoker.call(adder, self, [item]);
        continue;
      }
      if (!rt.isObjectWord(item)) throw new KilnThrow('TypeError', `Iterator value ${rt.describe(item[0], item[1])} is not an entry object`);
      rt.invoker.call(adder, self, [rt.getProperty(item, 0), rt.getProperty(item, 1)]);
    }
  } finally {
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
