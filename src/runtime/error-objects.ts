// The Error family of the runtime library: Error, TypeError, RangeError, ReferenceError,
// SyntaxError, EvalError, URIError and AggregateError as native constructor functions (global
// values, LoadGlobal), their prototypes (name, message '' and toString on Error.prototype; each
// other prototype inherits from it), Error.captureStackTrace and Error.stackTraceLimit, and
// error objects as V8 makes them: own `stack`, then `message` when one was given, then
// `cause` when the options have one (even undefined), then AggregateError's `errors`.
// `stack` is captured at construction but its text is made at its first read, with the
// name and message the error has then, as V8 does (a subclass that sets `this.name` after
// `super` prints its name): it is an own accessor pair of kiln's own getter and setter whose
// third element holds the frames' text, fourth whether the text is final and fifth where the
// error was made; it reads and
// writes like the data property V8 has (isStackAccessor lets reflection present it so).
// Errors the runtime raises itself (KilnThrow without a value) become such objects only when
// a handler catches them, so the common uncaught or never-caught path allocates nothing.

import { KilnThrow, type ErrorName, type StackEntry } from './errors';
import { Kind, NATIVE_FUNCTION_ID_BASE, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { numberWord } from './values';
import type { Word } from './word';
import { PropFlag } from './shapes';

export const ERROR_NAMES: readonly ErrorName[] = [
  'Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError',
];

const DEFAULT_STACK_TRACE_LIMIT = 10;
/** Caught exceptions kept for a rethrow (nested try/finally deeper than this rethrow from
 *  their own line, as before). */
const RECENTLY_CAUGHT_KEPT = 8;

/** Elements of the `stack` accessor pair. */
const enum StackPair {
  Getter = 0,
  Setter = 1,
  Text = 2,
  Final = 3,
  /** Where the error was made (`line:column:file` of its first frame with a file), or
   *  undefined: what node's header for an uncaught rejection points at. */
  Origin = 4,
}

export class ErrorObjects {
  /** Prototype object by error name (Error.prototype first). */
  readonly prototypes = new Map<ErrorName, number>();
  /** Per `Name code`: the prototype node's coded errors (ERR_…) have between the error and
   *  Name.prototype, whose toString gives `Name [code]: message`. */
  private readonly codedPrototypes = new Map<string, number>();
  /** The Error constructor (link sets it). */
  private errorFn = 0;
  private readonly stackGetter: number;
  private readonly stackSetter: number;

  constructor(private readonly rt: RuntimeCore) {
    const o = rt.objects;
    const base = o.allocObject(o.objectProto);
    for (const name of ERROR_NAMES) {
      const proto = name === 'Error' ? base : o.allocObject(base);
      o.defineOwn(proto, 'name', Tag.Ptr, rt.heap.internString(name), PropFlag.NonEnumerable);
      o.defineOwn(proto, 'message', Tag.Ptr, rt.heap.internString(''), PropFlag.NonEnumerable);
      this.prototypes.set(name, proto);
    }
    this.stackGetter = rt.createNative({ name: 'stack', fn: (_rt, self) => this.readStack(self) });
    this.stackSetter = rt.createNative({ name: 'stack', fn: (_rt, self, args) => this.writeStack(self, args[0] ?? [Tag.Undefined, 0]) });
  }

  /** Native methods of Error.prototype. */
  prototypeMethods(): NativeMethod[] {
    return [{ name: 'toString', fn: (rt, self) => rt.str(this.errorToString(self)) }];
  }

  /** The constructors, called with or without `new` (the two are the same for errors, but
   *  for where the stack starts: `new` leaves out the constructors `super` ran through). */
  constructors(): NativeMethod[] {
    return ERROR_NAMES.map((name) => ({
      name,
      fn: (rt: RuntimeCore, _self: Word, args: Word[]): Word => this.construct(name, this.prototypes.get(name)!, args, 0),
      construct: (rt: RuntimeCore, args: Word[], newTarget: Word): Word => {
        const proto = rt.prototypeForNew(newTarget);
        const skip = newTarget[0] === Tag.Ptr && rt.heap.functionId(newTarget[1]) < NATIVE_FUNCTION_ID_BASE ? newTarget[1] : 0;
        return this.construct(name, proto, args, skip);
      },
    }));
  }

  /** Links constructor function `fn` of error `name` with its prototype (`E.prototype`,
   *  `E.prototype.constructor`, non-enumerable); TypeError and the others inherit from Error,
   *  which has captureStackTrace and stackTraceLimit. */
  link(name: ErrorName, fn: number, errorFn: number): void {
    const { objects, props } = this.rt;
    const proto = this.prototypes.get(name)!;
    if (name !== 'Error') objects.functionProperties(fn, true, errorFn);
    props.define(fn, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
    objects.defineOwn(proto, 'constructor', Tag.Ptr, fn, PropFlag.NonEnumerable);
    if (name !== 'Error') return;
    this.errorFn = fn;
    const capture = this.rt.createNative({
      name: 'captureStackTrace',
      fn: (rt, _self, args) => this.captureStackTrace(args[0] ?? [Tag.Undefined, 0], args[1] ?? [Tag.Undefined, 0]),
    });
    props.define(fn, 'captureStackTrace', Tag.Ptr, capture, PropFlag.NonEnumerable);
    props.define(fn, 'stackTraceLimit', Tag.Int32, DEFAULT_STACK_TRACE_LIMIT, PropFlag.None);
  }

  /** `Error.stackTraceLimit` as a frame count; -1 when it is not a number (V8 then gives new
   *  errors no `stack` at all). */
  stackTraceLimit(): number {
    if (this.errorFn === 0) return DEFAULT_STACK_TRACE_LIMIT;
    const { objects } = this.rt;
    const bag = objects.functionProperties(this.errorFn, false);
    if (bag === 0 || !objects.getOwn(bag, 'stackTraceLimit') || (objects.rflags & PropFlag.Accessor) !== 0) return -1;
    const hi = objects.rhi;
    if (hi === Tag.Int32) return Math.max(0, objects.rlo | 0);
    if (hi >= Tag.MIN) return -1;
    const n = this.rt.heap.f64Of(hi, objects.rlo);
    return n !== n ? 0 : Math.max(0, Math.min(Math.floor(n), 1e6));
  }

  /** `new E(message, options)` (AggregateError: `(errors, message, options)`) with prototype
   *  `proto`; its stack leaves out the frames up to function object `skipUntil`. */
  private construct(name: ErrorName, proto: number, args: Word[], skipUntil: number): Word {
    const rt = this.rt;
    const aggregate = name === 'AggregateError';
    const arg = (i: number): Word => args[i] ?? [Tag.Undefined, 0];
    // Everything that may run language code first: no raw offset is held across it.
    const errorsArray = aggregate ? rt.iterableToArray(...arg(0)) : 0;
    if (errorsArray !== 0) rt.heap.pushHandle(errorsArray);
    try {
      const messageArg = arg(aggregate ? 1 : 0);
      const message = messageArg[0] !== Tag.Undefined ? rt.toStringValue(messageArg) : undefined;
      const cause = this.causeOption(arg(aggregate ? 2 : 1));
      const limit = this.stackTraceLimit();
      const stack = limit < 0 ? null : rt.captureStack(limit, skipUntil);
      const obj = this.create(proto, message, stack, cause);
      if (errorsArray !== 0) {
        const copy = rt.newArray(this.elements(errorsArray))[1];
        rt.objects.defineOwn(obj, 'errors', Tag.Ptr, copy, PropFlag.NonEnumerable);
      }
      return [Tag.Ptr, obj];
    } finally {
      if (errorsArray !== 0) rt.heap.popHandle();
    }
  }

  private elements(array: number): Word[] {
    const { objects, heap } = this.rt;
    const out: Word[] = [];
    for (let i = 0, n = objects.arrayLength(array); i < n; i++) {
      const w = objects.elementWord(array, i);
      out.push(heap.u32[w + 1] === Tag.Hole ? [Tag.Undefined, 0] : [heap.u32[w + 1], heap.u32[w]]);
    }
    return out;
  }

  /** The `cause` of an options argument: present when it is an object that has one. */
  private causeOption(options: Word): Word | undefined {
    const rt = this.rt;
    if (options[0] !== Tag.Ptr || rt.heap.kindOf(options[1]) === Kind.String) return undefined;
    if (!rt.props.has(options[0], options[1], 'cause')) return undefined;
    return rt.getProperty(options, 'cause');
  }

  /** A new error object: own `stack` (null: undefined), then `message` when one was given, then
   *  `cause` when the options had one. */
  create(proto: number, message: string | undefined, stack: readonly StackEntry[] | null, cause?: Word): number {
    const { objects, heap } = this.rt;
    if (cause) heap.pushHandleWord(cause);
    try {
      const obj = objects.allocObject(proto);
      heap.pushHandle(obj);
      try {
        this.defineStack(obj, stack);
        if (message !== undefined) objects.defineOwn(obj, 'message', Tag.Ptr, heap.allocString(message), PropFlag.NonEnumerable);
        if (cause) objects.defineOwn(obj, 'cause', cause[0], cause[1], PropFlag.NonEnumerable);
      } finally {
        heap.popHandle();
      }
      return obj;
    } finally {
      if (cause) heap.popHandle();
    }
  }

  /** Gives object `obj` an own `stack` of these frames (its header made at the first read);
   *  null frames (Error.stackTraceLimit not a number) make it undefined, as in V8. */
  private defineStack(obj: number, stack: readonly StackEntry[] | null): void {
    const { objects, heap, props } = this.rt;
    const pair = objects.allocArray(5);
    objects.setElement(pair, StackPair.Getter, Tag.Ptr, this.stackGetter);
    objects.setElement(pair, StackPair.Setter, Tag.Ptr, this.stackSetter);
    objects.setElement(pair, StackPair.Origin, Tag.Undefined, 0);
    if (stack) {
      heap.pushHandle(pair);
      try {
        objects.setElement(pair, StackPair.Text, Tag.Ptr, heap.allocString(stack.map((e) => `\n    at ${e.text}`).join('')));
        const origin = stack.find((e) => e.file !== '');
        if (origin) objects.setElement(pair, StackPair.Origin, Tag.Ptr, heap.allocString(`${origin.line}:${origin.column}:${origin.file}`));
      } finally {
        heap.popHandle();
      }
    } else {
      objects.setElement(pair, StackPair.Text, Tag.Undefined, 0);
    }
    objects.setElement(pair, StackPair.Final, Tag.Bool, stack ? 0 : 1);
    heap.pushHandle(pair);
    try {
      if (heap.kindOf(obj) === Kind.Function) props.define(obj, 'stack', Tag.Ptr, pair, PropFlag.NonEnumerable | PropFlag.Accessor);
      else objects.defineOwn(obj, 'stack', Tag.Ptr, pair, PropFlag.NonEnumerable | PropFlag.Accessor);
    } finally {
      heap.popHandle();
    }
  }

  /** Is accessor pair `pair` an error's `stack` (a data property to the language)? */
  isStackAccessor(pair: number): boolean {
    const { objects, heap } = this.rt;
    if (heap.kindOf(pair) !== Kind.Array || objects.arrayLength(pair) !== 5) return false;
    objects.getElement(pair, StackPair.Getter);
    return objects.rhi === Tag.Ptr && objects.rlo === this.stackGetter;
  }

  /** Where error `value` was made (its first frame with a file), if it has its own stack. */
  originOf(value: Word): { file: string; line: number; column: number } | undefined {
    const pair = this.ownStackPair(value);
    if (pair === 0) return undefined;
    this.rt.objects.getElement(pair, StackPair.Origin);
    if (this.rt.objects.rhi !== Tag.Ptr) return undefined;
    const [line, column, ...file] = this.rt.heap.readString(this.rt.objects.rlo).split(':');
    return { file: file.join(':'), line: Number(line), column: Number(column) };
  }

  /** The `stack` pair object `self` owns, or 0. */
  private ownStackPair(self: Word): number {
    const { objects, heap, props } = this.rt;
    if (self[0] !== Tag.Ptr || heap.kindOf(self[1]) === Kind.String) return 0;
    if (!props.own(self[1], 'stack') || (objects.rflags & PropFlag.Accessor) === 0) return 0;
    const pair = objects.rlo;
    return this.isStackAccessor(pair) ? pair : 0;
  }

  /** Makes error `obj`'s stack text now, with `header` over its frames (a stack not read yet). */
  private settleStackHeader(obj: number, header: string): void {
    const { objects, heap } = this.rt;
    const pair = this.ownStackPair([Tag.Ptr, obj]);
    if (pair === 0) return;
    objects.getElement(pair, StackPair.Final);
    if (objects.rlo !== 0) return;
    objects.getElement(pair, StackPair.Text);
    const frames = objects.rhi === Tag.Ptr ? heap.readString(objects.rlo) : '';
    heap.pushHandle(pair);
    try {
      objects.setElement(pair, StackPair.Text, Tag.Ptr, heap.allocString(header + frames));
      objects.setElement(pair, StackPair.Final, Tag.Bool, 1);
    } finally {
      heap.popHandle();
    }
  }

  /** Reading `stack`: the header (the error's `toString` now) and the frames, made once. */
  private readStack(self: Word): Word {
    const { objects, heap } = this.rt;
    let pair = this.ownStackPair(self);
    if (pair === 0) return [Tag.Undefined, 0];
    objects.getElement(pair, StackPair.Final);
    if (objects.rlo !== 0) {
      objects.getElement(pair, StackPair.Text);
      return [objects.rhi, objects.rlo];
    }
    const header = this.errorToString(self); // may run language code: look the pair up again
    pair = this.ownStackPair(self);
    if (pair === 0) return [Tag.Undefined, 0];
    objects.getElement(pair, StackPair.Final);
    if (objects.rlo !== 0) {
      objects.getElement(pair, StackPair.Text);
      return [objects.rhi, objects.rlo];
    }
    objects.getElement(pair, StackPair.Text);
    const text = header + heap.readString(objects.rlo);
    heap.pushHandle(pair);
    try {
      const s = heap.allocString(text);
      objects.setElement(pair, StackPair.Text, Tag.Ptr, s);
      objects.setElement(pair, StackPair.Final, Tag.Bool, 1);
      return [Tag.Ptr, s];
    } finally {
      heap.popHandle();
    }
  }

  /** Writing `stack`: the value replaces the text. */
  private writeStack(self: Word, value: Word): Word {
    const { objects } = this.rt;
    const pair = this.ownStackPair(self);
    if (pair !== 0) {
      objects.setElement(pair, StackPair.Text, value[0], value[1]);
      objects.setElement(pair, StackPair.Final, Tag.Bool, 1);
    } else if (self[0] === Tag.Ptr && this.rt.heap.kindOf(self[1]) === Kind.Object) {
      objects.defineOwn(self[1], 'stack', value[0], value[1], PropFlag.None);
    }
    return [Tag.Undefined, 0];
  }

  /** Error.captureStackTrace(obj, fn): gives obj a `stack` of the frames below the call (or
   *  below fn's frame when fn is given). */
  private captureStackTrace(target: Word, fn: Word): Word {
    const rt = this.rt;
    if (target[0] !== Tag.Ptr || rt.heap.kindOf(target[1]) === Kind.String || rt.heap.kindOf(target[1]) === Kind.Array) {
      if (target[0] === Tag.Ptr && rt.heap.kindOf(target[1]) === Kind.Array) throw new KilnThrow('TypeError', 'kiln does not support Error.captureStackTrace on arrays yet');
      throw new KilnThrow('TypeError', 'Invalid argument');
    }
    const limit = this.stackTraceLimit();
    const skip = fn[0] === Tag.Ptr && rt.heap.kindOf(fn[1]) === Kind.Function ? fn[1] : 0;
    this.defineStack(target[1], limit < 0 ? null : rt.captureStack(limit, skip));
    return [Tag.Undefined, 0];
  }

  /** The exceptions handlers received lately, newest last (unwind.ts, or compiled code's
   *  landing): a catch-all that throws the same value again rethrows it, keeping where it
   *  was first thrown (V8's ReThrow keeps the pending message), also when the `finally`
   *  body caught other exceptions meanwhile. */
  private readonly recentlyCaught: KilnThrow[] = [];

  /** Exception e reaches a handler: its value (valueOf), remembered for a rethrow. */
  caught(e: KilnThrow): Word {
    const value = this.valueOf(e);
    const recent = this.recentlyCaught;
    const at = recent.indexOf(e);
    if (at >= 0) recent.splice(at, 1);
    else if (recent.length === RECENTLY_CAUGHT_KEPT) recent.shift();
    recent.push(e);
    return value;
  }

  /** The exception to throw when a catch-all throws `value` again: the one it caught (the
   *  newest caught with this value). */
  rethrown(value: Word): KilnThrow | undefined {
    const recent = this.recentlyCaught;
    for (let i = recent.length - 1; i >= 0; i--) {
      const v = recent[i].value;
      if (v && v[0] === value[0] && v[1] === value[1]) return recent[i];
    }
    return undefined;
  }

  /** The language value of a caught exception: what was thrown, or for an error the runtime
   *  raised, a new error object of its kind (made once, then kept on the exception). */
  valueOf(e: KilnThrow): Word {
    if (!e.value) {
      const limit = this.stackTraceLimit();
      const stack = limit < 0 ? null : e.kilnStack.slice(0, limit);
      // node's own errors (code ERR_…) carry the code in their stack's header:
      // `TypeError [ERR_INVALID_ARG_TYPE]: …`, which console.log and an uncaught report show.
      const code = e.ownProperties?.find(([key]) => key === 'code')?.[1];
      const coded = typeof code === 'string' && code.startsWith('ERR_');
      const at = this.create(coded ? this.codedPrototype(e.errorName, code) : this.prototypes.get(e.errorName)!, e.errorMessage, stack);
      for (const [key, v] of e.ownProperties ?? []) {
        const w = typeof v === 'string' ? this.rt.str(v) : numberWord(v);
        this.rt.objects.setOwn(at, key, w[0], w[1]);
      }
      const header = e.stackHeader ?? (typeof code === 'string' && code.startsWith('ERR_') ? `${e.errorName} [${code}]: ${e.errorMessage}` : undefined);
      if (header !== undefined) {
        this.rt.heap.pushHandle(at);
        try {
          this.settleStackHeader(at, header);
        } finally {
          this.rt.heap.popHandle();
        }
      }
      e.value = [Tag.Ptr, at];
    }
    return e.value;
  }

  /** The prototype of node's errors of kind `name` with code `code` (made once). */
  private codedPrototype(name: ErrorName, code: string): number {
    const key = `${name} ${code}`;
    let proto = this.codedPrototypes.get(key);
    if (proto === undefined) {
      const rt = this.rt;
      proto = rt.objects.allocObject(this.prototypes.get(name)!);
      this.codedPrototypes.set(key, proto);
      const toString = rt.createNative({
        name: 'toString', length: 0,
        fn: (_rt, self) => rt.str(`${this.stringProperty(self, 'name', 'Error')} [${code}]: ${this.stringProperty(self, 'message', '')}`),
      });
      rt.objects.defineOwn(proto, 'toString', Tag.Ptr, toString, PropFlag.NonEnumerable);
    }
    return proto;
  }

  /** Error.prototype.toString. */
  errorToString(self: Word): string {
    if (self[0] !== Tag.Ptr || this.rt.heap.kindOf(self[1]) === Kind.String) {
      throw new KilnThrow('TypeError', `Method Error.prototype.toString called on incompatible receiver ${this.rt.describe(self[0], self[1])}`);
    }
    const name = this.stringProperty(self, 'name', 'Error');
    const message = this.stringProperty(self, 'message', '');
    if (!name) return message;
    if (!message) return name;
    return `${name}: ${message}`;
  }

  /** What an uncaught exception prints as its `Name: message` line (node prints the
   *  error's current name and message), or the value itself for a non-error. */
  describeUncaught(value: Word): string {
    const rt = this.rt;
    if (value[0] === Tag.Ptr && this.isError(value[1])) return this.errorToString(value);
    if (value[0] === Tag.Ptr && rt.heap.kindOf(value[1]) === Kind.String) return rt.toStringValue(value);
    return rt.describe(value[0], value[1]);
  }

  /** `obj[key]` for printing: data properties and an error's `stack`; other accessors read
   *  as undefined (printing runs inside a builtin, where no language code may run). */
  read(obj: number, key: string): Word {
    const { objects, props } = this.rt;
    const holder = props.findHolder(obj, key);
    if (holder === 0) return [Tag.Undefined, 0];
    if ((objects.rflags & PropFlag.Accessor) === 0) return [objects.rhi, objects.rlo];
    return holder === obj && this.isStackAccessor(objects.rlo) ? this.readStack([Tag.Ptr, obj]) : [Tag.Undefined, 0];
  }

  /** `key in obj`. */
  has(obj: number, key: string): boolean {
    return this.rt.props.has(Tag.Ptr, obj, key);
  }

  /** Was the object made by an error constructor (V8's IsNativeError)? kiln tells by its
   *  own `stack` of kiln's making (Error.captureStackTrace gives one to any object too). */
  isNativeError(obj: number): boolean {
    const { objects } = this.rt;
    return this.isError(obj) && objects.getOwn(obj, 'stack') && (objects.rflags & PropFlag.Accessor) !== 0 && this.isStackAccessor(objects.rlo);
  }

  /** Does the object have an error prototype on its chain? */
  isError(obj: number): boolean {
    const o = this.rt.objects;
    const errorProto = this.prototypes.get('Error')!;
    if (this.rt.heap.kindOf(obj) !== Kind.Object) return false;
    for (let p = o.shapeOf(obj).proto; p !== 0; p = o.shapeOf(p).proto) if (p === errorProto) return true;
    return false;
  }

  private stringProperty(self: Word, key: string, fallback: string): string {
    const rt = this.rt;
    rt.props.get(self[0], self[1], key);
    const w: Word = [rt.objects.rhi, rt.objects.rlo];
    return w[0] === Tag.Undefined ? fallback : rt.toStringValue(w);
  }

  roots(): number[] {
    const held = this.recentlyCaught.flatMap((e) => (e.value && e.value[0] === Tag.Ptr ? [e.value[1]] : []));
    return [...this.prototypes.values(), ...this.codedPrototypes.values(), this.stackGetter, this.stackSetter, ...held];
  }
}
