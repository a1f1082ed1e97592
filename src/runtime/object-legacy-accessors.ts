// Object.prototype's legacy accessor methods (ECMA-262 Annex B.2.2.2-5): __defineGetter__
// and __defineSetter__ define an enumerable, configurable accessor half as
// Object.defineProperty would (its TypeErrors included); __lookupGetter__ and
// __lookupSetter__ find the nearest own-or-inherited property of that key and give its
// getter or setter (undefined for a data property). Steps run in the spec's order: ToObject
// of the receiver, then the callable check, then the key's conversion (which may call its
// toString).

import { KilnThrow } from './errors';
import { Tag } from './layout';
import { propertyKey } from './object-natives';
import { defineOwnProperty, ownDescriptor, withHandles } from './object-reflection';
import type { NativeMethod } from './runtime-core';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

function defineAccessorHalf(half: 'get' | 'set'): NativeMethod {
  const name = half === 'get' ? '__defineGetter__' : '__defineSetter__';
  return {
    name, length: 2,
    fn: (rt, self, args) => {
      const object = rt.toObject(self);
      const fn = args[1] ?? UNDEF;
      if (!rt.isCallable(fn)) throw new KilnThrow('TypeError', `Object.prototype.${name}: Expecting function`);
      withHandles(rt, [object, fn], () => {
        const key = propertyKey(rt, args[0] ?? UNDEF);
        defineOwnProperty(rt, object, key, { [half]: fn, enumerable: true, configurable: true });
      });
      return UNDEF;
    },
  };
}

function lookupAccessorHalf(half: 'get' | 'set'): NativeMethod {
  return {
    name: half === 'get' ? '__lookupGetter__' : '__lookupSetter__', length: 1,
    fn: (rt, self, args) => {
      const object = rt.toObject(self);
      const key = withHandles(rt, [object], () => propertyKey(rt, args[0] ?? UNDEF));
      for (let at = object[1]; at !== 0; at = rt.objects.protoOf(at)) {
        const d = ownDescriptor(rt, [Tag.Ptr, at], key);
        if (d !== undefined) return d[half] ?? UNDEF;
      }
      return UNDEF;
    },
  };
}

export const LEGACY_ACCESSOR_NATIVES: readonly NativeMethod[] = [
  defineAccessorHalf('get'), defineAccessorHalf('set'), lookupAccessorHalf('get'), lookupAccessorHalf('set'),
];
