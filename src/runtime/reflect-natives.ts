// Reflect: the object internal methods as functions. Each is the operation the language
// already performs for Object.* or for property syntax (object-reflection.ts, properties.ts),
// with Reflect's differences: the target must be an object (TypeError "Reflect.x called on
// non-object"), and the operations that can fail report it as false rather than throwing
// (defineProperty, set, setPrototypeOf, preventExtensions, deleteProperty).

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import { propertyKey } from './object-natives';
import {
  defineOwnProperty, fromDescriptor, ownDescriptor, ownPropertyNames, prototypeArgument, setIntegrity, setPrototypeOf, testIntegrity, toDescriptor,
} from './object-reflection';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { isArrayIndexKey, PropFlag } from './shapes';
import { ownSymbols } from './symbol-natives';
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

/** Runs an operation that reports failure by node's TypeError; false when it refused. A
 *  "kiln does not support" error is not a refusal: it still throws, and so does an error of
 *  node's own with a code (process.env's definer throws one out of Reflect.defineProperty). */
function succeeds(run: () => void): boolean {
  try {
    run();
    return true;
  } catch (e) {
    if (e instanceof KilnThrow && e.value === undefined && e.errorName === 'TypeError' && !e.errorMessage.startsWith('kiln does not support') && e.ownProperties === undefined) return false;
    throw e;
  }
}

/** CreateListFromArrayLike(list). */
function listFromArrayLike(rt: RuntimeCore, list: Word): Word[] {
  if (!rt.isObjectWord(list)) throw new KilnThrow('TypeError', 'CreateListFromArrayLike called on non-object');
  const n = Math.min(Math.max(Math.trunc(rt.toNumber(rt.getProperty(list, 'length'))) || 0, 0), 0xffffffff);
  const out: Word[] = [];
  for (let i = 0; i < n; i++) out.push(rt.getProperty(list, i));
  return out;
}

/** OrdinarySet of `key` on target with a receiver other than target: the setter or the
 *  writability found on target's chain decides; a data write lands on the receiver. */
function setWithReceiver(rt: RuntimeCore, t: Word, key: string, v: Word, receiver: Word): boolean {
  for (let holder: Word | null = t; holder !== null;) {
    const d = ownDescriptor(rt, holder, key);
    if (d !== undefined) {
      if (d.value === undefined && (d.get !== undefined || d.set !== undefined)) {
        if (d.set === undefined || d.set[0] === Tag.Undefined) return false;
        rt.invoker.call(d.set, receiver, [v]);
        return true;
      }
      if (d.writable === false) return false;
      break;
    }
    const p = rt.prototypeOfValue(holder);
    holder = p === 0 ? null : [Tag.Ptr, p];
  }
  if (!rt.isObjectWord(receiver)) return false;
  const existing = ownDescriptor(rt, receiver, key);
  if (existing !== undefined) {
    if (existing.value === undefined || existing.writable === false) return false;
    return succeeds(() => defineOwnProperty(rt, receiver, key, { value: v }));
  }
  return succeeds(() => defineOwnProperty(rt, receiver, key, { value: v, writable: true, enumerable: true, configurable: true }));
}

export const REFLECT_NATIVES: readonly NativeMethod[] = [
  {
    name: 'defineProperty', length: 3,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'defineProperty');
      const key = propertyKey(rt, arg(args, 1));
      const d = toDescriptor(rt, arg(args, 2));
      return bool(succeeds(() => defineOwnProperty(rt, t, key, d)));
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
    name: 'apply', length: 3,
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
    name: 'construct', length: 2,
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
      if (args.length < 3 || (args[2][0] === t[0] && args[2][1] === t[1])) return rt.getProperty(t, key);
      const receiver = args[2];
      for (let holder: Word | null = t; holder !== null;) {
        const d = ownDescriptor(rt, holder, key);
        if (d !== undefined) {
          if (d.value !== undefined) return d.value;
          if (d.get === undefined || d.get[0] === Tag.Undefined) return d.get !== undefined || d.set !== undefined ? UNDEF : rt.getProperty(holder, key);
          return rt.invoker.call(d.get, receiver, []);
        }
        const p = rt.prototypeOfValue(holder);
        holder = p === 0 ? null : [Tag.Ptr, p];
      }
      return UNDEF;
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
      const names = ownPropertyNames(rt, t).map((k): Word => [Tag.Ptr, rt.heap.internString(k)]);
      return rt.newArray([...names, ...ownSymbols(rt, t, true)]);
    },
  },
  {
    name: 'preventExtensions', length: 1,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'preventExtensions');
      return bool(succeeds(() => setIntegrity(rt, t, undefined)));
    },
  },
  {
    name: 'set', length: 3,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'set');
      const key = propertyKey(rt, arg(args, 1));
      const v = arg(args, 2);
      if (args.length < 4 || (args[3][0] === t[0] && args[3][1] === t[1])) {
        // Arrays, typed arrays and process.env have their own [[Set]] (elements, length, ToString).
        const exotic = rt.heap.kindOf(t[1]) === Kind.Array || t[1] === rt.props.envObject || rt.props.typedArrays?.info(t[1]) !== undefined;
        if (exotic) return bool(succeeds(() => rt.props.set(t[0], t[1], isArrayIndexKey(key) ? Number(key) : key, v[0], v[1], true)));
        return bool(setWithReceiver(rt, t, key, v, t));
      }
      return bool(setWithReceiver(rt, t, key, v, args[3]));
    },
  },
  {
    name: 'setPrototypeOf', length: 2,
    fn: (rt, _self, args) => {
      const t = target(rt, args, 'setPrototypeOf');
      const proto = arg(args, 1);
      if (proto[0] !== Tag.Null && !rt.isObjectWord(proto)) throw new KilnThrow('TypeError', `Object prototype may only be an Object or null: ${rt.describe(proto[0], proto[1])}`);
      return bool(succeeds(() => setPrototypeOf(rt, t, prototypeArgument(rt, proto))));
    },
  },
];

/** Reflect[Symbol.toStringTag]. */
export function installReflect(rt: RuntimeCore, ns: number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void): void {
  installMethods(ns, REFLECT_NATIVES);
  rt.objects.defineOwn(ns, rt.symbols.wellKnownKey('toStringTag'), Tag.Ptr, rt.heap.internString('Reflect'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
}
