// Activations around the dispatch loop: a new frame's registers (missing parameters,
// `arguments` and rest arrays), call counting toward tier-up, and callees that do not run in
// the dispatch loop (natives, compiled code). The dispatch loop switches between interpreted
// frames itself, in its own locals; it and the host entry (interpreter.ts) use these helpers
// for everything else a call needs.

import { Op, OPCODE_WORDS } from '../bytecode/opcodes';
import type { BytecodeFunction } from '../bytecode/function';
import type { FunctionProfile } from '../profile/function-profile';
import { isHostStackOverflow, stackOverflow } from '../runtime/errors';
import type { Heap } from '../runtime/heap';
import { ElementsKind, Frame, ObjectLayout, Tag } from '../runtime/layout';
import type { Runtime, Word } from '../runtime/runtime';
import type { InterpreterConfig, InterpreterHooks } from './config';
import { HEADER_WORDS as H, setTagged, VM_STACK_END, type VmStackTop } from './frame-words';
import type { ErrorSites } from './stack-trace';

/** A CreateArguments/CreateRest instruction: register dst gets the arguments from `from` on. */
interface ArgumentOp {
  op: number;
  dst: number;
  from: number;
}

export class Frames {
  private readonly heap: Heap;
  private readonly u32: Uint32Array;
  private readonly i32: Int32Array;
  private readonly rt: Runtime;
  private readonly hooks: InterpreterHooks;
  private readonly entryLo: number;
  private readonly entryHi: number;
  private readonly threshold: number;
  /** Per function id: the CreateArguments/CreateRest instructions, run at frame entry
   *  (before the registers that held extra arguments are reset). */
  private readonly argumentOps: ArgumentOp[][] = [];

  constructor(
    cfg: InterpreterConfig,
    private readonly stackTop: VmStackTop,
    private readonly errors: ErrorSites,
  ) {
    this.heap = cfg.heap;
    this.u32 = cfg.heap.u32;
    this.i32 = cfg.heap.i32;
    this.rt = cfg.runtime;
    this.hooks = cfg.hooks;
    this.entryLo = cfg.interpreterEntryLo;
    this.entryHi = cfg.interpreterEntryHi;
    this.threshold = cfg.threshold;
    for (const p of cfg.profiles) this.addFunction(p.fn);
  }

  /** Notes where the function builds `arguments`/rest arrays (every function, at start-up or
   *  when dynamic code adds it). */
  addFunction(fn: BytecodeFunction): void {
    this.argumentOps[fn.id] = findArgumentOps(fn);
  }

  /** Prepares the frame at fp whose header and arguments are written: missing parameters
   *  and every other register become undefined. */
  initFrame(fp: number, fn: BytecodeFunction): void {
    const u32 = this.u32;
    const argc = this.i32[(fp >> 2) + 2 * Frame.argcSlot];
    const argOps = this.argumentOps[fn.id];
    const made: number[] = argOps.length === 0 ? NO_ARRAYS : [];
    for (const a of argOps) {
      const arr = this.rt.objects.allocArray(0, Math.max(0, argc - a.from));
      for (let i = a.from; i < argc; i++) {
        const w = (fp >> 2) + H + 2 * i;
        this.rt.objects.push(arr, u32[w + 1], u32[w]);
      }
      if (a.op === Op.CreateArguments) this.rt.objects.addKindBits(arr, ElementsKind.ArgumentsBit);
      made.push(arr);
    }
    let w = (fp >> 2) + H + 2 * Math.min(argc, fn.paramCount);
    const end = (fp >> 2) + H + 2 * fn.registerCount;
    for (; w < end; w += 2) {
      u32[w] = 0;
      u32[w + 1] = Tag.Undefined;
    }
    for (let i = 0; i < argOps.length; i++) setTagged(u32, (fp >> 2) + H + 2 * argOps[i].dst, Tag.Ptr, made[i]);
  }

  /** Writes the frame of the callee of the Call, CallMethod or CallSpread instruction at pc
   *  of the frame at fp (registers from word R): function object `target`, frame at newFp,
   *  `calleeBytes` its size before arguments; it returns to pc. A frame that does not fit
   *  the VM stack throws a RangeError at pc. */
  pushCall(op: number, code: Int32Array, pc: number, R: number, fp: number, newFp: number, target: number, calleeBytes: number): void {
    const { u32, i32 } = this;
    // Operands: Call d f args n k | CallMethod d f this args n k | CallSpread d f this array k
    let argc: number;
    let from: number;
    if (op === Op.CallSpread) {
      const arr = u32[R + 2 * code[pc + 4]];
      argc = this.rt.objects.arrayLength(arr);
      from = this.rt.objects.elementWord(arr, 0);
    } else {
      argc = code[pc + (op === Op.Call ? 4 : 5)];
      from = R + 2 * code[pc + (op === Op.Call ? 3 : 4)];
    }
    if (newFp + calleeBytes + 8 * argc > VM_STACK_END) throw this.errors.withStack(stackOverflow(), fp, pc);
    const nw = newFp >> 2;
    u32[nw] = target;
    u32[nw + 1] = Tag.Ptr;
    u32[nw + 2 * Frame.callerFpSlot] = fp;
    i32[nw + 2 * Frame.returnPcSlot] = pc;
    i32[nw + 2 * Frame.argcSlot] = argc;
    if (op === Op.Call) {
      u32[nw + 2 * Frame.thisSlot] = 0;
      u32[nw + 2 * Frame.thisSlot + 1] = Tag.Undefined;
    } else {
      const t = R + 2 * code[pc + 3];
      u32[nw + 2 * Frame.thisSlot] = u32[t];
      u32[nw + 2 * Frame.thisSlot + 1] = u32[t + 1];
    }
    for (let i = 0, to = nw + H; i < 2 * argc; i++) u32[to + i] = u32[from + i];
  }

  /** Runs the native function of the frame at fp; its result goes to Globals.returnValue. */
  runNative(fp: number): void {
    const { u32 } = this;
    const w = fp >> 2;
    const argc = this.i32[w + 2 * Frame.argcSlot];
    const args: Word[] = [];
    for (let i = 0; i < argc; i++) args.push([u32[w + H + 2 * i + 1], u32[w + H + 2 * i]]);
    const self: Word = [u32[w + 2 * Frame.thisSlot + 1], u32[w + 2 * Frame.thisSlot]];
    const savedTop = this.stackTop.top;
    this.stackTop.top = fp + 8 * (Frame.headerSlots + argc);
    try {
      const [hi, lo] = this.errors.inNative(fp, () => this.rt.callNative(this.heap.functionId(u32[w]), self, args, u32[w]));
      this.heap.setReturnValue(hi, lo);
    } finally {
      this.stackTop.top = savedTop;
    }
  }

  /** Counts one call of the function and reports it hot when its budget is spent. Returns
   *  true when the function object's entry is now compiled code. */
  countCall(fnOffset: number, profile: FunctionProfile): boolean {
    if (profile.work++ >= this.threshold && !profile.hot) {
      profile.hot = true;
      this.hooks.onHot(profile);
    }
    if (this.hasCompiledEntry(fnOffset)) return true;
    if (profile.compiledEntry === 0) return false;
    this.hooks.adoptCompiledEntry(fnOffset);
    return true;
  }

  hasCompiledEntry(fnOffset: number): boolean {
    const w = (fnOffset + ObjectLayout.functionEntryOffset) >> 2;
    return this.u32[w] !== this.entryLo || this.u32[w + 1] !== this.entryHi;
  }

  /** Enters the compiled code of function object `target` on its frame at newFp, called by
   *  the instruction at pc of the frame at fp (where a host stack overflow is reported). */
  callCompiled(target: number, newFp: number, fp: number, pc: number): void {
    try {
      this.hooks.enterNative(target, newFp);
    } catch (e) {
      if (isHostStackOverflow(e)) throw this.errors.withStack(stackOverflow(), fp, pc);
      throw e;
    }
  }
}

/** initFrame's arrays for a function without `arguments` or rest parameters (most). */
const NO_ARRAYS: number[] = [];

/** The CreateArguments/CreateRest instructions of fn, for initFrame. */
function findArgumentOps(fn: BytecodeFunction): ArgumentOp[] {
  const found: ArgumentOp[] = [];
  for (let pc = 0; pc < fn.code.length; pc += OPCODE_WORDS[fn.code[pc]]) {
    const op = fn.code[pc];
    if (op === Op.CreateArguments) found.push({ op, dst: fn.code[pc + 1], from: 0 });
    if (op === Op.CreateRest) found.push({ op, dst: fn.code[pc + 1], from: fn.code[pc + 2] });
  }
  return found;
}
