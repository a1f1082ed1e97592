// Reflect: the object internal methods as functions. Each is the operation the language
// already performs for Object.* or for property syntax (object-reflection.ts, properties.ts),
// with Reflect's differences: the target must be an object (TypeError "Reflect.x called on
// non-object"), and the operations that can fail report it as false rather than throwing
// (defineProperty, set, setPrototypeOf, preventExtensions, deleteProperty).

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import { propertyKey } from './object-natives';
import { isSymbolKey } from './symbols';
import { fromDescriptor, ownDescriptor, prototypeArgument, testIntegrity, toDescriptor } from './object-reflection';
import { ownKeysOf, reflectDefine, reflectGet, reflectPreventExtensions, reflectSet, reflectSetPrototypeOf } from './proxies';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import { typeOfWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const bool = (b: boolean): Word => [Tag.Bool, b ? 1 : 0];
const arg = (args: Word[], i: number): Word => args[i] ?? UNDEF;

function target(rt: RuntimeCore, args: Word[], method: string): Word {
  const t = arg(args, 0);
  if (!rt.isObjectWord(t)) throw new KilnThrow('TypeError', `Reflect.${method} called on non-object`);
  return t;
}

/** CreateListFromArrayLike(list). */
function listFromArrayLike(rt: RuntimeCore, list: Word): Word[] {
  if (!rt.isObjectWord(list)) throw new KilnThrow('TypeError', 'CreateListFromArrayLike called on non-object');
  const n = Math.min(Math.max(Math.trunc(rt.toNumber(rt.getProperty(list, 'length'))) || 0, 0), 0xffffffff);
  const out: Word[] = [];
  for (let i = 0; i < n; i++) out.push(rt.getProperty(list, i));
  return out;
}

export const REFLECT_NATIVES: readonly NativeMethod[] = [
  {
    name: 'defineProperty', length: 3,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'defineProperty');
      const key = propertyKey(rt, arg(args, 1));
      const d = toDescriptor(rt, arg(args, 2));
      return bool(reflectDefine(rt, t, key, d));
    },
  },
  {
    name: 'deleteProperty', length: 2,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'deleteProperty');
      const key = propertyKey(rt, arg(args, 1));
      return bool(rt.props.delete(t[0], t[1], key, false));
    },
  },
  {
    // V8 shows no frame for Reflect.apply or Reflect.construct: the target's follows the caller's.
    name: 'apply', length: 3, hiddenInStack: true,
    fn: (rt, _self, args) => {
      const f = arg(args, 0);
      if (!rt.isCallable(f)) {
        // V8's words: "which is a number", "an object", "null", "a undefined".
        const type = f[0] === Tag.Null ? 'null' : typeOfWord(rt.heap, f[0], f[1]);
        const which = type === 'null' ? type : type === 'object' ? 'an object' : `a ${type}`;
        const shown = rt.isObjectWord(f) ? '#<Object>' : f[0] === Tag.Ptr && rt.heap.kindOf(f[1]) === Kind.String ? rt.toStringValue(f) : rt.describe(f[0], f[1]);
        throw new KilnThrow('TypeError', `Function.prototype.apply was called on ${shown}, which is ${which} and not a function`);
      }
      return rt.invoker.call(f, arg(args, 1), listFromArrayLike(rt, arg(args, 2)));
    },
  },
  {
    name: 'construct', length: 2, hiddenInStack: true,
    fn: (rt, _self, args) => {
      const f = arg(args, 0);
      if (!rt.isConstructor(f)) throw new KilnThrow('TypeError', `${rt.describe(f[0], f[1])} is not a constructor`);
      const newTarget = args.length > 2 ? arg(args, 2) : f;
      if (!rt.isConstructor(newTarget)) throw new KilnThrow('TypeError', `${rt.describe(newTarget[0], newTarget[1])} is not a constructor`);
      return rt.construct(f, listFromArrayLike(rt, arg(args, 1)), newTarget, rt.describe(f[0], f[1]));
    },
  },
  {
    name: 'get', length: 2,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'get');
      const key = propertyKey(rt, arg(args, 1));
      return reflectGet(rt, t, key, args.length < 3 ? t : args[2]);
    },
  },
  {
    name: 'getOwnPropertyDescriptor', length: 2,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'getOwnPropertyDescriptor');
      const d = ownDescriptor(rt, t, propertyKey(rt, arg(args, 1)));
      return d === undefined ? UNDEF : fromDescriptor(rt, d);
    },
  },
  {
    name: 'getPrototypeOf', length: 1,
    fn: (rt, _self, args) => {
      const p = rt.prototypeOfValue(target(rt, args, 'getPrototypeOf'));
      return p === 0 ? [Tag.Null, 0] : [Tag.Ptr, p];
    },
  },
  {
    name: 'has', length: 2,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'has');
      return bool(rt.props.has(t[0], t[1], propertyKey(rt, arg(args, 1))));
    },
  },
  {
    name: 'isExtensible', length: 1,
    fn: (rt, _self, args) => bool(!testIntegrity(rt, target(rt, args, 'isExtensible'), undefined)),
  },
  {
    name: 'ownKeys', length: 1,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'ownKeys');
      return rt.newArray(ownKeysOf(rt, t).map((k): Word => (isSymbolKey(k) ? [Tag.Ptr, rt.symbols.symbolOfKey(k)] : [Tag.Ptr, rt.heap.internString(k)])));
    },
  },
  {
    name: 'preventExtensions', length: 1,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'preventExtensions');
      return bool(reflectPreventExtensions(rt, t));
    },
  },
  {
    name: 'set', length: 3,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'set');
      const key = propertyKey(rt, arg(args, 1));
      return bool(reflectSet(rt, t, key, arg(args, 2), args.length < 4 ? t : args[3]));
    },
  },
  {
    name: 'setPrototypeOf', length: 2,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'setPrototypeOf');
      const proto = arg(args, 1);
      if (proto[0] !== Tag.Null && !rt.isObjectWord(proto)) throw new KilnThrow('TypeError', `Object prototype may only be an Object or null: ${rt.describe(proto[0], proto[1])}`);
      return bool(reflectSetPrototypeOf(rt, t, prototypeArgument(rt, proto)));
    },
  },
];

/** Reflect[Symbol.toStringTag]. */
export function installReflect(rt: RuntimeCore, ns: number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void): void {
  installMethods(ns, REFLECT_NATIVES);
  rt.objects.defineOwn(ns, rt.symbols.wellKnownKey('toStringTag'), Tag.Ptr, rt.heap.internString('Reflect'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
}
