// The runtime core both tiers share for the heap language: shapes, the object model, property
// operations, the prototypes (Object, Array, String, Function, Number), conversions, `new`,
// classes and iteration on value words. Natives and library objects are written against this
// class; runtime.ts assembles the whole Runtime on it by installing them (so none of them
// imports the file that installs them). Natives that call back into the language (forEach,
// sort with a comparator, ...) go through the Invoker the interpreter provides, so callbacks
// run in whichever tier their function is in.

import { Op } from '../bytecode/opcodes';
import type { FunctionKind } from '../bytecode/function';
import type { Collections } from './collections';
import { collectionEntries } from './collections';
import { Conversions, type PrimitiveHint } from './conversions';
import { KilnThrow, type StackEntry } from './errors';
import type { Heap } from './heap';
import { Globals, Kind, NATIVE_FUNCTION_ID_BASE, Tag } from './layout';
import { ObjectModel } from './objects';
import { Operators } from './operators';
import { PropertyOps } from './properties';
import { PropFlag, ShapeTable } from './shapes';
import { Symbols } from './symbols';
import { UserIterables } from './user-iterables';
import { checkArrayPush } from './array-integrity';
import { dateValueOf } from './date-value';
import { regExpSlotOf } from './regexp-slot';
import { numberWord, typeOfWord, type HostValue, type ValueConverter } from './values';
import { UNDEFINED_WORD, type Word } from './word';
import { makeWrapper, wrappedPrimitive, wrapperTypeOf, type WrapperType } from './wrappers';

/** node's own globals that `Object.keys(globalThis)` lists. */
const ENUMERABLE_GLOBALS: ReadonlySet<string> = new Set([
  'global', 'performance', 'structuredClone', 'queueMicrotask', 'atob', 'btoa', 'crypto',
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate',
]);

export interface NativeMethod {
  readonly name: string;
  /** The function's `length` (0 when absent). */
  readonly length?: number;
  /** The call; `callee` is the function object called (bound functions find their target
   *  through it). */
  readonly fn: (rt: RuntimeCore, self: Word, args: Word[], callee: number) => Word;
  /** Present on native constructors (Error, Map, ...): `new F(...args)`, and `super(...)` in
   *  a class extending F, call it with newTarget = the function `new` was applied to (the
   *  derived class for super). It allocates the object with prototype newTarget.prototype
   *  (RuntimeCore.prototypeForNew) and returns it. */
  readonly construct?: (rt: RuntimeCore, args: Word[], newTarget: Word, callee: number) => Word;
  /** A job of the event loop (a promise reaction, an async function's resumption): stack
   *  traces end above its frame, as node's end at the microtask queue. */
  readonly endsStack?: boolean;
  /** Left out of stack traces, as V8 leaves out Function.prototype.call/apply and the
   *  intrinsics kiln's self-hosted builtins call (a function: asked when a stack is taken). */
  readonly hiddenInStack?: boolean | (() => boolean);
}

/** How a function suspends: a generator, an async function, or an async generator. */
export type SuspendKind = 'generator' | 'async' | 'async-generator';

export interface Invoker {
  /** Calls function value `fn` with receiver and arguments; returns its result. */
  call(fn: Word, self: Word, args: Word[]): Word;
}

export class RuntimeCore {
  readonly shapes = new ShapeTable();
  readonly objects: ObjectModel;
  readonly props: PropertyOps;
  /** The language's conversions (ToPrimitive, ToNumber, ToString, equality) on words. */
  readonly convert: Conversions;
  /** The generic arithmetic/compare/unary operators both tiers fall back to. */
  readonly operators: Operators;
  readonly natives: NativeMethod[] = [];
  /** The global object (`globalThis`): unresolved names are its properties (LoadGlobal).
   *  Compiled code loads them as constants, so changes to it bump the prototype epoch. */
  readonly globalObject: number;
  /** Map and Set (made by Runtime's constructor, in the library's install order). */
  declare readonly collections: Collections;
  invoker!: Invoker;
  /** The frames at the current call, innermost first (error stacks): at most `limit`
   *  (Error.stackTraceLimit by default), leaving out those up to function object
   *  `skipUntil` when it is on the stack. */
  captureStack: (limit?: number, skipUntil?: number) => StackEntry[] = () => [];
  /** A promise settled with what `run` returns (rejected with what it throws); the Runtime
   *  sets it (node-modules.ts: fs.promises). */
  settledPromise: (run: () => Word) => Word = () => {
    throw new Error('kiln internal error: no promises');
  };
  /** Calls fn(...args) as a task of its own, in the check phase (node-modules.ts: fs's
   *  callback API); the Runtime sets it. */
  deferCallback: (fn: Word, args: Word[]) => void = () => {
    throw new Error('kiln internal error: no event loop');
  };
  /** structuredClone of a typed array, ArrayBuffer or DataView (undefined for anything
   *  else); the Runtime sets it (typed-arrays.ts). */
  cloneBinary: (at: number) => Word | undefined = () => undefined;
  /** A new Buffer of these bytes (node-modules.ts: fs reads without an encoding). */
  makeBuffer: (bytes: Uint8Array) => Word = () => {
    throw new Error('kiln internal error: no Buffer');
  };
  /** The bytes of a typed array or Buffer value (a host view sharing them), else undefined. */
  bufferBytes: (w: Word) => Uint8Array | undefined = () => undefined;
  /** The language value of what a native threw. */
  thrownValue: (e: unknown) => Word = (e) => {
    throw e;
  };
  conv!: ValueConverter;
  /** CreateDynamicFunction (`new Function(params, body)`): the pipeline compiles the text with
   *  the front end and returns the closure (dynamic-code.ts). */
  /** The exports of kiln's JavaScript library module lib/<name>.js (the pipeline sets it:
   *  modules.ts ModuleRegistry.library). */
  libraryExports: (name: string) => Word = () => {
    throw new Error('kiln internal error: no module registry');
  };
  compileFunction: (params: string, body: string) => Word = () => {
    throw new KilnThrow('EvalError', 'Code generation from strings disallowed for this context');
  };
  /** Indirect eval of `code` (dynamic-code.ts): its completion value. */
  evaluateScript: (code: Word) => Word = () => {
    throw new KilnThrow('EvalError', 'Code generation from strings disallowed for this context');
  };
  /** Direct eval of `code` at a call site described by `site` (frontend/eval-scopes.ts), in
   *  the caller's `context` with `receiver` as this (dynamic-code.ts): its completion value. */
  evaluateDirect: (code: Word, site: string, context: Word, receiver: Word) => Word = () => {
    throw new KilnThrow('EvalError', 'Code generation from strings disallowed for this context');
  };
  /** The realm's own eval function: a call of it by the name `eval` is a direct eval. */
  intrinsicEval = 0;
  /** Whether a (non-native) function object is a generator or async function; pipeline.ts
   *  sets it. */
  functionSuspends: (fnOffset: number) => SuspendKind | undefined = () => undefined;
  /** Is the function sloppy-mode code (the pipeline sets it)? */
  functionIsSloppy: (fnOffset: number) => boolean = () => false;
  /** %GeneratorFunction.prototype%, %AsyncFunction.prototype%, %AsyncGeneratorFunction.prototype%
   *  (runtime/generators.ts makes them; until then suspending functions inherit Function.prototype). */
  readonly suspendingFunctionProtos: Record<SuspendKind, number> = { generator: 0, async: 0, 'async-generator': 0 };
  /** The kind of a (non-native) function object; pipeline.ts sets it. */
  functionKind: (fnOffset: number) => FunctionKind = () => 'normal';
  /** Does the ordinary function at fnOffset read new.target (its code starts with
   *  LoadNewTarget)? The pipeline sets it. */
  usesNewTarget: (fnOffset: number) => boolean = () => false;
  /** new.target for the LoadNewTarget that starts an ordinary function: construct() sets it
   *  around the call of a function that reads it; every other call finds undefined. */
  pendingNewTarget: Word = [Tag.Undefined, 0];

  /** The one-code-unit strings compiled s[i] reads (heap.makeCharStringTable). */
  readonly charStringTable: number;
  /** Symbols: the registry, the well-known ones, symbol property keys (symbols.ts). */
  readonly symbols: Symbols;
  /** for-of and spread over objects with a [Symbol.iterator] method. */
  readonly userIterables: UserIterables;

  constructor(
    readonly heap: Heap,
    /** Creates a function object for function id (native ids included). */
    private readonly createFunction: (functionId: number) => number,
    functionName: (fnOffset: number) => string,
  ) {
    this.objects = new ObjectModel(heap, this.shapes);
    this.props = new PropertyOps(this.objects, (hi, lo) => this.describe(hi, lo), functionName);
    this.props.call = (fn, self, args) => this.invoker.call(fn, self, args);
    this.props.functionLength = (fn) => this.functionLength(fn);
    this.props.stringWord = (hi, lo) => (hi === Tag.Ptr && this.heap.kindOf(lo) === Kind.String ? [hi, lo] : this.str(this.toStringValue([hi, lo])));
    this.props.functionSource = (fn) => this.functionSource(fn);
    this.props.hasOwnPrototype = (fn) => this.heap.functionId(fn) < NATIVE_FUNCTION_ID_BASE && (
      this.functionSuspends(fn) === undefined ? this.functionKind(fn) === 'normal' : this.functionSuspends(fn) !== 'async');
    // A sloppy ordinary function owns `arguments` and `caller` (null when not running).
    this.props.hasLegacyCallerProperties = (fn) => this.heap.functionId(fn) < NATIVE_FUNCTION_ID_BASE &&
      this.functionSuspends(fn) === undefined && this.functionKind(fn) === 'normal' && this.functionIsSloppy(fn);
    this.objects.suspendingFunctionProto = (fn) => {
      if (this.heap.functionId(fn) >= NATIVE_FUNCTION_ID_BASE) return 0;
      const kind = this.functionSuspends(fn);
      return kind === undefined ? 0 : this.suspendingFunctionProtos[kind];
    };
    this.props.generatorPrototype = (fn) => {
      const kind = this.functionSuspends(fn);
      return kind === 'generator' ? this.props.generatorProto : kind === 'async-generator' ? this.props.asyncGeneratorProto : 0;
    };
    const o = this.objects;
    o.objectProto = o.allocObject(0);
    o.arrayProto = o.allocObject(o.objectProto);
    o.stringProto = o.allocObject(o.objectProto);
    o.functionProto = o.allocObject(o.objectProto);
    o.numberProto = o.allocObject(o.objectProto);
    o.booleanProto = o.allocObject(o.objectProto);
    o.bigintProto = o.allocObject(o.objectProto);
    this.globalObject = o.allocObject(o.objectProto);
    this.shapes.watch(this.globalObject);
    // Compiled code takes Array.prototype's and String.prototype's methods as constants while
    // the prototype epoch holds: a change to them must bump it, although no shape has them
    // as its prototype (an array or a string has no shape).
    this.shapes.watch(o.arrayProto);
    this.shapes.watch(o.stringProto);
    this.charStringTable = heap.makeCharStringTable();
    heap.u32[Globals.emptyObjectShape >> 2] = this.shapes.root(o.objectProto).id; // compiled `{}` reads it
    this.props.internalGet = (obj, key) => this.internalGet(obj, key);
    this.convert = new Conversions(this.props, {
      functionSource: (fn) => this.conv.functionSource(fn),
      builtinTag: (obj) => this.builtinTag(obj),
    });
    this.operators = new Operators(heap, this.convert);
    this.props.objectKeyString = (hi, lo) => this.convert.objectKeyString([hi, lo]);
    this.symbols = new Symbols(heap);
    this.props.symbols = this.symbols;
    this.convert.symbolToPrimitive = (w, hint) => this.exoticToPrimitive(w, hint);
    this.userIterables = new UserIterables(this);
  }

  /** Object.prototype.toString's tag of objects the runtime makes (Map, Set, their iterators). */
  builtinTag(obj: number): string | null {
    const walk = this.collections.iteratorWalk(Tag.Ptr, obj);
    if (walk !== undefined) return walk.kind === 'map' ? 'Map Iterator' : walk.kind === 'set' ? 'Set Iterator' : 'Array Iterator';
    const kind = this.collections.kindOf(Tag.Ptr, obj);
    if (kind === null && dateValueOf(this.objects, obj) !== undefined) return 'Date';
    if (kind === null && regExpSlotOf(this.objects, this.heap, obj) !== undefined) return 'RegExp';
    if (kind === null) return this.wrapperTypeOfObject(obj); // Number, String, Boolean, Symbol objects
    return kind === 'map' ? 'Map' : 'Set';
  }

  /** Is w a symbol? */
  isSymbol(w: Word): boolean {
    return w[0] === Tag.Ptr && this.heap.kindOf(w[1]) === Kind.Symbol;
  }

  /** A function object for a native method (the caller keeps it alive). */
  createNative(m: NativeMethod): number {
    const fn = this.createFunction(NATIVE_FUNCTION_ID_BASE + this.natives.length);
    this.natives.push(m);
    return fn;
  }

  /** Makes native function `m` (a global value such as a native constructor) and returns
   *  its function object. */
  installNative(m: NativeMethod): number {
    return this.createNative(m);
  }

  /** A closure of bytecode function `functionId` with no enclosing context (a module's top level). */
  newClosure(functionId: number): number {
    return this.createFunction(functionId);
  }

  /** Properties no object stores: a Map's or Set's `size` (a getter in node) and a for-of
   *  cursor's `length` and elements. */
  private internalGet(obj: number, key: number | string): boolean {
    const c = this.collections;
    if (key === 'size' && c.kindOf(Tag.Ptr, obj) !== null) {
      this.objects.rhi = Tag.Int32;
      this.objects.rlo = c.size(obj);
      return true;
    }
    return c.cursorGet(obj, key) || this.userIterables.cursorGet(obj, key);
  }

  /** `value[key]` by the generic property semantics. */
  getProperty(w: Word, key: string | number): Word {
    this.props.get(w[0], w[1], key);
    return [this.objects.rhi, this.objects.rlo];
  }

  nativeName(id: number): string {
    return this.natives[id - NATIVE_FUNCTION_ID_BASE].name;
  }

  nativeEndsStack(id: number): boolean {
    return this.natives[id - NATIVE_FUNCTION_ID_BASE].endsStack === true;
  }

  nativeHiddenInStack(id: number): boolean {
    const hidden = this.natives[id - NATIVE_FUNCTION_ID_BASE].hiddenInStack;
    return typeof hidden === 'function' ? hidden() : hidden === true;
  }

  /** The async functions awaiting the one the event-loop job `callee` resumes (runtime.ts
   *  sets it: generators.ts asyncCallers), for the `async fn` lines of a stack trace. */
  asyncCallersOf: (callee: number) => readonly { readonly closure: number; readonly receiver: Word; readonly pc: number; readonly label?: string }[] = () => [];

  /** node's frames below the callback the event loop runs now, and the key node calls it
   *  through (runtime.ts sets them: event-loop.ts jobFrames, jobMethod). */
  jobFrames: () => readonly string[] = () => [];
  /** The frame V8 shows for the native about to call language code (`new Promise` for an
   *  executor), between that code's frame and its caller's; the next frame entered from the
   *  host takes it (interpreter/stack-trace.ts). */
  nextHostFrameLabel: string | null = null;
  jobMethod: () => string | null = () => null;

  callNative(id: number, self: Word, args: Word[], callee: number): Word {
    return this.natives[id - NATIVE_FUNCTION_ID_BASE].fn(this, self, args, callee);
  }

  /** The `length` of a bytecode function object (the pipeline sets it). */
  bytecodeFunctionLength: (fnOffset: number) => number = () => 0;
  /** The source text Function.prototype.toString prints (the pipeline sets it). */
  functionSource: (fnOffset: number) => string = () => 'function () { [native code] }';
  /** The target of a bound function object, null for other functions (the realm sets it). */
  boundTargetOf: (fn: number) => Word | null = () => null;
  /** Is the object at `at` an Error (Object.prototype.toString's tag; the runtime sets it)? */
  isErrorObject: (at: number) => boolean = () => false;

  /** The `length` of function object fn. */
  functionLength(fn: number): number {
    const id = this.heap.functionId(fn);
    return id >= NATIVE_FUNCTION_ID_BASE ? this.natives[id - NATIVE_FUNCTION_ID_BASE].length ?? 0 : this.bytecodeFunctionLength(fn);
  }

  /** Another function object of the same function as fn (bound functions share a native). */
  cloneFunction(fn: number): number {
    return this.createFunction(this.heap.functionId(fn));
  }

  /** ToBoolean. */
  toBoolean(w: Word): boolean {
    return this.convert.toBoolean(w);
  }

  /** ToObject: objects as they are, a primitive in a new wrapper object (wrappers.ts). */
  toObject(w: Word): Word {
    if (w[0] === Tag.Undefined || w[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
    if (this.isObjectWord(w)) return w;
    return [Tag.Ptr, this.wrap(w)];
  }

  /** A new wrapper of primitive `w` with prototype `proto` (its type's prototype when 0). */
  wrap(w: Word, proto = 0): number {
    const type = wrapperTypeOf(w, (at) => this.heap.kindOf(at));
    if (type === null) throw new Error(`kiln internal error: no wrapper for ${this.describe(w[0], w[1])}`);
    const p = proto !== 0 ? proto : this.wrapperPrototype(type);
    if (type !== 'String') return makeWrapper(this.heap, this.objects, p, w);
    const s = this.heap.readString(w[1]);
    return makeWrapper(this.heap, this.objects, p, w, { units: s.length, charAt: (i) => this.str(s[i])[1] });
  }

  /** The [[Prototype]] of any value but undefined and null (0 = null): a primitive's is its
   *  wrapper's, as ToObject would give, without making the wrapper. */
  prototypeOfValue(w: Word): number {
    const type = wrapperTypeOf(w, (at) => this.heap.kindOf(at));
    return type === null ? this.protoOfObject(w[1]) : this.wrapperPrototype(type);
  }

  /** [[GetPrototypeOf]] of heap object `at`: a proxy's runs its trap (0 = null). */
  protoOfObject(at: number): number {
    const proxy = this.props.asProxy(at);
    return proxy === null ? this.objects.protoOf(at) : proxy.getPrototypeOf(at);
  }

  private wrapperPrototype(type: WrapperType): number {
    switch (type) {
      case 'Number': return this.objects.numberProto;
      case 'String': return this.objects.stringProto;
      case 'Boolean': return this.objects.booleanProto;
      case 'Symbol': return this.symbols.proto;
      case 'BigInt': return this.objects.bigintProto;
    }
  }

  /** thisNumberValue and its kin: the primitive of `type` that `w` is or wraps, else undefined. */
  primitiveOf(w: Word, type: WrapperType): Word | undefined {
    const kindOf = (at: number): number => this.heap.kindOf(at);
    if (wrapperTypeOf(w, kindOf) === type) return w;
    const inner = w[0] === Tag.Ptr ? this.unwrap(w[1]) : undefined;
    return inner !== undefined && wrapperTypeOf(inner, kindOf) === type ? inner : undefined;
  }

  /** thisNumberValue / thisStringValue / thisBooleanValue / thisSymbolValue for prototype
   *  method `method`: the primitive the receiver is or wraps, else node's TypeError. */
  thisPrimitive(self: Word, type: WrapperType, method: string): Word {
    const value = this.primitiveOf(self, type);
    if (value === undefined) throw new KilnThrow('TypeError', `${type}.prototype.${method} requires that 'this' be a ${type}`);
    return value;
  }

  /** The type of the primitive object `at` wraps (Object.prototype.toString's tag), or null. */
  wrapperTypeOfObject(at: number): WrapperType | null {
    const inner = this.unwrap(at);
    return inner === undefined ? null : wrapperTypeOf(inner, (p) => this.heap.kindOf(p));
  }

  /** The primitive heap object `at` wraps; only ordinary objects can be wrappers (arrays and
   *  functions keep their properties elsewhere). */
  private unwrap(at: number): Word | undefined {
    return this.heap.kindOf(at) === Kind.Object ? wrappedPrimitive(this.objects, at) : undefined;
  }

  // ---- the global object ----------------------------------------------------------------
  /** Defines global `name`: a property of the global object, non-enumerable as the
   *  language's builtins are, enumerable for those node adds that it defines so. */
  defineGlobal(name: string, w: Word): void {
    this.objects.defineOwn(this.globalObject, name, w[0], w[1], ENUMERABLE_GLOBALS.has(name) ? 0 : PropFlag.NonEnumerable);
  }

  /** Builds the library group that defines global `name` if that has not happened yet (the
   *  Runtime builds rarely used groups on first use); true if it did, and the global exists. */
  ensureGlobal(_name: string): boolean {
    return false;
  }

  /** The global object as a program value (`globalThis`, a sloppy function's `this`): every
   *  lazily built global exists from then on, since the program may now enumerate them. */
  globalObjectValue(): Word {
    return [Tag.Ptr, this.globalObject];
  }

  /** The value of unresolved name `name`: the global object's property (its chain
   *  included); a ReferenceError when absent unless `forTypeof`. */
  loadGlobal(name: string, forTypeof: boolean): Word {
    if (this.props.findHolder(this.globalObject, name) === 0 && !this.ensureGlobal(name)) {
      if (forTypeof) return [Tag.Undefined, 0];
      throw new KilnThrow('ReferenceError', `${name} is not defined`);
    }
    return this.getProperty([Tag.Ptr, this.globalObject], name);
  }

  /** `name = v` for an unresolved name: sloppy code creates the global property; strict
   *  code throws a ReferenceError unless it exists. */
  storeGlobal(name: string, v: Word, strict: boolean): void {
    this.ensureGlobal(name);
    if (strict && this.props.findHolder(this.globalObject, name) === 0) {
      throw new KilnThrow('ReferenceError', `${name} is not defined`);
    }
    this.props.set(Tag.Ptr, this.globalObject, name, v[0], v[1], strict);
  }

  // ---- helpers for natives and builtins ------------------------------------------------
  host(w: Word): HostValue {
    return this.conv.toHost(w[0], w[1]);
  }

  /** The host mirror of `w` for node's inspect given inspect options `options` (a
   *  `showHidden` option, or the legacy boolean, makes non-enumerable properties visible;
   *  `showProxy` shows proxies as proxies). */
  hostForInspect(w: Word, options: Word): HostValue {
    const option = (key: string): boolean => this.isObjectWord(options) && this.toBoolean(this.getProperty(options, key));
    const hidden = options[0] === Tag.Bool ? options[1] !== 0 : option('showHidden');
    const proxies = option('showProxy');
    return hidden || proxies ? this.conv.toHostForInspect(w[0], w[1], hidden, proxies) : this.conv.toHost(w[0], w[1]);
  }

  word(v: HostValue): Word {
    if (typeof v === 'number') return numberWord(v);
    if (typeof v === 'string') return [Tag.Ptr, this.heap.allocString(v)];
    return this.conv.hostToWord(v);
  }

  str(s: string): Word {
    return [Tag.Ptr, this.heap.allocString(s)];
  }

  /** `a + b` when one side is a string and the other a string or a number (what string
   *  building does): the new string's offset, or 0 for every other case, which the host's
   *  `+` handles (objects convert through their own toString). */
  addStrings(ha: number, la: number, hb: number, lb: number): number {
    const heap = this.heap;
    const aString = ha === Tag.Ptr && heap.kindOf(la) === Kind.String;
    const bString = hb === Tag.Ptr && heap.kindOf(lb) === Kind.String;
    if (aString && bString) return heap.concatStrings(la, lb);
    if (aString && (hb === Tag.Int32 || hb < Tag.MIN)) return heap.concatStrings(la, String(this.toNumber([hb, lb])));
    if (bString && (ha === Tag.Int32 || ha < Tag.MIN)) return heap.concatStrings(String(this.toNumber([ha, la])), lb);
    return 0;
  }

  /** A new packed array of these values. */
  newArray(values: readonly Word[]): Word {
    const o = this.objects;
    const a = o.allocArray(0, values.length);
    for (const [hi, lo] of values) o.push(a, hi, lo);
    return [Tag.Ptr, a];
  }

  toNumber(w: Word): number {
    return this.convert.toNumber(w);
  }

  toStringValue(w: Word): string {
    return this.convert.toString(w);
  }

  /** ToPrimitive (conversions.ts): objects through @@toPrimitive / valueOf / toString,
   *  called in the language; other values as they are. */
  toPrimitive(w: Word, hint: PrimitiveHint): Word {
    return this.convert.toPrimitive(w, hint);
  }

  /** The result of object w's [Symbol.toPrimitive](hint) when it has that method
   *  (undefined: it has none, go on with valueOf/toString); node's TypeErrors when the
   *  method is not callable or returns an object. */
  exoticToPrimitive(w: Word, hint: string): Word | undefined {
    const key = this.symbols.wellKnownKey('toPrimitive');
    if (this.props.findHolder(w[1], key) === 0) return undefined;
    const method = this.getProperty(w, key);
    if (method[0] === Tag.Undefined || method[0] === Tag.Null) return undefined;
    if (!this.isCallable(method)) throw new KilnThrow('TypeError', `${this.describeMethod(method)} is not a function`);
    const r = this.invoker.call(method, w, [this.str(hint)]);
    if (this.isObjectWord(r)) throw new KilnThrow('TypeError', 'Cannot convert object to primitive value');
    return r;
  }

  /** How V8 names a non-callable value found where a method was expected (GetMethod):
   *  a primitive with its type ("number 5"), an object as describe() does. */
  private describeMethod(w: Word): string {
    if (this.isObjectWord(w)) return this.describe(w[0], w[1]);
    return `${typeOfWord(this.heap, w[0], w[1])} ${this.describe(w[0], w[1])}`;
  }

  isCallable(w: Word): boolean {
    return w[0] === Tag.Ptr && this.heap.kindOf(w[1]) === Kind.Function;
  }

  /** How node names a value in "x is not a function"-style messages. */
  describe(hi: number, lo: number): string {
    if (hi === Tag.Ptr) {
      const kind = this.heap.kindOf(lo);
      if (kind === Kind.String) return JSON.stringify(this.heap.readString(lo));
      if (kind === Kind.Array || kind === Kind.Object) return this.conv.inspect(hi, lo);
    }
    return String(this.conv.toHost(hi, lo));
  }

  /** The generic semantics of a property/array/object bytecode on value words (what
   *  compiled code calls when it does not specialize the access). */
  genericHeapOp(op: number, key: string | undefined, args: Word[], strict = false): Word {
    const { props, objects } = this;
    const [a, b, c] = args;
    switch (op) {
      case Op.GetNamed:
        props.get(a[0], a[1], key!);
        return [objects.rhi, objects.rlo];
      case Op.LoadGlobal:
        return this.loadGlobal(key!, a[1] === 1);
      case Op.StoreGlobal:
        this.storeGlobal(key!, a, b[1] === 1);
        return UNDEFINED_WORD;
      case Op.SetNamed:
        props.set(a[0], a[1], key!, b[0], b[1], strict);
        return UNDEFINED_WORD;
      case Op.GetKeyed:
        props.get(a[0], a[1], props.keyFor('get', a[0], a[1], b[0], b[1]));
        return [objects.rhi, objects.rlo];
      case Op.SetKeyed:
        props.set(a[0], a[1], props.keyFor('set', a[0], a[1], b[0], b[1]), c[0], c[1], strict);
        return UNDEFINED_WORD;
      case Op.DeleteProperty:
        return [Tag.Bool, props.delete(a[0], a[1], props.keyFor('delete', a[0], a[1], b[0], b[1]), strict) ? 1 : 0];
      case Op.HasProperty:
        return [Tag.Bool, props.has(b[0], b[1], props.keyFor('in', b[0], b[1], a[0], a[1])) ? 1 : 0];
      case Op.CreateObject:
        return [Tag.Ptr, objects.allocObject()];
      case Op.CreateArray: {
        const arr = objects.allocArray(args.length);
        args.forEach(([hi, lo], i) => objects.setElement(arr, i, hi, lo));
        return [Tag.Ptr, arr];
      }
      case Op.ArrayPush:
        checkArrayPush(this, a[1], b);
        objects.push(a[1], b[0], b[1]);
        return UNDEFINED_WORD;
      case Op.ArrayAppend: {
        const items = this.iterableToArray(b[0], b[1]);
        for (let i = 0, n = objects.arrayLength(items); i < n; i++) {
          objects.getElement(items, i);
          objects.push(a[1], objects.rhi, objects.rlo);
        }
        return UNDEFINED_WORD;
      }
      case Op.ForInKeys:
        return this.newArray(props.forInKeys(a[0], a[1]).map((k): Word => [Tag.Ptr, this.heap.internString(k)]));
      case Op.IterableToArray:
        return [Tag.Ptr, this.iterableToArray(a[0], a[1])];
      case Op.ForOfIterable:
        return [Tag.Ptr, this.collections.forOfCursor(a[0], a[1]) || this.userForOfCursor(a) || this.iterableToArray(a[0], a[1])];
      case Op.ToString:
        return a[0] === Tag.Ptr && this.heap.kindOf(a[1]) === Kind.String ? a : this.str(this.toStringValue(a));
      default:
        throw new Error(`kiln internal error: opcode ${op} is not a heap operation`);
    }
  }

  // ---- construction, classes, prototypes -------------------------------------------------
  isObjectWord(w: Word): boolean {
    if (w[0] !== Tag.Ptr) return false;
    const k = this.heap.kindOf(w[1]);
    return k === Kind.Object || k === Kind.Array || k === Kind.Function;
  }

  /** V8's message for a value with no @@iterator method where one was looked up
   *  (`number 5 is not iterable ...`, `object null ...`, `object ...`). */
  notIterableMessage(w: Word): string {
    return `${this.typedName(w)} is not iterable (cannot read property Symbol(Symbol.iterator))`;
  }

  /** How V8 names a value by its type where no source text names it: `number 5`,
   *  `string "a"`, `object null`, `undefined`, `symbol`, `bigint`, `function`, `object`. */
  typedName(w: Word): string {
    if (w[0] === Tag.Ptr) {
      // (Objects by kind alone: no host copy of them is made.)
      const kind = this.heap.kindOf(w[1]);
      if (kind === Kind.Function) return 'function';
      if (kind === Kind.BigInt) return 'bigint';
      if (kind !== Kind.String && kind !== Kind.Symbol) return 'object';
    }
    const h = this.host(w);
    if (h === undefined) return 'undefined';
    if (h === null) return 'object null';
    if (typeof h === 'number' || typeof h === 'boolean') return `${typeof h} ${String(h)}`;
    if (typeof h === 'string') return `string "${h}"`;
    if (typeof h === 'symbol') return 'symbol';
    return 'object';
  }

  /** Can function value f be used with `new` (or as a superclass)? */
  isConstructor(f: Word): boolean {
    if (!this.isCallable(f)) return false;
    const id = this.heap.functionId(f[1]);
    if (id >= NATIVE_FUNCTION_ID_BASE) return this.natives[id - NATIVE_FUNCTION_ID_BASE].construct !== undefined;
    const kind = this.functionKind(f[1]);
    if (this.functionSuspends(f[1]) !== undefined) return false;
    return kind === 'normal' || kind === 'class' || kind === 'derived-class';
  }

  /** The prototype of an object made by `new newTarget`: newTarget.prototype when it is an
   *  object, else Object.prototype. */
  prototypeForNew(newTarget: Word): number {
    this.props.get(newTarget[0], newTarget[1], 'prototype');
    const proto: Word = [this.objects.rhi, this.objects.rlo];
    return this.isObjectWord(proto) ? proto[1] : this.objects.objectProto;
  }

  /** `new f(...args)` with new.target newTarget; `name` is how the source names f. Class
   *  constructors receive [Tag.Hole, newTarget] as their receiver (their prologue checks it
   *  and makes `this`); ordinary functions get a fresh object and may return another one. */
  construct(f: Word, args: Word[], newTarget: Word, name: string): Word {
    if (!this.isConstructor(f)) throw new KilnThrow('TypeError', `${name} is not a constructor`);
    const id = this.heap.functionId(f[1]);
    if (id >= NATIVE_FUNCTION_ID_BASE) return this.natives[id - NATIVE_FUNCTION_ID_BASE].construct!(this, args, newTarget, f[1]);
    if (this.functionKind(f[1]) !== 'normal') return this.invoker.call(f, [Tag.Hole, newTarget[1]], args);
    const obj = this.objects.allocObject(this.prototypeForNew(newTarget));
    this.heap.pushHandle(obj);
    const readsNewTarget = this.usesNewTarget(f[1]);
    if (readsNewTarget) this.pendingNewTarget = newTarget;
    try {
      const r = this.invoker.call(f, [Tag.Ptr, obj], args);
      return this.isObjectWord(r) ? r : [Tag.Ptr, obj];
    } finally {
      if (readsNewTarget) this.pendingNewTarget = [Tag.Undefined, 0];
      this.heap.popHandle();
    }
  }

  /** `super(...args)` in the constructor of class `cls`, constructing newTarget. */
  superConstruct(cls: Word, newTarget: Word, args: Word[]): Word {
    const parent = this.objects.protoOf(cls[1]);
    const p: Word = parent === 0 ? [Tag.Null, 0] : [Tag.Ptr, parent];
    if (!this.isConstructor(p)) {
      throw new KilnThrow('TypeError', `Super constructor ${this.describe(p[0], p[1])} of anonymous class is not a constructor`);
    }
    return this.construct(p, args, newTarget, 'super');
  }

  /** The first part of a class definition: gives constructor C its prototype object (whose
   *  prototype is the superclass's prototype) and makes C's own prototype the superclass.
   *  `parent` is a Hole word when the class has no `extends`. Returns C.prototype. */
  defineClass(c: Word, parent: Word): Word {
    const o = this.objects;
    let protoParent = o.objectProto;
    let ctorParent = o.functionProto;
    if (parent[0] === Tag.Null) {
      protoParent = 0;
    } else if (parent[0] !== Tag.Hole) {
      if (!this.isConstructor(parent)) {
        throw new KilnThrow('TypeError', `Class extends value ${this.describe(parent[0], parent[1])} is not a constructor or null`);
      }
      this.props.get(parent[0], parent[1], 'prototype');
      const pp: Word = [o.rhi, o.rlo];
      if (pp[0] !== Tag.Null && !this.isObjectWord(pp)) {
        throw new KilnThrow('TypeError', `Class extends value does not have valid prototype property ${this.describe(pp[0], pp[1])}`);
      }
      protoParent = pp[0] === Tag.Null ? 0 : pp[1];
      ctorParent = parent[1];
    }
    o.functionProperties(c[1], true, ctorParent);
    const proto = o.allocObject(protoParent);
    o.defineOwn(proto, 'constructor', c[0], c[1], PropFlag.NonEnumerable);
    // A class's prototype is neither writable nor configurable.
    o.defineOwn(o.functionProperties(c[1], false), 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
    return [Tag.Ptr, proto];
  }

  /** `super.key` in a method whose home object is `home`, with receiver `self`. */
  superGet(home: Word, self: Word, key: string): Word {
    const proto = this.objects.protoOf(home[1]);
    if (proto === 0) throw new KilnThrow('TypeError', `Cannot read properties of null (reading '${this.props.keyText(key)}')`);
    this.props.lookup(proto, key, self[0], self[1]);
    return [this.objects.rhi, this.objects.rlo];
  }

  /** `v instanceof c`. */
  instanceOf(v: Word, c: Word): boolean {
    if (!this.isObjectWord(c)) throw new KilnThrow('TypeError', "Right-hand side of 'instanceof' is not an object");
    const custom = this.customHasInstance(v, c);
    if (custom !== undefined) return custom;
    if (!this.isCallable(c)) throw new KilnThrow('TypeError', "Right-hand side of 'instanceof' is not callable");
    const target = this.boundTargetOf(c[1]);
    if (target !== null) return this.instanceOf(v, target);
    // OrdinaryHasInstance: a primitive is no instance, before `prototype` is even read.
    if (!this.isObjectWord(v)) return false;
    this.props.get(c[0], c[1], 'prototype');
    const proto: Word = [this.objects.rhi, this.objects.rlo];
    if (!this.isObjectWord(proto)) {
      throw new KilnThrow('TypeError', `Function has non-object prototype '${this.describe(proto[0], proto[1])}' in instanceof check`);
    }
    for (let p = this.protoOfObject(v[1]); p !== 0; p = this.protoOfObject(p)) if (p === proto[1]) return true;
    return false;
  }

  /** `v instanceof c` by c[Symbol.hasInstance] when c has one other than
   *  Function.prototype's (undefined: the ordinary test decides). Costs one property
   *  lookup per generic instanceof. */
  private customHasInstance(v: Word, c: Word): boolean | undefined {
    const key = this.symbols.wellKnownKey('hasInstance');
    if (this.props.findHolder(c[1], key) === 0) return undefined;
    const handler = this.getProperty(c, key);
    if (handler[0] === Tag.Undefined || handler[0] === Tag.Null) return undefined;
    if (handler[0] === Tag.Ptr && handler[1] === this.symbols.ordinaryHasInstance) return undefined;
    if (!this.isCallable(handler)) throw new KilnThrow('TypeError', `${this.describeMethod(handler)} is not a function`);
    return this.toBoolean(this.invoker.call(handler, c, [v]));
  }

  /** for-of and spread: an array as is, a string as an array of its code points. */
  iterableToArray(hi: number, lo: number): number {
    if (hi === Tag.Ptr) {
      const kind = this.heap.kindOf(lo);
      if (kind === Kind.Array) return lo;
      if (kind === Kind.String) {
        const chars = Array.from(this.heap.readString(lo), (c): Word => [Tag.Ptr, this.heap.internString(c)]);
        return this.newArray(chars)[1];
      }
      const walk = this.collections.iteratorWalk(hi, lo);
      if (walk !== undefined) {
        // An iterator: spreading it takes its remaining entries.
        const out = this.newArray([])[1];
        while (this.collections.take(walk)) this.objects.push(out, this.objects.rhi, this.objects.rlo);
        return out;
      }
      const collection = this.collections.kindOf(hi, lo);
      if (collection !== null) {
        const entries = collectionEntries(this.collections, lo);
        if (collection === 'set') return this.newArray(entries.map(([k]) => k))[1];
        const out = this.newArray([])[1];
        this.heap.pushHandle(out);
        try {
          for (const [k, v] of entries) this.objects.push(out, Tag.Ptr, this.newArray([k, v])[1]);
        } finally {
          this.heap.popHandle();
        }
        return out;
      }
    }
    const fromUser = this.userIterables.toArray([hi, lo]);
    if (fromUser !== 0) return fromUser;
    throw new KilnThrow('TypeError', `${this.describe(hi, lo)} is not iterable`);
  }

  /** for-of over a user iterable: its cursor (0 for arrays and strings, which go as they are). */
  private userForOfCursor(w: Word): number {
    if (w[0] !== Tag.Ptr) return 0;
    const kind = this.heap.kindOf(w[1]);
    return kind === Kind.Array || kind === Kind.String ? 0 : this.userIterables.forOfCursor(w);
  }
}
