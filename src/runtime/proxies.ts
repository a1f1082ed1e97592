// The Proxy exotic objects (ECMA-262 §10.5): their 13 internal methods, each running the
// handler's trap when it has one (else forwarding to the target) and checking the spec's
// invariants against the target, with V8's TypeErrors word for word.
//
// Representation. A proxy's [[ProxyTarget]] and [[ProxyHandler]] live in a record: a plain
// object of the proxies' own shape (ShapeTable.proxyShape: a non-extensible dictionary with
// no prototype), under two private keys. A non-callable proxy IS its record (a Kind.Object),
// so `props.isProxy` tells it by its shape id alone, and since no inline cache ever holds a
// dictionary shape, every interpreted or compiled access to a proxy misses and reaches the
// generic operations (properties.ts, object-reflection.ts), which ask here. A callable proxy
// is a Function object of one of two shared natives (proxy-natives.ts: one constructs, one
// does not, as the target decides) whose properties object is the record: calls reach the
// native by the function id, as every native call does, and property accesses miss the
// caches for the same reason. The GC traces the two keys as it does any property; revoking
// sets both to null.

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import {
  fromDescriptor, isAccessorDescriptor, isDataDescriptor, keyOfOwn, ownDescriptor, ownPropertyNames, ownSymbolKeys,
  sameValue, setPrototypeOf, testIntegrity, toDescriptor, withHandles, defineOwnProperty, setIntegrity,
} from './object-reflection';
import { newPrivateKey } from './private-names';
import type { Descriptor, ProxyHooks } from './proxy-hooks';
import type { RuntimeCore } from './runtime-core';
import { isArrayIndexKey, PropFlag } from './shapes';
import { isSymbolKey } from './symbols';
import type { Word } from './word';

const TARGET_KEY = newPrivateKey('[[ProxyTarget]]');
const HANDLER_KEY = newPrivateKey('[[ProxyHandler]]');
const UNDEF: Word = [Tag.Undefined, 0];
const NULL: Word = [Tag.Null, 0];

/** Runs a [[DefineOwnProperty]]-like operation of an ordinary object that reports failure
 *  by throwing node's TypeError: false when it refused. ("kiln does not support" errors and
 *  errors with a code of their own still throw.) */
export function succeeds(run: () => void): boolean {
  try {
    run();
    return true;
  } catch (e) {
    if (e instanceof KilnThrow && e.value === undefined && e.errorName === 'TypeError' && !e.errorMessage.startsWith('kiln does not support') && e.ownProperties === undefined) return false;
    throw e;
  }
}

export class Proxies implements ProxyHooks {
  constructor(private readonly rt: RuntimeCore) {}

  // ---- records ----------------------------------------------------------------------------
  /** A new record holding target and handler (both objects). */
  newRecord(target: Word, handler: Word): number {
    const o = this.rt.objects;
    const record = o.allocObject(0);
    o.makeDictionary(record);
    o.defineOwn(record, TARGET_KEY, target[0], target[1], PropFlag.NonEnumerable);
    o.defineOwn(record, HANDLER_KEY, handler[0], handler[1], PropFlag.NonEnumerable);
    this.rt.heap.u32[(record + 4) >> 2] = this.rt.shapes.proxyShape().id;
    return record;
  }

  /** The record of proxy `proxy` (itself, or a callable proxy's properties object). */
  private recordOf(proxy: number): number {
    return this.rt.heap.kindOf(proxy) === Kind.Function ? this.rt.objects.functionProperties(proxy, false) : proxy;
  }

  private slot(proxy: number, key: string): Word {
    const o = this.rt.objects;
    o.getOwn(this.recordOf(proxy), key);
    return [o.rhi, o.rlo];
  }

  targetOf(proxy: number): number {
    const t = this.slot(proxy, TARGET_KEY);
    return t[0] === Tag.Ptr ? t[1] : 0;
  }

  /** The proxy's handler (0 once revoked). */
  handlerOf(proxy: number): number {
    const h = this.slot(proxy, HANDLER_KEY);
    return h[0] === Tag.Ptr ? h[1] : 0;
  }

  /** Revokes the proxy: its target and handler become null. */
  revoke(proxy: number): void {
    const o = this.rt.objects;
    const record = this.recordOf(proxy);
    o.defineOwn(record, TARGET_KEY, Tag.Null, 0, PropFlag.NonEnumerable);
    o.defineOwn(record, HANDLER_KEY, Tag.Null, 0, PropFlag.NonEnumerable);
  }

  /** The handler and target of a live proxy; node's TypeError once revoked. */
  private open(proxy: number, op: string): { target: Word; handler: Word } {
    const handler = this.slot(proxy, HANDLER_KEY);
    if (handler[0] !== Tag.Ptr) throw new KilnThrow('TypeError', `Cannot perform '${op}' on a proxy that has been revoked`);
    return { target: this.slot(proxy, TARGET_KEY), handler };
  }

  /** GetMethod(handler, name): undefined when absent (undefined or null). */
  private trap(handler: Word, name: string): Word | undefined {
    const rt = this.rt;
    const f = rt.getProperty(handler, name);
    if (f[0] === Tag.Undefined || f[0] === Tag.Null) return undefined;
    if (!rt.isCallable(f)) {
      throw new KilnThrow('TypeError', `'${this.shown(f)}' returned for property '${name}' of ${rt.props.describeReceiver(handler[1])} is not a function`);
    }
    return f;
  }

  /** Runs `body` with the proxy, its target and handler (and `more`) held against the GC:
   *  a trap may revoke the proxy or drop every other reference to them. */
  private with<T>(proxy: number, op: string, more: readonly Word[], body: (target: Word, handler: Word) => T): T {
    const { target, handler } = this.open(proxy, op);
    return withHandles(this.rt, [[Tag.Ptr, proxy], target, handler, ...more], () => body(target, handler));
  }

  private call(trap: Word, handler: Word, args: Word[]): Word {
    return this.rt.invoker.call(trap, handler, args);
  }

  /** A property key as a value: its string, or its symbol. */
  private keyWord(key: string): Word {
    const rt = this.rt;
    return isSymbolKey(key) ? [Tag.Ptr, rt.symbols.symbolOfKey(key)] : [Tag.Ptr, rt.heap.internString(key)];
  }

  /** How V8's proxy messages show a value: '1', 'ab', '#<Object>', '[object Array]'. */
  private shown(w: Word): string {
    const rt = this.rt;
    if (w[0] === Tag.Ptr) {
      const kind = rt.heap.kindOf(w[1]);
      if (kind === Kind.Symbol) return rt.symbols.text(w[1]);
      if (kind === Kind.Object || kind === Kind.Array || kind === Kind.Function) return rt.props.describeReceiver(w[1]).replace(/^(object|function) '(.*)'$/s, '$2');
      if (kind === Kind.String) return rt.heap.readString(w[1]);
      if (kind === Kind.BigInt) return String(rt.heap.bigints.value(w[1]));
    }
    return rt.toStringValue(w);
  }

  private keyText(key: string): string {
    return this.rt.props.keyText(key);
  }

  private fail(message: string): never {
    throw new KilnThrow('TypeError', message);
  }

  // ---- the operations on any object a proxy forwards to ----------------------------------
  private isExtensibleOf(w: Word): boolean {
    return !testIntegrity(this.rt, w, undefined);
  }

  private protoOf(w: Word): number {
    return this.rt.protoOfObject(w[1]);
  }

  // ---- the internal methods ---------------------------------------------------------------
  getPrototypeOf(proxy: number): number {
    return this.with(proxy, 'getPrototypeOf', [], (target, handler) => {
      const trap = this.trap(handler, 'getPrototypeOf');
      if (trap === undefined) return this.protoOf(target);
      const r = this.call(trap, handler, [target]);
      if (r[0] !== Tag.Null && !this.rt.isObjectWord(r)) this.fail("'getPrototypeOf' on proxy: trap returned neither object nor null");
      const proto = r[0] === Tag.Null ? 0 : r[1];
      return withHandles(this.rt, [r], () => {
        if (this.isExtensibleOf(target)) return proto;
        if (this.protoOf(target) !== proto) this.fail("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
        return proto;
      });
    });
  }

  setPrototypeOf(proxy: number, proto: number): boolean {
    const protoWord: Word = proto === 0 ? NULL : [Tag.Ptr, proto];
    return this.with(proxy, 'setPrototypeOf', [protoWord], (target, handler) => {
      const trap = this.trap(handler, 'setPrototypeOf');
      if (trap === undefined) return reflectSetPrototypeOf(this.rt, target, proto);
      if (!this.rt.toBoolean(this.call(trap, handler, [target, protoWord]))) return false;
      if (this.isExtensibleOf(target)) return true;
      if (this.protoOf(target) !== proto) this.fail("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
      return true;
    });
  }

  isExtensible(proxy: number): boolean {
    return this.with(proxy, 'isExtensible', [], (target, handler) => {
      const trap = this.trap(handler, 'isExtensible');
      if (trap === undefined) return this.isExtensibleOf(target);
      const b = this.rt.toBoolean(this.call(trap, handler, [target]));
      const actual = this.isExtensibleOf(target);
      if (b !== actual) this.fail(`'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '${actual}')`);
      return b;
    });
  }

  preventExtensions(proxy: number): boolean {
    return this.with(proxy, 'preventExtensions', [], (target, handler) => {
      const trap = this.trap(handler, 'preventExtensions');
      if (trap === undefined) return reflectPreventExtensions(this.rt, target);
      const b = this.rt.toBoolean(this.call(trap, handler, [target]));
      if (b && this.isExtensibleOf(target)) this.fail("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
      return b;
    });
  }

  getOwnProperty(proxy: number, key: string): Descriptor | undefined {
    return this.with(proxy, 'getOwnPropertyDescriptor', [], (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'getOwnPropertyDescriptor');
      if (trap === undefined) return ownDescriptor(rt, target, key);
      const r = this.call(trap, handler, [target, this.keyWord(key)]);
      const k = this.keyText(key);
      if (r[0] !== Tag.Undefined && !rt.isObjectWord(r)) this.fail(`'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '${k}'`);
      return withHandles(rt, [r], () => {
        const targetDesc = ownDescriptor(rt, target, key);
        if (r[0] === Tag.Undefined) {
          if (targetDesc === undefined) return undefined;
          if (targetDesc.configurable === false) this.fail(`'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '${k}' which is non-configurable in the proxy target`);
          if (!this.isExtensibleOf(target)) this.fail(`'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '${k}' which exists in the non-extensible proxy target`);
          return undefined;
        }
        const extensible = this.isExtensibleOf(target);
        const d = completeDescriptor(toDescriptor(rt, r));
        if (!this.compatible(extensible, d, targetDesc)) {
          this.fail(`'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '${k}' that is incompatible with the existing property in the proxy target`);
        }
        if (d.configurable === false) {
          if (targetDesc === undefined || targetDesc.configurable === true) {
            this.fail(`'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '${k}' which is either non-existent or configurable in the proxy target`);
          }
          if (d.writable === false && targetDesc.writable === true) {
            this.fail(`'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '${k}' which is non-configurable, non-writable in the proxy target`);
          }
        }
        return d;
      });
    });
  }

  /** IsCompatiblePropertyDescriptor: ValidateAndApplyPropertyDescriptor with no object. */
  private compatible(extensible: boolean, d: Descriptor, current: Descriptor | undefined): boolean {
    if (current === undefined) return extensible;
    if (current.configurable !== false) return true;
    if (d.configurable === true) return false;
    if (d.enumerable !== undefined && d.enumerable !== current.enumerable) return false;
    const generic = !isAccessorDescriptor(d) && !isDataDescriptor(d);
    const currentAccessor = isAccessorDescriptor(current);
    if (!generic && isAccessorDescriptor(d) !== currentAccessor) return false;
    if (currentAccessor) {
      if (d.get !== undefined && !sameValue(this.rt, d.get, current.get!)) return false;
      if (d.set !== undefined && !sameValue(this.rt, d.set, current.set!)) return false;
    } else if (current.writable === false) {
      if (d.writable === true) return false;
      if (d.value !== undefined && !sameValue(this.rt, d.value, current.value ?? UNDEF)) return false;
    }
    return true;
  }

  defineOwnProperty(proxy: number, key: string, d: Descriptor): boolean {
    const held = [d.value, d.get, d.set].filter((w): w is Word => w !== undefined);
    return this.with(proxy, 'defineProperty', held, (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'defineProperty');
      if (trap === undefined) return reflectDefine(rt, target, key, d);
      const descObj = fromDescriptor(rt, d);
      if (!rt.toBoolean(this.call(trap, handler, [target, this.keyWord(key), descObj]))) return false;
      const k = this.keyText(key);
      const targetDesc = ownDescriptor(rt, target, key);
      const extensible = this.isExtensibleOf(target);
      const settingNonConfigurable = d.configurable === false;
      if (targetDesc === undefined) {
        if (!extensible) this.fail(`'defineProperty' on proxy: trap returned truish for adding property '${k}'  to the non-extensible proxy target`);
        if (settingNonConfigurable) this.fail(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${k}' which is either non-existent or configurable in the proxy target`);
        return true;
      }
      if (!this.compatible(extensible, d, targetDesc)) this.fail(`'defineProperty' on proxy: trap returned truish for adding property '${k}'  that is incompatible with the existing property in the proxy target`);
      if (settingNonConfigurable && targetDesc.configurable === true) {
        this.fail(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${k}' which is either non-existent or configurable in the proxy target`);
      }
      if (isDataDescriptor(targetDesc) && targetDesc.configurable === false && targetDesc.writable === true && d.writable === false) {
        this.fail(`'defineProperty' on proxy: trap returned truish for defining non-configurable property '${k}' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.`);
      }
      return true;
    });
  }

  has(proxy: number, key: string): boolean {
    return this.with(proxy, 'has', [], (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'has');
      if (trap === undefined) return rt.props.has(target[0], target[1], keyOfOwn(key));
      if (rt.toBoolean(this.call(trap, handler, [target, this.keyWord(key)]))) return true;
      const targetDesc = ownDescriptor(rt, target, key);
      if (targetDesc !== undefined) {
        const k = this.keyText(key);
        if (targetDesc.configurable === false) this.fail(`'has' on proxy: trap returned falsish for property '${k}' which exists in the proxy target as non-configurable`);
        if (!this.isExtensibleOf(target)) this.fail(`'has' on proxy: trap returned falsish for property '${k}' but the proxy target is not extensible`);
      }
      return false;
    });
  }

  get(proxy: number, key: string, receiver: Word): Word {
    return this.with(proxy, 'get', [receiver], (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'get');
      if (trap === undefined) return reflectGet(rt, target, key, receiver);
      const v = this.call(trap, handler, [target, this.keyWord(key), receiver]);
      return withHandles(rt, [v], () => {
        const targetDesc = ownDescriptor(rt, target, key);
        if (targetDesc !== undefined && targetDesc.configurable === false) {
          const k = this.keyText(key);
          if (isDataDescriptor(targetDesc) && targetDesc.writable === false && !sameValue(rt, v, targetDesc.value ?? UNDEF)) {
            this.fail(`'get' on proxy: property '${k}' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '${this.shown(targetDesc.value ?? UNDEF)}' but got '${this.shown(v)}')`);
          }
          if (isAccessorDescriptor(targetDesc) && (targetDesc.get ?? UNDEF)[0] === Tag.Undefined && v[0] !== Tag.Undefined) {
            this.fail(`'get' on proxy: property '${k}' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '${this.shown(v)}')`);
          }
        }
        return v;
      });
    });
  }

  set(proxy: number, key: string, v: Word, receiver: Word): boolean {
    return this.with(proxy, 'set', [v, receiver], (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'set');
      if (trap === undefined) return reflectSet(rt, target, key, v, receiver);
      if (!rt.toBoolean(this.call(trap, handler, [target, this.keyWord(key), v, receiver]))) return false;
      const targetDesc = ownDescriptor(rt, target, key);
      if (targetDesc !== undefined && targetDesc.configurable === false) {
        const k = this.keyText(key);
        if (isDataDescriptor(targetDesc) && targetDesc.writable === false && !sameValue(rt, v, targetDesc.value ?? UNDEF)) {
          this.fail(`'set' on proxy: trap returned truish for property '${k}' which exists in the proxy target as a non-configurable and non-writable data property with a different value`);
        }
        if (isAccessorDescriptor(targetDesc) && (targetDesc.set ?? UNDEF)[0] === Tag.Undefined) {
          this.fail(`'set' on proxy: trap returned truish for property '${k}' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter`);
        }
      }
      return true;
    });
  }

  deleteProperty(proxy: number, key: string): boolean {
    return this.with(proxy, 'deleteProperty', [], (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'deleteProperty');
      if (trap === undefined) return rt.props.delete(target[0], target[1], keyOfOwn(key), false);
      if (!rt.toBoolean(this.call(trap, handler, [target, this.keyWord(key)]))) return false;
      const targetDesc = ownDescriptor(rt, target, key);
      if (targetDesc === undefined) return true;
      const k = this.keyText(key);
      if (targetDesc.configurable === false) this.fail(`'deleteProperty' on proxy: trap returned truish for property '${k}' which is non-configurable in the proxy target`);
      if (!this.isExtensibleOf(target)) this.fail(`'deleteProperty' on proxy: trap returned truish for property '${k}' but the proxy target is non-extensible`);
      return true;
    });
  }

  ownKeys(proxy: number): string[] {
    return this.with(proxy, 'ownKeys', [], (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'ownKeys');
      if (trap === undefined) return ownKeysOf(rt, target);
      const r = this.call(trap, handler, [target]);
      const keys = withHandles(rt, [r], () => this.keyList(r));
      if (new Set(keys).size !== keys.length) this.fail("'ownKeys' on proxy: trap returned duplicate entries");
      const extensible = this.isExtensibleOf(target);
      const configurable: string[] = [];
      const nonConfigurable: string[] = [];
      for (const k of ownKeysOf(rt, target)) {
        const d = ownDescriptor(rt, target, k);
        if (d !== undefined && d.configurable === false) nonConfigurable.push(k);
        else configurable.push(k);
      }
      if (extensible && nonConfigurable.length === 0) return keys;
      const unchecked = new Set(keys);
      const check = (k: string): void => {
        if (!unchecked.delete(k)) this.fail(`'ownKeys' on proxy: trap result did not include '${this.keyText(k)}'`);
      };
      nonConfigurable.forEach(check);
      if (extensible) return keys;
      configurable.forEach(check);
      if (unchecked.size !== 0) this.fail("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
      return keys;
    });
  }

  /** CreateListFromArrayLike(list, « String, Symbol ») as property keys. */
  private keyList(list: Word): string[] {
    const rt = this.rt;
    if (!rt.isObjectWord(list)) this.fail('CreateListFromArrayLike called on non-object');
    const n = Math.min(Math.max(Math.trunc(rt.toNumber(rt.getProperty(list, 'length'))) || 0, 0), 0xffffffff);
    const keys: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = rt.getProperty(list, i);
      const kind = k[0] === Tag.Ptr ? rt.heap.kindOf(k[1]) : 0;
      if (kind === Kind.String) keys.push(rt.heap.readString(k[1]));
      else if (kind === Kind.Symbol) keys.push(rt.symbols.keyOf(k[1]));
      else this.fail(`${this.shown(k)} is not a valid property name`);
    }
    return keys;
  }

  isArray(proxy: number): boolean {
    const { target } = this.open(proxy, 'IsArray');
    const inner = this.rt.props.asProxy(target[1]);
    return inner !== null ? inner.isArray(target[1]) : this.rt.objects.isArrayValue(target[0], target[1]);
  }

  /** [[Call]] of a callable proxy. */
  callProxy(proxy: number, self: Word, args: Word[]): Word {
    return this.with(proxy, 'apply', [self, ...args], (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'apply');
      if (trap === undefined) return rt.invoker.call(target, self, args);
      return this.call(trap, handler, [target, self, rt.newArray(args)]);
    });
  }

  /** [[Construct]] of a constructible proxy. */
  constructProxy(proxy: number, args: Word[], newTarget: Word): Word {
    return this.with(proxy, 'construct', [newTarget, ...args], (target, handler) => {
      const rt = this.rt;
      const trap = this.trap(handler, 'construct');
      if (trap === undefined) return rt.construct(target, args, newTarget, rt.describe(target[0], target[1]));
      const r = this.call(trap, handler, [target, rt.newArray(args), newTarget]);
      if (!rt.isObjectWord(r)) this.fail(`'construct' on proxy: trap returned non-object ('${this.shown(r)}')`);
      return r;
    });
  }
}

/** CompletePropertyDescriptor. */
function completeDescriptor(d: Descriptor): Descriptor {
  const out: Descriptor = { ...d };
  if (isAccessorDescriptor(d)) {
    out.get ??= UNDEF;
    out.set ??= UNDEF;
  } else {
    out.value ??= UNDEF;
    out.writable ??= false;
  }
  out.enumerable ??= false;
  out.configurable ??= false;
  return out;
}

// ---- the object internal methods of any object, as Reflect answers them -------------------
/** [[OwnPropertyKeys]] of any object: string keys, then symbol keys. */
export function ownKeysOf(rt: RuntimeCore, w: Word): string[] {
  const proxy = rt.props.asProxy(w[1]);
  if (proxy !== null) return proxy.ownKeys(w[1]);
  return [...ownPropertyNames(rt, w), ...ownSymbolKeys(rt, w, true)];
}

/** [[DefineOwnProperty]] of any object: false when it refuses. */
export function reflectDefine(rt: RuntimeCore, w: Word, key: string, d: Descriptor): boolean {
  const proxy = rt.props.asProxy(w[1]);
  if (proxy !== null) return proxy.defineOwnProperty(w[1], key, d);
  return succeeds(() => defineOwnProperty(rt, w, key, d));
}

/** [[SetPrototypeOf]] of any object: false when it refuses. */
export function reflectSetPrototypeOf(rt: RuntimeCore, w: Word, proto: number): boolean {
  const proxy = rt.props.asProxy(w[1]);
  if (proxy !== null) return proxy.setPrototypeOf(w[1], proto);
  return succeeds(() => setPrototypeOf(rt, w, proto));
}

/** [[PreventExtensions]] of any object: false when it refuses. */
export function reflectPreventExtensions(rt: RuntimeCore, w: Word): boolean {
  const proxy = rt.props.asProxy(w[1]);
  if (proxy !== null) return proxy.preventExtensions(w[1]);
  return succeeds(() => setIntegrity(rt, w, undefined));
}

/** [[Get]](key, receiver) of any object. */
export function reflectGet(rt: RuntimeCore, t: Word, key: string, receiver: Word): Word {
  const proxy = rt.props.asProxy(t[1]);
  if (proxy !== null) return proxy.get(t[1], key, receiver);
  if (receiver[0] === t[0] && receiver[1] === t[1]) return rt.getProperty(t, keyOfOwn(key));
  const kind = rt.heap.kindOf(t[1]);
  // An array's elements and length, and a typed array's elements, hold no getters.
  if (kind === Kind.Array && (key === 'length' || isArrayIndexKey(key))) return rt.getProperty(t, keyOfOwn(key));
  if (kind === Kind.Object && isArrayIndexKey(key) && rt.props.typedArrays?.info(t[1]) !== undefined) return rt.getProperty(t, keyOfOwn(key));
  rt.props.lookup(t[1], key, receiver[0], receiver[1]);
  return [rt.objects.rhi, rt.objects.rlo];
}

/** [[Set]](key, v, receiver) of any object: false when it refuses. */
export function reflectSet(rt: RuntimeCore, t: Word, key: string, v: Word, receiver: Word): boolean {
  const proxy = rt.props.asProxy(t[1]);
  if (proxy !== null) return proxy.set(t[1], key, v, receiver);
  if (receiver[0] === t[0] && receiver[1] === t[1]) {
    // Arrays, typed arrays and process.env have their own [[Set]] (elements, length, ToString).
    const exotic = rt.heap.kindOf(t[1]) === Kind.Array || t[1] === rt.props.envObject || rt.props.typedArrays?.info(t[1]) !== undefined;
    if (exotic) return succeeds(() => rt.props.set(t[0], t[1], keyOfOwn(key), v[0], v[1], true));
  }
  return ordinarySet(rt, t, key, v, receiver);
}

/** OrdinarySet: the setter or the writability found on t's chain decides (a proxy on the
 *  chain takes over with its [[Set]]); a data write lands on the receiver, by its
 *  [[GetOwnProperty]] and [[DefineOwnProperty]]. */
function ordinarySet(rt: RuntimeCore, t: Word, key: string, v: Word, receiver: Word): boolean {
  for (let holder: Word | null = t; holder !== null;) {
    const proxy: ProxyHooks | null = rt.props.asProxy(holder[1]);
    if (proxy !== null) return proxy.set(holder[1], key, v, receiver);
    const d = ownDescriptor(rt, holder, key);
    if (d !== undefined) {
      if (isAccessorDescriptor(d)) {
        if (d.set === undefined || d.set[0] === Tag.Undefined) return false;
        rt.invoker.call(d.set, receiver, [v]);
        return true;
      }
      if (d.writable === false) return false;
      break;
    }
    const p = rt.protoOfObject(holder[1]);
    holder = p === 0 ? null : [Tag.Ptr, p];
  }
  if (!rt.isObjectWord(receiver)) return false;
  const existing = ownDescriptor(rt, receiver, key);
  if (existing !== undefined) {
    if (isAccessorDescriptor(existing) || existing.writable === false) return false;
    return reflectDefine(rt, receiver, key, { value: v });
  }
  return reflectDefine(rt, receiver, key, { value: v, writable: true, enumerable: true, configurable: true });
}
