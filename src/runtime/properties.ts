// Property operations on any value, as the language defines them: `v.k` / `v[k]` reads walk
// the prototype chain (primitives use their wrapper's prototype), writes go to the receiver
// (arrays' indices and `length` to its elements), `delete`, `in`, for-in keys, and the
// conversion of a key value to a property key. Errors are node's, word for word. The
// interpreter's inline caches and compiled code only short-cut what this file would do.

import { arrayIntegrity, mayDeleteElement, mayWriteElement, mayWriteLength } from './array-integrity';
import { dateValueOf } from './date-value';
import { regExpSlotOf } from './regexp-slot';
import { KilnThrow } from './errors';
import type { Heap } from './heap';
import { Kind, ObjectLayout as L, Tag } from './layout';
import type { ObjectModel } from './objects';
import type { ProxyHooks } from './proxy-hooks';
import type { Word } from './word';
import { isArrayIndexKey, PropFlag } from './shapes';
import { isSymbolKey, type Symbols } from './symbols';
import { isCanonicalNumericKey } from './typed-array-layout';
import { wrappedPrimitive, wrapperTypeOf } from './wrappers';

/** Describes a value for an error message as node does ("undefined", "null", "5"). */
export type Describe = (hi: number, lo: number) => string;

/** What the property operations need of the typed arrays (typed-arrays.ts): the
 *  integer-indexed exotic objects' element access. */
export interface IntegerIndexed {
  readonly any: boolean;
  info(at: number): IntegerIndexedInfo | undefined;
  element(info: IntegerIndexedInfo, i: number): Word;
  setElement(info: IntegerIndexedInfo, i: number, v: Word): void;
}

interface IntegerIndexedInfo {
  readonly type: string;
  readonly length: number;
}

export class PropertyOps {
  private readonly heap: Heap;
  /** Properties the runtime computes (a Map's `size`, a for-of cursor's elements) into
   *  objects.rhi/rlo; false for the rest. */
  internalGet: (obj: number, key: number | string) => boolean = () => false;
  /** Named properties the runtime keeps beside an array (a template object's `raw`, until
   *  arrays have named properties of their own) into objects.rhi/rlo; false for the rest. */
  arrayNamedGet: (array: number, key: string) => boolean = () => false;
  /** Calls a function value (getters and setters); the runtime sets it. */
  call!: (fn: Word, self: Word, args: Word[]) => Word;
  /** Does function object fn get a `prototype` property (ordinary functions do; arrows,
   *  methods and natives do not)? The runtime sets it. */
  hasOwnPrototype: (fn: number) => boolean = () => false;
  /** Does function fn own the legacy `arguments` and `caller` properties (the runtime sets it)? */
  hasLegacyCallerProperties: (fn: number) => boolean = () => false;
  /** For a generator function, what its `prototype` (made without a `constructor`)
   *  inherits: %GeneratorPrototype% or %AsyncGeneratorPrototype%; 0 for any other. */
  generatorPrototype: (fn: number) => number = () => 0;
  /** The typed arrays (their integer indices are not ordinary properties); the runtime sets it. */
  typedArrays: IntegerIndexed | null = null;
  /** The proxies' internal methods (proxies.ts); null until the Proxy global is built, when
   *  no proxy exists yet. */
  proxies: ProxyHooks | null = null;
  /** process.env (0 until the realm makes it): node's environment object, whose writes of
   *  named (non-index) keys store ToString of the value (`env.PORT = 3000` stores '3000')
   *  and refuse symbol keys. It is a dictionary object, so no inline cache writes to it:
   *  every write comes here. */
  envObject = 0;
  /** ToString of a value as a string word (may call the value's toString); the runtime sets it. */
  stringWord: (hi: number, lo: number) => Word = (hi, lo) => [hi, lo];
  /** %GeneratorPrototype% and %AsyncGeneratorPrototype% (runtime/generators.ts). */
  generatorProto = 0;
  asyncGeneratorProto = 0;
  /** ToPropertyKey's string for an object key value (ToString of ToPrimitive, which may
   *  call the object's toString); the runtime sets it. */
  objectKeyString: (hi: number, lo: number) => string = (hi, lo) => this.describe(hi, lo);
  /** The `length` of function object fn; the runtime sets it. */
  functionLength: (fn: number) => number = () => 0;
  /** Symbols: a symbol key value becomes its internal key string (the runtime sets it). */
  symbols!: Symbols;

  /** The source text of function object fn (messages name functions by it); the runtime
   *  sets it. */
  functionSource: (fn: number) => string = () => 'function () { [native code] }';

  constructor(
    readonly objects: ObjectModel,
    private readonly describe: Describe,
    /** Name of function id (for reading `.name` of functions). */
    private readonly functionName: (fnOffset: number) => string,
  ) {
    this.heap = objects.heap;
    objects.onFunctionBag = (fn, bag) => {
      if (this.pendingFunctions) this.pendingFunctions.push(fn);
      else this.materializeFunction(fn, bag);
    };
  }

  /** Functions whose properties object was made while the runtime was being built (names
   *  are not known yet): functionsReady gives them their `length` and `name`. */
  private pendingFunctions: number[] | null = [];

  /** The runtime is built: functions' names and lengths can be computed. */
  functionsReady(): void {
    const pending = this.pendingFunctions ?? [];
    this.pendingFunctions = null;
    const o = this.objects;
    for (const fn of pending) {
      // Rebuild the properties object with length and name first, as node lists them.
      const old = o.functionProperties(fn, false);
      const bag = o.allocObject(o.protoOf(fn));
      this.materializeFunction(fn, bag);
      for (const key of o.ownKeys(old, true, true)) {
        o.getOwn(old, key);
        o.defineOwn(bag, key, o.rhi, o.rlo, o.rflags);
      }
      o.replaceFunctionProperties(fn, bag);
    }
  }

  /** A function's `length` and `name` (and an ordinary function's `prototype`) are
   *  computed while it has no properties object; the object, once made, holds them as real
   *  properties (first, in node's order) so every path (writes, delete, defineProperty,
   *  descriptors, key lists) sees one set of properties. */
  private materializeFunction(fn: number, bag: number): void {
    const o = this.objects;
    const fixed = PropFlag.NonEnumerable | PropFlag.ReadOnly;
    o.defineOwn(bag, 'length', Tag.Int32, this.functionLength(fn), fixed);
    o.defineOwn(bag, 'name', Tag.Ptr, this.heap.internString(this.functionName(fn)), fixed);
    if (this.hasLegacyCallerProperties(fn)) {
      o.defineOwn(bag, 'arguments', Tag.Null, 0, fixed | PropFlag.NonConfigurable);
      o.defineOwn(bag, 'caller', Tag.Null, 0, fixed | PropFlag.NonConfigurable);
    }
    if (this.hasOwnPrototype(fn) && this.generatorPrototype(fn) !== 0) {
      const proto = o.allocObject(this.generatorPrototype(fn));
      o.defineOwn(bag, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.NonConfigurable);
    } else if (this.hasOwnPrototype(fn)) {
      const proto = o.allocObject(o.objectProto);
      o.defineOwn(proto, 'constructor', Tag.Ptr, fn, PropFlag.NonEnumerable);
      o.defineOwn(bag, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.NonConfigurable);
    }
  }

  /** The property key of a key value: an array index as a number, else a string. */
  toKey(hi: number, lo: number): number | string {
    if (hi === Tag.Int32 && (lo | 0) >= 0) return lo | 0;
    const s = this.keyString(hi, lo);
    return isArrayIndexKey(s) ? Number(s) : s;
  }

  /** The property key of key value (khi, klo) for an access of `use` kind on base (hi, lo):
   *  a base that the access rejects throws first, before an object key's toString could
   *  run (node's message then names no key). */
  keyFor(use: 'get' | 'set' | 'delete' | 'in', hi: number, lo: number, khi: number, klo: number): number | string {
    if (khi === Tag.Ptr && this.heap.kindOf(klo) !== Kind.String && this.heap.kindOf(klo) !== Kind.Symbol) {
      const nullish = hi === Tag.Undefined || hi === Tag.Null ? (hi === Tag.Null ? 'null' : 'undefined') : null;
      if (nullish !== null && use === 'get') throw new KilnThrow('TypeError', `Cannot read properties of ${nullish}`);
      if (nullish !== null && use === 'set') throw new KilnThrow('TypeError', `Cannot set properties of ${nullish}`);
      if (nullish !== null && use === 'delete') throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
      if (use === 'in' && (hi !== Tag.Ptr || this.heap.kindOf(lo) === Kind.String)) {
        const tag = this.heap.kindOf(klo) === Kind.Array ? 'Array' : this.heap.kindOf(klo) === Kind.Function ? 'Function' : 'Object';
        throw new KilnThrow('TypeError', `Cannot use 'in' operator to search for '[object ${tag}]' in ${this.inOperand(hi, lo)}`);
      }
    }
    return this.toKey(khi, klo);
  }

  /** How V8 names the right operand of a failed `in`: a string as it is, unquoted. */
  private inOperand(hi: number, lo: number): string {
    return hi === Tag.Ptr && this.heap.kindOf(lo) === Kind.String ? this.heap.readString(lo) : this.describe(hi, lo);
  }

  /** How node prints property key `key` in a message: a symbol key as `Symbol(desc)`. */
  keyText(key: number | string): string {
    if (typeof key === 'string' && isSymbolKey(key)) return this.symbols.text(this.symbols.symbolOfKey(key));
    return String(key);
  }

  keyString(hi: number, lo: number): string {
    if (hi === Tag.Ptr) {
      const kind = this.heap.kindOf(lo);
      if (kind === Kind.String) return this.heap.readString(lo);
      if (kind === Kind.Symbol) return this.symbols.keyOf(lo);
      return this.objectKeyString(hi, lo);
    }
    return this.describe(hi, lo);
  }

  /** Is `key` a numeric string key ('-1', '1.5', '-0', ...: isCanonicalNumericKey) and `at`
   *  a typed array? Such a key names no property of it: reads give undefined (the prototypes
   *  are not asked), writes and deletes do nothing, `in` is false. (Index keys come as
   *  numbers, and go to the elements.) */
  isTypedNumericKey(at: number, key: number | string): boolean {
    return typeof key === 'string' && this.typedArrays?.any === true && isCanonicalNumericKey(key) && this.typedArrays.info(at) !== undefined;
  }

  /** Is heap object `at` a proxy (proxies.ts: a proxy object, or a callable proxy's function
   *  object, whose record has the proxies' shape)? */
  isProxy(at: number): boolean {
    const id = this.objects.shapes.proxyShapeId;
    if (id === 0) return false;
    const u32 = this.heap.u32;
    const kind = u32[at >> 2];
    if (kind === Kind.Object) return u32[(at + L.objectShapeOffset) >> 2] === id;
    if (kind !== Kind.Function) return false;
    const bag = u32[(at + L.functionPropertiesOffset) >> 2];
    return bag !== 0 && u32[(bag + L.objectShapeOffset) >> 2] === id;
  }

  /** The proxies when `at` is one (null otherwise): `this.asProxy(at)?.get(...)`. */
  asProxy(at: number): ProxyHooks | null {
    return this.proxies !== null && this.isProxy(at) ? this.proxies : null;
  }

  /** node's TypeError for a proxy trap's falsish answer where the operation must succeed. */
  proxyRefused(trap: string, key: number | string): KilnThrow {
    return new KilnThrow('TypeError', `'${trap}' on proxy: trap returned falsish for property '${this.keyText(key)}'`);
  }

  // ---- get ------------------------------------------------------------------------------
  /** `v[key]` into objects.rhi/rlo. */
  get(hi: number, lo: number, key: number | string): void {
    const o = this.objects;
    if (hi !== Tag.Ptr) {
      if (hi === Tag.Undefined || hi === Tag.Null) {
        throw new KilnThrow('TypeError', `Cannot read properties of ${hi === Tag.Null ? 'null' : 'undefined'} (reading '${this.keyText(key)}')`);
      }
      return this.lookup(hi === Tag.Int32 || hi < Tag.MIN ? o.numberProto : hi === Tag.Bool ? o.booleanProto : 0, String(key), hi, lo);
    }
    switch (this.heap.kindOf(lo)) {
      case Kind.Array:
        if (typeof key === 'number') {
          o.getElement(lo, key);
          // A hole or an index past the end is looked up on the prototypes (which hold
          // elements only as dictionaries or exotic objects: fast shapes never do).
          if (o.rhi === Tag.Undefined && !o.hasOwnElement(lo, key) && this.prototypesMayHoldElements(lo)) {
            return this.lookup(o.protoOf(lo), String(key), hi, lo);
          }
          return;
        }
        if (key === 'length') return setResult(o, Tag.Int32, o.arrayLength(lo));
        if (key === 'raw' && this.arrayNamedGet(lo, key)) return;
        if (o.anyArrayProperties && this.own(lo, String(key))) {
          if ((o.rflags & PropFlag.Accessor) !== 0) this.callAccessor(o.rlo, 0, [hi, lo], []);
          return;
        }
        // An `arguments` object's own @@iterator is Array.prototype.values.
        if (o.isArguments(lo) && key === this.symbols.wellKnownKey('iterator')) return this.lookup(o.arrayProto, 'values', hi, lo);
        return this.lookup(o.protoOf(lo), String(key), hi, lo);
      case Kind.String: {
        const length = this.heap.u32[(lo >> 2) + 1];
        if (typeof key === 'number') {
          if (key >= length) return setResult(o, Tag.Undefined, 0);
          const c = this.heap.u16[((this.heap.flatString(lo) + L.stringDataOffset) >> 1) + key];
          return setResult(o, Tag.Ptr, this.heap.charString(c));
        }
        if (key === 'length') return setResult(o, Tag.Int32, length);
        return this.lookup(o.stringProto, key, hi, lo);
      }
      case Kind.Object:
      {
        const proxy = this.asProxy(lo);
        if (proxy !== null) {
          const [rhi, rlo] = proxy.get(lo, String(key), [hi, lo]);
          return setResult(o, rhi, rlo);
        }
        if (typeof key === 'number') {
          const typed = this.typedArrays?.info(lo);
          if (typed !== undefined) {
            const [ehi, elo] = this.typedArrays!.element(typed, key);
            return setResult(o, ehi, elo);
          }
        }
        if (this.isTypedNumericKey(lo, key)) return setResult(o, Tag.Undefined, 0);
        // Own properties, then what the runtime computes (a Map's size, ...), then the chain.
        const k = String(key);
        if (this.own(lo, k)) {
          if ((o.rflags & PropFlag.Accessor) !== 0) this.callAccessor(o.rlo, 0, [hi, lo], []);
          return;
        }
        if (this.internalGet(lo, key)) return;
        return this.lookup(o.shapeOf(lo).proto, k, hi, lo);
      }
      case Kind.Function:
        return this.lookup(lo, String(key), hi, lo);
      case Kind.Symbol:
        return this.lookup(this.symbols.proto, String(key), hi, lo);
      case Kind.BigInt:
        return this.lookup(o.bigintProto, String(key), hi, lo);
      default:
        return setResult(o, Tag.Undefined, 0);
    }
  }

  /** `key` looked up from object `holder` along its prototype chain (0 = none), into
   *  rhi/rlo; an accessor's getter is called with the receiver (rhi, rlo). */
  /** Whether some prototype of heap object `at` may have an integer-keyed property: one
   *  that is not an ordinary object of a fast shape (integer-like keys make a dictionary). */
  prototypesMayHoldElements(at: number): boolean {
    const o = this.objects;
    for (let p = o.protoOf(at); p !== 0; p = o.protoOf(p)) {
      if (this.heap.kindOf(p) !== Kind.Object || o.shapeOf(p).dictionary || this.typedArrays?.info(p) !== undefined) return true;
    }
    return false;
  }

  lookup(holder: number, key: string, rhi: number, rlo: number): void {
    const o = this.objects;
    for (; holder !== 0; holder = o.protoOf(holder)) {
      const proxy = this.asProxy(holder);
      if (proxy !== null) {
        const [vhi, vlo] = proxy.get(holder, key, [rhi, rlo]);
        return setResult(o, vhi, vlo);
      }
      if (!this.own(holder, key)) continue;
      if ((o.rflags & PropFlag.Accessor) !== 0) this.callAccessor(o.rlo, 0, [rhi, rlo], []);
      return;
    }
    setResult(o, Tag.Undefined, 0);
  }

  /** The holder of `key` on the chain from `holder` (0: none); its raw slot value and flags
   *  are left in rhi/rlo/rflags. A proxy on the chain is returned as the holder (no trap
   *  runs here; rhi/rlo undefined): whether it has the key is for its traps to say, so the
   *  caller must take the generic path ([[Get]], [[Set]], [[HasProperty]]). */
  findHolder(holder: number, key: string): number {
    const o = this.objects;
    for (; holder !== 0; holder = o.protoOf(holder)) {
      if (this.own(holder, key)) return holder;
      if (this.proxies !== null && this.isProxy(holder)) {
        setResult(o, Tag.Undefined, 0);
        o.rflags = 0;
        return holder;
      }
    }
    return 0;
  }

  /** Own property `key` of a heap object (raw: an accessor pair is not called) into
   *  rhi/rlo/rflags; false when absent. Functions keep theirs in a properties object, and
   *  have `name` and a lazily made `prototype`. */
  own(at: number, key: string): boolean {
    const o = this.objects;
    const kind = this.heap.kindOf(at);
    if (kind === Kind.Object && this.typedArrays?.any && isArrayIndexKey(key)) {
      const typed = this.typedArrays.info(at);
      if (typed !== undefined) {
        if (Number(key) >= typed.length) return false;
        const [ehi, elo] = this.typedArrays.element(typed, Number(key));
        setResult(o, ehi, elo);
        o.rflags = 0;
        return true;
      }
    }
    if (kind === Kind.Object) return !this.isTypedNumericKey(at, key) && o.getOwn(at, key);
    if (kind === Kind.Array) {
      const bag = o.anyArrayProperties ? o.arrayProperties(at, false) : 0;
      if (bag !== 0 && o.getOwn(bag, key)) return true;
      // Its elements and length too, for lookups that reach an array as a prototype
      // (`F.prototype = [1]`; reads of an array itself take its elements first).
      if (key === 'length') {
        setResult(o, Tag.Int32, o.arrayLength(at));
        o.rflags = PropFlag.NonEnumerable | PropFlag.NonConfigurable;
        return true;
      }
      if (!isArrayIndexKey(key) || !o.hasOwnElement(at, Number(key))) return false;
      o.getElement(at, Number(key));
      o.rflags = 0;
      return true;
    }
    if (kind !== Kind.Function) return false;
    const bag = o.functionProperties(at, false);
    if (bag !== 0 && o.getOwn(bag, key)) return true;
    if (bag !== 0 && this.pendingFunctions === null) return false;
    if (key === 'name') {
      setResult(o, Tag.Ptr, this.heap.internString(this.functionName(at)));
      o.rflags = PropFlag.NonEnumerable | PropFlag.ReadOnly;
      return true;
    }
    if (key === 'length') {
      setResult(o, Tag.Int32, this.functionLength(at));
      o.rflags = PropFlag.NonEnumerable | PropFlag.ReadOnly;
      return true;
    }
    if (key === 'prototype' && this.hasOwnPrototype(at)) {
      // Made with the properties object (materializeFunction).
      return o.getOwn(o.functionProperties(at, true), key);
    }
    return false;
  }

  /** Calls the getter (which = 0) or setter (1) of accessor pair `pair`; a missing getter
   *  reads undefined, a missing setter ignores the write (sloppy mode). */
  private callAccessor(pair: number, which: 0 | 1, receiver: Word, args: Word[]): void {
    const o = this.objects;
    o.getElement(pair, which);
    const fn: Word = [o.rhi, o.rlo];
    if (fn[0] === Tag.Undefined) return setResult(o, Tag.Undefined, 0);
    const [hi, lo] = this.call(fn, receiver, args);
    setResult(o, hi, lo);
  }

  // ---- set ------------------------------------------------------------------------------
  /** `v[key] = value`; `strict` code gets node's TypeErrors where sloppy code's write is
   *  silently dropped (read-only properties, non-extensible objects, primitives). */
  set(hi: number, lo: number, key: number | string, vhi: number, vlo: number, strict = false): void {
    const o = this.objects;
    if (hi !== Tag.Ptr) {
      if (hi === Tag.Undefined || hi === Tag.Null) {
        throw new KilnThrow('TypeError', `Cannot set properties of ${hi === Tag.Null ? 'null' : 'undefined'} (setting '${this.keyText(key)}')`);
      }
      // A property of a primitive: a setter on its prototype runs; else sloppy mode drops
      // the write and strict mode throws.
      const proto = hi === Tag.Int32 || hi < Tag.MIN ? o.numberProto : hi === Tag.Bool ? o.booleanProto : 0;
      if (proto !== 0 && this.findHolder(proto, String(key)) !== 0 && (o.rflags & PropFlag.Accessor) !== 0) {
        return this.callSetter(o.rlo, [hi, lo], vhi, vlo, String(key), strict);
      }
      if (strict) throw new KilnThrow('TypeError', `Cannot create property '${key}' on ${hi === Tag.Bool ? 'boolean' : 'number'} '${this.describe(hi, lo)}'`);
      return;
    }
    switch (this.heap.kindOf(lo)) {
      case Kind.Array:
        if (typeof key === 'number') {
          if (this.proxies !== null && !o.hasOwnElement(lo, key) && this.prototypesMayHoldElements(lo)) {
            // A proxy on the chain takes the write ([[Set]] with this array as receiver).
            const holder = this.findHolder(o.protoOf(lo), String(key));
            if (holder !== 0 && this.asProxy(holder) !== null) return this.setProxy(holder, key, vhi, vlo, [hi, lo], strict);
          }
          if (arrayIntegrity(o, lo) !== 0 && !mayWriteElement(o, lo, key, strict)) return;
          return o.setElement(lo, key, vhi, vlo);
        }
        if (key === 'length') return this.setArrayLength(lo, vhi, vlo, strict);
        return this.setOn(o.arrayProperties(lo, true), lo, String(key), vhi, vlo, strict);
      case Kind.Object: {
        if (this.asProxy(lo) !== null) return this.setProxy(lo, key, vhi, vlo, [hi, lo], strict);
        const typed = typeof key === 'number' ? this.typedArrays?.info(lo) : undefined;
        if (typed !== undefined) return this.typedArrays!.setElement(typed, key as number, [vhi, vlo]);
        if (this.isTypedNumericKey(lo, key)) {
          // TypedArraySetElement at an invalid index: the value is converted (its valueOf
          // runs), and no index is in range, so nothing is stored.
          return this.typedArrays!.setElement(this.typedArrays!.info(lo)!, Infinity, [vhi, vlo]);
        }
        if (lo === this.envObject && typeof key === 'string') return this.setEnv(key, vhi, vlo);
        return this.setOn(lo, lo, String(key), vhi, vlo, strict);
      }
      case Kind.Function:
        if (this.asProxy(lo) !== null) return this.setProxy(lo, key, vhi, vlo, [hi, lo], strict);
        return this.setOn(o.functionProperties(lo, true), lo, String(key), vhi, vlo, strict);
      case Kind.String: {
        // Strings are immutable: their indices and length are read-only.
        if (!strict) return;
        const text = this.heap.readString(lo);
        const k = String(key);
        if (k === 'length' || (typeof key === 'number' && key < text.length)) {
          throw new KilnThrow('TypeError', `Cannot assign to read only property '${k}' of string '${text}'`);
        }
        throw new KilnThrow('TypeError', `Cannot create property '${k}' on string '${text}'`);
      }
      case Kind.Symbol: {
        if (!strict) return; // a primitive: sloppy code's write goes nowhere
        const text = this.symbols.text(lo);
        throw new KilnThrow('TypeError', `Cannot create property '${this.keyText(key)}' on symbol '${text}'`);
      }
      case Kind.BigInt: {
        const holder = this.findHolder(o.bigintProto, String(key));
        if (holder !== 0 && (o.rflags & PropFlag.Accessor) !== 0) return this.callSetter(o.rlo, [hi, lo], vhi, vlo, String(key), strict);
        if (!strict) return;
        throw new KilnThrow('TypeError', `Cannot create property '${this.keyText(key)}' on bigint '${this.heap.bigints.value(lo)}'`);
      }
      default:
        throw new KilnThrow('TypeError', `kiln does not support properties here (setting '${key}')`);
    }
  }

  /** proxy.[[Set]](key, v, receiver); a falsish trap result is a TypeError in strict code. */
  private setProxy(proxy: number, key: number | string, vhi: number, vlo: number, receiver: Word, strict: boolean): void {
    if (!this.proxies!.set(proxy, String(key), [vhi, vlo], receiver) && strict) throw this.proxyRefused('set', key);
  }

  /** `process.env[key] = v` for a named key, as node's interceptor does it: the key, then
   *  the value, converted to strings (a symbol is a TypeError); no setter or read-only
   *  property on the chain is consulted. */
  setEnv(key: string, vhi: number, vlo: number): void {
    if (isSymbolKey(key)) throw new KilnThrow('TypeError', 'Cannot convert a Symbol value to a string');
    const [shi, slo] = this.stringWord(vhi, vlo);
    this.objects.setOwn(this.envObject, key, shi, slo);
  }

  /** `receiver.key = v` where `store` is the plain object holding receiver's own
   *  properties: an own writable data property is overwritten; else a setter found on the
   *  chain is called; else an own property is added, unless a read-only property on the
   *  chain or a non-extensible receiver refuses it. */
  private setOn(store: number, receiver: number, key: string, vhi: number, vlo: number, strict: boolean): void {
    const o = this.objects;
    if (o.getOwn(store, key)) {
      if ((o.rflags & PropFlag.Accessor) !== 0) return this.callSetter(o.rlo, [Tag.Ptr, receiver], vhi, vlo, key, strict);
      if ((o.rflags & PropFlag.ReadOnly) !== 0) return this.refuseReadOnly(receiver, key, strict);
      return o.setOwn(store, key, vhi, vlo);
    }
    const holder = this.findHolder(o.protoOf(receiver), key);
    if (holder !== 0 && this.asProxy(holder) !== null) return this.setProxy(holder, key, vhi, vlo, [Tag.Ptr, receiver], strict);
    if (holder !== 0) {
      if ((o.rflags & PropFlag.Accessor) !== 0) return this.callSetter(o.rlo, [Tag.Ptr, receiver], vhi, vlo, key, strict);
      if ((o.rflags & PropFlag.ReadOnly) !== 0) return this.refuseReadOnly(receiver, key, strict);
    }
    if (!o.isExtensible(store)) {
      if (strict) throw new KilnThrow('TypeError', `Cannot add property ${this.keyText(key)}, object is not extensible`);
      return;
    }
    o.setOwn(store, key, vhi, vlo);
  }

  private refuseReadOnly(receiver: number, key: string, strict: boolean): void {
    if (strict) throw new KilnThrow('TypeError', `Cannot assign to read only property '${this.keyText(key)}' of ${this.describeReceiver(receiver)}`);
  }

  /** A setter call; an accessor without one drops the write (strict code: TypeError). */
  private callSetter(pair: number, receiver: Word, vhi: number, vlo: number, key: string, strict: boolean): void {
    const o = this.objects;
    o.getElement(pair, 1);
    if (o.rhi === Tag.Undefined) {
      if (strict) {
        const what = receiver[0] === Tag.Ptr ? this.describeReceiver(receiver[1]).replace(/^\w+ '(.*)'$/, '$1') : this.describe(receiver[0], receiver[1]);
        throw new KilnThrow('TypeError', `Cannot set property ${this.keyText(key)} of ${what} which has only a getter`);
      }
      return;
    }
    this.callAccessor(pair, 1, receiver, [[vhi, vlo]]);
  }

  /** How node's messages name an object: "object '#<Foo>'" (Foo its constructor's name),
   *  "function 'function f() {}'", "object '[object Array]'". */
  describeReceiver(at: number): string {
    const kind = this.heap.kindOf(at);
    if (kind === Kind.Function) return `function '${this.functionSource(at)}'`;
    if (kind === Kind.Array) return `object '[object Array]'`;
    const inner = wrappedPrimitive(this.objects, at);
    if (inner !== undefined) return `object '[object ${wrapperTypeOf(inner, (p) => this.heap.kindOf(p))}]'`;
    if (dateValueOf(this.objects, at) !== undefined) return `object '[object Date]'`;
    if (regExpSlotOf(this.objects, this.heap, at) !== undefined) return `object '[object RegExp]'`;
    const name = this.constructorName(at, '');
    return name === '' ? `object '[object Object]'` : `object '#<${name}>'`;
  }

  /** The name of the constructor of object at's prototype chain (`none` when it has none);
   *  with `fromItself`, the lookup starts at the object itself, as V8's GetConstructorName
   *  does for its messages (a class's prototype is `#<A>`). */
  constructorName(at: number, none = 'Object', fromItself = false): string {
    const o = this.objects;
    const holder = this.findHolder(fromItself ? at : o.protoOf(at), 'constructor');
    if (holder === 0) return none;
    if ((o.rflags & PropFlag.Accessor) !== 0 || o.rhi !== Tag.Ptr || this.heap.kindOf(o.rlo) !== Kind.Function) return 'Object';
    const fn = o.rlo;
    if (!this.own(fn, 'name') || o.rhi !== Tag.Ptr || this.heap.kindOf(o.rlo) !== Kind.String) return 'Object';
    return this.heap.readString(o.rlo) || 'Object';
  }

  /** Defines own property `key` of an object or function (class members, object literal
   *  accessors): `accessor` 'get'/'set' merges into an accessor pair. */
  define(at: number, key: string, vhi: number, vlo: number, flags: number, accessor?: 'get' | 'set'): void {
    const o = this.objects;
    const store = this.heap.kindOf(at) === Kind.Function ? o.functionProperties(at, true) : at;
    if (!accessor) return o.defineOwn(store, key, vhi, vlo, flags);
    let pair = 0;
    if (o.getOwn(store, key) && (o.rflags & PropFlag.Accessor) !== 0) {
      pair = o.rlo;
    } else {
      pair = o.allocArray(2);
      o.setElement(pair, 0, Tag.Undefined, 0);
      o.setElement(pair, 1, Tag.Undefined, 0);
    }
    this.heap.pushHandle(pair);
    try {
      o.setElement(pair, accessor === 'get' ? 0 : 1, vhi, vlo);
      o.defineOwn(store, key, Tag.Ptr, pair, flags | PropFlag.Accessor);
    } finally {
      this.heap.popHandle();
    }
  }

  private setArrayLength(a: number, vhi: number, vlo: number, strict: boolean): void {
    const n = vhi === Tag.Int32 ? vlo | 0 : vhi < Tag.MIN ? this.heap.f64Of(vhi, vlo) : NaN;
    if (!(n >= 0 && n <= 0xffffffff && Math.floor(n) === n)) throw new KilnThrow('RangeError', 'Invalid array length');
    if (arrayIntegrity(this.objects, a) !== 0 && !mayWriteLength(this.objects, a, n, strict)) return;
    this.objects.setLength(a, n);
  }

  // ---- delete, in, keys -----------------------------------------------------------------
  /** `delete v[key]`: false when the property is non-configurable (strict code: node's
   *  TypeError). */
  delete(hi: number, lo: number, key: number | string, strict = false): boolean {
    if (hi === Tag.Undefined || hi === Tag.Null) {
      throw new KilnThrow('TypeError', `Cannot convert undefined or null to object`);
    }
    if (hi !== Tag.Ptr) return true;
    const o = this.objects;
    const refuse = (what: string): boolean => {
      if (strict) throw new KilnThrow('TypeError', `Cannot delete property '${key}' of ${what}`);
      return false;
    };
    switch (this.heap.kindOf(lo)) {
      case Kind.Object:
      case Kind.Function: {
        const proxy = this.asProxy(lo);
        if (proxy !== null) {
          const deleted = proxy.deleteProperty(lo, String(key));
          if (!deleted && strict) throw this.proxyRefused('deleteProperty', key);
          return deleted;
        }
        const typed = typeof key === 'number' ? this.typedArrays?.info(lo) : undefined;
        if (typed !== undefined) return key as number >= typed.length || refuse(`[object ${typed.type}]`);
        if (this.isTypedNumericKey(lo, key)) return true;
        const store = this.heap.kindOf(lo) === Kind.Function ? o.functionProperties(lo, true) : lo;
        const k = String(key);
        if (o.getOwn(store, k) && (o.rflags & PropFlag.NonConfigurable) !== 0) {
          return refuse(this.describeReceiver(lo).replace(/^object '(.*)'$/, '$1').replace(/^function '(.*)'$/, '$1'));
        }
        o.deleteOwn(store, k);
        return true;
      }
      case Kind.Array:
        if (typeof key === 'number') {
          if (arrayIntegrity(o, lo) !== 0 && !mayDeleteElement(o, lo, key, strict)) return false;
          if (key < o.arrayLength(lo)) o.setElement(lo, key, Tag.Hole, 0);
          return true;
        }
        if (key === 'length') return refuse('[object Array]');
        if (this.own(lo, key)) {
          if ((o.rflags & PropFlag.NonConfigurable) !== 0) return refuse('[object Array]');
          o.deleteOwn(o.arrayProperties(lo, false), key);
        }
        return true;
      case Kind.String: {
        const length = this.heap.u32[(lo >> 2) + 1];
        if (key === 'length' || (typeof key === 'number' && key < length)) return refuse(`[object String]`);
        return true;
      }
      default:
        return true;
    }
  }

  has(hi: number, lo: number, key: number | string): boolean {
    if (hi !== Tag.Ptr || this.heap.kindOf(lo) === Kind.String || this.heap.kindOf(lo) === Kind.Symbol || this.heap.kindOf(lo) === Kind.BigInt) {
      throw new KilnThrow('TypeError', `Cannot use 'in' operator to search for '${this.keyText(key)}' in ${this.inOperand(hi, lo)}`);
    }
    const o = this.objects;
    const proxy = this.asProxy(lo);
    if (proxy !== null) return proxy.has(lo, String(key));
    const typed = typeof key === 'number' ? this.typedArrays?.info(lo) : undefined;
    if (typed !== undefined) return (key as number) < typed.length;
    if (this.isTypedNumericKey(lo, key)) return false;
    if (this.heap.kindOf(lo) === Kind.Array) {
      if (typeof key === 'number') {
        if (o.hasOwnElement(lo, key)) return true;
        // A hole or an index past the end: the prototypes' own (`Array.prototype[4] = 5`,
        // which makes it a dictionary), a proxy's trap.
        if (!this.prototypesMayHoldElements(lo)) return false;
        const holder = this.findHolder(o.protoOf(lo), String(key));
        if (holder !== 0 && this.asProxy(holder) !== null) return this.proxies!.has(holder, String(key));
        return holder !== 0;
      }
      if (key === 'length') return true;
      if (key === 'raw' && this.arrayNamedGet(lo, key)) return true;
      if (this.own(lo, key)) return true;
      if (o.isArguments(lo) && key === this.symbols.wellKnownKey('iterator')) return true;
    }
    const holder = this.findHolder(this.heap.kindOf(lo) === Kind.Array ? o.protoOf(lo) : lo, String(key));
    if (holder !== 0 && this.asProxy(holder) !== null) return this.proxies!.has(holder, String(key));
    return holder !== 0;
  }

  /** Own enumerable string keys, in the language's order (Object.keys). */
  ownKeys(hi: number, lo: number): string[] {
    if (hi === Tag.Undefined || hi === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
    if (hi !== Tag.Ptr) return [];
    const o = this.objects;
    const proxy = this.asProxy(lo);
    if (proxy !== null) return proxy.ownKeys(lo).filter((k) => !isSymbolKey(k) && proxy.getOwnProperty(lo, k)?.enumerable === true);
    switch (this.heap.kindOf(lo)) {
      case Kind.Object: {
        const typed = this.typedArrays?.info(lo);
        if (typed !== undefined) return [...Array.from({ length: typed.length }, (_, i) => String(i)), ...o.ownKeys(lo)];
        return o.ownKeys(lo);
      }
      case Kind.Function: {
        const bag = o.functionProperties(lo, false);
        return bag === 0 ? [] : o.ownKeys(bag);
      }
      case Kind.Array: {
        const keys: string[] = [];
        const n = o.arrayLength(lo);
        for (let i = 0; i < n; i++) if (this.heap.u32[o.elementWord(lo, i) + 1] !== Tag.Hole) keys.push(String(i));
        const bag = o.anyArrayProperties ? o.arrayProperties(lo, false) : 0;
        if (bag !== 0) keys.push(...o.ownKeys(bag));
        return keys;
      }
      case Kind.String:
        return Array.from({ length: this.heap.u32[(lo >> 2) + 1] }, (_, i) => String(i));
      default:
        return [];
    }
  }

  /** for-in keys: own enumerable keys, then the enumerable keys of each prototype not
   *  seen closer to the object (a non-enumerable property shadows too). */
  forInKeys(hi: number, lo: number): string[] {
    if (hi === Tag.Undefined || hi === Tag.Null) return [];
    if (hi === Tag.Ptr && this.asProxy(lo) !== null) return this.proxyForInKeys(lo);
    const keys = this.ownKeys(hi, lo);
    if (hi !== Tag.Ptr) return keys;
    const o = this.objects;
    const seen = new Set(keys);
    const store = (at: number): number => {
      const kind = this.heap.kindOf(at);
      return kind === Kind.Function ? o.functionProperties(at, false) : kind === Kind.Array ? o.arrayProperties(at, false) : at;
    };
    const own = store(lo);
    if (own !== 0 && this.heap.kindOf(own) === Kind.Object) for (const k of o.ownKeys(own, true)) seen.add(k);
    for (let p = o.protoOf(lo); p !== 0; p = o.protoOf(p)) {
      if (this.asProxy(p) !== null) {
        // V8 lists a proxy prototype's own enumerable string keys and stops there.
        const proxy = this.proxies!;
        const own = proxy.ownKeys(p).filter((k) => !isSymbolKey(k));
        proxy.getPrototypeOf(p);
        for (const k of own) {
          if (seen.has(k)) continue;
          seen.add(k);
          if (proxy.getOwnProperty(p, k)?.enumerable === true) keys.push(k);
        }
        break;
      }
      const s = store(p);
      if (s === 0 || this.heap.kindOf(s) !== Kind.Object) continue;
      const enumerable = new Set(o.ownKeys(s));
      for (const k of o.ownKeys(s, true)) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (enumerable.has(k)) keys.push(k);
      }
    }
    return keys;
  }

  /** The for-in keys of proxy `proxy` as V8 finds them: the ownKeys trap's string keys, then
   *  (after the getPrototypeOf trap) the prototype's for-in keys not seen, each kept when the
   *  proxy reports it enumerable (getOwnPropertyDescriptor) or, absent, its prototype has it
   *  enumerable. */
  private proxyForInKeys(proxy: number): string[] {
    const hooks = this.proxies!;
    const own = hooks.ownKeys(proxy).filter((k) => !isSymbolKey(k));
    const proto = hooks.getPrototypeOf(proxy);
    const seen = new Set(own);
    const all = [...own];
    if (proto !== 0) for (const k of this.forInKeys(Tag.Ptr, proto)) if (!seen.has(k)) { seen.add(k); all.push(k); }
    return all.filter((k) => {
      const d = hooks.getOwnProperty(proxy, k);
      if (d !== undefined) return d.enumerable === true;
      const p = hooks.getPrototypeOf(proxy);
      return p !== 0 && this.forInKeys(Tag.Ptr, p).includes(k);
    });
  }
}

function setResult(o: ObjectModel, hi: number, lo: number): void {
  o.rhi = hi;
  o.rlo = lo;
}
