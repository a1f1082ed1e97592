// Object.prototype's methods (hasOwnProperty, isPrototypeOf, propertyIsEnumerable, toString,
// toLocaleString, valueOf) and the `Object` function itself. They are written against the
// generic property operations (properties.ts), so they hold for every kind of heap value,
// and reach Object.prototype.toString's tags the way the spec computes them.

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const bool = (b: boolean): Word => [Tag.Bool, b ? 1 : 0];

/** ToObject's TypeError for null and undefined (`method` names the method where V8's
 *  message does). */
export function requireObjectCoercible(self: Word, method?: string): void {
  if (self[0] === Tag.Undefined || self[0] === Tag.Null) {
    throw new KilnThrow('TypeError', method === undefined ? 'Cannot convert undefined or null to object' : `${method} called on null or undefined`);
  }
}

/** ToPropertyKey of a key value, as the property operations take it. */
export function propertyKey(rt: RuntimeCore, key: Word): string {
  const k = rt.toPrimitive(key, 'string');
  return typeof rt.props.toKey(k[0], k[1]) === 'number' ? String(rt.props.toKey(k[0], k[1])) : rt.props.keyString(k[0], k[1]);
}

/** Does value `w` have own property `key` (arrays' indices and length, strings' indices,
 *  functions' virtual name/length/prototype included)? Its flags are left in objects.rflags. */
export function hasOwn(rt: RuntimeCore, w: Word, key: string): boolean {
  const o = rt.objects;
  o.rflags = 0;
  if (w[0] !== Tag.Ptr) return false;
  const at = w[1];
  switch (rt.heap.kindOf(at)) {
    case Kind.Array: {
      if (key === 'length') {
        o.rflags = PropFlag.NonEnumerable;
        return true;
      }
      const i = Number(key);
      if (String(i) !== key || !Number.isInteger(i) || i < 0) return rt.props.own(at, key);
      return i < o.arrayLength(at) && rt.heap.u32[o.elementWord(at, i) + 1] !== Tag.Hole;
    }
    case Kind.String: {
      if (key === 'length') {
        o.rflags = PropFlag.NonEnumerable;
        return true;
      }
      const i = Number(key);
      return String(i) === key && Number.isInteger(i) && i >= 0 && i < rt.heap.u32[(at >> 2) + 1];
    }
    case Kind.Object:
    case Kind.Function: {
      const proxy = rt.props.asProxy(at);
      if (proxy === null) return rt.props.own(at, key);
      const d = proxy.getOwnProperty(at, key);
      o.rflags = d?.enumerable === false ? PropFlag.NonEnumerable : 0;
      return d !== undefined;
    }
    default:
      return false;
  }
}

/** The tag Object.prototype.toString puts in "[object Tag]". */
function builtinTag(rt: RuntimeCore, w: Word): string {
  const [hi, lo] = w;
  if (hi === Tag.Undefined) return 'Undefined';
  if (hi === Tag.Null) return 'Null';
  if (hi === Tag.Bool) return 'Boolean';
  if (hi === Tag.Int32 || hi < Tag.MIN) return 'Number';
  switch (rt.heap.kindOf(lo)) {
    case Kind.String: return 'String';
    case Kind.Symbol: return 'Symbol';
    case Kind.BigInt: return 'BigInt';
    case Kind.Array: return rt.objects.isArguments(lo) ? 'Arguments' : 'Array';
    case Kind.Function: return 'Function';
    default:
      if (rt.props.asProxy(lo)?.isArray(lo)) return 'Array';
      // Map, Set and their iterators, then errors.
      return rt.builtinTag(lo) ?? (rt.isErrorObject(lo) ? 'Error' : 'Object');
  }
}

/** The value's @@toStringTag when it is a string (Object.prototype.toString uses it over
 *  the builtin tag), else undefined. */
function toStringTag(rt: RuntimeCore, w: Word): string | undefined {
  if (w[0] === Tag.Undefined || w[0] === Tag.Null) return undefined;
  const tag = rt.getProperty(w, rt.symbols.wellKnownKey('toStringTag'));
  return tag[0] === Tag.Ptr && rt.heap.kindOf(tag[1]) === Kind.String ? rt.heap.readString(tag[1]) : undefined;
}

export const OBJECT_PROTOTYPE_NATIVES: readonly NativeMethod[] = [
  {
    name: 'hasOwnProperty', length: 1,
    fn: (rt, self, args) => {
      const key = propertyKey(rt, args[0] ?? UNDEF);
      requireObjectCoercible(self);
      return bool(hasOwn(rt, self, key));
    },
  },
  {
    name: 'isPrototypeOf', length: 1,
    fn: (rt, self, args) => {
      const v = args[0] ?? UNDEF;
      if (!rt.isObjectWord(v)) return bool(false);
      requireObjectCoercible(self);
      if (self[0] !== Tag.Ptr) return bool(false);
      for (let p = rt.protoOfObject(v[1]); p !== 0; p = rt.protoOfObject(p)) if (p === self[1]) return bool(true);
      return bool(false);
    },
  },
  {
    name: 'propertyIsEnumerable', length: 1,
    fn: (rt, self, args) => {
      const key = propertyKey(rt, args[0] ?? UNDEF);
      requireObjectCoercible(self);
      return bool(hasOwn(rt, self, key) && (rt.objects.rflags & PropFlag.NonEnumerable) === 0);
    },
  },
  {
    name: 'toString', length: 0,
    fn: (rt, self) => {
      // IsArray comes first: a revoked proxy throws before any trap could run.
      if (self[0] === Tag.Ptr && rt.props.asProxy(self[1])?.targetOf(self[1]) === 0) {
        throw new KilnThrow('TypeError', "Cannot perform 'Object.prototype.toString' on a proxy that has been revoked");
      }
      return rt.str(`[object ${toStringTag(rt, self) ?? builtinTag(rt, self)}]`);
    },
  },
  {
    name: 'toLocaleString', length: 0,
    fn: (rt, self) => {
      requireObjectCoercible(self, 'Object.prototype.toLocaleString');
      const f = rt.getProperty(self, 'toString');
      if (!rt.isCallable(f)) throw new KilnThrow('TypeError', `${rt.describe(f[0], f[1])} is not a function`);
      return rt.invoker.call(f, self, []);
    },
  },
  {
    name: 'valueOf', length: 0,
    fn: (rt, self) => {
      if (self[0] === Tag.Undefined || self[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
      return rt.toObject(self);
    },
  },
];

/** `Object(v)` and `new Object(v)`: a new object for null/undefined, v itself for objects. */
export const OBJECT_CONSTRUCTOR: NativeMethod = {
  name: 'Object', length: 1,
  fn: (rt, _self, args) => objectOf(rt, args[0] ?? UNDEF),
  construct: (rt, args, newTarget, callee) => {
    if (newTarget[1] !== callee) return [Tag.Ptr, rt.objects.allocObject(rt.prototypeForNew(newTarget))];
    return objectOf(rt, args[0] ?? UNDEF);
  },
};

function objectOf(rt: RuntimeCore, v: Word): Word {
  if (v[0] === Tag.Undefined || v[0] === Tag.Null) return [Tag.Ptr, rt.objects.allocObject()];
  return rt.toObject(v);
}
