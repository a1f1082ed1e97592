// The tier-0 interpreter: runs bytecode on VM frames in the heap region, records type
// feedback at every arithmetic and compare site, and counts calls and loop back-edges.
// One run() executes an activation (and every interpreted callee it makes, without host
// recursion) until that activation returns; it is entered from the host at startup, from
// the interpreter-entry stub when compiled code calls an interpreted function, and by the
// deoptimizer to finish a deoptimized activation. Compiled callees are entered through the
// addon. Tier-up decisions are not made here: an exhausted budget is reported via hooks.
// This file is the interpreter's face to the rest of kiln: it assembles the parts and
// enters them from the host. The parts, each importing only those after it:
//   dispatch.ts     the loop: moves, jumps, calls and returns written out
//   arithmetic.ts   arithmetic/compare handlers and feedback (generic-ops.ts: host semantics)
//   inline-caches.ts, contexts.ts, runtime-ops.ts (class-ops.ts, construct-feedback.ts)
//                   property, context/closure and runtime-operation handlers
//   frames.ts, osr.ts, unwind.ts   frame setup and calls, OSR entry, exception unwinding
//   constants.ts, stack-trace.ts, frame-words.ts, config.ts   shared ground

import type { Builtin } from '../bytecode/builtin-ids';
import { isHostStackOverflow, KilnThrow, stackOverflow, thrownValue, type ErrorName } from '../runtime/errors';
import type { Heap } from '../runtime/heap';
import { Frame, Globals, Kind, NATIVE_FUNCTION_ID_BASE, Region, Tag } from '../runtime/layout';
import type { Runtime, Word } from '../runtime/runtime';
import type { InterpreterConfig } from './config';
import type { BytecodeFunction } from '../bytecode/function';
import { ConstantPools } from './constants';
import type { ClosureFactory } from './contexts';
import { Dispatcher } from './dispatch';
import { frameBytes, HEADER_WORDS as H, setTagged, VM_STACK_END, type VmStackTop } from './frame-words';
import { Frames } from './frames';
import { ErrorSites, StackTraces, type InlinedFrame } from './stack-trace';

export type { InterpreterConfig, InterpreterHooks } from './config';

export class Interpreter {
  private readonly heap: Heap;
  private readonly u32: Uint32Array;
  private readonly i32: Int32Array;
  private readonly rt: Runtime;
  /** First free byte of the VM stack while a native runs (where callbacks' frames go). */
  private readonly stackTop: VmStackTop = { top: Region.vmStackOffset };
  private readonly errors: ErrorSites;
  private readonly frames: Frames;
  private readonly constants: ConstantPools;
  private readonly dispatcher: Dispatcher;

  constructor(private readonly cfg: InterpreterConfig) {
    this.heap = cfg.heap;
    this.u32 = cfg.heap.u32;
    this.i32 = cfg.heap.i32;
    this.rt = cfg.runtime;
    this.errors = new ErrorSites(new StackTraces(cfg.heap, cfg.profiles, cfg.runtime));
    this.errors.stacks.stackLimit = () => cfg.runtime.errors.stackTraceLimit();
    this.frames = new Frames(cfg, this.stackTop, this.errors);
    this.constants = new ConstantPools(cfg.heap, cfg.profiles);
    this.dispatcher = new Dispatcher(cfg, this.constants, this.stackTop, this.frames, this.errors);
    cfg.runtime.invoker = { call: (fn, self, args) => this.invoke(fn, self, args) };
    cfg.runtime.generators.resumer = { resume: (saved, pc, throwing) => this.resumeFrame(saved, pc, throwing) };
    cfg.runtime.captureStack = (limit, skipUntil) => this.errors.capture(limit, skipUntil);
  }

  /** A function compiled while the program runs: its constants as words. */
  addFunction(fn: BytecodeFunction): void {
    this.constants.materialize(fn);
    this.frames.addFunction(fn);
  }

  /** The function's constants as value words (strings interned in the heap). */
  constantWords(functionId: number): { hi: Uint32Array; lo: Uint32Array } {
    return this.constants.words(functionId);
  }

  /** Calls function value fn from TypeScript (a native's callback): a frame at the top of
   *  the VM stack, run in whichever tier the function is in. */
  invoke(fn: Word, self: Word, args: Word[]): Word {
    const { u32, i32 } = this;
    if (fn[0] !== Tag.Ptr || this.heap.kindOf(fn[1]) !== Kind.Function) {
      throw new KilnThrow('TypeError', `${this.rt.describe(fn[0], fn[1])} is not a function`);
    }
    const fp = this.stackTop.top;
    const id = this.heap.functionId(fn[1]);
    const bytes = id >= NATIVE_FUNCTION_ID_BASE ? 8 * (Frame.headerSlots + args.length) : frameBytes(this.cfg.profiles[id].fn);
    if (fp + bytes + 8 * args.length > VM_STACK_END) throw stackOverflow();
    const w = fp >> 2;
    u32[w] = fn[1];
    u32[w + 1] = Tag.Ptr;
    u32[w + 2 * Frame.callerFpSlot] = 0;
    i32[w + 2 * Frame.returnPcSlot] = -1;
    i32[w + 2 * Frame.argcSlot] = args.length;
    u32[w + 2 * Frame.thisSlot] = self[1];
    u32[w + 2 * Frame.thisSlot + 1] = self[0];
    for (let i = 0; i < args.length; i++) setTagged(u32, w + H + 2 * i, args[i][0], args[i][1]);
    const linked = this.errors.enterFromHost(fp);
    try {
      this.enterFrame(fp);
    } finally {
      if (linked) this.errors.leftFromHost();
    }
    return [u32[(Globals.returnValue >> 2) + 1], u32[Globals.returnValue >> 2]];
  }

  /** Runs a generator's saved frame (runtime/generators.ts) at the top of the VM stack from
   *  bytecode offset pc, first throwing `throwing` there when given; its result. */
  resumeFrame(saved: number, pc: number, throwing: Word | undefined): Word {
    const fp = this.stackTop.top;
    const generators = this.rt.generators;
    const fn = this.cfg.profiles[this.heap.functionId(generators.savedClosure(saved))].fn;
    if (fp + frameBytes(fn) > VM_STACK_END) throw stackOverflow();
    generators.restoreFrame(saved, fp, fn.registerCount);
    const exception = throwing === undefined ? undefined : thrownValue([throwing[0], throwing[1]]);
    this.errors.enteringFrom(fp, () => this.run(fp, pc, exception));
    const u32 = this.u32;
    return [u32[(Globals.returnValue >> 2) + 1], u32[Globals.returnValue >> 2]];
  }

  /** Runs `body`, a class/`new` operation of the frame at fp at bytecode offset pc
   *  (interpreted, or compiled: then pc is the runtime call's), so that an error it makes
   *  natively gets its stack from there. */
  atOperation(fp: number, pc: number, body: () => void): void {
    this.errors.atOperation(fp, pc, body);
  }

  /** A compiled property access at bytecode offset pc of the frame at fp is about to run
   *  generically: a getter or setter it calls links to it in stacks. */
  recordAccess(fp: number, pc: number): void {
    this.errors.recordAccess(fp, pc, this.stackTop.top);
  }

  /** The recorded access or builtin call is done (a frame entered later is not its). */
  clearAccess(): void {
    this.errors.accessTop = -1;
  }

  /** A compiled call of builtin `id` at offset pc of the frame at fp: language code it calls
   *  links to it in stacks. */
  recordBuiltinCall(fp: number, pc: number, id: Builtin): void {
    this.errors.recordBuiltinCall(fp, pc, this.stackTop.top, id);
  }

  /** node's own frames below the entry module's top level (pipeline.ts finds them). */
  setHostFrames(frames: () => readonly string[]): void {
    this.errors.stacks.hostFrames = frames;
  }

  /** Runs `body` (a runtime call of compiled code) with the VM stack in use up to `top`:
   *  functions it invokes get their frames above. */
  runAbove(top: number, body: (w: number) => void, w: number): void {
    const saved = this.stackTop.top;
    this.stackTop.top = top;
    try {
      body(w);
    } finally {
      this.stackTop.top = saved;
    }
  }

  /** Runs the activation whose header and arguments are written at fp (returnPc -1): a
   *  native, compiled code, or the interpreter. The result is at Globals.returnValue. */
  enterFrame(fp: number): void {
    const fnOffset = this.u32[fp >> 2];
    const id = this.heap.functionId(fnOffset);
    if (id >= NATIVE_FUNCTION_ID_BASE) return this.frames.runNative(fp);
    const profile = this.cfg.profiles[id];
    const savedTop = this.stackTop.top;
    try {
      if (this.frames.countCall(fnOffset, profile)) {
        this.cfg.hooks.enterNative(fnOffset, fp);
        return;
      }
      this.frames.initFrame(fp, profile.fn);
      this.run(fp, 0);
    } finally {
      this.stackTop.top = savedTop;
    }
  }

  /** Runs the activation at fp from bytecode offset pc until it returns (first throwing
   *  `throwing` there, for an exception exit); its result is stored at Globals.returnValue.
   *  The frame's header must say it returns to a caller outside this dispatch (returnPc < 0). */
  run(fp: number, pc: number, throwing?: KilnThrow): void {
    try {
      this.dispatcher.dispatch(fp, pc, throwing);
    } catch (e) {
      if (isHostStackOverflow(e)) throw stackOverflow();
      throw e;
    }
  }

  /** Closure creation is shared with tiering, which tracks every closure of a function
   *  (the pipeline installs tiering's). */
  get createClosure(): ClosureFactory {
    return this.dispatcher.contexts.createClosure;
  }

  set createClosure(create: ClosureFactory) {
    this.dispatcher.contexts.createClosure = create;
  }

  /** Called by the deoptimizer for an exit of OSR code: the frames are rebuilt, and the
   *  dispatch loop that entered the OSR code continues them itself (osr.ts). */
  resumeAfterOsrDeopt(fp: number, pc: number, throwing?: KilnThrow): void {
    this.dispatcher.osr.resumeAfterOsrDeopt(fp, pc, throwing);
  }

  // ---- errors -------------------------------------------------------------------------
  error(fp: number, pc: number, name: ErrorName, message: string): KilnThrow {
    return this.errors.error(fp, pc, name, message);
  }

  /** Attaches the positions of the frames from (fp, pc) outwards to an error. */
  withStack(e: KilnThrow, fp: number, pc: number, inlined?: readonly InlinedFrame[]): KilnThrow {
    return this.errors.withStack(e, fp, pc, inlined);
  }
}
