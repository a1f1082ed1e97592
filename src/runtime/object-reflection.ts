// The Object constructor's reflection functions: property descriptors (defineProperty,
// defineProperties, getOwnPropertyDescriptor(s), create), key lists (getOwnPropertyNames,
// fromEntries), integrity levels (preventExtensions, seal, freeze and their tests) and the
// prototype (setPrototypeOf, Object.prototype.__proto__), plus Object.is. Descriptors are
// validated and applied as the spec's ValidateAndApplyPropertyDescriptor says, over the
// attribute bits the object model keeps (shapes.ts PropFlag), with node's TypeErrors word
// for word. Arrays keep default attributes only: what kiln cannot represent on them
// (read-only elements, a read-only length, frozen or non-extensible arrays, another
// prototype) is a TypeError that says so.

import { KilnThrow } from './errors';
import { arrayIntegrity, integrityBits } from './array-integrity';
import { ElementsKind, Kind, Tag } from './layout';
import { hasOwn, propertyKey } from './object-natives';
import type { Descriptor } from './proxy-hooks';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { isSymbolKey } from './symbols';
import { isArrayIndexKey, PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const bool = (b: boolean): Word => [Tag.Bool, b ? 1 : 0];

export type { Descriptor } from './proxy-hooks';

export const isAccessorDescriptor = (d: Descriptor): boolean => d.get !== undefined || d.set !== undefined;
export const isDataDescriptor = (d: Descriptor): boolean => d.value !== undefined || d.writable !== undefined;

/** A value as node's messages print it ("1", "abc", "#<Object>"). */
function shown(rt: RuntimeCore, w: Word): string {
  if (w[0] === Tag.Ptr && rt.heap.kindOf(w[1]) === Kind.String) return rt.heap.readString(w[1]);
  if (w[0] === Tag.Ptr && rt.heap.kindOf(w[1]) === Kind.Object) return `#<${rt.props.constructorName(w[1])}>`;
  return rt.describe(w[0], w[1]);
}

/** ToPropertyDescriptor (may run getters of the descriptor object). */
export function toDescriptor(rt: RuntimeCore, w: Word): Descriptor {
  if (!rt.isObjectWord(w)) throw new KilnThrow('TypeError', `Property description must be an object: ${shown(rt, w)}`);
  const d: Descriptor = {};
  const has = (k: string): boolean => rt.props.has(w[0], w[1], k);
  if (has('enumerable')) d.enumerable = rt.toBoolean(rt.getProperty(w, 'enumerable'));
  if (has('configurable')) d.configurable = rt.toBoolean(rt.getProperty(w, 'configurable'));
  if (has('value')) d.value = rt.getProperty(w, 'value');
  if (has('writable')) d.writable = rt.toBoolean(rt.getProperty(w, 'writable'));
  if (has('get')) {
    const g = rt.getProperty(w, 'get');
    if (g[0] !== Tag.Undefined && !rt.isCallable(g)) throw new KilnThrow('TypeError', `Getter must be a function: ${shown(rt, g)}`);
    d.get = g;
  }
  if (has('set')) {
    const s = rt.getProperty(w, 'set');
    if (s[0] !== Tag.Undefined && !rt.isCallable(s)) throw new KilnThrow('TypeError', `Setter must be a function: ${shown(rt, s)}`);
    d.set = s;
  }
  if (isAccessorDescriptor(d) && isDataDescriptor(d)) {
    throw new KilnThrow('TypeError', `Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, ${shown(rt, w)}`);
  }
  return d;
}

/** SameValue of two value words. */
export function sameValue(rt: RuntimeCore, a: Word, b: Word): boolean {
  const isNum = (w: Word): boolean => w[0] === Tag.Int32 || w[0] < Tag.MIN;
  if (isNum(a) && isNum(b)) return Object.is(rt.toNumber(a), rt.toNumber(b));
  if (a[0] !== b[0]) return false;
  if (a[1] === b[1]) return true;
  const heap = rt.heap;
  return a[0] === Tag.Ptr && heap.kindOf(a[1]) === Kind.String && heap.kindOf(b[1]) === Kind.String && heap.readString(a[1]) === heap.readString(b[1]);
}

/** The plain object holding the own named properties of object `at` (a function's
 *  properties object, made on demand), or 0 for arrays and strings. */
function storeOf(rt: RuntimeCore, at: number): number {
  const kind = rt.heap.kindOf(at);
  if (kind === Kind.Object) return at;
  if (kind === Kind.Function) return rt.objects.functionProperties(at, true);
  if (kind === Kind.Array) return rt.objects.arrayProperties(at, true);
  return 0;
}

/** The own property `key` of object w as a descriptor (undefined when absent). */
export function ownDescriptor(rt: RuntimeCore, w: Word, key: string): Descriptor | undefined {
  const o = rt.objects;
  if (w[0] !== Tag.Ptr) return undefined;
  const at = w[1];
  const proxy = rt.props.asProxy(at);
  if (proxy !== null) return proxy.getOwnProperty(at, key);
  const kind = rt.heap.kindOf(at);
  if (kind === Kind.Array || kind === Kind.String) {
    const length = kind === Kind.Array ? o.arrayLength(at) : rt.heap.u32[(at >> 2) + 1];
    const bits = kind === Kind.Array ? arrayIntegrity(o, at) : 0;
    const writable = kind === Kind.Array && (bits & ElementsKind.FrozenBit) === 0;
    if (key === 'length') return { value: [Tag.Int32, length], writable, enumerable: false, configurable: false };
    const i = Number(key);
    if (kind === Kind.Array && !isArrayIndexKey(key) && rt.props.own(at, key)) return storeDescriptor(rt);
    if (String(i) !== key || !Number.isInteger(i) || i < 0 || i >= length) return undefined;
    const v = rt.getProperty(w, i);
    if (kind === Kind.Array && rt.heap.u32[o.elementWord(at, i) + 1] === Tag.Hole) return undefined;
    return { value: v, writable, enumerable: true, configurable: kind === Kind.Array && (bits & ElementsKind.SealedBit) === 0 };
  }
  if (kind !== Kind.Object && kind !== Kind.Function) return undefined;
  if (!rt.props.own(at, key)) return undefined;
  return storeDescriptor(rt);
}

/** The descriptor of the property props.own just found (its flags and value in objects'
 *  result registers). */
function storeDescriptor(rt: RuntimeCore): Descriptor {
  const o = rt.objects;
  const flags = o.rflags;
  const common = { enumerable: (flags & PropFlag.NonEnumerable) === 0, configurable: (flags & PropFlag.NonConfigurable) === 0 };
  if ((flags & PropFlag.Accessor) === 0) return { value: [o.rhi, o.rlo], writable: (flags & PropFlag.ReadOnly) === 0, ...common };
  const pair = o.rlo;
  o.getElement(pair, 0);
  const get: Word = [o.rhi, o.rlo];
  o.getElement(pair, 1);
  return { get, set: [o.rhi, o.rlo], ...common };
}

/** FromPropertyDescriptor: a new plain object. */
export function fromDescriptor(rt: RuntimeCore, d: Descriptor): Word {
  const o = rt.objects;
  const obj = o.allocObject();
  const put = (k: string, v: Word): void => o.defineOwn(obj, k, v[0], v[1], 0);
  if (d.value !== undefined) put('value', d.value);
  if (d.writable !== undefined) put('writable', bool(d.writable));
  if (d.get !== undefined) put('get', d.get);
  if (d.set !== undefined) put('set', d.set);
  if (d.enumerable !== undefined) put('enumerable', bool(d.enumerable));
  if (d.configurable !== undefined) put('configurable', bool(d.configurable));
  return [Tag.Ptr, obj];
}

/** Own string keys of any value, in the spec's order (integer keys ascending, then strings
 *  in insertion order; the symbol keys that follow are ownSymbolKeys'). */
export function ownPropertyNames(rt: RuntimeCore, w: Word): string[] {
  if (w[0] === Tag.Undefined || w[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
  if (w[0] !== Tag.Ptr) return [];
  const o = rt.objects;
  const at = w[1];
  const proxy = rt.props.asProxy(at);
  if (proxy !== null) return proxy.ownKeys(at).filter((k) => !isSymbolKey(k));
  switch (rt.heap.kindOf(at)) {
    case Kind.Object: {
      // A typed array's indices come first (its elements are no stored properties).
      const typed = rt.props.typedArrays?.info(at);
      const indices = typed === undefined ? [] : Array.from({ length: typed.length }, (_, i) => String(i));
      return [...indices, ...o.ownKeys(at, true)];
    }
    case Kind.Function:
      return o.ownKeys(o.functionProperties(at, true), true);
    case Kind.Array: {
      // The present indices, `length`, then the named properties (non-enumerable ones too).
      const bag = o.arrayProperties(at, false);
      return [...rt.props.ownKeys(w[0], w[1]).filter(isArrayIndexKey), 'length', ...(bag === 0 ? [] : o.ownKeys(bag, true))];
    }
    case Kind.String:
      return [...rt.props.ownKeys(w[0], w[1]), 'length'];
    default:
      return [];
  }
}

/** The internal keys (symbols.ts) of the own symbol-keyed properties of any value, in
 *  insertion order (`all`: the non-enumerable ones too); primitives have none. */
export function ownSymbolKeys(rt: RuntimeCore, w: Word, all: boolean): string[] {
  if (w[0] !== Tag.Ptr) return [];
  const o = rt.objects;
  const at = w[1];
  const proxy = rt.props.asProxy(at);
  if (proxy !== null) return proxy.ownKeys(at).filter((k) => isSymbolKey(k) && (all || proxy.getOwnProperty(at, k)?.enumerable === true));
  const kind = rt.heap.kindOf(at);
  const store = kind === Kind.Object ? at : kind === Kind.Function ? o.functionProperties(at, false) : kind === Kind.Array ? o.arrayProperties(at, false) : 0;
  return store === 0 ? [] : o.ownSymbolKeys(store, all);
}

/** The property key the property operations take for an own key string: an array index as
 *  a number (`arr['0']` is element 0), any other string (symbol keys included) as it is. */
export function keyOfOwn(key: string): number | string {
  return isArrayIndexKey(key) ? Number(key) : key;
}

/** The keys of the own enumerable properties of any value, in the spec's order: integer
 *  keys ascending, strings in insertion order, then symbols (their internal keys). */
export function ownEnumerableKeys(rt: RuntimeCore, w: Word): string[] {
  // A proxy: every key its ownKeys trap lists (the loops that take this list ask each
  // key's descriptor at its turn, isOwnEnumerable, as V8 does).
  const proxy = w[0] === Tag.Ptr ? rt.props.asProxy(w[1]) : null;
  if (proxy !== null) return proxy.ownKeys(w[1]);
  return [...rt.props.ownKeys(w[0], w[1]), ...ownSymbolKeys(rt, w, false)];
}

/** Is `key` still an own enumerable property of w? Loops over a key list taken up front ask
 *  it at each key's turn, as the spec asks for the key's descriptor then: an earlier getter
 *  may have deleted the property or made it non-enumerable. */
export function isOwnEnumerable(rt: RuntimeCore, w: Word, key: string): boolean {
  return hasOwn(rt, w, key) && (rt.objects.rflags & PropFlag.NonEnumerable) === 0;
}

/** Visits the own enumerable properties of `source` in ownEnumerableKeys' order, each read
 *  with [[Get]] (getters run) — CopyDataProperties' and Object.assign's loop. `excluded`
 *  keys (object rest's named ones) are skipped before their getters could run. */
export function forEachOwnEnumerable(rt: RuntimeCore, source: Word, visit: (key: string, value: Word) => void, excluded?: ReadonlySet<string>): void {
  const keys = ownEnumerableKeys(rt, source);
  withHandles(rt, [source], () => {
    for (const key of keys) {
      if (excluded?.has(key) || !isOwnEnumerable(rt, source, key)) continue;
      visit(key, rt.getProperty(source, keyOfOwn(key)));
    }
  });
}

function cannotRedefine(key: string): never {
  throw new KilnThrow('TypeError', `Cannot redefine property: ${key}`);
}

/** [[DefineOwnProperty]] of object w (ValidateAndApplyPropertyDescriptor); a refusal is
 *  node's TypeError (what Object.defineProperty does with a false result). */
export function defineOwnProperty(rt: RuntimeCore, w: Word, key: string, d: Descriptor): void {
  const o = rt.objects;
  const at = w[1];
  const proxy = rt.props.asProxy(at);
  if (proxy !== null) {
    if (!proxy.defineOwnProperty(at, key, d)) throw rt.props.proxyRefused('defineProperty', key);
    return;
  }
  if (at === rt.props.envObject && w[0] === Tag.Ptr && !isArrayIndexKey(key)) return defineEnvProperty(rt, key, d);
  if (rt.props.isTypedNumericKey(at, key)) throw new KilnThrow('TypeError', 'Invalid typed array index');
  const kind = rt.heap.kindOf(at);
  if (kind === Kind.Array && (key === 'length' || isArrayIndexKey(key))) return defineArrayProperty(rt, at, key, d);
  // (Messages name a symbol key as Symbol(desc).)
  const redefinitionRefused = (): never => cannotRedefine(rt.props.keyText(key));
  const store = storeOf(rt, at);
  if (store === 0) redefinitionRefused();
  const current = ownDescriptor(rt, w, key);
  if (current === undefined) {
    if (!o.isExtensible(store)) throw new KilnThrow('TypeError', `Cannot define property ${rt.props.keyText(key)}, object is not extensible`);
    const flags = (d.enumerable ? 0 : PropFlag.NonEnumerable) | (d.configurable ? 0 : PropFlag.NonConfigurable);
    if (isAccessorDescriptor(d)) return definePair(rt, store, key, d.get ?? UNDEF, d.set ?? UNDEF, flags);
    const v = d.value ?? UNDEF;
    return o.defineOwn(store, key, v[0], v[1], flags | (d.writable ? 0 : PropFlag.ReadOnly));
  }
  const currentIsAccessor = current.value === undefined;
  if (current.configurable === false) {
    if (d.configurable === true) redefinitionRefused();
    if (d.enumerable !== undefined && d.enumerable !== current.enumerable) redefinitionRefused();
    if (isAccessorDescriptor(d) || isDataDescriptor(d)) {
      if (isAccessorDescriptor(d) !== currentIsAccessor) redefinitionRefused();
      if (currentIsAccessor) {
        if (d.get !== undefined && !sameValue(rt, d.get, current.get!)) redefinitionRefused();
        if (d.set !== undefined && !sameValue(rt, d.set, current.set!)) redefinitionRefused();
      } else if (current.writable === false) {
        if (d.writable === true) redefinitionRefused();
        if (d.value !== undefined && !sameValue(rt, d.value, current.value!)) redefinitionRefused();
      }
    }
  }
  const enumerable = d.enumerable ?? current.enumerable!;
  const configurable = d.configurable ?? current.configurable!;
  const flags = (enumerable ? 0 : PropFlag.NonEnumerable) | (configurable ? 0 : PropFlag.NonConfigurable);
  if (isAccessorDescriptor(d) || (currentIsAccessor && !isDataDescriptor(d))) {
    const get = d.get ?? (currentIsAccessor ? current.get! : UNDEF);
    const set = d.set ?? (currentIsAccessor ? current.set! : UNDEF);
    return definePair(rt, store, key, get, set, flags);
  }
  const v = d.value ?? (currentIsAccessor ? UNDEF : current.value!);
  const writable = d.writable ?? (currentIsAccessor ? false : current.writable!);
  o.defineOwn(store, key, v[0], v[1], flags | (writable ? 0 : PropFlag.ReadOnly));
}

/** defineProperty on process.env, as node's definer interceptor does it: only a data
 *  descriptor that is writable, enumerable and configurable, whose value is stored as a
 *  string (a write). */
function defineEnvProperty(rt: RuntimeCore, key: string, d: Descriptor): void {
  const refuse = (message: string): never => {
    const e = new KilnThrow('TypeError', `'process.env' ${message}`);
    e.ownProperties = [['code', 'ERR_INVALID_OBJECT_DEFINE_PROPERTY']];
    throw e;
  };
  if (d.value === undefined && isAccessorDescriptor(d)) refuse('does not accept an accessor(getter/setter) descriptor');
  if (d.value === undefined || d.writable !== true || d.enumerable !== true || d.configurable !== true) {
    refuse('only accepts a configurable, writable, and enumerable data descriptor');
  }
  rt.props.setEnv(key, d.value![0], d.value![1]);
}

/** Defines an accessor property: a new [getter, setter] pair. */
function definePair(rt: RuntimeCore, store: number, key: string, get: Word, set: Word, flags: number): void {
  const o = rt.objects;
  const pair = o.allocArray(2);
  o.setElement(pair, 0, get[0], get[1]);
  o.setElement(pair, 1, set[0], set[1]);
  o.defineOwn(store, key, Tag.Ptr, pair, flags | PropFlag.Accessor);
}

/** defineProperty of an array's element or `length` (with their default attributes; its
 *  named properties are an ordinary store's). */
function defineArrayProperty(rt: RuntimeCore, a: number, key: string, d: Descriptor): void {
  const o = rt.objects;
  const unsupported = (what: string): never => {
    throw new KilnThrow('TypeError', `kiln does not support ${what} yet (defining '${key}')`);
  };
  const bits = arrayIntegrity(o, a);
  if (bits !== 0 && !mayRedefineArrayProperty(rt, a, key, d, bits)) return;
  if (key === 'length') {
    if (isAccessorDescriptor(d) || d.configurable === true || d.enumerable === true) cannotRedefine(key);
    if (d.writable === false) unsupported('a read-only array length');
    if (d.value !== undefined) rt.props.set(Tag.Ptr, a, 'length', d.value[0], d.value[1]);
    return;
  }
  const i = Number(key);
  if (isAccessorDescriptor(d)) unsupported('accessor elements on arrays');
  const exists = ownDescriptor(rt, [Tag.Ptr, a], key) !== undefined;
  const attr = (b: boolean | undefined): boolean => b === true || (b === undefined && exists);
  if (!attr(d.writable) || !attr(d.enumerable) || !attr(d.configurable)) unsupported('array elements with non-default attributes');
  const v = d.value ?? (exists ? rt.getProperty([Tag.Ptr, a], i) : UNDEF);
  o.setElement(a, i, v[0], v[1]);
}

/** Object.defineProperty of an element or the length of an array with an integrity level:
 *  false when it changes nothing (a frozen element redefined as it is), node's TypeError when
 *  the level forbids it, true when the ordinary definition may go ahead. */
function mayRedefineArrayProperty(rt: RuntimeCore, a: number, key: string, d: Descriptor, bits: number): boolean {
  const current = ownDescriptor(rt, [Tag.Ptr, a], key);
  if (current === undefined) {
    if (key !== 'length') throw new KilnThrow('TypeError', `Cannot define property ${key}, object is not extensible`);
    return true;
  }
  const frozen = (bits & ElementsKind.FrozenBit) !== 0;
  const sealed = (bits & ElementsKind.SealedBit) !== 0 || key === 'length';
  if (sealed && (d.configurable === true || (d.enumerable !== undefined && d.enumerable !== current.enumerable) || isAccessorDescriptor(d))) cannotRedefine(key);
  if (!frozen) return true;
  if (d.writable === true || (d.value !== undefined && !sameValue(rt, d.value, current.value!))) cannotRedefine(key);
  return false;
}

/** An object argument or node's "X called on non-object". */
function requireObject(rt: RuntimeCore, w: Word, method: string): number {
  if (!rt.isObjectWord(w)) throw new KilnThrow('TypeError', `${method} called on non-object`);
  return w[1];
}

/** Keeps value words alive across calls that may run JavaScript (and so collect). */
export function withHandles<T>(rt: RuntimeCore, words: readonly Word[], body: () => T): T {
  let n = 0;
  try {
    for (const w of words) if (w[0] === Tag.Ptr) { rt.heap.pushHandle(w[1]); n++; }
    return body();
  } finally {
    for (; n > 0; n--) rt.heap.popHandle();
  }
}

/** ObjectDefineProperties: every descriptor is read first, then all are applied. The
 *  descriptor objects are held by handles while later descriptors' getters run. */
function defineProperties(rt: RuntimeCore, target: Word, propsWord: Word): void {
  if (propsWord[0] === Tag.Undefined || propsWord[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
  const descriptors: [string, Descriptor][] = [];
  let held = 0;
  const hold = (w: Word): void => {
    if (w[0] !== Tag.Ptr) return;
    rt.heap.pushHandle(w[1]);
    held++;
  };
  try {
    hold(propsWord);
    for (const key of ownEnumerableKeys(rt, propsWord)) {
      if (!isOwnEnumerable(rt, propsWord, key)) continue;
      const dw = rt.getProperty(propsWord, keyOfOwn(key));
      hold(dw);
      descriptors.push([key, toDescriptor(rt, dw)]);
    }
    for (const [key, d] of descriptors) defineOwnProperty(rt, target, key, d);
  } finally {
    for (; held > 0; held--) rt.heap.popHandle();
  }
}

/** An Object or null for a prototype, else node's TypeError. */
export function prototypeArgument(rt: RuntimeCore, p: Word): number {
  if (p[0] === Tag.Null) return 0;
  if (!rt.isObjectWord(p)) throw new KilnThrow('TypeError', `Object prototype may only be an Object or null: ${shown(rt, p)}`);
  return p[1];
}

/** [[SetPrototypeOf]] with node's TypeErrors (it fails only by throwing). */
export function setPrototypeOf(rt: RuntimeCore, w: Word, proto: number): void {
  const o = rt.objects;
  const at = w[1];
  const proxy = rt.props.asProxy(at);
  if (proxy !== null) {
    if (!proxy.setPrototypeOf(at, proto)) throw rt.props.proxyRefused('setPrototypeOf', 'undefined');
    return;
  }
  if (o.protoOf(at) === proto) return;
  const kind = rt.heap.kindOf(at);
  if (kind !== Kind.Object && kind !== Kind.Function && kind !== Kind.Array) {
    throw new KilnThrow('TypeError', 'kiln does not support changing the prototype of this object yet');
  }
  const store = storeOf(rt, at);
  if (!o.isExtensible(store)) throw new KilnThrow('TypeError', `${shown(rt, w)} is not extensible`);
  for (let p = proto; p !== 0; p = o.protoOf(p)) if (p === at) throw new KilnThrow('TypeError', 'Cyclic __proto__ value');
  o.setProto(store, proto);
}

export type Level = 'sealed' | 'frozen';

/** SetIntegrityLevel (and preventExtensions when `level` is undefined). */
export function setIntegrity(rt: RuntimeCore, w: Word, level: Level | undefined): Word {
  if (w[0] !== Tag.Ptr || rt.heap.kindOf(w[1]) === Kind.String) return w;
  const at = w[1];
  const proxy = rt.props.asProxy(at);
  if (proxy !== null) {
    proxyIntegrity(rt, w, level);
    return w;
  }
  // node's process.env (an object with interceptors in V8) refuses every integrity level.
  if (at === rt.props.envObject) throw new KilnThrow('TypeError', `Cannot ${level === 'frozen' ? 'freeze' : level === 'sealed' ? 'seal' : 'prevent extensions'}`);
  const kind = rt.heap.kindOf(at);
  if (kind === Kind.Array) {
    // The elements: bits of the elements kind (array-integrity.ts); the named properties: the
    // object that holds them, at the same level.
    rt.objects.addKindBits(at, integrityBits(level));
  }
  const store = storeOf(rt, at);
  if (store === 0) return w;
  const bits = level === 'frozen' ? PropFlag.NonConfigurable | PropFlag.ReadOnly : level === 'sealed' ? PropFlag.NonConfigurable : 0;
  rt.objects.setAllFlags(store, bits, false);
  return w;
}

/** SetIntegrityLevel of a proxy, over its internal methods: preventExtensions (a falsish
 *  answer is a TypeError), then each own key redefined non-configurable (frozen: data
 *  properties non-writable too, by their descriptors). */
function proxyIntegrity(rt: RuntimeCore, w: Word, level: Level | undefined): void {
  const proxy = rt.props.proxies!;
  const at = w[1];
  if (!proxy.preventExtensions(at)) throw new KilnThrow('TypeError', "'preventExtensions' on proxy: trap returned falsish");
  if (level === undefined) return;
  for (const key of proxy.ownKeys(at)) {
    if (level === 'sealed') {
      defineOwnProperty(rt, w, key, { configurable: false });
      continue;
    }
    const d = proxy.getOwnProperty(at, key);
    if (d === undefined) continue;
    defineOwnProperty(rt, w, key, isAccessorDescriptor(d) ? { configurable: false } : { configurable: false, writable: false });
  }
}

/** TestIntegrityLevel (isExtensible's negation when `level` is undefined). */
export function testIntegrity(rt: RuntimeCore, w: Word, level: Level | undefined): boolean {
  // Primitives: not extensible, sealed and frozen.
  if (w[0] !== Tag.Ptr || rt.heap.kindOf(w[1]) === Kind.String) return true;
  const at = w[1];
  const proxy = rt.props.asProxy(at);
  if (proxy !== null) {
    // TestIntegrityLevel over the proxy's internal methods.
    if (proxy.isExtensible(at)) return false;
    if (level === undefined) return true;
    for (const key of proxy.ownKeys(at)) {
      const d = proxy.getOwnProperty(at, key);
      if (d === undefined) continue;
      if (d.configurable === true) return false;
      if (level === 'frozen' && d.writable === true) return false;
    }
    return true;
  }
  const kind = rt.heap.kindOf(at);
  if (kind === Kind.Array) {
    const bits = arrayIntegrity(rt.objects, at);
    if (bits === 0) return false;
    if ((bits & integrityBits(level)) !== integrityBits(level)) {
      // Not set to this level: still at it when there is nothing it would restrict (node's
      // answer for an array with no elements, whose length it does not ask about).
      for (let i = 0, n = rt.objects.arrayLength(at); i < n; i++) if (ownDescriptor(rt, w, String(i)) !== undefined) return false;
    }
  }
  const store = storeOf(rt, at);
  if (store === 0 || rt.objects.isExtensible(store)) return false;
  if (level === undefined) return true;
  for (const key of rt.objects.ownKeys(store, true)) {
    const d = ownDescriptor(rt, w, key)!;
    if (d.configurable) return false;
    if (level === 'frozen' && d.writable === true) return false;
  }
  return true;
}

/** The static methods of Object this file owns. */
export const OBJECT_REFLECTION_NATIVES: readonly NativeMethod[] = [
  {
    name: 'defineProperty', length: 3,
    fn: (rt, _self, args) => {
      const target = args[0] ?? UNDEF;
      requireObject(rt, target, 'Object.defineProperty');
      const key = propertyKey(rt, args[1] ?? UNDEF);
      const dw = args[2] ?? UNDEF;
      const d = toDescriptor(rt, dw);
      withHandles(rt, [target, dw], () => defineOwnProperty(rt, target, key, d));
      return target;
    },
  },
  {
    name: 'defineProperties', length: 2,
    fn: (rt, _self, args) => {
      const target = args[0] ?? UNDEF;
      requireObject(rt, target, 'Object.defineProperties');
      withHandles(rt, [target], () => defineProperties(rt, target, args[1] ?? UNDEF));
      return target;
    },
  },
  {
    name: 'getOwnPropertyDescriptor', length: 2,
    fn: (rt, _self, args) => {
      const w = args[0] ?? UNDEF;
      if (w[0] === Tag.Undefined || w[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
      const key = propertyKey(rt, args[1] ?? UNDEF);
      const d = ownDescriptor(rt, w, key);
      return d === undefined ? UNDEF : fromDescriptor(rt, d);
    },
  },
  {
    name: 'getOwnPropertyDescriptors', length: 1,
    fn: (rt, _self, args) => {
      const w = args[0] ?? UNDEF;
      const keys = w[0] === Tag.Ptr && rt.props.asProxy(w[1]) !== null ? rt.props.proxies!.ownKeys(w[1]) : [...ownPropertyNames(rt, w), ...ownSymbolKeys(rt, w, true)];
      const o = rt.objects;
      const result: Word = [Tag.Ptr, o.allocObject()];
      // A proxy's trap runs the program's code, which may collect: the result is held.
      withHandles(rt, [result], () => {
        for (const key of keys) {
          const own = ownDescriptor(rt, w, key);
          if (own === undefined) continue;
          const d = fromDescriptor(rt, own);
          o.defineOwn(result[1], key, d[0], d[1], 0);
        }
      });
      return result;
    },
  },
  {
    name: 'getOwnPropertyNames', length: 1,
    fn: (rt, _self, args) => rt.newArray(ownPropertyNames(rt, args[0] ?? UNDEF).map((k) => [Tag.Ptr, rt.heap.internString(k)])),
  },
  {
    name: 'create', length: 2,
    fn: (rt, _self, args) => {
      const proto = prototypeArgument(rt, args[0] ?? UNDEF);
      const obj: Word = [Tag.Ptr, rt.objects.allocObject(proto)];
      const props = args[1] ?? UNDEF;
      if (props[0] !== Tag.Undefined) withHandles(rt, [obj], () => defineProperties(rt, obj, props));
      return obj;
    },
  },
  {
    name: 'fromEntries', length: 1,
    fn: (rt, _self, args) => {
      const iterable = args[0] ?? UNDEF;
      if (iterable[0] === Tag.Undefined || iterable[0] === Tag.Null) {
        throw new KilnThrow('TypeError', 'undefined is not iterable');
      }
      if (!rt.isObjectWord(iterable) && !(iterable[0] === Tag.Ptr && rt.heap.kindOf(iterable[1]) === Kind.String)) {
        throw new KilnThrow('TypeError', `${typeof rt.host(iterable)} ${rt.describe(iterable[0], iterable[1])} is not iterable (cannot read property Symbol(Symbol.iterator))`);
      }
      const entries = rt.iterableToArray(iterable[0], iterable[1]);
      const o = rt.objects;
      const result = o.allocObject();
      return withHandles(rt, [[Tag.Ptr, entries], [Tag.Ptr, result]], () => {
        const n = o.arrayLength(entries);
        for (let i = 0; i < n; i++) {
          const entry = rt.getProperty([Tag.Ptr, entries], i);
          if (!rt.isObjectWord(entry)) throw new KilnThrow('TypeError', `Iterator value ${shown(rt, entry)} is not an entry object`);
          const k = rt.getProperty(entry, 0);
          const v = rt.getProperty(entry, 1);
          const key = withHandles(rt, [v], () => propertyKey(rt, k));
          defineOwnProperty(rt, [Tag.Ptr, result], key, { value: v, writable: true, enumerable: true, configurable: true });
        }
        return [Tag.Ptr, result] as Word;
      });
    },
  },
  {
    name: 'setPrototypeOf', length: 2,
    fn: (rt, _self, args) => {
      const w = args[0] ?? UNDEF;
      if (w[0] === Tag.Undefined || w[0] === Tag.Null) throw new KilnThrow('TypeError', 'Object.setPrototypeOf called on null or undefined');
      const proto = prototypeArgument(rt, args[1] ?? UNDEF);
      if (!rt.isObjectWord(w)) return w;
      setPrototypeOf(rt, w, proto);
      return w;
    },
  },
  { name: 'preventExtensions', length: 1, fn: (rt, _self, args) => setIntegrity(rt, args[0] ?? UNDEF, undefined) },
  { name: 'seal', length: 1, fn: (rt, _self, args) => setIntegrity(rt, args[0] ?? UNDEF, 'sealed') },
  { name: 'freeze', length: 1, fn: (rt, _self, args) => setIntegrity(rt, args[0] ?? UNDEF, 'frozen') },
  { name: 'isExtensible', length: 1, fn: (rt, _self, args) => bool(!testIntegrity(rt, args[0] ?? UNDEF, undefined)) },
  { name: 'isSealed', length: 1, fn: (rt, _self, args) => bool(testIntegrity(rt, args[0] ?? UNDEF, 'sealed')) },
  { name: 'isFrozen', length: 1, fn: (rt, _self, args) => bool(testIntegrity(rt, args[0] ?? UNDEF, 'frozen')) },
  { name: 'is', length: 2, fn: (rt, _self, args) => bool(sameValue(rt, args[0] ?? UNDEF, args[1] ?? UNDEF)) },
];

/** Object.prototype.__proto__: the receiver's prototype; setting it sets the prototype
 *  (ignored for a value that is neither an object nor null). */
export const PROTO_ACCESSOR: { get: NativeMethod; set: NativeMethod } = {
  get: {
    name: 'get __proto__', length: 0,
    fn: (rt, self) => {
      if (self[0] === Tag.Undefined || self[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
      const p = rt.prototypeOfValue(self);
      return p === 0 ? [Tag.Null, 0] : [Tag.Ptr, p];
    },
  },
  set: {
    name: 'set __proto__', length: 1,
    fn: (rt, self, args) => {
      if (self[0] === Tag.Undefined || self[0] === Tag.Null) throw new KilnThrow('TypeError', 'Object.prototype.__proto__ called on null or undefined');
      const p = args[0] ?? UNDEF;
      if (p[0] !== Tag.Null && !rt.isObjectWord(p)) return UNDEF;
      if (!rt.isObjectWord(self)) return UNDEF;
      setPrototypeOf(rt, self, p[0] === Tag.Null ? 0 : p[1]);
      return UNDEF;
    },
  },
};
