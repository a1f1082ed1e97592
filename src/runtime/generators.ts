// Generator objects and the frames they keep: generators (function*) and async functions.
//
// A generator's activation runs on the VM stack like any other; when it suspends (Suspend,
// bytecode/opcodes.ts) its frame — header and every register — is copied into a heap
// array the generator object holds, and the frame returns. Resuming writes the frame back
// at the top of the VM stack and runs the interpreter from the saved place (the
// interpreter's FrameResumer): with the sent value in the Suspend's dst register for
// next(v), at the Suspend with v thrown for throw(v), at the Suspend's return path for
// return(v). So the frame layout, the GC (the array is an ordinary traced array) and
// exception handling are the ordinary ones; nothing runs on a second stack. The JIT
// declines functions that suspend: they run in the interpreter.
//
// An async function is a generator the runtime drives: its generator object also holds its
// promise and two native functions (fulfilled, rejected) that resume it; `await v` makes
// them a reaction to PromiseResolve(v), as the spec's Await does, so a resume takes the
// same microtask turns as node's.
//
// An async generator is both: its requests (next/return/throw, each with the promise it
// returned) wait in a queue; the front one is resumed, and is settled when the body yields,
// returns or throws — an `await` in between suspends it as in an async function, and the
// next request resumes it only once the front one is settled (AsyncGeneratorDrainQueue).
//
// The generator's slots are private-key properties (as promises keep theirs). The await
// reactions are clones of one native function per kind, each knowing its generator.

import { describeReceiver } from './collections';
import { KilnThrow } from './errors';
import { ElementsKind, Frame, Kind, Tag } from './layout';
import { newPrivateKey } from './private-names';
import type { ObjectModel } from './objects';
import type { Promises } from './promises';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const HIDDEN = PropFlag.NonEnumerable;
const STATE_KEY = newPrivateKey('[[GeneratorState]]');

/** Is object `at` a generator or async generator object (util.types.isGeneratorObject)? */
export function isGeneratorObject(objects: Pick<ObjectModel, 'getOwn'>, at: number): boolean {
  return objects.getOwn(at, STATE_KEY);
}
const FRAME_KEY = newPrivateKey('[[GeneratorFrame]]');
const PROMISE_KEY = newPrivateKey('[[AsyncFunctionPromise]]');
const ON_FULFILLED_KEY = newPrivateKey('[[AwaitFulfilled]]');
const ON_REJECTED_KEY = newPrivateKey('[[AwaitRejected]]');
const TARGET_KEY = newPrivateKey('generator');
const QUEUE_KEY = newPrivateKey('[[AsyncGeneratorQueue]]');
const RETURN_FULFILLED_KEY = newPrivateKey('[[AwaitReturnFulfilled]]');
const RETURN_REJECTED_KEY = newPrivateKey('[[AwaitReturnRejected]]');

const enum State {
  SuspendedStart = 0,
  SuspendedYield = 1,
  Executing = 2,
  Completed = 3,
  AwaitingReturn = 4, // an async generator awaiting a return(v) request's value after completing
}

/** What a suspended frame's array holds, in order; the registers follow. */
const enum Saved {
  Closure = 0,
  This = 1,
  Argc = 2,
  Pc = 3, // the Suspend's offset
  Dst = 4,
  OnReturn = 5,
  Flags = 6,
  Registers = 7,
}

export const enum ResumeMode {
  Next = 0,
  Throw = 1,
  Return = 2,
}

/** Suspend flags (codegen/suspension.ts). */
const RAW_RESULT = 1;
/** The Suspend of an `await`: an async generator stays executing until it resumes. */
const AWAITING = 2;
/** Words of a Suspend and the Return after it: where a next(v) resumes. */
const SUSPEND_AND_RETURN_WORDS = 8;

/** An async function suspended at an await, in an async stack trace. */
export interface AsyncCaller {
  readonly closure: number;
  readonly receiver: Word;
  readonly pc: number;
  /** A combinator awaited in between (`Promise.all (index 1)`): closure is 0 then. */
  readonly label?: string;
}

/** The interpreter's half: runs a saved frame from `pc` (throwing `throwing` there first)
 *  until it returns or suspends; its result. */
export interface FrameResumer {
  resume(saved: number, pc: number, throwing: Word | undefined): Word;
}

export class Generators {
  generatorProto = 0;
  asyncGeneratorProto = 0;
  resumer!: FrameResumer;
  /** The native await reactions, cloned per generator: fulfilled, rejected, and an async
   *  generator's return(v)-after-completion pair. */
  private reactions: number[] = [];

  constructor(
    private readonly rt: RuntimeCore,
    private readonly promises: Promises,
  ) {}

  roots(): number[] {
    return this.generatorProto === 0 ? [] : [this.generatorProto, this.asyncGeneratorProto, ...this.reactions, ...this.functionProtos];
  }

  // ---- the instructions ---------------------------------------------------------------------
  /** CreateGenerator: the generator object of the activation at fp (flavor 0: generator,
   *  1: async function, 2: async generator). */
  create(fp: number, registerCount: number, flavor: number): number {
    const rt = this.rt;
    const o = rt.objects;
    const u32 = rt.heap.u32;
    const w = fp >> 2;
    const closure = u32[w + 2 * Frame.functionSlot];
    let proto = o.objectProto;
    if (flavor !== 1) {
      const p = rt.getProperty([Tag.Ptr, closure], 'prototype');
      proto = rt.convert.isObject(p) ? p[1] : flavor === 0 ? this.generatorProto : this.asyncGeneratorProto;
    }
    const gen = o.allocObject(proto);
    const saved = o.allocArray(Saved.Registers + registerCount, Saved.Registers + registerCount, ElementsKind.Any | ElementsKind.HoleyBit);
    const s = o.elementWord(saved, 0);
    setWord(u32, s, Saved.Closure, Tag.Ptr, closure);
    setWord(u32, s, Saved.This, u32[w + 2 * Frame.thisSlot + 1], u32[w + 2 * Frame.thisSlot]);
    setWord(u32, s, Saved.Argc, Tag.Int32, u32[w + 2 * Frame.argcSlot]);
    o.defineOwn(gen, STATE_KEY, Tag.Int32, State.SuspendedStart, HIDDEN);
    o.defineOwn(gen, FRAME_KEY, Tag.Ptr, saved, HIDDEN);
    if (flavor !== 0) this.makeAsync(gen, flavor === 2);
    return gen;
  }

  /** Suspend at offset pc of the frame at fp: the frame goes into generator `gen`. */
  suspend(gen: number, fp: number, registerCount: number, pc: number, dst: number, onReturn: number, flags: number): void {
    const o = this.rt.objects;
    const u32 = this.rt.heap.u32;
    const saved = this.slot(gen, FRAME_KEY)[1];
    const s = o.elementWord(saved, 0);
    setWord(u32, s, Saved.Pc, Tag.Int32, pc);
    setWord(u32, s, Saved.Dst, Tag.Int32, dst);
    setWord(u32, s, Saved.OnReturn, Tag.Int32, onReturn);
    setWord(u32, s, Saved.Flags, Tag.Int32, flags);
    const from = (fp >> 2) + 2 * Frame.headerSlots;
    u32.copyWithin(s + 2 * Saved.Registers, from, from + 2 * registerCount);
    // (The first stop, in the prologue, leaves it suspended at the start.)
    if (this.state(gen) === State.Executing) this.setState(gen, State.SuspendedYield);
  }

  /** The function object a saved frame runs. */
  savedClosure(saved: number): number {
    return this.rt.heap.u32[this.rt.objects.elementWord(saved, Saved.Closure)];
  }

  /** Writes saved frame `saved` at fp (entered from the host: returnPc -1). */
  restoreFrame(saved: number, fp: number, registerCount: number): void {
    const u32 = this.rt.heap.u32;
    const s = this.rt.objects.elementWord(saved, 0);
    const w = fp >> 2;
    u32[w + 2 * Frame.functionSlot] = u32[s + 2 * Saved.Closure];
    u32[w + 2 * Frame.functionSlot + 1] = Tag.Ptr;
    u32[w + 2 * Frame.callerFpSlot] = 0;
    this.rt.heap.i32[w + 2 * Frame.returnPcSlot] = -1;
    u32[w + 2 * Frame.argcSlot] = u32[s + 2 * Saved.Argc];
    u32[w + 2 * Frame.thisSlot] = u32[s + 2 * Saved.This];
    u32[w + 2 * Frame.thisSlot + 1] = u32[s + 2 * Saved.This + 1];
    const to = w + 2 * Frame.headerSlots;
    u32.copyWithin(to, s + 2 * Saved.Registers, s + 2 * (Saved.Registers + registerCount));
  }

  // ---- resuming -----------------------------------------------------------------------------
  /** GeneratorResume / GeneratorResumeAbrupt: runs the generator on with `value` sent the
   *  `mode` way; the iterator result (or, for a frame that yields a result as it is, that). */
  resume(self: Word, mode: ResumeMode, value: Word, method: string): Word {
    const rt = this.rt;
    const gen = self[1];
    if (self[0] !== Tag.Ptr || rt.heap.kindOf(gen) !== Kind.Object || !rt.objects.getOwn(gen, STATE_KEY)) {
      throw new KilnThrow('TypeError', `Method [Generator].prototype.${method} called on incompatible receiver ${describeReceiver(rt.collections, self[0], self[1])}`);
    }
    const state = rt.objects.rlo as State;
    if (state === State.Executing) throw new KilnThrow('TypeError', 'Generator is already running');
    if (state === State.SuspendedStart && mode !== ResumeMode.Next) this.complete(gen);
    if (state === State.Completed || (state === State.SuspendedStart && mode !== ResumeMode.Next)) {
      if (mode === ResumeMode.Throw) throw this.throwing(value);
      return this.iterResult(mode === ResumeMode.Return ? value : UNDEF, true);
    }
    const { flags, result, done } = this.run(gen, mode, value);
    if (!done && (flags & RAW_RESULT) !== 0) return result;
    return this.iterResult(result, done);
  }

  /** Runs generator gen from where it stopped; what it yielded or returned. */
  private run(gen: number, mode: ResumeMode, value: Word): { flags: number; result: Word; done: boolean } {
    const rt = this.rt;
    const o = rt.objects;
    const u32 = rt.heap.u32;
    const saved = this.slot(gen, FRAME_KEY)[1];
    const s = o.elementWord(saved, 0);
    const suspendPc = u32[s + 2 * Saved.Pc];
    let pc = suspendPc + SUSPEND_AND_RETURN_WORDS;
    if (mode === ResumeMode.Return) pc = u32[s + 2 * Saved.OnReturn];
    if (mode === ResumeMode.Throw) pc = suspendPc;
    if (mode !== ResumeMode.Throw) {
      setWord(u32, s, Saved.Registers + u32[s + 2 * Saved.Dst], value[0], value[1]);
    }
    this.setState(gen, State.Executing);
    let result: Word;
    try {
      result = this.resumer.resume(saved, pc, mode === ResumeMode.Throw ? value : undefined);
    } catch (e) {
      this.complete(gen);
      throw e;
    }
    const done = this.state(gen) === State.Executing;
    if (done) this.complete(gen);
    return { flags: done ? 0 : u32[o.elementWord(saved, Saved.Flags)], result, done };
  }

  private complete(gen: number): void {
    this.setState(gen, State.Completed);
  }

  private throwing(value: Word): KilnThrow {
    const e = new KilnThrow('Error', '');
    e.value = [value[0], value[1]];
    return e;
  }

  private iterResult(value: Word, done: boolean): Word {
    const o = this.rt.objects;
    const result = o.allocObject();
    o.setOwn(result, 'value', value[0], value[1]);
    o.setOwn(result, 'done', Tag.Bool, done ? 1 : 0);
    return [Tag.Ptr, result];
  }

  private slot(at: number, key: string): Word {
    this.rt.objects.getOwn(at, key);
    return [this.rt.objects.rhi, this.rt.objects.rlo];
  }

  // ---- async functions ------------------------------------------------------------------------
  private makeAsync(gen: number, generator: boolean): void {
    const o = this.rt.objects;
    this.rt.heap.pushHandle(gen);
    try {
      if (generator) o.defineOwn(gen, QUEUE_KEY, Tag.Ptr, o.allocArray(0, 4, ElementsKind.Any), HIDDEN);
      else o.defineOwn(gen, PROMISE_KEY, Tag.Ptr, this.promises.newPromise(), HIDDEN);
      this.attachReactions(gen, [ON_FULFILLED_KEY, ON_REJECTED_KEY], 0);
    } finally {
      this.rt.heap.popHandle();
    }
  }

  /** Clones of reactions[first..] for generator gen, under `keys`. */
  private attachReactions(gen: number, keys: readonly string[], first: number): void {
    const o = this.rt.objects;
    keys.forEach((key, i) => {
      const fn = this.rt.cloneFunction(this.reactions[first + i]);
      o.defineOwn(o.functionProperties(fn, true), TARGET_KEY, Tag.Ptr, gen, HIDDEN);
      o.defineOwn(gen, key, Tag.Ptr, fn, HIDDEN);
    });
  }

  /** V8's async stack trace below the frames of an async function that `callee` (an await
   *  reaction) resumed: the async functions awaiting its promise, each awaiting the next
   *  one's, innermost first, each with its receiver and the offset it is suspended at. */
  asyncCallers(callee: number): AsyncCaller[] {
    const o = this.rt.objects;
    const u32 = this.rt.heap.u32;
    const callers: AsyncCaller[] = [];
    const generatorOf = (fn: number): number => {
      const bag = o.functionProperties(fn, false);
      return bag !== 0 && o.getOwn(bag, TARGET_KEY) && o.rhi === Tag.Ptr ? o.rlo : 0;
    };
    for (let gen = generatorOf(callee); gen !== 0 && callers.length < 64;) {
      if (!o.getOwn(gen, PROMISE_KEY) || o.rhi !== Tag.Ptr) break; // an async generator: V8 stops too
      let awaiter = this.promises.soleFulfillReaction(o.rlo);
      // Through Promise.all/allSettled/any/race to what awaits the promise it returned.
      for (let element = awaiter === 0 ? null : this.promises.combinatorElement(awaiter); element !== null && callers.length < 64; element = awaiter === 0 ? null : this.promises.combinatorElement(awaiter)) {
        if (element.kind !== 'race') callers.push({ closure: 0, receiver: UNDEF, pc: 0, label: `Promise.${element.kind} (index ${element.index})` });
        awaiter = this.promises.soleFulfillReaction(element.result);
      }
      gen = awaiter === 0 ? 0 : generatorOf(awaiter);
      if (gen === 0) break;
      const saved = this.slot(gen, FRAME_KEY)[1];
      const self = o.elementWord(saved, Saved.This);
      callers.push({ closure: this.savedClosure(saved), receiver: [u32[self + 1], u32[self]], pc: u32[o.elementWord(saved, Saved.Pc)] });
    }
    return callers;
  }

  private targetOf(callee: number): number {
    return this.slot(this.rt.objects.functionProperties(callee, false), TARGET_KEY)[1];
  }

  private awaitReaction(mode: ResumeMode): NativeMethod {
    return {
      name: '', length: 1, endsStack: true,
      fn: (rt, _self, args, callee) => {
        const gen = this.targetOf(callee);
        if (!rt.objects.getOwn(gen, QUEUE_KEY)) {
          this.run(gen, mode, args[0] ?? UNDEF);
          return UNDEF;
        }
        this.asyncGeneratorStep(gen, mode, args[0] ?? UNDEF);
        this.drainAsyncGenerator(gen);
        return UNDEF;
      },
    };
  }

  /** AsyncAwait: the rest of the async function runs when PromiseResolve(value) settles. */
  await(gen: Word, value: Word): Word {
    this.promises.awaitValue(value, this.slot(gen[1], ON_FULFILLED_KEY), this.slot(gen[1], ON_REJECTED_KEY));
    return this.slot(gen[1], PROMISE_KEY);
  }

  /** AsyncResolve / AsyncReject: the async function's promise, settled. */
  settle(gen: Word, value: Word, rejected: boolean): Word {
    const promise = this.slot(gen[1], PROMISE_KEY);
    if (rejected) this.promises.reject(promise[1], value);
    else this.promises.resolve(promise[1], value);
    return promise;
  }

  // ---- async generators ------------------------------------------------------------------------
  /** AsyncGenerator.prototype.next/return/throw: AsyncGeneratorEnqueue, then the generator
   *  runs if it is waiting; the request's promise. */
  enqueue(self: Word, mode: ResumeMode, value: Word, method: string): Word {
    const rt = this.rt;
    const o = rt.objects;
    const promise = this.promises.newPromise();
    if (self[0] !== Tag.Ptr || rt.heap.kindOf(self[1]) !== Kind.Object || !o.getOwn(self[1], QUEUE_KEY)) {
      const e = new KilnThrow('TypeError', `Method [AsyncGenerator].prototype.${method} called on incompatible receiver ${rt.describe(self[0], self[1])}`);
      this.promises.reject(promise, this.promises.caughtValue(e));
      return [Tag.Ptr, promise];
    }
    const gen = self[1];
    rt.heap.pushHandle(promise);
    try {
      const queue = o.rlo;
      o.push(queue, Tag.Int32, mode);
      o.push(queue, value[0], value[1]);
      o.push(queue, Tag.Ptr, promise);
      this.drainAsyncGenerator(gen);
    } finally {
      rt.heap.popHandle();
    }
    return [Tag.Ptr, promise];
  }

  private state(gen: number): State {
    return this.slot(gen, STATE_KEY)[1] as State;
  }

  private setState(gen: number, state: State): void {
    this.rt.objects.setOwn(gen, STATE_KEY, Tag.Int32, state);
  }

  /** The front request's mode and value, or undefined when the queue is empty. */
  private frontRequest(gen: number): [ResumeMode, Word] | undefined {
    const o = this.rt.objects;
    const queue = this.slot(gen, QUEUE_KEY)[1];
    if (o.arrayLength(queue) === 0) return undefined;
    o.getElement(queue, 0);
    const mode = o.rlo as ResumeMode;
    o.getElement(queue, 1);
    return [mode, [o.rhi, o.rlo]];
  }

  /** Settles the front request's promise (resolved with `value`, or rejected) and drops it. */
  private settleFront(gen: number, value: Word, rejected: boolean): void {
    const o = this.rt.objects;
    const queue = this.slot(gen, QUEUE_KEY)[1];
    o.getElement(queue, 2);
    const promise = o.rlo;
    const rest: Word[] = [];
    for (let i = 3, n = o.arrayLength(queue); i < n; i++) {
      o.getElement(queue, i);
      rest.push([o.rhi, o.rlo]);
    }
    o.setLength(queue, 0);
    for (const [hi, lo] of rest) o.push(queue, hi, lo);
    this.rt.heap.pushHandle(promise);
    try {
      if (rejected) this.promises.reject(promise, value);
      else this.promises.resolve(promise, value);
    } finally {
      this.rt.heap.popHandle();
    }
  }

  /** AsyncGeneratorResumeNext / DrainQueue: serves requests while the generator waits. */
  private drainAsyncGenerator(gen: number): void {
    for (;;) {
      let state = this.state(gen);
      if (state === State.Executing || state === State.AwaitingReturn) return;
      const front = this.frontRequest(gen);
      if (front === undefined) return;
      const [mode, value] = front;
      if (mode !== ResumeMode.Next && state === State.SuspendedStart) {
        this.complete(gen);
        state = State.Completed;
      }
      if (state === State.Completed) {
        if (mode === ResumeMode.Return) {
          // return(v) after completion: resolved with v once v settles.
          this.setState(gen, State.AwaitingReturn);
          if (!this.rt.objects.getOwn(gen, RETURN_FULFILLED_KEY)) this.attachReactions(gen, [RETURN_FULFILLED_KEY, RETURN_REJECTED_KEY], 2);
          this.promises.awaitValue(value, this.slot(gen, RETURN_FULFILLED_KEY), this.slot(gen, RETURN_REJECTED_KEY));
          return;
        }
        if (mode === ResumeMode.Throw) this.settleFront(gen, value, true);
        else this.settleFront(gen, this.iterResult(UNDEF, true), false);
        continue;
      }
      this.asyncGeneratorStep(gen, mode, value);
    }
  }

  /** Runs the async generator for its front request: a yield or the end settles that
   *  request; an await leaves it executing until the awaited value settles. */
  private asyncGeneratorStep(gen: number, mode: ResumeMode, value: Word): void {
    let outcome: { flags: number; result: Word; done: boolean };
    try {
      outcome = this.run(gen, mode, value);
    } catch (e) {
      this.settleFront(gen, this.promises.caughtValue(e), true);
      return;
    }
    if (!outcome.done && (outcome.flags & AWAITING) !== 0) {
      this.setState(gen, State.Executing);
      return;
    }
    this.rt.heap.pushHandleWord(outcome.result);
    try {
      this.settleFront(gen, this.iterResult(outcome.result, outcome.done), false);
    } finally {
      this.rt.heap.popHandle();
    }
  }

  private returnReaction(rejected: boolean): NativeMethod {
    return {
      name: '', length: 1,
      fn: (_rt, _self, args, callee) => {
        const gen = this.targetOf(callee);
        this.setState(gen, State.Completed);
        const v = args[0] ?? UNDEF;
        this.settleFront(gen, rejected ? v : this.iterResult(v, true), rejected);
        this.drainAsyncGenerator(gen);
        return UNDEF;
      },
    };
  }

  // ---- for await ------------------------------------------------------------------------------
  /** GetIterator(v, async) as a record [iterator, next, fromSync]: v's @@asyncIterator, else
   *  its sync iterator (whose values the loop awaits: CreateAsyncFromSyncIterator). */
  getAsyncIterator(v: Word): Word {
    const rt = this.rt;
    const method = v[0] === Tag.Undefined || v[0] === Tag.Null ? UNDEF : rt.getProperty(v, rt.symbols.wellKnownKey('asyncIterator'));
    let iterator: Word;
    let fromSync = false;
    if (method[0] === Tag.Undefined || method[0] === Tag.Null) {
      iterator = this.getIterator(v);
      fromSync = true;
    } else {
      if (!rt.isCallable(method)) throw new KilnThrow('TypeError', `${rt.describe(v[0], v[1])} is not async iterable`);
      iterator = rt.invoker.call(method, v, []);
      if (!rt.isObjectWord(iterator)) throw new KilnThrow('TypeError', 'Result of the Symbol.asyncIterator method is not an object');
    }
    rt.heap.pushHandleWord(iterator);
    try {
      const next = rt.getProperty(iterator, 'next');
      return rt.newArray([iterator, next, [Tag.Bool, fromSync ? 1 : 0]]);
    } finally {
      rt.heap.popHandle();
    }
  }

  /** The record's next(): what the loop awaits. */
  asyncIteratorNext(record: Word): Word {
    const rt = this.rt;
    const iterator = rt.getProperty(record, 0);
    const next = rt.getProperty(record, 1);
    if (!rt.isCallable(next)) throw new KilnThrow('TypeError', `${rt.describe(next[0], next[1])} is not a function`);
    return rt.invoker.call(next, iterator, []);
  }

  /** An iterator result must be an object. */
  checkIteratorResult(result: Word): Word {
    if (!this.rt.isObjectWord(result)) throw new KilnThrow('TypeError', `Iterator result ${this.rt.describe(result[0], result[1])} is not an object`);
    return result;
  }

  /** AsyncIteratorClose's call: the iterator's return() result (awaited by the loop), or
   *  the record itself when it has no return method. */
  asyncIteratorReturn(record: Word): Word {
    const rt = this.rt;
    const iterator = rt.getProperty(record, 0);
    const method = rt.getProperty(iterator, 'return');
    if (method[0] === Tag.Undefined || method[0] === Tag.Null) return record;
    if (!rt.isCallable(method)) throw new KilnThrow('TypeError', `${rt.describe(method[0], method[1])} is not a function`);
    return rt.invoker.call(method, iterator, []);
  }

  // ---- yield* ---------------------------------------------------------------------------------
  /** GetIterator(v) for yield*. */
  getIterator(v: Word): Word {
    const rt = this.rt;
    const method = v[0] === Tag.Undefined || v[0] === Tag.Null ? UNDEF : rt.getProperty(v, rt.symbols.wellKnownKey('iterator'));
    if (!rt.isCallable(method)) throw new KilnThrow('TypeError', rt.notIterableMessage(v));
    const iterator = rt.invoker.call(method, v, []);
    if (!rt.isObjectWord(iterator)) throw new KilnThrow('TypeError', 'Result of the Symbol.iterator method is not an object');
    return iterator;
  }

  /** One step of yield*: the inner iterator's result for what the generator received. */
  yieldStarStep(iterator: Word, mode: ResumeMode, received: Word): Word {
    const rt = this.rt;
    const name = mode === ResumeMode.Next ? 'next' : mode === ResumeMode.Throw ? 'throw' : 'return';
    const method = rt.getProperty(iterator, name);
    if (method[0] === Tag.Undefined || method[0] === Tag.Null) {
      if (mode === ResumeMode.Return) return this.iterResult(received, true);
      if (mode === ResumeMode.Throw) {
        const close = rt.getProperty(iterator, 'return');
        if (close[0] !== Tag.Undefined && close[0] !== Tag.Null) rt.invoker.call(close, iterator, []);
        throw new KilnThrow('TypeError', "The iterator does not provide a 'throw' method.");
      }
    }
    if (!rt.isCallable(method)) throw new KilnThrow('TypeError', `${rt.describe(method[0], method[1])} is not a function`);
    return this.checkIteratorResult(rt.invoker.call(method, iterator, [received]));
  }

  // ---- the library ----------------------------------------------------------------------------
  /** %GeneratorPrototype% (next, return, throw; @@toStringTag 'Generator'), inheriting
   *  %IteratorPrototype%. */
  install(define: (holder: number, methods: readonly NativeMethod[]) => void, iteratorProto: number, toStringTagKey: string): void {
    const o = this.rt.objects;
    this.reactions = [this.awaitReaction(ResumeMode.Next), this.awaitReaction(ResumeMode.Throw), this.returnReaction(false), this.returnReaction(true)]
      .map((m) => this.rt.createNative(m));
    const methods = [['next', ResumeMode.Next], ['return', ResumeMode.Return], ['throw', ResumeMode.Throw]] as const;
    /** A generator prototype with next/return/throw and its tag, and the %…Function.prototype%
     *  whose `prototype` it is (and which is its `constructor`). */
    const generatorPrototypes = (parent: number, tag: string, resume: (self: Word, mode: ResumeMode, v: Word, name: string) => Word): [number, number] => {
      const proto = o.allocObject(parent);
      define(proto, methods.map(([name, mode]): NativeMethod => ({
        name, length: 1,
        fn: (_rt, self, args) => resume(self, mode, args[0] ?? UNDEF, name),
      })));
      const functionProto = o.allocObject(o.functionProto);
      o.defineOwn(functionProto, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.ReadOnly);
      o.defineOwn(functionProto, toStringTagKey, Tag.Ptr, this.rt.heap.internString(`${tag}Function`), PropFlag.NonEnumerable | PropFlag.ReadOnly);
      o.defineOwn(proto, 'constructor', Tag.Ptr, functionProto, PropFlag.NonEnumerable | PropFlag.ReadOnly);
      o.defineOwn(proto, toStringTagKey, Tag.Ptr, this.rt.heap.internString(tag), PropFlag.NonEnumerable | PropFlag.ReadOnly);
      return [proto, functionProto];
    };
    let generatorFunctionProto: number;
    [this.generatorProto, generatorFunctionProto] = generatorPrototypes(iteratorProto, 'Generator', (self, mode, v, name) => this.resume(self, mode, v, name));
    this.rt.props.generatorProto = this.generatorProto;
    // %AsyncIteratorPrototype% ([Symbol.asyncIterator]() { return this }) and
    // %AsyncGeneratorPrototype% on it.
    const asyncIteratorProto = o.allocObject(o.objectProto);
    o.defineOwn(asyncIteratorProto, this.rt.symbols.wellKnownKey('asyncIterator'), Tag.Ptr,
      this.rt.createNative({ name: '[Symbol.asyncIterator]', length: 0, fn: (_rt, self) => self }), PropFlag.NonEnumerable);
    let asyncGeneratorFunctionProto: number;
    [this.asyncGeneratorProto, asyncGeneratorFunctionProto] = generatorPrototypes(asyncIteratorProto, 'AsyncGenerator', (self, mode, v, name) => this.enqueue(self, mode, v, name));
    this.rt.props.asyncGeneratorProto = this.asyncGeneratorProto;

    // What generator, async and async generator functions inherit, and the constructors
    // (GeneratorFunction & co., reached only as `fn.constructor`) that have them as prototype.
    const asyncFunctionProto = o.allocObject(o.functionProto);
    o.defineOwn(asyncFunctionProto, toStringTagKey, Tag.Ptr, this.rt.heap.internString('AsyncFunction'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
    const protos = this.rt.suspendingFunctionProtos;
    protos.generator = generatorFunctionProto;
    protos.async = asyncFunctionProto;
    protos['async-generator'] = asyncGeneratorFunctionProto;
    for (const [name, proto] of [['GeneratorFunction', generatorFunctionProto], ['AsyncFunction', asyncFunctionProto], ['AsyncGeneratorFunction', asyncGeneratorFunctionProto]] as const) {
      const make = (): Word => {
        throw new KilnThrow('TypeError', `kiln does not support creating functions with ${name} yet`);
      };
      const ctor = this.rt.createNative({ name, length: 1, fn: make, construct: make });
      this.rt.props.define(ctor, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
      o.defineOwn(proto, 'constructor', Tag.Ptr, ctor, PropFlag.NonEnumerable | PropFlag.ReadOnly);
    }
    this.functionProtos = [generatorFunctionProto, asyncFunctionProto, asyncGeneratorFunctionProto];
  }

  private functionProtos: number[] = [];
}

function setWord(u32: Uint32Array, s: number, index: number, hi: number, lo: number): void {
  u32[s + 2 * index] = lo;
  u32[s + 2 * index + 1] = hi;
}
