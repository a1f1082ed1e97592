// Self-hosted builtins: Array.prototype's callback methods (forEach, map, filter, some, every,
// find, findIndex, findLast, findLastIndex, reduce, reduceRight) written in the JavaScript
// kiln compiles (lib/internal/array-iteration.js), so that a callback is an ordinary call from
// bytecode: the interpreter calls it without leaving its dispatch loop, and compiled code calls
// the callback's compiled code directly. As TypeScript natives they called every callback
// through the host (the interpreter re-entered per element, compiled code crossing N-API twice
// per element): ~15x slower than the same loop written by the program.
//
// Each of these methods starts as its TypeScript native (natives.ts). Compiling the library
// costs a couple of milliseconds, which a program that calls map twice should not pay, so the
// natives count the work they do on arrays; once it passes a budget (small under an eager
// JIT threshold, so the test modes run the library), or at the first call on anything but an
// array, the library is compiled and run, and each native's function object is turned in
// place into a closure of its self-hosted function (tiering adoptClosure): identity, `name`,
// `length` and every reference stay, and `Function.prototype.toString` still prints
// `[native code]`. The objects change when no such native is running; until then a native
// called calls its self-hosted method. What the library cannot do in JavaScript it asks of
// hidden intrinsics (ToObject, ToLength, ArraySpeciesCreate for a subclass, V8's messages):
// natives left out of stack traces, as V8 leaves its own internals out.

import * as fs from 'fs';
import * as path from 'path';
import { arrayNullReceiver, KilnThrow } from './errors';
import { ElementsKind, Kind, ObjectLayout, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { messageText } from './message-text';
import { defineOwnProperty } from './object-reflection';
import { numberWord } from './values';
import type { Word } from './word';

/** The Array.prototype methods the library defines (the properties of what its factory
 *  returns). */
export const SELF_HOSTED_ARRAY_METHODS: ReadonlySet<string> = new Set([
  'forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight',
]);

/** The work (calls, plus elements of their receivers) after which the library is compiled,
 *  at the default JIT threshold: about what compiling it costs in native callback calls. */
const DEFAULT_BUDGET = 2000;

const LIBRARY_FILE = path.resolve(__dirname, '..', '..', 'lib', 'internal', 'array-iteration.js');

export class SelfHostedBuiltins {
  /** Work left before the library is compiled (it is, once this is below zero). */
  private budget = DEFAULT_BUDGET;
  /** Calls of this group's natives running now (the function objects change only when none
   *  is: a running native's frame names its function object). */
  private running = 0;
  /** What the library's factory returned (the methods by name), once it ran. */
  private methods: Word | null = null;
  private adopted = false;
  /** The function object of each native, by method name (GC roots until they are adopted). */
  private readonly functions = new Map<string, number>();
  /** Compiles and runs the library's text, returning its factory (set by the pipeline:
   *  dynamic-code.ts runSelfHosted). */
  runLibrary: ((source: string, file: string) => Word) | null = null;
  /** Turns native function object `at` into a closure of `closure`'s function and context
   *  (set by the pipeline: tiering adoptClosure). */
  adoptClosure: ((at: number, closure: number) => void) | null = null;

  constructor(
    private readonly rt: RuntimeCore,
    /** The realm's Array constructor (not whatever Array.prototype.constructor holds now). */
    private readonly arrayFn: () => number,
  ) {}

  /** How soon the library replaces the natives: the JIT threshold scales the budget, so
   *  `--jit-threshold=0` runs self-hosted code from the first call. */
  configure(jitThreshold: number): void {
    this.budget = Math.min(DEFAULT_BUDGET, jitThreshold * 2);
  }

  /** `methods` with the self-hosted ones counting their work. */
  counting(methods: readonly NativeMethod[]): NativeMethod[] {
    return methods.map((m) => (SELF_HOSTED_ARRAY_METHODS.has(m.name) ? this.countingNative(m) : m));
  }

  /** Remembers the function objects the realm made for the counted natives of `holder`. */
  recordFunctions(holder: number): void {
    for (const name of SELF_HOSTED_ARRAY_METHODS) {
      const w = this.rt.getProperty([Tag.Ptr, holder], name);
      if (w[0] === Tag.Ptr) this.functions.set(name, w[1]);
    }
  }

  roots(): number[] {
    const roots = this.adopted ? [] : [...this.functions.values()];
    if (this.methods !== null && this.methods[0] === Tag.Ptr) roots.push(this.methods[1]);
    return roots;
  }

  /** A native that runs its TypeScript body on plain arrays until the budget is spent;
   *  once the library is compiled (or for any other receiver — array-likes, strings and
   *  proxies, whose reads and traps the TypeScript bodies do not order as the spec does,
   *  arrays with a species or prototypes that hold elements: nativeReceiver) it calls the
   *  self-hosted method, and its own frame leaves the stack traces to it. */
  private countingNative(m: NativeMethod): NativeMethod {
    const run = m.fn;
    return {
      ...m,
      hiddenInStack: () => this.methods !== null,
      fn: (rt, self, args, callee) => {
        if (this.methods === null && !this.nativeReceiver(self)) this.compileLibrary();
        this.running++;
        try {
          if (this.methods !== null) return rt.invoker.call(rt.getProperty(this.methods, m.name), self, args);
          const result = run(rt, self, args, callee);
          this.budget -= 1 + rt.objects.arrayLength(self[1]);
          if (this.budget < 0) this.compileLibrary();
          return result;
        } finally {
          this.running--;
          if (this.running === 0) this.adoptIfCompiled();
        }
      },
    };
  }

  /** Is `self` an array the TypeScript bodies handle as the spec does: no named properties
   *  or other prototype (then no species, no own `constructor`), and no prototype that may
   *  hold elements (the bodies read holes as absent without looking there)? */
  private nativeReceiver(self: Word): boolean {
    const rt = this.rt;
    if (!rt.objects.isArray(self[0], self[1])) return false;
    if ((rt.heap.u32[(self[1] + ObjectLayout.arrayKindOffset) >> 2] & ElementsKind.PropertiesBit) !== 0) return false;
    return !rt.props.prototypesMayHoldElements(self[1]);
  }

  /** Compiles and runs the library: its factory makes the methods. */
  private compileLibrary(): void {
    if (this.methods !== null || this.runLibrary === null) return;
    const rt = this.rt;
    const factory = this.runLibrary(fs.readFileSync(LIBRARY_FILE, 'utf8'), LIBRARY_FILE);
    rt.heap.pushHandleWord(factory);
    try {
      const intrinsics = libraryIntrinsics(this.arrayFn);
      const args: Word[] = [[Tag.Ptr, this.arrayFn()]];
      for (const m of intrinsics) {
        args.push([Tag.Ptr, rt.createNative(m)]);
        rt.heap.pushHandleWord(args[args.length - 1]);
      }
      try {
        this.methods = rt.invoker.call(factory, [Tag.Undefined, 0], args);
      } finally {
        for (let i = 0; i < intrinsics.length; i++) rt.heap.popHandle();
      }
    } finally {
      rt.heap.popHandle();
    }
  }

  /** Each native's function object becomes its self-hosted method (when none is running). */
  private adoptIfCompiled(): void {
    if (this.methods === null || this.adopted || this.adoptClosure === null) return;
    for (const [name, at] of this.functions) {
      const method = this.rt.getProperty(this.methods, name);
      if (method[0] !== Tag.Ptr || this.rt.heap.kindOf(method[1]) !== Kind.Function) throw new Error(`self-hosted library: no ${name}`);
      this.adoptClosure(at, method[1]);
    }
    this.adopted = true;
  }
}

const UNDEF: Word = [Tag.Undefined, 0];

/** What the library asks of the runtime, in the order of its factory's parameters after the
 *  realm's Array (`arrayFn`): conversions that may run user code and V8's TypeErrors. */
function libraryIntrinsics(arrayFn: () => number): NativeMethod[] {
  return [
    {
      // ToObject(this) of method `name`, with V8's message for null and undefined.
      name: 'toObject', hiddenInStack: true,
      fn: (rt, _self, args) => {
        const w = args[0] ?? UNDEF;
        if (w[0] === Tag.Undefined || w[0] === Tag.Null) {
          throw arrayNullReceiver(rt.toStringValue(args[1] ?? UNDEF));
        }
        return rt.toObject(w);
      },
    },
    {
      name: 'toLength', hiddenInStack: true,
      fn: (rt, _self, args) => {
        const n = Math.trunc(rt.toNumber(args[0] ?? UNDEF)) || 0;
        return numberWord(Math.min(Math.max(n, 0), Number.MAX_SAFE_INTEGER));
      },
    },
    {
      name: 'notCallable', hiddenInStack: true,
      fn: (rt, _self, args) => {
        throw new KilnThrow('TypeError', `${messageText(rt, args[0] ?? UNDEF)} is not a function`);
      },
    },
    {
      name: 'reduceEmpty', hiddenInStack: true,
      fn: () => {
        throw new KilnThrow('TypeError', 'Reduce of empty array with no initial value');
      },
    },
    {
      // ArraySpeciesCreate from its constructor step, for an array whose `constructor` (read
      // once, by the library) is not the realm's Array.
      name: 'speciesCreate', hiddenInStack: true,
      fn: (rt, _self, args) => {
        let c = args[0] ?? UNDEF;
        const length = args[1] ?? UNDEF;
        if (rt.isObjectWord(c)) {
          c = rt.getProperty(c, rt.symbols.wellKnownKey('species'));
          if (c[0] === Tag.Null) c = UNDEF;
        }
        if (c[0] === Tag.Undefined) c = [Tag.Ptr, arrayFn()];
        else if (!rt.isConstructor(c)) throw new KilnThrow('TypeError', 'object.constructor[Symbol.species] is not a constructor');
        return rt.construct(c, [length], c, rt.describe(c[0], c[1]));
      },
    },
    {
      // CreateDataPropertyOrThrow(A, k, v) on a result a species constructor made: a
      // definition (no setter runs), refused by a non-configurable property with a TypeError.
      name: 'defineElement', hiddenInStack: true,
      fn: (rt, _self, args) => {
        const [a, k, v] = [args[0] ?? UNDEF, args[1] ?? UNDEF, args[2] ?? UNDEF];
        if (!rt.isObjectWord(a)) throw new KilnThrow('TypeError', 'Cannot create property on a non-object');
        defineOwnProperty(rt, a, rt.toStringValue(k), { value: v, writable: true, enumerable: true, configurable: true });
        return UNDEF;
      },
    },
  ];
}
