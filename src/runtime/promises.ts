// Promise: the constructor, then/catch/finally, resolve/reject/all/allSettled/race/any, and
// the jobs the spec defines (reaction jobs, thenable jobs) on the event loop's microtask
// queue, with node's unhandled-rejection rule (a promise still rejected without a handler
// when the ticks and microtasks have drained ends the process as an uncaught exception).
//
// A promise's slots are private-key properties (promise-state.ts). Its reactions are a heap
// array of triples (derived promise or undefined, onFulfilled, onRejected). The resolving
// functions `new Promise(executor)` hands out are native functions whose properties object
// holds, under private keys, their promise and the "already resolved" record they share: the
// collector sees everything a pending promise needs. A derived promise (then, and the
// combinators) is made directly with the prototype the species constructor's `prototype`
// gives; a subclass's constructor itself is not run for it.

import { KilnThrow, asLanguageException, thrownValue } from './errors';
import { describeReceiver } from './collections';
import type { ErrorObjects } from './error-objects';
import type { EventLoop } from './event-loop';
import { Kind, Tag } from './layout';
import { newPrivateKey } from './private-names';
import {
  PROMISE_HANDLED_KEY, PROMISE_REACTIONS_KEY, PROMISE_RESULT_KEY, PROMISE_STATE_KEY, PromiseState, promiseStateOf,
} from './promise-state';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const HIDDEN = PropFlag.NonEnumerable;
const TARGET_KEY = newPrivateKey('promise');
const RECORD_KEY = newPrivateKey('alreadyResolved');
const RESOLVED_KEY = newPrivateKey('resolved');
/** On a combinator's element function: its item's index, and the combinator's name. */
const ELEMENT_INDEX_KEY = newPrivateKey('elementIndex');
const ELEMENT_KIND_KEY = newPrivateKey('elementKind');

export class Promises {
  promiseProto = 0;
  promiseFn = 0;
  /** Native functions the jobs run as (one object each; the job's data are its arguments). */
  private reactionJob = 0;
  private thenableJob = 0;
  /** Rejected promises no handler has been attached to yet (node's pending unhandled list). */
  private unhandled: number[] = [];

  constructor(
    private readonly rt: RuntimeCore,
    private readonly errors: ErrorObjects,
    private readonly loop: EventLoop,
  ) {
    loop.onDrained(() => this.checkUnhandled());
  }

  roots(): number[] {
    return [this.promiseProto, this.promiseFn, this.reactionJob, this.thenableJob, ...this.unhandled].filter((x) => x !== 0);
  }

  isPromise(w: Word): boolean {
    return w[0] === Tag.Ptr && this.rt.convert.isObject(w) && promiseStateOf(this.rt.objects, w[1]) !== undefined;
  }

  // ---- the abstract operations ------------------------------------------------------------
  private create(proto: number): number {
    const o = this.rt.objects;
    const p = o.allocObject(proto);
    this.rt.heap.pushHandle(p);
    try {
      o.defineOwn(p, PROMISE_STATE_KEY, Tag.Int32, PromiseState.Pending, HIDDEN);
      o.defineOwn(p, PROMISE_RESULT_KEY, Tag.Undefined, 0, HIDDEN);
      o.defineOwn(p, PROMISE_REACTIONS_KEY, Tag.Ptr, this.rt.newArray([])[1], HIDDEN);
      o.defineOwn(p, PROMISE_HANDLED_KEY, Tag.Bool, 0, HIDDEN);
    } finally {
      this.rt.heap.popHandle();
    }
    return p;
  }

  private slot(p: number, key: string): Word {
    this.rt.objects.getOwn(p, key);
    return [this.rt.objects.rhi, this.rt.objects.rlo];
  }

  /** The resolve and reject functions of promise p (sharing one "already resolved" record). */
  private resolvingFunctions(p: number): [Word, Word] {
    const rt = this.rt;
    const o = rt.objects;
    const record = o.allocObject();
    rt.heap.pushHandle(record);
    try {
      o.defineOwn(record, RESOLVED_KEY, Tag.Bool, 0, HIDDEN);
      const make = (native: NativeMethod): Word => {
        const fn = rt.createNative(native);
        const bag = o.functionProperties(fn, true);
        o.defineOwn(bag, TARGET_KEY, Tag.Ptr, p, HIDDEN);
        o.defineOwn(bag, RECORD_KEY, Tag.Ptr, record, HIDDEN);
        return [Tag.Ptr, fn];
      };
      const resolve = make(this.resolvingNative(false));
      rt.heap.pushHandleWord(resolve);
      try {
        return [resolve, make(this.resolvingNative(true))];
      } finally {
        rt.heap.popHandle();
      }
    } finally {
      rt.heap.popHandle();
    }
  }

  private resolvingNative(reject: boolean): NativeMethod {
    return {
      name: '', length: 1,
      fn: (rt, _self, args, callee) => {
        const bag = rt.objects.functionProperties(callee, false);
        const p = this.slot(bag, TARGET_KEY)[1];
        const record = this.slot(bag, RECORD_KEY)[1];
        if (this.slot(record, RESOLVED_KEY)[1] === 1) return UNDEF;
        rt.objects.defineOwn(record, RESOLVED_KEY, Tag.Bool, 1, HIDDEN);
        if (reject) this.reject(p, args[0] ?? UNDEF);
        else this.resolve(p, args[0] ?? UNDEF);
        return UNDEF;
      },
    };
  }

  /** The promise resolve functions' steps: adopt a thenable's state, else fulfill. */
  resolve(p: number, resolution: Word): void {
    const rt = this.rt;
    if (resolution[0] === Tag.Ptr && resolution[1] === p) {
      this.reject(p, this.errorValue(new KilnThrow('TypeError', 'Chaining cycle detected for promise #<Promise>')));
      return;
    }
    if (!rt.convert.isObject(resolution)) {
      this.settle(p, PromiseState.Fulfilled, resolution);
      return;
    }
    let then: Word;
    try {
      then = rt.getProperty(resolution, 'then');
    } catch (e) {
      this.reject(p, this.caughtValue(e));
      return;
    }
    if (!rt.isCallable(then)) {
      this.settle(p, PromiseState.Fulfilled, resolution);
      return;
    }
    this.loop.enqueueMicrotask([Tag.Ptr, this.thenableJob], [[Tag.Ptr, p], resolution, then]);
  }

  reject(p: number, reason: Word): void {
    if (this.slot(p, PROMISE_HANDLED_KEY)[1] === 0) this.unhandled.push(p);
    this.settle(p, PromiseState.Rejected, reason);
  }

  private settle(p: number, state: PromiseState, value: Word): void {
    const o = this.rt.objects;
    if (this.slot(p, PROMISE_STATE_KEY)[1] !== PromiseState.Pending) return;
    const reactions = this.slot(p, PROMISE_REACTIONS_KEY)[1];
    o.defineOwn(p, PROMISE_STATE_KEY, Tag.Int32, state, HIDDEN);
    o.defineOwn(p, PROMISE_RESULT_KEY, value[0], value[1], HIDDEN);
    o.defineOwn(p, PROMISE_REACTIONS_KEY, Tag.Undefined, 0, HIDDEN);
    for (let i = 0, n = o.arrayLength(reactions); i < n; i += 3) this.enqueueReaction(reactions, i, state, value);
  }

  private enqueueReaction(reactions: number, i: number, state: PromiseState, value: Word): void {
    const o = this.rt.objects;
    const word = (k: number): Word => {
      o.getElement(reactions, k);
      return [o.rhi, o.rlo];
    };
    const handler = word(i + (state === PromiseState.Fulfilled ? 1 : 2));
    this.loop.enqueueMicrotask([Tag.Ptr, this.reactionJob], [word(i), handler, value, [Tag.Int32, state]]);
  }

  /** The function a pending promise's only reaction calls when it is fulfilled (an awaiting
   *  async function's resumption, for async stack traces), or 0. */
  soleFulfillReaction(p: number): number {
    if (this.slot(p, PROMISE_STATE_KEY)[1] !== PromiseState.Pending) return 0;
    const reactions = this.slot(p, PROMISE_REACTIONS_KEY);
    const o = this.rt.objects;
    if (reactions[0] !== Tag.Ptr || o.arrayLength(reactions[1]) !== 3) return 0;
    o.getElement(reactions[1], 1);
    return o.rhi === Tag.Ptr && this.rt.heap.kindOf(o.rlo) === Kind.Function ? o.rlo : 0;
  }

  /** When fn is the function Promise.all, allSettled, any or race settles item `index` with:
   *  the combinator's name, the index and the promise it returned (V8's `async Promise.all
   *  (index 1)` line of an async stack trace; race's settles its promise directly and has
   *  none); else null. */
  combinatorElement(fn: number): { readonly kind: string; readonly index: number; readonly result: number } | null {
    const o = this.rt.objects;
    const bag = o.functionProperties(fn, false);
    if (bag === 0 || !o.getOwn(bag, ELEMENT_INDEX_KEY)) return null;
    const index = o.rlo;
    const kind = this.slot(bag, ELEMENT_KIND_KEY);
    if (kind[0] !== Tag.Ptr) return null;
    return { kind: this.rt.heap.readString(kind[1]), index, result: this.slot(bag, TARGET_KEY)[1] };
  }

  /** PerformPromiseThen: a reaction now, or a job when p is settled already. */
  private then(p: number, onFulfilled: Word, onRejected: Word, derived: Word): void {
    const rt = this.rt;
    const o = rt.objects;
    const f = rt.isCallable(onFulfilled) ? onFulfilled : UNDEF;
    const r = rt.isCallable(onRejected) ? onRejected : UNDEF;
    const state = this.slot(p, PROMISE_STATE_KEY)[1] as PromiseState;
    if (state === PromiseState.Pending) {
      const reactions = this.slot(p, PROMISE_REACTIONS_KEY)[1];
      for (const w of [derived, f, r]) o.push(reactions, w[0], w[1]);
    } else {
      if (state === PromiseState.Rejected && this.slot(p, PROMISE_HANDLED_KEY)[1] === 0) this.unhandled = this.unhandled.filter((u) => u !== p);
      const value = this.slot(p, PROMISE_RESULT_KEY);
      const holder = rt.newArray([derived, f, r])[1];
      this.enqueueReaction(holder, 0, state, value);
    }
    o.defineOwn(p, PROMISE_HANDLED_KEY, Tag.Bool, 1, HIDDEN);
  }

  /** A new pending promise (an async function's). */
  newPromise(): number {
    return this.create(this.promiseProto);
  }

  /** Await's steps: PerformPromiseThen(PromiseResolve(%Promise%, value), onFulfilled,
   *  onRejected) with no derived promise. */
  awaitValue(value: Word, onFulfilled: Word, onRejected: Word): void {
    const p = this.promiseResolve([Tag.Ptr, this.promiseFn], value);
    this.then(p[1], onFulfilled, onRejected, UNDEF);
  }

  /** The prototype of the promise `then` derives from p (its species constructor's). */
  private derivedProto(p: Word): number {
    const rt = this.rt;
    const c = rt.getProperty(p, 'constructor');
    if (c[0] === Tag.Undefined) return this.promiseProto;
    if (!rt.convert.isObject(c)) throw new KilnThrow('TypeError', 'The .constructor property is not an object');
    const s = rt.getProperty(c, rt.symbols.wellKnownKey('species'));
    if (s[0] === Tag.Undefined || s[0] === Tag.Null || (s[0] === Tag.Ptr && s[1] === this.promiseFn)) return this.promiseProto;
    const proto = rt.getProperty(s, 'prototype');
    return rt.convert.isObject(proto) ? proto[1] : this.promiseProto;
  }

  private thenMethod(self: Word, onFulfilled: Word, onRejected: Word): Word {
    if (!this.isPromise(self)) {
      throw new KilnThrow('TypeError', `Method Promise.prototype.then called on incompatible receiver ${describeReceiver(this.rt.collections, self[0], self[1])}`);
    }
    const derived = this.create(this.derivedProto(self));
    this.then(self[1], onFulfilled, onRejected, [Tag.Ptr, derived]);
    return [Tag.Ptr, derived];
  }

  /** PromiseResolve(%Promise%, x): x itself when it is a promise of this constructor. */
  private promiseResolve(c: Word, x: Word): Word {
    if (this.isPromise(x)) {
      const ctor = this.rt.getProperty(x, 'constructor');
      if (ctor[0] === c[0] && ctor[1] === c[1]) return x;
    }
    const p = this.create(this.protoFor(c));
    this.rt.heap.pushHandle(p);
    try {
      this.resolve(p, x);
    } finally {
      this.rt.heap.popHandle();
    }
    return [Tag.Ptr, p];
  }

  private protoFor(c: Word): number {
    if (c[0] === Tag.Ptr && c[1] === this.promiseFn) return this.promiseProto;
    if (!this.rt.convert.isObject(c)) throw new KilnThrow('TypeError', 'PromiseResolve called on non-object');
    const proto = this.rt.getProperty(c, 'prototype');
    return this.rt.convert.isObject(proto) ? proto[1] : this.promiseProto;
  }

  /** The language value of what a native threw (a host error propagates as it is). */
  caughtValue(e: unknown): Word {
    const language = asLanguageException(e);
    if (language === undefined) throw e;
    return this.errorValue(language);
  }

  private errorValue(e: KilnThrow): Word {
    return this.errors.valueOf(e);
  }

  /** process 'unhandledRejection' listeners, if any, for (reason, promise): true when there
   *  were some (the runtime sets it: process-natives.ts). */
  unhandledRejection: (reason: Word, promise: number) => boolean = () => false;

  /** node: a rejection still unhandled once the queues drained goes to the process's
   *  'unhandledRejection' listeners, or else is an uncaught exception. */
  private checkUnhandled(): void {
    const still = this.unhandled.filter((p) => this.slot(p, PROMISE_HANDLED_KEY)[1] === 0);
    this.unhandled = [];
    for (const p of still) {
      const reason = this.slot(p, PROMISE_RESULT_KEY) as [number, number];
      if (this.unhandledRejection(reason, p)) continue;
      const e = thrownValue(this.rt.isObjectWord(reason) && this.errors.isError(reason[1]) ? reason : this.unhandledRejectionError(reason));
      e.origin = 'unhandledRejection';
      throw e;
    }
  }

  /** node's UnhandledPromiseRejection error for a reason that is no Error (what an uncaught
   *  exception handler gets, and what the report shows). */
  private unhandledRejectionError(reason: Word): Word {
    const rt = this.rt;
    const shown = rt.isObjectWord(reason) ? `#<${rt.objects.isArray(...reason) ? 'Array' : 'Object'}>`
      : rt.isSymbol(reason) ? rt.symbols.text(reason[1]) : rt.toStringValue(reason);
    const message = 'This error originated either by throwing inside of an async function without a catch block, ' +
      `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${shown}".`;
    const error = this.errors.create(this.errors.prototypes.get('Error')!, message, []);
    rt.heap.pushHandle(error);
    try {
      rt.objects.defineOwn(error, 'name', Tag.Ptr, rt.heap.internString('UnhandledPromiseRejection'), PropFlag.NonEnumerable);
      rt.objects.defineOwn(error, 'code', Tag.Ptr, rt.heap.internString('ERR_UNHANDLED_REJECTION'), 0);
    } finally {
      rt.heap.popHandle();
    }
    return [Tag.Ptr, error];
  }

  // ---- the jobs -----------------------------------------------------------------------------
  private jobs(): void {
    const rt = this.rt;
    this.reactionJob = rt.createNative({
      name: 'PromiseReactionJob', endsStack: true,
      fn: (_rt, _self, args) => {
        const [derived, handler, argument, state] = args;
        let result: Word;
        let rejected = false;
        if (handler[0] === Tag.Undefined) {
          result = argument;
          rejected = state[1] === PromiseState.Rejected;
        } else {
          try {
            result = rt.invoker.call(handler, UNDEF, [argument]);
          } catch (e) {
            result = this.caughtValue(e);
            rejected = true;
          }
        }
        if (derived[0] !== Tag.Ptr) return UNDEF;
        rt.heap.pushHandleWord(result);
        try {
          if (rejected) this.reject(derived[1], result);
          else this.resolve(derived[1], result);
        } finally {
          rt.heap.popHandle();
        }
        return UNDEF;
      },
    });
    this.thenableJob = rt.createNative({
      name: 'PromiseResolveThenableJob', endsStack: true,
      fn: (_rt, _self, args) => {
        const [p, thenable, then] = args;
        this.callWithResolvingFunctions(p[1], then, thenable);
        return UNDEF;
      },
    });
  }

  /** fn.call(thisArg, resolve, reject) with promise p's resolving functions; what fn throws
   *  rejects p (unless it was resolved already). */
  private callWithResolvingFunctions(p: number, fn: Word, thisArg: Word): void {
    const rt = this.rt;
    const [resolve, reject] = this.resolvingFunctions(p);
    rt.heap.pushHandleWord(resolve);
    rt.heap.pushHandleWord(reject);
    try {
      rt.invoker.call(fn, thisArg, [resolve, reject]);
    } catch (e) {
      rt.invoker.call(reject, UNDEF, [this.caughtValue(e)]);
    } finally {
      rt.heap.popHandle();
      rt.heap.popHandle();
    }
  }

  // ---- the library --------------------------------------------------------------------------
  /** Makes Promise and its prototype; `define` installs methods on a holder. */
  install(define: (holder: number, methods: readonly NativeMethod[]) => void, tag: (holder: number, text: string) => void): number {
    const rt = this.rt;
    const o = rt.objects;
    this.jobs();
    this.promiseProto = o.allocObject(o.objectProto);
    this.promiseFn = rt.createNative({
      name: 'Promise', length: 1,
      fn: () => { throw new KilnThrow('TypeError', "Promise constructor cannot be invoked without 'new'"); },
      construct: (r, args, newTarget) => {
        const executor = args[0] ?? UNDEF;
        if (!r.isCallable(executor)) throw new KilnThrow('TypeError', `Promise resolver ${r.describe(executor[0], executor[1])} is not a function`);
        const p = this.create(r.prototypeForNew(newTarget));
        r.heap.pushHandle(p);
        // V8 lists the constructor's frame under the executor's.
        r.nextHostFrameLabel = 'new Promise';
        try {
          this.callWithResolvingFunctions(p, executor, UNDEF);
        } finally {
          r.nextHostFrameLabel = null;
          r.heap.popHandle();
        }
        return [Tag.Ptr, p];
      },
    });
    rt.props.define(this.promiseFn, 'prototype', Tag.Ptr, this.promiseProto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
    o.defineOwn(this.promiseProto, 'constructor', Tag.Ptr, this.promiseFn, PropFlag.NonEnumerable);
    define(this.promiseProto, [
      { name: 'then', length: 2, fn: (_r, self, args) => this.thenMethod(self, args[0] ?? UNDEF, args[1] ?? UNDEF) },
      {
        name: 'catch', length: 1,
        fn: (r, self, args) => r.invoker.call(r.getProperty(self, 'then'), self, [UNDEF, args[0] ?? UNDEF]),
      },
      { name: 'finally', length: 1, fn: (r, self, args) => this.finallyMethod(r, self, args[0] ?? UNDEF) },
    ]);
    define(this.promiseFn, [
      { name: 'resolve', length: 1, fn: (_r, self, args) => this.promiseResolve(self, args[0] ?? UNDEF) },
      {
        name: 'reject', length: 1,
        fn: (_r, self, args) => {
          const p = this.create(this.protoFor(self));
          this.reject(p, args[0] ?? UNDEF);
          return [Tag.Ptr, p];
        },
      },
      { name: 'all', length: 1, fn: (_r, self, args) => this.combinator(self, args[0] ?? UNDEF, 'all') },
      { name: 'allSettled', length: 1, fn: (_r, self, args) => this.combinator(self, args[0] ?? UNDEF, 'allSettled') },
      { name: 'any', length: 1, fn: (_r, self, args) => this.combinator(self, args[0] ?? UNDEF, 'any') },
      { name: 'race', length: 1, fn: (_r, self, args) => this.combinator(self, args[0] ?? UNDEF, 'race') },
    ]);
    // Promise[Symbol.species]: `this`, so a subclass's then derives promises of the subclass.
    const species = rt.createNative({ name: 'get [Symbol.species]', fn: (_r, self) => self });
    rt.props.define(this.promiseFn, rt.symbols.wellKnownKey('species'), Tag.Ptr, species, PropFlag.NonEnumerable, 'get');
    tag(this.promiseProto, 'Promise');
    return this.promiseFn;
  }

  /** Promise.prototype.finally: onFinally runs with no argument, then the original outcome
   *  passes through (unless onFinally throws or its promise rejects). */
  private finallyMethod(rt: RuntimeCore, self: Word, onFinally: Word): Word {
    const then = rt.getProperty(self, 'then');
    if (!rt.isCallable(onFinally)) return rt.invoker.call(then, self, [onFinally, onFinally]);
    const pass = (rejected: boolean): Word => {
      const fn = rt.createNative({
        name: '', length: 1,
        fn: (r, _s, args, callee) => {
          const bag = r.objects.functionProperties(callee, false);
          const handler = this.slot(bag, TARGET_KEY);
          const result = r.invoker.call(handler, UNDEF, []);
          const value = args[0] ?? UNDEF;
          const promise = this.promiseResolve([Tag.Ptr, this.promiseFn], result);
          const back = r.createNative({ name: '', length: 0, fn: () => { if (rejected) throw thrownValue(value as [number, number]); return value; } });
          // The outcome rides in the native's closure; it is kept alive by the reaction.
          r.objects.defineOwn(r.objects.functionProperties(back, true), TARGET_KEY, value[0], value[1], HIDDEN);
          return this.thenMethod(promise, [Tag.Ptr, back], UNDEF);
        },
      });
      rt.objects.defineOwn(rt.objects.functionProperties(fn, true), TARGET_KEY, onFinally[0], onFinally[1], HIDDEN);
      return [Tag.Ptr, fn];
    };
    const onFulfilled = pass(false);
    rt.heap.pushHandleWord(onFulfilled);
    try {
      return rt.invoker.call(then, self, [onFulfilled, pass(true)]);
    } finally {
      rt.heap.popHandle();
    }
  }

  /** Promise.all / allSettled / any / race over the iterable's items, each through
   *  Promise.resolve; the result promise is settled by the items' reactions. */
  private combinator(c: Word, iterable: Word, kind: 'all' | 'allSettled' | 'any' | 'race'): Word {
    const rt = this.rt;
    const o = rt.objects;
    const result = this.create(this.protoFor(c));
    rt.heap.pushHandle(result);
    try {
      let items: number;
      try {
        items = rt.iterableToArray(iterable[0], iterable[1]);
      } catch (e) {
        const language = asLanguageException(e);
        if (language === undefined) throw e;
        if (language.errorMessage.endsWith('is not iterable')) {
          this.reject(result, this.errorValue(new KilnThrow('TypeError', this.rt.notIterableMessage(iterable))));
        } else {
          this.reject(result, this.errorValue(language));
        }
        return [Tag.Ptr, result];
      }
      rt.heap.pushHandle(items);
      const n = o.arrayLength(items);
      const values = rt.newArray([])[1];
      rt.heap.pushHandle(values);
      try {
        for (let i = 0; i < n; i++) o.push(values, Tag.Undefined, 0);
        if (n === 0 && kind !== 'race') {
          if (kind === 'any') this.reject(result, this.aggregate(values));
          else this.settle(result, PromiseState.Fulfilled, [Tag.Ptr, values]);
          return [Tag.Ptr, result];
        }
        const remaining = o.allocObject();
        o.defineOwn(remaining, RESOLVED_KEY, Tag.Int32, n, HIDDEN);
        for (let i = 0; i < n; i++) {
          o.getElement(items, i);
          const item: Word = [o.rhi, o.rlo];
          const p = this.promiseResolve(c, item);
          rt.heap.pushHandleWord(p);
          try {
            const onFulfilled = this.element(kind, 'fulfilled', result, values, remaining, i);
            rt.heap.pushHandleWord(onFulfilled);
            try {
              const onRejected = this.element(kind, 'rejected', result, values, remaining, i);
              rt.invoker.call(rt.getProperty(p, 'then'), p, [onFulfilled, onRejected]);
            } finally {
              rt.heap.popHandle();
            }
          } finally {
            rt.heap.popHandle();
          }
        }
      } finally {
        rt.heap.popHandle();
        rt.heap.popHandle();
      }
    } catch (e) {
      this.reject(result, this.caughtValue(e));
    } finally {
      rt.heap.popHandle();
    }
    return [Tag.Ptr, result];
  }

  private aggregate(errors: number): Word {
    const e = new KilnThrow('AggregateError', 'All promises were rejected');
    const value = this.errorValue(e);
    this.rt.objects.defineOwn(value[1], 'errors', Tag.Ptr, errors, PropFlag.NonEnumerable);
    return value;
  }

  /** The reaction of item i for a combinator: records its outcome, and settles the result
   *  when the combinator's rule says so. */
  private element(kind: 'all' | 'allSettled' | 'any' | 'race', outcome: 'fulfilled' | 'rejected', result: number, values: number, remaining: number, i: number): Word {
    const rt = this.rt;
    const o = rt.objects;
    const fn = rt.createNative({
      name: '', length: 1,
      fn: (r, _s, args, callee) => {
        const bag = o.functionProperties(callee, false);
        const [res, vals, rem] = [this.slot(bag, TARGET_KEY)[1], this.slot(bag, RECORD_KEY)[1], this.slot(bag, RESOLVED_KEY)[1]];
        const done = this.slot(bag, PROMISE_HANDLED_KEY)[1] === 1;
        const value = args[0] ?? UNDEF;
        if (kind === 'race') {
          if (outcome === 'fulfilled') this.resolve(res, value);
          else this.reject(res, value);
          return UNDEF;
        }
        if (done) return UNDEF;
        // The item's two reactions share `done` through its `remaining` bookkeeping below.
        o.defineOwn(bag, PROMISE_HANDLED_KEY, Tag.Bool, 1, HIDDEN);
        const settleNow = (kind === 'all' && outcome === 'rejected') || (kind === 'any' && outcome === 'fulfilled');
        if (settleNow) {
          if (outcome === 'rejected') this.reject(res, value);
          else this.resolve(res, value);
          return UNDEF;
        }
        let stored = value;
        if (kind === 'allSettled') {
          const entry = o.allocObject();
          r.heap.pushHandle(entry);
          try {
            o.setOwn(entry, 'status', Tag.Ptr, r.str(outcome)[1]);
            o.setOwn(entry, outcome === 'fulfilled' ? 'value' : 'reason', value[0], value[1]);
          } finally {
            r.heap.popHandle();
          }
          stored = [Tag.Ptr, entry];
        }
        o.setElement(vals, i, stored[0], stored[1]);
        const left = this.slot(rem, RESOLVED_KEY)[1] - 1;
        o.defineOwn(rem, RESOLVED_KEY, Tag.Int32, left, HIDDEN);
        if (left === 0) {
          if (kind === 'any') this.reject(res, this.aggregate(vals));
          else this.settle(res, PromiseState.Fulfilled, [Tag.Ptr, vals]);
        }
        return UNDEF;
      },
    });
    const bag = o.functionProperties(fn, true);
    o.defineOwn(bag, TARGET_KEY, Tag.Ptr, result, HIDDEN);
    o.defineOwn(bag, RECORD_KEY, Tag.Ptr, values, HIDDEN);
    o.defineOwn(bag, RESOLVED_KEY, Tag.Ptr, remaining, HIDDEN);
    o.defineOwn(bag, PROMISE_HANDLED_KEY, Tag.Bool, 0, HIDDEN);
    o.defineOwn(bag, ELEMENT_INDEX_KEY, Tag.Int32, i, HIDDEN);
    o.defineOwn(bag, ELEMENT_KIND_KEY, Tag.Ptr, rt.str(kind)[1], HIDDEN);
    return [Tag.Ptr, fn];
  }
}
