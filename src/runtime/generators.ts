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
// The generator's slots are private-key properties (as promises keep theirs).

import { describeReceiver } from './collections';
import { KilnThrow } from './errors';
import { ElementsKind, Frame, Kind, Tag } from './layout';
import { newPrivateKey } from './private-names';
import type { Promises } from './promises';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const HIDDEN = PropFlag.NonEnumerable;
const STATE_KEY = newPrivateKey('[[GeneratorState]]');
const FRAME_KEY = newPrivateKey('[[GeneratorFrame]]');
const PROMISE_KEY = newPrivateKey('[[AsyncFunctionPromise]]');
const ON_FULFILLED_KEY = newPrivateKey('[[AwaitFulfilled]]');
const ON_REJECTED_KEY = newPrivateKey('[[AwaitRejected]]');
const TARGET_KEY = newPrivateKey('generator');

const enum State {
  SuspendedStart = 0,
  SuspendedYield = 1,
  Executing = 2,
  Completed = 3,
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
/** Words of a Suspend and the Return after it: where a next(v) resumes. */
const SUSPEND_AND_RETURN_WORDS = 8;

/** The interpreter's half: runs a saved frame from `pc` (throwing `throwing` there first)
 *  until it returns or suspends; its result. */
export interface FrameResumer {
  resume(saved: number, pc: number, throwing: Word | undefined): Word;
}

export class Generators {
  generatorProto = 0;
  resumer!: FrameResumer;

  constructor(
    private readonly rt: RuntimeCore,
    private readonly promises: Promises,
  ) {}

  roots(): number[] {
    return this.generatorProto === 0 ? [] : [this.generatorProto];
  }

  // ---- the instructions ---------------------------------------------------------------------
  /** CreateGenerator: the generator object of the activation at fp (flavor 1: async). */
  create(fp: number, registerCount: number, flavor: number): number {
    const rt = this.rt;
    const o = rt.objects;
    const u32 = rt.heap.u32;
    const w = fp >> 2;
    const closure = u32[w + 2 * Frame.functionSlot];
    let proto = o.objectProto;
    if (flavor === 0) {
      const p = rt.getProperty([Tag.Ptr, closure], 'prototype');
      proto = rt.convert.isObject(p) ? p[1] : this.generatorProto;
    }
    const gen = o.allocObject(proto);
    const saved = o.allocArray(Saved.Registers + registerCount, Saved.Registers + registerCount, ElementsKind.Any | ElementsKind.HoleyBit);
    const s = o.elementWord(saved, 0);
    setWord(u32, s, Saved.Closure, Tag.Ptr, closure);
    setWord(u32, s, Saved.This, u32[w + 2 * Frame.thisSlot + 1], u32[w + 2 * Frame.thisSlot]);
    setWord(u32, s, Saved.Argc, Tag.Int32, u32[w + 2 * Frame.argcSlot]);
    o.defineOwn(gen, STATE_KEY, Tag.Int32, State.SuspendedStart, HIDDEN);
    o.defineOwn(gen, FRAME_KEY, Tag.Ptr, saved, HIDDEN);
    if (flavor === 1) this.makeAsync(gen);
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
    o.getOwn(gen, STATE_KEY);
    if (o.rlo === State.Executing) o.setOwn(gen, STATE_KEY, Tag.Int32, State.SuspendedYield);
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
    o.setOwn(gen, STATE_KEY, Tag.Int32, State.Executing);
    let result: Word;
    try {
      result = this.resumer.resume(saved, pc, mode === ResumeMode.Throw ? value : undefined);
    } catch (e) {
      this.complete(gen);
      throw e;
    }
    o.getOwn(gen, STATE_KEY);
    const done = o.rlo === State.Executing;
    if (done) this.complete(gen);
    return { flags: done ? 0 : u32[o.elementWord(saved, Saved.Flags)], result, done };
  }

  private complete(gen: number): void {
    this.rt.objects.setOwn(gen, STATE_KEY, Tag.Int32, State.Completed);
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
  private makeAsync(gen: number): void {
    const rt = this.rt;
    const o = rt.objects;
    rt.heap.pushHandle(gen);
    try {
      o.defineOwn(gen, PROMISE_KEY, Tag.Ptr, this.promises.newPromise(), HIDDEN);
      for (const [key, mode] of [[ON_FULFILLED_KEY, ResumeMode.Next], [ON_REJECTED_KEY, ResumeMode.Throw]] as const) {
        const fn = rt.createNative(this.awaitReaction(mode));
        o.defineOwn(o.functionProperties(fn, true), TARGET_KEY, Tag.Ptr, gen, HIDDEN);
        o.defineOwn(gen, key, Tag.Ptr, fn, HIDDEN);
      }
    } finally {
      rt.heap.popHandle();
    }
  }

  private awaitReaction(mode: ResumeMode): NativeMethod {
    return {
      name: '', length: 1,
      fn: (rt, _self, args, callee) => {
        const gen = this.slot(rt.objects.functionProperties(callee, false), TARGET_KEY)[1];
        this.run(gen, mode, args[0] ?? UNDEF);
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
    const result = rt.invoker.call(method, iterator, [received]);
    if (!rt.isObjectWord(result)) throw new KilnThrow('TypeError', `Iterator result ${rt.describe(result[0], result[1])} is not an object`);
    return result;
  }

  // ---- the library ----------------------------------------------------------------------------
  /** %GeneratorPrototype% (next, return, throw; @@toStringTag 'Generator'), inheriting
   *  %IteratorPrototype%. */
  install(define: (holder: number, methods: readonly NativeMethod[]) => void, iteratorProto: number, toStringTagKey: string): void {
    const o = this.rt.objects;
    this.generatorProto = o.allocObject(iteratorProto);
    this.rt.props.generatorProto = this.generatorProto;
    const methods = [['next', ResumeMode.Next], ['return', ResumeMode.Return], ['throw', ResumeMode.Throw]] as const;
    define(this.generatorProto, methods.map(([name, mode]): NativeMethod => ({
      name, length: 1,
      fn: (_rt, self, args) => this.resume(self, mode, args[0] ?? UNDEF, name),
    })));
    // %GeneratorFunction.prototype%: the generator prototype's constructor.
    const generatorFunctionProto = o.allocObject(o.functionProto);
    o.defineOwn(generatorFunctionProto, 'prototype', Tag.Ptr, this.generatorProto, PropFlag.NonEnumerable | PropFlag.ReadOnly);
    o.defineOwn(generatorFunctionProto, toStringTagKey, Tag.Ptr, this.rt.heap.internString('GeneratorFunction'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
    o.defineOwn(this.generatorProto, 'constructor', Tag.Ptr, generatorFunctionProto, PropFlag.NonEnumerable | PropFlag.ReadOnly);
    o.defineOwn(this.generatorProto, toStringTagKey, Tag.Ptr, this.rt.heap.internString('Generator'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
  }
}

function setWord(u32: Uint32Array, s: number, index: number, hi: number, lo: number): void {
  u32[s + 2 * index] = lo;
  u32[s + 2 * index + 1] = hi;
}
