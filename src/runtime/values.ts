// Converting between 64-bit value words (hi, lo) and host JavaScript values. The fast
// paths of the interpreter and all compiled code work on words directly; the slow paths
// (string concatenation, loose equality, printing) convert to host values, apply the host's
// own semantics (which are the language's), and convert back. Functions become host
// function objects cached per heap object, so identity, `typeof` and printing match node.

import { inspect } from 'util';
import { collectionEntries, type CollectionKind, type Collections, type Walk } from './collections';
import { Heap } from './heap';
import type { Symbols } from './symbols';
import { builtinSubclassPrototype, errorPrototype, hostArguments, namedPrototype, revokedProxy, sloppyHostFunction } from './host-shapes';
import type { Word } from './word';
import { wrappedPrimitive } from './wrappers';
import { PromiseState, promiseStateOf } from './promise-state';
import { dateValueOf } from './date-value';
import { regExpSlotOf } from './regexp-slot';
import { Globals, Kind, ObjectLayout, Tag } from './layout';

/** Host values: primitives, function handles, and host mirrors of kiln arrays and objects
 *  (fresh copies, for printing and generic operators only: identity is not preserved). */
export type HostValue = number | string | boolean | bigint | symbol | undefined | null | KilnFunctionHandle | HostValue[] | { [key: string]: HostValue };

/** What the converter needs from the object model to mirror arrays and objects. */
export interface ObjectReader {
  arrayLength(a: number): number;
  /** Is array a a function's `arguments` object? */
  isArguments(a: number): boolean;
  /** An array's named properties (objects.ts). */
  readonly anyArrayProperties: boolean;
  arrayProperties(a: number, create: false): number;
  elementWord(a: number, i: number): number;
  ownKeys(obj: number, all?: boolean): string[];
  /** The internal keys of the own symbol-keyed properties (symbols.ts). */
  ownSymbolKeys?(obj: number, all?: boolean): string[];
  getOwn(obj: number, key: string): boolean;
  protoOf(at: number): number;
  functionProperties(fn: number, create: boolean): number;
  readonly objectProto: number;
  readonly arrayProto: number;
  readonly functionProto: number;
  rhi: number;
  rlo: number;
  /** PropFlag bits of the property the last getOwn found (2: an accessor pair). */
  rflags: number;
}


const ACCESSOR_FLAG = 2;
const NON_ENUMERABLE_FLAG = 1;

/** What printing needs of error objects (error-objects.ts): node's inspect prints an error
 *  as its stack, then its own enumerable properties, `[cause]` and `[errors]`. */
export interface ErrorReader {
  /** Does node's inspect treat the object as an error (Error.prototype on its chain)? */
  isError(obj: number): boolean;
  /** Is the accessor pair an error's `stack` (a data property to the language)? */
  isStackAccessor(pair: number): boolean;
  /** `obj[key]` as the language reads it (an error's `stack` gets its text). */
  read(obj: number, key: string): [number, number];
  /** `key in obj`. */
  has(obj: number, key: string): boolean;
  /** Was it made by an error constructor (util.types.isNativeError)? */
  isNativeError(obj: number): boolean;
}


/** The host face of a kiln function object: a real host function (so console.log prints
 *  `[Function: name]` and typeof says 'function') that remembers its heap offset. */
export interface KilnFunctionHandle {
  (): never;
  readonly kilnOffset: number;
}

/** A host method under node's util.inspect.custom symbol: node calls it with the mirror as
 *  `this` and (depth, options, inspect); a string result is printed as it is. */
export type CustomInspectMethod = (this: unknown, depth: unknown, options: unknown, inspectFn: unknown) => unknown;

export interface FunctionNaming {
  nameOf(functionId: number): string;
  sourceOf(functionId: number): string;
  /** Is the function a class constructor (printed `[class X]`)? */
  isClass?(functionId: number): boolean;
  /** Is it a generator function (`[GeneratorFunction: g]`) or an async one (`[AsyncFunction: f]`)? */
  suspends?(functionId: number): 'generator' | 'async' | 'async-generator' | undefined;
}

export class ValueConverter {
  private readonly handles = new Map<number, KilnFunctionHandle>();
  objects!: ObjectReader;
  /** Maps and Sets, mirrored as host Maps and Sets (so node prints them as its own). */
  collections: Collections | null = null;
  /** Error objects, mirrored as host errors (so node prints them as its own). */
  errors: ErrorReader | null = null;
  /** The host object node would print for an object the library backs with host state or
   *  prints its own way: typed arrays and buffers, the weak collections, TextEncoder/
   *  TextDecoder, URLs, Intl objects (the pipeline asks each); undefined for any other. */
  exoticMirror: (at: number) => object | undefined = () => undefined;
  /** A proxy's target (0 once revoked; undefined: not a proxy). node prints a proxy as its
   *  target, running no trap, and a revoked one as `<Revoked Proxy>` (proxy-natives.ts sets it). */
  proxyTarget: (at: number) => number | undefined = () => undefined;
  /** A proxy's handler (0 once revoked), for inspect's showProxy (the pipeline sets it). */
  proxyHandler: (at: number) => number = () => 0;
  /** While set, a proxy mirrors as a host proxy of its target's and handler's mirrors, which
   *  node's inspect prints `Proxy [ target, handler ]` under showProxy (and `%o`). */
  private proxies = false;
  /** The host method node's inspect should call for kiln object `at` in place of printing
   *  its properties (its util.inspect.custom method; custom-inspect.ts sets it). */
  customInspect: (at: number) => CustomInspectMethod | undefined = () => undefined;
  /** `obj[key]` as the language reads it, running a getter (the pipeline sets it). */
  readProperty: (at: number, key: string) => [number, number] = () => [Tag.Undefined, 0];
  /** The host value of `obj[key]`, running a getter; a language exception is thrown as the
   *  host value of what was thrown (node's inspect shows `<Inspection threw (message)>`). */
  readAccessor: (at: number, key: string) => HostValue = () => undefined;
  /** Symbols, mirrored as host symbols of the same description (one per kiln symbol, so
   *  node prints them and host operators throw node's conversion errors). */
  symbols: Symbols | null = null;
  private readonly hostSymbols = new Map<number, symbol>();
  private readonly kilnSymbols = new Map<symbol, number>();

  constructor(
    private readonly heap: Heap,
    private readonly naming: FunctionNaming,
  ) {}

  /** The GC freed the object at `at`: forget its function handle. */
  forget(at: number): void {
    this.handles.delete(at);
    const sym = this.hostSymbols.get(at);
    if (sym !== undefined) {
      this.hostSymbols.delete(at);
      this.kilnSymbols.delete(sym);
    }
  }

  /** The host symbol standing for kiln symbol `at`. */
  hostSymbol(at: number): symbol {
    let sym = this.hostSymbols.get(at);
    if (sym === undefined) {
      // A well-known symbol is the host's own (node reads a mirror's Symbol.toStringTag).
      sym = this.wellKnownHostSymbol(at) ?? Symbol(this.symbols!.descriptionText(at));
      this.hostSymbols.set(at, sym);
      this.kilnSymbols.set(sym, at);
    }
    return sym;
  }

  /** While set, mirrors carry what node's inspect lists under `showHidden` (and `%o`):
   *  non-enumerable own properties and symbols, a function's own `length`, `name` and
   *  `prototype`, and a class instance's prototype chain (node lists its accessors). */
  private hidden = false;
  /** Kiln offsets of the functions made for hidden-mode mirrors (a handle carries its own). */
  private readonly hiddenFunctionOffsets = new WeakMap<object, number>();

  /** The host value of a word mirrored for node's inspect with `showHidden` and/or
   *  `showProxy`. */
  toHostForInspect(hi: number, lo: number, showHidden: boolean, showProxy: boolean): HostValue {
    const was = [this.hidden, this.proxies] as const;
    this.hidden = showHidden;
    this.proxies = showProxy;
    try {
      return this.toHost(hi, lo);
    } finally {
      [this.hidden, this.proxies] = was;
    }
  }

  /** The host's Symbol.iterator & co. for kiln's well-known symbol `at` (undefined: not one). */
  private wellKnownHostSymbol(at: number): symbol | undefined {
    for (const [name, sym] of this.symbols?.wellKnown ?? []) {
      if (sym !== at) continue;
      const host = (Symbol as unknown as Record<string, unknown>)[name];
      return typeof host === 'symbol' ? host : undefined;
    }
    return undefined;
  }

  /** node's util.inspect of a value (as console.log prints it). */
  inspect(hi: number, lo: number): string {
    return inspect(this.toHost(hi, lo));
  }

  /** The word of a host primitive or function handle. */
  hostToWord(v: HostValue): [number, number] {
    const w = Globals.scratchWord >> 2;
    this.write(w, v);
    return [this.heap.u32[w + 1], this.heap.u32[w]];
  }

  /** Host value of the word whose low u32 is at word index `w` (hi at w + 1). */
  read(w: number): HostValue {
    const u32 = this.heap.u32;
    return this.toHost(u32[w + 1], u32[w], w);
  }

  toHost(hi: number, lo: number, w = -1): HostValue {
    if (hi < Tag.MIN) {
      if (w >= 0) return this.heap.f64[w >> 1];
      return wordToDouble(hi, lo);
    }
    switch (hi) {
      case Tag.Int32:
        return lo | 0;
      case Tag.Bool:
        return lo !== 0;
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.Ptr:
        return this.pointerToHost(lo);
      default:
        throw new Error(`kiln internal error: no host value for tag 0x${hi.toString(16)}`);
    }
  }

  private pointerToHost(at: number, seen?: Map<number, HostValue>): HostValue {
    const kind = this.heap.kindOf(at);
    if (kind === Kind.String) return this.heap.readString(at);
    if (kind === Kind.Symbol) return this.hostSymbol(at);
    if (kind === Kind.BigInt) return this.heap.bigints.value(at);
    const memo = seen ?? new Map<number, HostValue>();
    const target = this.proxyTarget(at);
    if (target !== undefined) {
      if (target === 0) return revokedProxy() as HostValue;
      if (!this.proxies) return this.pointerToHost(target, memo);
      const known = memo.get(at);
      if (known !== undefined) return known;
      const handler = this.proxyHandler(at);
      const hostTarget = this.pointerToHost(target, memo) as object;
      const proxy = new Proxy(hostTarget, handler === 0 ? {} : (this.pointerToHost(handler, memo) as object)) as HostValue;
      memo.set(at, proxy);
      return proxy;
    }
    if (kind === Kind.Function) return this.functionMirror(at, memo);
    const known = memo.get(at);
    if (known !== undefined) return known;
    const mirror = this.structuredMirror(at, kind, memo);
    // node's inspect calls an object's util.inspect.custom method in place of listing it.
    const custom = this.customInspect(at);
    if (custom !== undefined && typeof mirror === 'object' && mirror !== null) {
      Object.defineProperty(mirror, inspect.custom, { value: custom, enumerable: false, configurable: true });
    }
    return mirror;
  }

  /** The host mirror of kiln array or object `at` (recorded in `memo` before its children). */
  private structuredMirror(at: number, kind: number, memo: Map<number, HostValue>): HostValue {
    const u32 = this.heap.u32;
    const o = this.objects;
    const child = (hi: number, lo: number, w: number): HostValue =>
      hi === Tag.Ptr ? this.pointerToHost(lo, memo) : this.toHost(hi, lo, w);
    if (kind === Kind.Array) {
      const n = o.arrayLength(at);
      // An `arguments` object mirrors as a host one (node prints `[Arguments] { '0': 1 }`).
      const mirror: HostValue[] = o.isArguments(at) ? (hostArguments(n) as HostValue[]) : new Array(n);
      memo.set(at, mirror);
      for (let i = 0; i < n; i++) {
        const w = o.elementWord(at, i);
        if (u32[w + 1] !== Tag.Hole) mirror[i] = child(u32[w + 1], u32[w], w);
        else delete mirror[i]; // (an `arguments` mirror starts with every index present)
      }
      const bag = o.anyArrayProperties ? o.arrayProperties(at, false) : 0;
      if (bag === 0) return mirror;
      this.mirrorOwnProperties(bag, mirror as unknown as { [key: string]: HostValue }, memo);
      this.mirrorSymbolKeys(bag, mirror as unknown as Record<string | symbol, HostValue>, memo);
      const name = o.protoOf(at) === o.arrayProto ? null : this.constructorName(at);
      if (name !== null && name !== 'Array') Object.setPrototypeOf(mirror, builtinSubclassPrototype('Array', name));
      return mirror;
    }
    if (kind === Kind.Object) {
      // Under showHidden a class's prototype is the host class's own: mirror the class.
      if (this.hidden && o.getOwn(at, 'constructor') && o.rhi === Tag.Ptr && this.heap.kindOf(o.rlo) === Kind.Function && !memo.has(o.rlo)) {
        this.pointerToHost(o.rlo, memo);
        const filled = memo.get(at);
        if (filled !== undefined) return filled;
      }
      const inner = wrappedPrimitive(o, at);
      if (inner !== undefined) return this.wrapperMirror(at, inner, memo);
      const date = dateValueOf(o, at);
      if (date !== undefined) return this.dateMirror(at, date, memo);
      const binary = this.exoticMirror(at);
      if (binary !== undefined) {
        const mirror = binary as unknown as { [key: string]: HostValue };
        this.copyOwnProperties(at, mirror, memo);
        return mirror;
      }
      const regexp = regExpSlotOf(o, this.heap, at);
      if (regexp !== undefined) return this.regExpMirror(at, regexp, memo);
      const promise = promiseStateOf(o, at);
      if (promise !== undefined) return this.promiseMirror(at, promise.state, promise.result, memo);
      const walk = this.collections?.iteratorWalk(Tag.Ptr, at);
      if (walk !== undefined) return this.iteratorMirror(at, walk, memo);
      if (this.errors?.isError(at)) return this.errorMirror(at, this.errors, memo);
      const collection = this.collections?.kindOf(Tag.Ptr, at) ?? null;
      const mirror: { [key: string]: HostValue } = collection === null ? this.objectMirror(at, memo) : this.collectionMirror(at, collection, memo);
      // (Under showHidden the mirrored prototype chain carries an inherited tag itself.)
      if (collection === null && !this.hidden) this.inheritedTag(at, mirror);
      memo.set(at, mirror);
      this.mirrorOwnProperties(at, mirror, memo);
      this.mirrorSymbolKeys(at, mirror as Record<string | symbol, HostValue>, memo);
      return mirror;
    }
    throw new Error(`kiln internal error: no host value for heap kind ${kind} at ${at} (${ObjectLayout.kindOffset})`);
  }

  /** The own enumerable string-keyed properties of store `at` onto `mirror`: values
   *  mirrored, accessors as node prints them ([Getter], [Setter], [Getter/Setter]). */
  private mirrorOwnProperties(at: number, mirror: { [key: string]: HostValue }, memo: Map<number, HostValue>): void {
    const o = this.objects;
    const u32 = this.heap.u32;
    for (const key of o.ownKeys(at, this.hidden)) {
      o.getOwn(at, key);
      const hi = o.rhi;
      const lo = o.rlo;
      const enumerable = (o.rflags & NON_ENUMERABLE_FLAG) === 0;
      if ((o.rflags & ACCESSOR_FLAG) !== 0) {
        const has = (i: number): boolean => u32[o.elementWord(lo, i) + 1] !== Tag.Undefined;
        const noop = (): undefined => undefined;
        // node calls the getter only under `getters: true` (util.inspect): then it is run.
        const get = (): HostValue => this.readAccessor(at, key);
        Object.defineProperty(mirror, key, { get: has(0) ? get : undefined, set: has(1) ? noop : undefined, enumerable, configurable: true });
        continue;
      }
      const value = hi === Tag.Ptr ? this.pointerToHost(lo, memo) : this.toHost(hi, lo);
      // An own `__proto__` is a property like any other (an assignment would set the mirror's prototype).
      if (key === '__proto__' || !enumerable) Object.defineProperty(mirror, key, { value, enumerable, writable: true, configurable: true });
      else mirror[key] = value;
    }
  }

  /** A host wrapper of the same primitive (node prints `[Number: 1]`, `[String: 'ab']`) with
   *  the wrapper's other own properties; a string's indices are the host wrapper's own. */
  private wrapperMirror(at: number, inner: readonly [number, number], memo: Map<number, HostValue>): HostValue {
    const primitive = this.toHost(inner[0], inner[1]);
    const mirror = Object(primitive) as { [key: string]: HostValue };
    const units = typeof primitive === 'string' ? primitive.length : 0;
    this.copyOwnProperties(at, mirror, memo, (key) => !(units > 0 && /^(0|[1-9]\d*)$/.test(key) && Number(key) < units));
    this.mirrorSymbolKeys(at, mirror as Record<string | symbol, HostValue>, memo);
    return mirror;
  }

  /** Puts memo's entry for object `at` and copies its own enumerable string-keyed data
   *  properties (those `keep` accepts) onto the mirror of an exotic host value. */
  private copyOwnProperties(at: number, mirror: { [key: string]: HostValue }, memo: Map<number, HostValue>, keep: (key: string) => boolean = () => true): void {
    const o = this.objects;
    memo.set(at, mirror);
    for (const key of o.ownKeys(at)) {
      if (!keep(key)) continue;
      o.getOwn(at, key);
      const [hi, lo] = [o.rhi, o.rlo];
      mirror[key] = hi === Tag.Ptr ? this.pointerToHost(lo, memo) : this.toHost(hi, lo);
    }
  }

  /** A host Date of the same time value (node prints its ISO text, or Invalid Date), with the
   *  object's own properties. */
  private dateMirror(at: number, tv: Word, memo: Map<number, HostValue>): HostValue {
    const mirror = new Date(this.toHost(tv[0], tv[1]) as number) as unknown as { [key: string]: HostValue };
    this.copyOwnProperties(at, mirror, memo);
    return mirror;
  }

  /** A host RegExp of the same pattern and flags (node prints `/a/g`), with the object's
   *  own properties but lastIndex (the host's own). */
  private regExpMirror(at: number, slot: string, memo: Map<number, HostValue>): HostValue {
    const cut = slot.indexOf('/');
    const mirror = new RegExp(slot.slice(cut + 1), slot.slice(0, cut)) as unknown as { [key: string]: HostValue };
    this.copyOwnProperties(at, mirror, memo, (key) => key !== 'lastIndex');
    return mirror;
  }

  /** A host promise in the same state with the same result (node prints `Promise { 1 }`,
   *  `Promise { <pending> }`, `Promise { <rejected> … }`), and the promise's own properties. */
  private promiseMirror(at: number, state: PromiseState, result: Word, memo: Map<number, HostValue>): HostValue {
    const value = (): HostValue => (result[0] === Tag.Ptr ? this.pointerToHost(result[1], memo) : this.toHost(result[0], result[1]));
    let host: Promise<unknown>;
    if (state === PromiseState.Pending) {
      host = new Promise(() => {});
    } else if (state === PromiseState.Fulfilled) {
      host = Promise.resolve(value());
    } else {
      host = Promise.reject(value());
      host.catch(() => {}); // a mirror is never the host's unhandled rejection
    }
    const mirror = host as unknown as { [key: string]: HostValue };
    this.copyOwnProperties(at, mirror, memo);
    return mirror;
  }

  /** Copies the enumerable symbol-keyed properties of object `at` onto its mirror (after
   *  the string keys: node prints them last). */
  private mirrorSymbolKeys(at: number, mirror: Record<string | symbol, HostValue>, memo: Map<number, HostValue>): void {
    const o = this.objects;
    const symbols = this.symbols;
    if (symbols === null || o.ownSymbolKeys === undefined) return;
    for (const key of o.ownSymbolKeys(at, this.hidden)) {
      if (!o.getOwn(at, key)) continue;
      const sym = this.hostSymbol(symbols.symbolOfKey(key));
      const hi = o.rhi;
      const lo = o.rlo;
      const enumerable = (o.rflags & NON_ENUMERABLE_FLAG) === 0;
      if ((o.rflags & ACCESSOR_FLAG) !== 0) {
        const has = (i: number): boolean => this.heap.u32[o.elementWord(lo, i) + 1] !== Tag.Undefined;
        const noop = (): undefined => undefined;
        Object.defineProperty(mirror, sym, { get: has(0) ? noop : undefined, set: has(1) ? noop : undefined, enumerable, configurable: true });
        continue;
      }
      const value = hi === Tag.Ptr ? this.pointerToHost(lo, memo) : this.toHost(hi, lo);
      Object.defineProperty(mirror, sym, { value, enumerable, writable: true, configurable: true });
    }
  }

  /** A host error standing for kiln error `at`: its own properties with their
   *  enumerability (`stack` with its text), and the name, message, cause and errors it
   *  inherits as non-enumerable own ones, which is all node's inspect reads of an error. */
  private errorMirror(at: number, errors: ErrorReader, memo: Map<number, HostValue>): HostValue {
    const o = this.objects;
    const mirror = Object.create(errorPrototype(this.constructorName(at) ?? 'Error')) as { [key: string]: HostValue };
    memo.set(at, mirror);
    const host = (w: readonly [number, number]): HostValue => (w[0] === Tag.Ptr ? this.pointerToHost(w[1], memo) : this.toHost(w[0], w[1]));
    for (const key of o.ownKeys(at, true)) {
      if (!o.getOwn(at, key)) continue;
      const hi = o.rhi;
      const lo = o.rlo;
      const enumerable = (o.rflags & NON_ENUMERABLE_FLAG) === 0;
      if ((o.rflags & ACCESSOR_FLAG) !== 0 && !errors.isStackAccessor(lo)) {
        const has = (i: number): boolean => this.heap.u32[o.elementWord(lo, i) + 1] !== Tag.Undefined;
        const noop = (): undefined => undefined;
        Object.defineProperty(mirror, key, { get: has(0) ? noop : undefined, set: has(1) ? noop : undefined, enumerable, configurable: true });
        continue;
      }
      const value = (o.rflags & ACCESSOR_FLAG) !== 0 ? host(errors.read(at, key)) : host([hi, lo]);
      Object.defineProperty(mirror, key, { value, enumerable, writable: true, configurable: true });
    }
    for (const key of ['name', 'message', 'cause', 'errors']) {
      if (Object.prototype.hasOwnProperty.call(mirror, key) || !errors.has(at, key)) continue;
      Object.defineProperty(mirror, key, { value: host(errors.read(at, key)), enumerable: false, writable: true, configurable: true });
    }
    return mirror;
  }

  /** The name of the first constructor on the object's prototype chain, as node's inspect
   *  finds it (null: none before Object.prototype). */
  private constructorName(at: number): string | null {
    const o = this.objects;
    for (let p = o.protoOf(at); p !== 0 && p !== o.objectProto; p = o.protoOf(p)) {
      if (this.heap.kindOf(p) !== Kind.Object || !o.getOwn(p, 'constructor')) continue;
      if (o.rhi !== Tag.Ptr || this.heap.kindOf(o.rlo) !== Kind.Function) continue;
      const name = this.nameOfConstructor(o.rlo);
      if (name !== '') return name;
    }
    return null;
  }

  /** constructor.name as node reads it: a static `name` member (a string data property)
   *  replaces the function's own name. */
  private nameOfConstructor(ctor: number): string {
    const o = this.objects;
    const bag = o.functionProperties(ctor, false);
    if (bag !== 0 && o.getOwn(bag, 'name') && (o.rflags & ACCESSOR_FLAG) === 0) {
      return o.rhi === Tag.Ptr && this.heap.kindOf(o.rlo) === Kind.String ? this.heap.readString(o.rlo) : '';
    }
    return this.naming.nameOf(this.heap.functionId(ctor));
  }

  /** An empty host object standing for kiln object `at`: with a prototype naming its class
   *  when its prototype chain has a `constructor` before Object.prototype. */
  /** A string @@toStringTag data property the object inherits (a generator's 'Generator') or
   *  owns unlisted (Math's) goes on the mirror, unlisted, so node prints `Object [Generator] {}`
   *  (node reads the tag unless it is an own enumerable property, which it lists). */
  private inheritedTag(at: number, mirror: object): void {
    const o = this.objects;
    const key = this.symbols?.wellKnownKey('toStringTag');
    if (key === undefined) return;
    if (o.getOwn(at, key)) {
      if ((o.rflags & NON_ENUMERABLE_FLAG) === 0) return;
      if ((o.rflags & ACCESSOR_FLAG) !== 0) this.tagFromGetter(at, key, mirror);
      else if (o.rhi === Tag.Ptr && this.heap.kindOf(o.rlo) === Kind.String) {
        Object.defineProperty(mirror, Symbol.toStringTag, { value: this.heap.readString(o.rlo), enumerable: false, configurable: true });
      }
      return;
    }
    for (let p = o.protoOf(at); p !== 0 && p !== o.objectProto; p = o.protoOf(p)) {
      if (this.heap.kindOf(p) !== Kind.Object || !o.getOwn(p, key)) continue;
      // A getter (`get [Symbol.toStringTag]() { ... }` in a class) is run, as node reads it.
      if ((o.rflags & ACCESSOR_FLAG) !== 0) return this.tagFromGetter(at, key, mirror);
      if (o.rhi !== Tag.Ptr || this.heap.kindOf(o.rlo) !== Kind.String) return;
      Object.defineProperty(mirror, Symbol.toStringTag, { value: this.heap.readString(o.rlo), enumerable: false, configurable: true });
      return;
    }
  }

  /** The tag a @@toStringTag getter gives, on the mirror when it is a string. */
  private tagFromGetter(at: number, key: string, mirror: object): void {
    const [hi, lo] = this.readProperty(at, key);
    if (hi !== Tag.Ptr || this.heap.kindOf(lo) !== Kind.String) return;
    Object.defineProperty(mirror, Symbol.toStringTag, { value: this.heap.readString(lo), enumerable: false, configurable: true });
  }

  private objectMirror(at: number, memo: Map<number, HostValue>): { [key: string]: HostValue } {
    const o = this.objects;
    const first = o.protoOf(at);
    if (first === 0) return Object.create(null) as { [key: string]: HostValue };
    // node lists the accessors and data a class instance inherits under showHidden.
    if (this.hidden) return Object.create(this.prototypeMirror(first, memo)) as { [key: string]: HostValue };
    for (let p = first; p !== 0 && p !== o.objectProto; p = o.protoOf(p)) {
      if (this.heap.kindOf(p) !== Kind.Object || !o.getOwn(p, 'constructor')) continue;
      if (o.rhi !== Tag.Ptr || this.heap.kindOf(o.rlo) !== Kind.Function) break;
      const name = this.nameOfConstructor(o.rlo);
      if (name !== '') return Object.create(namedPrototype(name)) as { [key: string]: HostValue };
      break;
    }
    return {};
  }

  /** The function's handle, brought up to date with what node prints of it: its own
   *  enumerable properties (statics) and, for a class, the class it extends. */
  private functionMirror(at: number, memo: Map<number, HostValue>): HostValue {
    if (this.hidden) return this.hiddenFunctionMirror(at, memo);
    const handle = this.functionHandle(at);
    if (memo.has(at)) return handle;
    memo.set(at, handle);
    const o = this.objects;
    const bag = o.functionProperties(at, false);
    if (bag === 0) return handle;
    const target = handle as unknown as { [key: string]: HostValue };
    for (const key of Object.keys(target)) delete target[key];
    const proto = o.protoOf(at);
    if (proto !== o.functionProto && this.heap.kindOf(proto) === Kind.Function) {
      Object.setPrototypeOf(handle, this.functionMirror(proto, memo) as object);
    }
    for (const key of o.ownKeys(bag)) {
      o.getOwn(bag, key);
      const hi = o.rhi;
      const lo = o.rlo;
      if ((o.rflags & ACCESSOR_FLAG) !== 0) continue;
      target[key] = hi === Tag.Ptr ? this.pointerToHost(lo, memo) : this.toHost(hi, lo);
    }
    return handle;
  }

  /** The mirror of prototype object `p` under showHidden: Object.prototype is the host's;
   *  a class's prototype is the host class's own (read-only) `prototype` object, filled by
   *  mirroring the class first, so that `instanceof` holds between the mirrors. */
  private prototypeMirror(p: number, memo: Map<number, HostValue>): object {
    const o = this.objects;
    if (p === o.objectProto) return Object.prototype;
    const known = memo.get(p);
    if (known !== undefined) return known as object;
    if (this.heap.kindOf(p) === Kind.Object && o.getOwn(p, 'constructor') && o.rhi === Tag.Ptr && this.heap.kindOf(o.rlo) === Kind.Function) {
      this.pointerToHost(o.rlo, memo);
      const filled = memo.get(p);
      if (filled !== undefined) return filled as object;
    }
    const mirror = this.pointerToHost(p, memo);
    return typeof mirror === 'object' && mirror !== null ? mirror : Object.prototype;
  }

  /** A function as node's inspect shows it under showHidden: a fresh host function of the
   *  same flavour (class, generator, async, with or without `prototype`) whose own
   *  properties are the kiln function's, non-enumerable ones included, in its order. */
  private hiddenFunctionMirror(at: number, memo: Map<number, HostValue>): HostValue {
    const known = memo.get(at);
    if (known !== undefined) return known;
    const o = this.objects;
    const id = this.heap.functionId(at);
    const bag = o.functionProperties(at, true);
    const keys = o.ownKeys(bag, true);
    const isClass = this.naming.isClass?.(id) === true;
    const suspends = this.naming.suspends?.(id);
    const fn = (isClass ? class {} : suspends === 'generator' ? function* () {} : suspends === 'async' ? async function () {} : suspends === 'async-generator' ? async function* () {}
      // (a sloppy function, made by the host's Function, owns `arguments` and `caller` too)
      : keys.includes('arguments') ? sloppyHostFunction() : keys.includes('prototype') ? function () {} : () => {}) as unknown as Record<string, HostValue>;
    this.hiddenFunctionOffsets.set(fn, at);
    memo.set(at, fn as unknown as HostValue);
    const proto = o.protoOf(at);
    if (proto !== o.functionProto && proto !== 0 && this.heap.kindOf(proto) === Kind.Function) {
      Object.setPrototypeOf(fn, this.pointerToHost(proto, memo) as object);
    }
    for (const key of Reflect.ownKeys(fn)) {
      if (typeof key === 'string' && !keys.includes(key)) Reflect.deleteProperty(fn, key);
    }
    for (const key of keys) {
      o.getOwn(bag, key);
      const hi = o.rhi;
      const lo = o.rlo;
      const flags = o.rflags;
      const enumerable = (flags & NON_ENUMERABLE_FLAG) === 0;
      if ((flags & ACCESSOR_FLAG) !== 0) {
        const has = (i: number): boolean => this.heap.u32[o.elementWord(lo, i) + 1] !== Tag.Undefined;
        const noop = (): undefined => undefined;
        Object.defineProperty(fn, key, { get: has(0) ? noop : undefined, set: has(1) ? noop : undefined, enumerable, configurable: true });
        continue;
      }
      const existing = Object.getOwnPropertyDescriptor(fn, key);
      if (key === 'prototype' && isClass && hi === Tag.Ptr && existing !== undefined) {
        this.fillClassPrototype(existing.value as object, lo, memo);
        continue;
      }
      const value = hi === Tag.Ptr ? this.pointerToHost(lo, memo) : this.toHost(hi, lo);
      if (existing !== undefined && existing.configurable === false) {
        if (existing.writable === true) fn[key] = value;
        continue;
      }
      Object.defineProperty(fn, key, { value, enumerable, writable: true, configurable: true });
    }
    this.mirrorSymbolKeys(bag, fn as Record<string | symbol, HostValue>, memo);
    return fn as unknown as HostValue;
  }

  /** The host class's own prototype object made the mirror of kiln prototype `p`. */
  private fillClassPrototype(hostProto: object, p: number, memo: Map<number, HostValue>): void {
    if (memo.has(p)) return;
    const o = this.objects;
    const target = hostProto as { [key: string]: HostValue };
    memo.set(p, target);
    Reflect.deleteProperty(target, 'constructor');
    const parent = o.protoOf(p);
    if (parent !== 0 && parent !== o.objectProto) Object.setPrototypeOf(target, this.prototypeMirror(parent, memo));
    this.mirrorOwnProperties(p, target, memo);
    this.mirrorSymbolKeys(p, target as Record<string | symbol, HostValue>, memo);
  }

  /** A host Map or Set with the mirrored entries of the collection at `at`. */
  private collectionMirror(at: number, kind: CollectionKind, memo: Map<number, HostValue>): { [key: string]: HostValue } {
    const host = kind === 'map' ? new Map<HostValue, HostValue>() : new Set<HostValue>();
    // A subclass's instance prints as node prints it: `Registry(1) [Map] { ... }`.
    const name = this.constructorName(at);
    const base = kind === 'map' ? 'Map' : 'Set';
    if (name !== null && name !== base) Object.setPrototypeOf(host, builtinSubclassPrototype(base, name));
    memo.set(at, host as unknown as HostValue);
    const child = (w: Word): HostValue => (w[0] === Tag.Ptr ? this.pointerToHost(w[1], memo) : this.toHost(w[0], w[1]));
    for (const [k, v] of collectionEntries(this.collections!, at)) {
      if (host instanceof Map) host.set(child(k), child(v));
      else host.add(child(k));
    }
    return host as unknown as { [key: string]: HostValue };
  }

  /** A host iterator over the entries a kiln Map/Set iterator has left (node prints it as
   *  `[Map Iterator] { 'a', 'b' }`); mirroring does not advance the kiln iterator. */
  private iteratorMirror(at: number, walk: Walk, memo: Map<number, HostValue>): HostValue {
    const child = (w: Word): HostValue => (w[0] === Tag.Ptr ? this.pointerToHost(w[1], memo) : this.toHost(w[0], w[1]));
    const entries = this.collections!.remaining(walk).map(([k, v]): [HostValue, HostValue] => [child(k), child(v)]);
    let host: Iterator<unknown>;
    if (walk.kind === 'array') {
      // node prints `Object [Array Iterator] {}` whatever is left.
      host = walk.mode === 'keys' ? [].keys() : walk.mode === 'values' ? [].values() : [].entries();
    } else if (walk.kind === 'map') {
      const m = new Map(entries);
      host = walk.mode === 'keys' ? m.keys() : walk.mode === 'values' ? m.values() : m.entries();
    } else {
      const s = new Set(entries.map(([k]) => k));
      host = walk.mode === 'entries' ? s.entries() : s.values();
    }
    memo.set(at, host as unknown as HostValue);
    return host as unknown as HostValue;
  }

  /** Function.prototype.toString of function object `at`. */
  functionSource(at: number): string {
    return this.naming.sourceOf(this.heap.functionId(at));
  }

  /** A function's own `name` property when it has one (a computed method's, named at run
   *  time), else undefined. */
  private ownName(at: number): string | undefined {
    const o = this.objects;
    const bag = o.functionProperties(at, false);
    if (bag === 0 || !o.getOwn(bag, 'name') || o.rhi !== Tag.Ptr || this.heap.kindOf(o.rlo) !== Kind.String) return undefined;
    return this.heap.readString(o.rlo);
  }

  functionHandle(at: number): KilnFunctionHandle {
    let handle = this.handles.get(at);
    if (!handle) {
      const id = this.heap.functionId(at);
      const name = this.ownName(at) ?? this.naming.nameOf(id);
      const source = this.naming.sourceOf(id);
      const suspends = this.naming.suspends?.(id);
      const fn = this.naming.isClass?.(id) ? class {} : suspends === 'generator' ? function* () {} : suspends === 'async' ? async function () {} : suspends === 'async-generator' ? async function* () {} : function () {
        throw new Error('kiln internal error: a function handle was called');
      };
      Object.defineProperty(fn, 'name', { value: name });
      Object.defineProperty(fn, 'kilnOffset', { value: at });
      Object.defineProperty(fn, 'toString', { value: () => source });
      handle = fn as unknown as KilnFunctionHandle;
      this.handles.set(at, handle);
    }
    return handle;
  }

  /** Writes host value v as a word at word index w. */
  write(w: number, v: HostValue): void {
    const u32 = this.heap.u32;
    switch (typeof v) {
      case 'number':
        writeNumber(this.heap, w, v);
        return;
      case 'string':
        u32[w] = this.heap.allocString(v);
        u32[w + 1] = Tag.Ptr;
        return;
      case 'boolean':
        u32[w] = v ? 1 : 0;
        u32[w + 1] = Tag.Bool;
        return;
      case 'undefined':
        u32[w] = 0;
        u32[w + 1] = Tag.Undefined;
        return;
      case 'function':
        u32[w] = this.hiddenFunctionOffsets.get(v) ?? v.kilnOffset;
        u32[w + 1] = Tag.Ptr;
        return;
      case 'bigint':
        u32[w] = this.heap.bigints.intern(v);
        u32[w + 1] = Tag.Ptr;
        return;
      case 'symbol': {
        const at = this.kilnSymbols.get(v);
        if (at === undefined) throw new Error('kiln internal error: a host symbol with no kiln symbol');
        u32[w] = at;
        u32[w + 1] = Tag.Ptr;
        return;
      }
      case 'object':
        if (v !== null) throw new Error('kiln internal error: a host mirror cannot be stored back');
        u32[w] = 0;
        u32[w + 1] = Tag.Null;
        return;
      default:
        if (v === null) {
          u32[w] = 0;
          u32[w + 1] = Tag.Null;
          return;
        }
        throw new Error(`kiln internal error: cannot store host value ${String(v)}`);
    }
  }
}

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

export function wordToDouble(hi: number, lo: number): number {
  scratchWords[0] = lo;
  scratchWords[1] = hi;
  return scratch[0];
}

const CANONICAL_NAN_HI = 0x7ff80000;

/** A number is stored as an int32 when it is one (and not -0), else as a double. */
function isInt32Value(n: number): boolean {
  return (n | 0) === n && (n !== 0 || 1 / n > 0);
}

/** Writes number n at word index w (the interpreter's hot path: no allocation). */
export function writeNumber(heap: Heap, w: number, n: number): void {
  if (isInt32Value(n)) {
    heap.i32[w] = n;
    heap.u32[w + 1] = Tag.Int32;
  } else if (n !== n) {
    heap.u32[w] = 0;
    heap.u32[w + 1] = CANONICAL_NAN_HI;
  } else {
    heap.f64[w >> 1] = n;
  }
}

/** The value word (hi, lo) of number n, by the same rule as writeNumber. */
export function numberWord(n: number): [hi: number, lo: number] {
  if (isInt32Value(n)) return [Tag.Int32, n >>> 0];
  if (n !== n) return [CANONICAL_NAN_HI, 0];
  scratch[0] = n;
  return [scratchWords[1], scratchWords[0]];
}

/** typeof for a value word. */
export function typeOfWord(heap: Heap, hi: number, lo: number): string {
  if (hi < Tag.MIN || hi === Tag.Int32) return 'number';
  switch (hi) {
    case Tag.Bool:
      return 'boolean';
    case Tag.Undefined:
      return 'undefined';
    case Tag.Null:
      return 'object';
    case Tag.Ptr: {
      const kind = heap.kindOf(lo);
      return kind === Kind.String ? 'string' : kind === Kind.Function ? 'function' : kind === Kind.Symbol ? 'symbol' : kind === Kind.BigInt ? 'bigint' : 'object';
    }
    default:
      return 'undefined';
  }
}
