// The Runtime both tiers share: the runtime core (runtime-core.ts) with the library installed
// on it — the native methods of Array, String, Number, Map, Set and their iterators, the Map
// and Set constructors, the Error classes — plus the heap-aware builtins (Object.keys,
// new Array(n), ...) and the hooks the pipeline sets up (modules, library builtins). The
// natives are written against RuntimeCore, so this file is the only one that sees both.

import { Builtin } from '../bytecode/builtin-ids';
import {
  ARRAY_ITERATOR_NATIVES, MAP_ITERATOR_NATIVES, MAP_NATIVES, SET_ITERATOR_NATIVES, SET_NATIVES,
} from './collection-natives';
import { Collections } from './collections';
import { CustomInspect } from './custom-inspect';
import { ErrorObjects } from './error-objects';
import { KilnThrow, type ErrorName } from './errors';
import type { Heap } from './heap';
import { ElementsKind, Kind, Tag } from './layout';
import type { LibraryBuiltins } from './library-builtins';
import type { ModuleRegistry } from './modules';
import { RECENT_ARRAY_NATIVES } from './array-natives-recent';
import { EventLoop } from './event-loop';
import { Promises } from './promises';
import { Generators, type ResumeMode } from './generators';
import { ProcessObject } from './process-natives';
import { ARRAY_NATIVES, NUMBER_NATIVES, STRING_NATIVES, withIntegrityChecks } from './natives';
import { stringPatternNatives } from './string-pattern-methods';
import { RegExps } from './regexps';
import { installReflect } from './reflect-natives';
import { WeakCollections } from './weak-collections';
import { installWebEventGlobals } from './web-event-globals';
import { STRUCTURED_CLONE } from './structured-clone';
import type { TypedArrays } from './typed-arrays';
import { installArraySpecies, withArraySpecies } from './array-species';
import { addEntriesFromIterable } from './library-wiring';
import { installBigInt } from './bigint-natives';
import type { Buffers } from './buffers';
import type { TextCodecs } from './text-codecs';
import type { Urls } from './urls';
import type { IntlObjects } from './intl';
import { TYPED_ARRAY_NAMES } from './typed-array-layout';
import { RegExpSymbolMethods } from './regexp-symbol-methods';
import { SelfHostedBuiltins } from './self-hosted';
import { callBuiltin as callHostBuiltin } from './builtins';
import { Realm } from './realm';
import { RuntimeCore, type NativeMethod } from './runtime-core';
import { PropFlag } from './shapes';
import { installSymbols } from './symbol-natives';
import { isSymbolKey } from './symbols';
import { syntaxRoots } from './syntax-ops';
import { formatArguments } from './format-directives';
import { numberWord, type HostValue } from './values';
import { UNDEFINED_WORD, type Word } from './word';

export { RuntimeCore, type Invoker, type NativeMethod } from './runtime-core';
export { UNDEFINED_WORD, type Word } from './word';

/** The binary-data group (registerLazyGlobals). */
interface BinaryData {
  readonly typedArrays: TypedArrays;
  readonly buffers: Buffers;
  readonly textCodecs: TextCodecs;
}

export class Runtime extends RuntimeCore {
  readonly errors: ErrorObjects;
  /** The global object and the builtins on it. */
  readonly realm: Realm;
  readonly eventLoop = new EventLoop(this);
  readonly promises: Promises;
  readonly generators: Generators;
  readonly regexps: RegExps;
  readonly weakCollections: WeakCollections;
  /** Objects' util.inspect.custom methods, for printing (custom-inspect.ts). */
  readonly customInspect = new CustomInspect(this);
  /** Array.prototype's callback methods, natives until kiln's own JavaScript replaces them. */
  readonly selfHosted: SelfHostedBuiltins;
  /** The library groups built so far of those built on first use (lazyGlobals): the GC and
   *  the printer read them here, since they must not build one. */
  readonly built: { binary?: BinaryData; urls?: Urls; intl?: IntlObjects } = {};
  /** Globals whose group is not built yet, and what builds it. */
  private readonly lazyGlobals = new Map<string, () => void>();
  private readonly regexpSymbolMethods: RegExpSymbolMethods;
  readonly processObject: ProcessObject;
  declare readonly collections: Collections;
  /** The CommonJS module cache and `require` (set up by the pipeline). */
  modules: ModuleRegistry | null = null;
  /** Map/Set constructors, JSON, Object.assign, Math.random, process (set up by the pipeline). */
  library: LibraryBuiltins | null = null;

  /** Installs the library in a fixed order (the heap layout, and so the shape ids compiled
   *  code embeds, depend on it). */
  constructor(
    heap: Heap,
    /** Creates a function object for function id (native ids included). */
    createFunction: (functionId: number) => number,
    functionName: (fnOffset: number) => string,
  ) {
    super(heap, createFunction, functionName);
    const o = this.objects;
    this.realm = new Realm(this, (id, args) => this.callBuiltinWords(id, args));
    const arrayFn = (): number => this.realm.arrayFn;
    this.selfHosted = new SelfHostedBuiltins(this, arrayFn);
    this.install(o.arrayProto, this.selfHosted.counting(withArraySpecies(withIntegrityChecks(ARRAY_NATIVES), arrayFn)));
    this.install(o.arrayProto, this.selfHosted.counting(withArraySpecies(withIntegrityChecks(RECENT_ARRAY_NATIVES), arrayFn)));
    this.selfHosted.recordFunctions(o.arrayProto);
    this.install(o.stringProto, STRING_NATIVES);
    this.regexps = new RegExps(this);
    this.regexpSymbolMethods = new RegExpSymbolMethods(this, this.regexps);
    this.install(o.stringProto, stringPatternNatives(this.regexps, STRING_NATIVES.find((m) => m.name === 'split')!));
    this.install(o.numberProto, NUMBER_NATIVES);
    this.collections = new Collections(heap, o);
    this.collections.receiverText = (hi, lo) => {
      if (hi !== Tag.Ptr) return this.toStringValue([hi, lo]);
      switch (heap.kindOf(lo)) {
        case Kind.String: return heap.readString(lo);
        case Kind.Symbol: return this.symbols.text(lo);
        case Kind.BigInt: return String(heap.bigints.value(lo));
        default: return this.props.describeReceiver(lo).replace(/^(?:object|function) '([\s\S]*)'$/, '$1');
      }
    };
    this.install(this.collections.mapProto, MAP_NATIVES);
    this.install(this.collections.setProto, SET_NATIVES);
    this.defineCollectionConstructors();
    this.install(this.collections.mapIteratorProto, MAP_ITERATOR_NATIVES);
    this.install(this.collections.setIteratorProto, SET_ITERATOR_NATIVES);
    this.install(this.collections.arrayIteratorProto, ARRAY_ITERATOR_NATIVES);
    this.errors = new ErrorObjects(this);
    this.install(this.errors.prototypes.get('Error')!, this.errors.prototypeMethods());
    let errorFn = 0;
    for (const ctor of this.errors.constructors()) {
      const fn = this.createNative(ctor);
      if (ctor.name === 'Error') errorFn = fn;
      this.errors.link(ctor.name as ErrorName, fn, errorFn);
      this.defineGlobal(ctor.name, [Tag.Ptr, fn]);
    }
    const errorProto = this.errors.prototypes.get('Error')!;
    this.isErrorObject = (at) => {
      for (let p = o.protoOf(at); p !== 0; p = o.protoOf(p)) if (p === errorProto) return true;
      return false;
    };
    this.realm.install();
    installSymbols(this, this.realm);
    // node's global object names itself: `[object global]`, printed `Object [global] {…}`.
    o.defineOwn(this.globalObject, this.symbols.wellKnownKey('toStringTag'), Tag.Ptr, this.heap.internString('global'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
    installArraySpecies(this, this.realm.arrayFn);
    this.installEventLoop();
    this.promises = new Promises(this, this.errors, this.eventLoop);
    const promiseFn = this.promises.install(
      (holder, methods) => this.realm.installMethods(holder, methods),
      (holder, text) => o.defineOwn(holder, this.symbols.wellKnownKey('toStringTag'), Tag.Ptr, this.heap.internString(text), PropFlag.NonEnumerable | PropFlag.ReadOnly),
    );
    this.defineGlobal('Promise', [Tag.Ptr, promiseFn]);
    this.thrownValue = (e) => this.promises.caughtValue(e);
    this.settledPromise = (run) => {
      const p = this.promises.newPromise();
      this.heap.pushHandle(p);
      try {
        this.promises.resolve(p, run());
      } catch (e) {
        this.promises.reject(p, this.promises.caughtValue(e));
      } finally {
        this.heap.popHandle();
      }
      return [Tag.Ptr, p];
    };
    this.deferCallback = (fn, args) => this.eventLoop.enqueueImmediate(fn, args);
    this.generators = new Generators(this, this.promises);
    this.asyncCallersOf = (callee) => this.generators.asyncCallers(callee);
    this.jobFrames = () => this.eventLoop.jobFrames();
    this.jobMethod = () => this.eventLoop.jobMethod();
    this.generators.install((holder, methods) => this.realm.installMethods(holder, methods), this.collections.iteratorPrototype, this.symbols.wellKnownKey('toStringTag'));
    const installMethods = (holder: number, methods: readonly NativeMethod[]): void => this.realm.installMethods(holder, methods);
    this.defineGlobal('RegExp', [Tag.Ptr, this.regexps.install((m) => this.createNative(m), installMethods)]);
    this.regexpSymbolMethods.install((m) => this.createNative(m), installMethods, this.collections.iteratorPrototype);
    this.defineGlobal('BigInt', [Tag.Ptr, installBigInt(this, (m) => this.createNative(m), installMethods)]);
    this.weakCollections = new WeakCollections(this);
    for (const [name, ctor] of this.weakCollections.install((m) => this.createNative(m), installMethods, this.symbols.wellKnownKey('toStringTag'))) {
      this.defineGlobal(name, [Tag.Ptr, ctor]);
    }
    this.eventLoop.onDrained(() => this.weakCollections.clearKept());
    this.defineGlobal('structuredClone', [Tag.Ptr, this.createNative(STRUCTURED_CLONE)]);
    this.registerLazyGlobals(installMethods);
    installWebEventGlobals(this);
    // Binary objects exist only once their group is built: these ask without building it.
    this.collections.typedLength = (at) => this.built.binary?.typedArrays.info(at)?.length;
    this.collections.typedElement = (at, i) => {
      const typed = this.built.binary?.typedArrays;
      const info = typed?.info(at);
      return info === undefined ? undefined : typed!.element(info, i);
    };
    this.cloneBinary = (at) => this.built.binary?.typedArrays.clone(at);
    this.makeBuffer = (bytes) => this.buffers.fromBytes(bytes);
    this.bufferBytes = (w) => (w[0] === Tag.Ptr && this.built.binary?.typedArrays.info(w[1]) !== undefined ? this.buffers.hostView(w) : undefined);
    const reflect = this.realm.namespace();
    installReflect(this, reflect, installMethods);
    this.defineGlobal('Reflect', [Tag.Ptr, reflect]);
    this.processObject = new ProcessObject(this, this.realm.processNs);
    this.promises.unhandledRejection = (reason, p) => {
      if (!this.processObject.listens('unhandledRejection')) return false;
      this.heap.pushHandle(p);
      try {
        this.processObject.emit('unhandledRejection', [reason, [Tag.Ptr, p]]);
      } finally {
        this.heap.popHandle();
      }
      return true;
    };
    this.processObject.install((holder, methods) => this.realm.installMethods(holder, methods), () => this.realm.namespace());
  }

  /** Binary data (ArrayBuffer, DataView, the typed arrays, Buffer, TextEncoder/TextDecoder),
   *  URL/URLSearchParams and Intl are built — modules loaded, objects and shapes made, globals
   *  defined — the first time a program names one of their globals, the runtime needs one of
   *  their objects (fs returning a Buffer), or the global object itself becomes a value
   *  (`globalThis`, `global`, a sloppy function's `this`: then everything is built, since the
   *  program may enumerate it). A hello-world needs none of them: building them all took
   *  ~6 ms of start-up, loading their modules more. */
  private registerLazyGlobals(installMethods: (holder: number, methods: readonly NativeMethod[]) => void): void {
    const native = (m: NativeMethod): number => this.createNative(m);
    const group = (names: readonly string[], build: () => void): void => {
      const once = (): void => {
        for (const n of names) this.lazyGlobals.delete(n);
        build();
      };
      for (const n of names) this.lazyGlobals.set(n, once);
    };
    const binaryNames = ['ArrayBuffer', ...TYPED_ARRAY_NAMES, 'DataView', 'Buffer', 'TextEncoder', 'TextDecoder'];
    group(binaryNames, () => {
      const { TypedArrays } = require('./typed-arrays') as typeof import('./typed-arrays');
      const { installTypedArrays } = require('./typed-array-methods') as typeof import('./typed-array-methods');
      const { Buffers } = require('./buffers') as typeof import('./buffers');
      const { TextCodecs } = require('./text-codecs') as typeof import('./text-codecs');
      const typedArrays = new TypedArrays(this);
      this.props.typedArrays = typedArrays;
      let uint8ArrayCtor = 0;
      const globals = installTypedArrays(this, typedArrays, native, installMethods);
      for (const [name, ctor] of globals) if (name === 'Uint8Array') uint8ArrayCtor = ctor;
      const buffers = new Buffers(this, typedArrays);
      globals.push(['Buffer', buffers.install(native, installMethods, uint8ArrayCtor)]);
      typedArrays.isBuffer = (at) => buffers.isBuffer([Tag.Ptr, at]);
      const textCodecs = new TextCodecs(this, (bytes) => [Tag.Ptr, typedArrays.createFrom('Uint8Array', bytes)]);
      globals.push(...textCodecs.install(native, installMethods));
      this.built.binary = { typedArrays, buffers, textCodecs };
      this.defineLazyGroup(binaryNames, globals);
    });
    group(['URL', 'URLSearchParams'], () => {
      const { Urls } = require('./urls') as typeof import('./urls');
      const urls = new Urls(this);
      this.built.urls = urls;
      this.defineLazyGroup(['URL', 'URLSearchParams'], urls.install(native, installMethods));
    });
    group(['Intl'], () => {
      const { IntlObjects } = require('./intl') as typeof import('./intl');
      const intl = new IntlObjects(this);
      this.built.intl = intl;
      this.defineLazyGroup(['Intl'], [['Intl', intl.install(native, installMethods, this.symbols.wellKnownKey('toStringTag'))]]);
    });
    group(['Proxy'], () => {
      const { installProxy } = require('./proxy-natives') as typeof import('./proxy-natives');
      this.defineLazyGroup(['Proxy'], [['Proxy', installProxy(this, native, installMethods)]]);
    });
    group(['crypto'], () => {
      const { installWebCrypto } = require('./web-crypto') as typeof import('./web-crypto');
      this.defineLazyGroup(['crypto'], installWebCrypto(this, native, installMethods));
    });
    group(['globalThis', 'global'], () => {
      for (const build of new Set(this.lazyGlobals.values())) build();
      this.defineGlobal('globalThis', [Tag.Ptr, this.globalObject]);
      this.defineGlobal('global', [Tag.Ptr, this.globalObject]);
    });
  }

  /** Defines a lazily built group's globals, which must be the names it was registered under
   *  (in the order the group makes them). */
  private defineLazyGroup(names: readonly string[], globals: [string, number][]): void {
    if (globals.length !== names.length || globals.some(([n], i) => n !== names[i])) {
      throw new Error(`kiln: lazy globals ${names.join(',')} were built as ${globals.map(([n]) => n).join(',')}`);
    }
    for (const [name, ctor] of globals) this.defineGlobal(name, [Tag.Ptr, ctor]);
  }

  override ensureGlobal(name: string): boolean {
    const build = this.lazyGlobals.get(name);
    if (build === undefined) return false;
    build();
    return true;
  }

  override globalObjectValue(): Word {
    this.ensureGlobal('globalThis');
    return [Tag.Ptr, this.globalObject];
  }

  /** The groups built on first use, built now if they were not (lazyGlobals). */
  private binaryData(): BinaryData {
    if (this.built.binary === undefined) this.ensureGlobal('ArrayBuffer');
    return this.built.binary!;
  }

  get typedArrays(): TypedArrays {
    return this.binaryData().typedArrays;
  }

  get buffers(): Buffers {
    return this.binaryData().buffers;
  }

  get textCodecs(): TextCodecs {
    return this.binaryData().textCodecs;
  }

  get urls(): Urls {
    if (this.built.urls === undefined) this.ensureGlobal('URL');
    return this.built.urls!;
  }

  get intl(): IntlObjects {
    if (this.built.intl === undefined) this.ensureGlobal('Intl');
    return this.built.intl!;
  }

  /** setTimeout & co. as globals, process.nextTick, and the timer handles' prototypes. */
  private installEventLoop(): void {
    const { globals, nextTick } = this.eventLoop.natives();
    for (const m of globals) {
      const fn = this.createNative(m);
      this.defineGlobal(m.name, [Tag.Ptr, fn]);
      // util.promisify(setTimeout) and (setImmediate): timers/promises' function, as node's
      // enumerable getter gives it.
      if (m.name === 'setTimeout' || m.name === 'setImmediate') {
        const name = m.name;
        const getter = this.createNative({ name: 'get', length: 0, fn: (r) => r.getProperty(r.libraryExports('timers/promises'), name) });
        this.props.define(fn, this.symbols.keyOf(this.symbols.for('nodejs.util.promisify.custom')), Tag.Ptr, getter, PropFlag.NonConfigurable, 'get');
      }
    }
    const processNs = this.getProperty([Tag.Ptr, this.globalObject], 'process');
    this.realm.installMethods(processNs[1], [nextTick]);
    this.eventLoop.installPrototypes((holder, m) => this.realm.installMethods(holder, [m]), this.symbols.wellKnownKey('toPrimitive'));
  }

  private install(proto: number, methods: readonly NativeMethod[]): void {
    this.realm.installMethods(proto, methods);
  }

  /** A CallBuiltin id applied to value words: heap builtins directly, host ones on host
   *  values of the arguments (objects converted first: hostBuiltinArgs). */
  callBuiltinWords(id: Builtin, args: Word[]): Word {
    if (isHeapBuiltin(id)) return this.callBuiltin(id, args);
    return this.word(callHostBuiltin(id, this.hostBuiltinArgs(id, args)));
  }

  /** Map and Set as values (`x instanceof Map`, `Map.prototype`): native constructors whose
   *  prototype is the collections'. `new Map(...)` itself compiles to the builtin call. A
   *  subclass's instance (`class Registry extends Map`) is a collection whose prototype is
   *  the subclass's, filled as the spec's constructor fills it: through its own `set`/`add`,
   *  which the subclass may override. */
  private defineCollectionConstructors(): void {
    for (const [name, proto, id] of [
      ['Map', this.collections.mapProto, Builtin.MapConstruct],
      ['Set', this.collections.setProto, Builtin.SetConstruct],
    ] as const) {
      const fn = this.createNative({
        name,
        fn: () => {
          throw new KilnThrow('TypeError', `Constructor ${name} requires 'new'`);
        },
        construct: (_rt, args, newTarget) => {
          if (newTarget[1] === fn) return this.library!.call(id, args);
          const collection = this.library!.call(id, []);
          this.objects.setPrototype(collection[1], this.prototypeForNew(newTarget));
          addEntriesFromIterable(this, collection, name, args[0] ?? UNDEFINED_WORD);
          return collection;
        },
      });
      this.props.define(fn, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable);
      this.objects.defineOwn(proto, 'constructor', Tag.Ptr, fn, PropFlag.NonEnumerable);
      this.defineGlobal(name, [Tag.Ptr, fn]);
    }
  }

  /** Heap offsets the runtime keeps alive (GC roots). */
  roots(): number[] {
    const o = this.objects;
    const roots = [o.objectProto, o.arrayProto, o.stringProto, o.functionProto, this.charStringTable];
    roots.push(...this.collections.protos(), o.numberProto, ...this.errors.roots());
    roots.push(this.globalObject, o.booleanProto, o.bigintProto, ...this.realm.roots(), ...this.symbols.roots());
    roots.push(...o.arrayBagRoots());
    if (this.modules) roots.push(...this.modules.roots());
    if (this.library) roots.push(...this.library.roots());
    roots.push(...this.eventLoop.roots(), ...this.promises.roots(), ...this.generators.roots(), ...this.processObject.roots());
    roots.push(...this.regexps.roots(), ...this.regexpSymbolMethods.roots(), ...this.weakCollections.roots(), ...this.selfHosted.roots());
    roots.push(...this.customInspect.roots());
    const { binary, urls, intl } = this.built;
    if (binary) roots.push(...binary.typedArrays.roots(), ...binary.buffers.roots(), ...binary.textCodecs.roots());
    if (urls) roots.push(...urls.roots());
    if (intl) roots.push(...intl.roots());
    roots.push(...syntaxRoots(this));
    return roots;
  }

  /** The host arguments of a host builtin (builtins.ts): console.log prints its arguments
   *  as they are; the Math functions take numbers, so objects (and BigInts) among their
   *  arguments are converted here, in order, in the language (valueOf may run code and throw). */
  hostBuiltinArgs(id: Builtin, args: Word[]): HostValue[] {
    if (id === Builtin.ConsoleLog) return formatArguments(this, args);
    // (A BigInt converts here too: ToNumber's TypeError, not a host one.)
    return args.map((a) => (this.isObjectWord(a) || this.convert.isBigInt(a) ? this.toNumber(a) : this.host(a)));
  }

  // ---- heap-aware builtins (CallBuiltin ids from StringFromCharCode on) ------------------
  callBuiltin(id: Builtin, args: Word[]): Word {
    const arg = (i: number): Word => args[i] ?? UNDEFINED_WORD;
    switch (id) {
      case Builtin.StringFromCharCode:
        return this.str(String.fromCharCode(...args.map((a) => this.toNumber(a))));
      case Builtin.ObjectKeys:
        return this.newArray(this.props.ownKeys(...arg(0)).map((k) => [Tag.Ptr, this.heap.internString(k)]));
      case Builtin.ObjectValues:
      case Builtin.ObjectEntries: {
        const [hi, lo] = arg(0);
        const entry = (k: string, v: Word): Word => (id === Builtin.ObjectValues ? v : this.newArray([[Tag.Ptr, this.heap.internString(k)], v]));
        const read = (k: string): Word => {
          this.props.get(hi, lo, this.props.toKey(Tag.Ptr, this.heap.internString(k)));
          return [this.objects.rhi, this.objects.rlo];
        };
        const proxy = hi === Tag.Ptr ? this.props.asProxy(lo) : null;
        if (proxy !== null) {
          // A proxy: each key's descriptor asked at its turn, just before its value (V8's order).
          const out: Word[] = [];
          for (const k of proxy.ownKeys(lo)) {
            if (isSymbolKey(k) || proxy.getOwnProperty(lo, k)?.enumerable !== true) continue;
            out.push(entry(k, read(k)));
            this.heap.pushHandleWord(out[out.length - 1]);
          }
          for (let i = 0; i < out.length; i++) this.heap.popHandle();
          return this.newArray(out);
        }
        return this.newArray(this.props.ownKeys(hi, lo).map((k): Word => entry(k, read(k))));
      }
      case Builtin.ObjectGetPrototypeOf: {
        const [hi, lo] = arg(0);
        if (hi === Tag.Undefined || hi === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
        const p = this.prototypeOfValue([hi, lo]);
        return p === 0 ? [Tag.Null, 0] : [Tag.Ptr, p];
      }
      case Builtin.SloppyThis: {
        const receiver = arg(0);
        return receiver[0] === Tag.Undefined || receiver[0] === Tag.Null ? this.globalObjectValue() : this.toObject(receiver);
      }
      case Builtin.BigIntLiteral:
        return [Tag.Ptr, this.heap.bigints.intern(BigInt(this.toStringValue(arg(0))))];
      case Builtin.DeclareGlobalVar: {
        // CreateGlobalVarBinding: an own property of the global object, deletable (eval code).
        const name = this.toStringValue(arg(0));
        this.ensureGlobal(name);
        if (!this.objects.getOwn(this.globalObject, name)) this.objects.defineOwn(this.globalObject, name, Tag.Undefined, 0, 0);
        return [Tag.Undefined, 0];
      }
      case Builtin.ArrayIsArray:
        return [Tag.Bool, this.objects.isArrayValue(...arg(0)) || (arg(0)[0] === Tag.Ptr && this.props.asProxy(arg(0)[1])?.isArray(arg(0)[1])) ? 1 : 0];
      case Builtin.NumberIsInteger:
        // No conversion: only numbers are integers (an object is not mirrored to find out).
        return [Tag.Bool, (arg(0)[0] === Tag.Int32 || arg(0)[0] < Tag.MIN) && Number.isInteger(this.toNumber(arg(0))) ? 1 : 0];
      case Builtin.ParseInt:
        return numberWord(args.length > 1 ? parseInt(this.toStringValue(arg(0)), this.toNumber(arg(1))) : parseInt(this.toStringValue(arg(0))));
      case Builtin.ParseFloat:
        return numberWord(parseFloat(this.toStringValue(arg(0))));
      case Builtin.IsNaN:
        return [Tag.Bool, isNaN(this.toNumber(arg(0))) ? 1 : 0];
      case Builtin.StringConvert:
        if (this.isSymbol(arg(0))) return this.str(this.symbols.text(arg(0)[1])); // String(s) describes a symbol
        return args.length === 0 ? [Tag.Ptr, this.heap.internString('')] : this.str(this.toStringValue(arg(0)));
      case Builtin.NumberConvert: {
        // ToNumeric, then a BigInt converts (Number(2n ** 64n) rounds), where ToNumber throws.
        const n = args.length === 0 ? 0 : this.convert.toNumeric(arg(0));
        return numberWord(Number(n));
      }
      case Builtin.ArrayConstruct: {
        if (args.length !== 1 || (args[0][0] !== Tag.Int32 && args[0][0] >= Tag.MIN)) return this.newArray(args);
        const n = this.toNumber(args[0]);
        if (!(n >= 0 && n <= 0xffffffff && Math.floor(n) === n)) throw new KilnThrow('RangeError', 'Invalid array length');
        const a = this.objects.allocArray(0, Math.min(n, 1 << 20), ElementsKind.Int32 | ElementsKind.HoleyBit);
        this.objects.setLength(a, n);
        return [Tag.Ptr, a];
      }
      case Builtin.AsyncAwait:
        return this.generators.await(arg(0), arg(1));
      case Builtin.AsyncResolve:
      case Builtin.AsyncReject:
        return this.generators.settle(arg(0), arg(1), id === Builtin.AsyncReject);
      case Builtin.GetIterator:
        return this.generators.getIterator(arg(0));
      case Builtin.IteratorClose:
        this.userIterables.close(arg(0));
        return UNDEFINED_WORD;
      case Builtin.IterableTake: {
        const taken = this.userIterables.take(arg(0), this.toNumber(arg(1)));
        return [Tag.Ptr, taken !== 0 ? taken : this.iterableToArray(...arg(0))];
      }
      case Builtin.GetAsyncIterator:
        return this.generators.getAsyncIterator(arg(0));
      case Builtin.AsyncIteratorNext:
        return this.generators.asyncIteratorNext(arg(0));
      case Builtin.IteratorResultCheck:
        return this.generators.checkIteratorResult(arg(0));
      case Builtin.AsyncIteratorReturn:
        return this.generators.asyncIteratorReturn(arg(0));
      // An exception leaving a loop body closes the iterator, and is what the loop throws
      // whatever closing it does (IteratorClose and AsyncIteratorClose with a throw completion).
      case Builtin.IteratorCloseOnThrow:
        try {
          this.userIterables.close(arg(0));
        } catch (e) {
          if (!(e instanceof KilnThrow)) throw e;
        }
        return UNDEFINED_WORD;
      case Builtin.AsyncIteratorReturnOnThrow:
        try {
          return this.generators.asyncIteratorReturn(arg(0));
        } catch (e) {
          if (!(e instanceof KilnThrow)) throw e;
          return arg(0);
        }
      case Builtin.RegExpCreate:
        return this.regexps.literal(arg(0), arg(1));
      case Builtin.YieldStarStep:
        return this.generators.yieldStarStep(arg(0), arg(1)[1] as ResumeMode, arg(2));
      default:
        if (this.library) return this.library.call(id, args);
        throw new Error(`kiln internal error: builtin ${id} is not heap-aware`);
    }
  }
}

/** Builtins whose arguments or result are heap objects run in Runtime.callBuiltin. */
export function isHeapBuiltin(id: Builtin): boolean {
  return id >= Builtin.StringFromCharCode;
}
