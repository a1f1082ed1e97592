// The tier-0 interpreter: runs bytecode on VM frames in the heap region, records type
// feedback at every arithmetic and compare site, and counts calls and loop back-edges.
// One run() executes an activation (and every interpreted callee it makes, without host
// recursion) until that activation returns; it is entered from the host at startup, from
// the interpreter-entry stub when compiled code calls an interpreted function, and by the
// deoptimizer to finish a deoptimized activation. Compiled callees are entered through the
// addon. Tier-up decisions are not made here: an exhausted budget is reported via hooks.

import { Op, OPCODE_WORDS } from '../bytecode/opcodes';
import type { BytecodeFunction } from '../bytecode/function';
import type { InterpreterConfig } from './config';
import { Builtin } from '../runtime/builtin-ids';
import { callBuiltin } from '../runtime/builtins';
import {
  asLanguageException, isHostStackOverflow, KilnThrow, stackOverflow, thrownValue,
} from '../runtime/errors';
import { frameBytes, HEADER_WORDS, markNonInterpretedCall, setTagged, type VmStackTop } from './frame-words';
import { Frames } from './frames';
import { Arithmetic } from './arithmetic';
import { ErrorSites, StackTraces } from './stack-trace';
import { Unwinder } from './unwind';
import type { Heap } from '../runtime/heap';
import { Frame, Globals, Kind, NATIVE_FUNCTION_ID_BASE, ObjectLayout, Region, Tag } from '../runtime/layout';
import { numberWord, typeOfWord, type HostValue } from '../runtime/values';
import { isTruthy } from './generic-ops';
import { PropertyCaches } from './inline-caches';
import { runClassOp } from './class-ops';
import { recordConstructTarget, recordCreateThis, recordSuperConstruct } from './construct-feedback';
import { isHeapBuiltin, type Runtime, type Word } from '../runtime/runtime';

export type { InterpreterConfig, InterpreterHooks } from './config';

const H = HEADER_WORDS;

export class Interpreter {
  private readonly heap: Heap;
  private readonly u32: Uint32Array;
  private readonly i32: Int32Array;
  private readonly constHi: Uint32Array[] = [];
  private readonly constLo: Uint32Array[] = [];
  private readonly vmStackEnd = Region.vmStackOffset + Region.vmStackBytes;
  private readonly rt: Runtime;
  private readonly caches: PropertyCaches;
  /** First free byte of the VM stack while a native runs (where callbacks' frames go). */
  private readonly stackTop: VmStackTop = { top: Region.vmStackOffset };
  private readonly arith: Arithmetic;
  private readonly errors: ErrorSites;
  private readonly frames: Frames;
  private readonly unwinder: Unwinder;

  constructor(private readonly cfg: InterpreterConfig) {
    this.heap = cfg.heap;
    this.u32 = cfg.heap.u32;
    this.i32 = cfg.heap.i32;
    this.rt = cfg.runtime;
    this.caches = new PropertyCaches(cfg.runtime);
    for (const p of cfg.profiles) this.materializeConstants(p.fn);
    this.errors = new ErrorSites(new StackTraces(cfg.heap, cfg.profiles));
    this.frames = new Frames(cfg, this.stackTop, this.errors);
    cfg.runtime.invoker = { call: (fn, self, args) => this.invoke(fn, self, args) };
    cfg.runtime.captureStack = () => this.errors.capture();
    this.unwinder = new Unwinder(cfg.heap, cfg.profiles, cfg.runtime);
    this.arith = new Arithmetic(cfg.heap, cfg.converter, cfg.runtime, this.stackTop);
  }

  private materializeConstants(fn: BytecodeFunction): void {
    const hi = new Uint32Array(fn.constants.length);
    const lo = new Uint32Array(fn.constants.length);
    fn.constants.forEach((c, i) => {
      [hi[i], lo[i]] = typeof c === 'string' ? [Tag.Ptr, this.heap.internString(c)] : numberWord(c);
    });
    this.constHi[fn.id] = hi;
    this.constLo[fn.id] = lo;
  }

  /** The function's constants as value words (strings interned in the heap). */
  constantWords(functionId: number): { hi: Uint32Array; lo: Uint32Array } {
    return { hi: this.constHi[functionId], lo: this.constLo[functionId] };
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
    if (fp + bytes + 8 * args.length > this.vmStackEnd) throw stackOverflow();
    const w = fp >> 2;
    u32[w] = fn[1];
    u32[w + 1] = Tag.Ptr;
    u32[w + 2 * Frame.callerFpSlot] = 0;
    i32[w + 2 * Frame.returnPcSlot] = -1;
    i32[w + 2 * Frame.argcSlot] = args.length;
    u32[w + 2 * Frame.thisSlot] = self[1];
    u32[w + 2 * Frame.thisSlot + 1] = self[0];
    args.forEach((a, i) => setTagged(u32, w + H + 2 * i, a[0], a[1]));
    this.enterFrame(fp);
    return [u32[(Globals.returnValue >> 2) + 1], u32[Globals.returnValue >> 2]];
  }

  /** Runs `body`, a class/`new` operation of the frame at fp at bytecode offset pc
   *  (interpreted, or compiled: then pc is the runtime call's), so that an error it makes
   *  natively gets its stack from there. */
  atOperation(fp: number, pc: number, body: () => void): void {
    this.errors.atOperation(fp, pc, body);
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
      this.dispatch(fp, pc, throwing);
    } catch (e) {
      if (isHostStackOverflow(e)) throw stackOverflow();
      throw e;
    }
  }


  // ---- the dispatch loop ------------------------------------------------------------
  private dispatch(fp: number, pc: number, throwing: KilnThrow | undefined): void {
    const { u32, i32, heap } = this;
    const profiles = this.cfg.profiles;
    let fnOffset = u32[(fp >> 2) + 2 * Frame.functionSlot];
    let profile = profiles[heap.functionId(fnOffset)];
    let fn = profile.fn;
    let code = fn.code;
    let cHi = this.constHi[fn.id];
    let cLo = this.constLo[fn.id];
    let fb = profile.feedbackOffset;
    let R = (fp >> 2) + H; // word index of register 0
    const caches = this.caches;
    const arith = this.arith;
    const rt = this.rt;
    // Runtime paths that may call back into the language (an object's toString, ...) put
    // the callee's frame above this dispatch's frames: nativeTop is raised around them.
    const baseTop = this.stackTop.top;
    // The outer loop runs once per handler entered: an exception unwinds the VM frames this
    // dispatch owns to the innermost handler covering its offset (unwind.ts), or leaves.
    for (;;) {
    try {
    if (throwing) {
      const e = throwing;
      throwing = undefined;
      throw e;
    }
    for (;;) {
      const op = code[pc];
      switch (op) {
        case Op.LoadConst: {
          const d = R + 2 * code[pc + 1];
          const k = code[pc + 2];
          u32[d] = cLo[k];
          u32[d + 1] = cHi[k];
          pc += 3;
          break;
        }
        case Op.LoadInt: {
          const d = R + 2 * code[pc + 1];
          i32[d] = code[pc + 2];
          u32[d + 1] = Tag.Int32;
          pc += 3;
          break;
        }
        case Op.LoadUndefined:
          setTagged(u32, R + 2 * code[pc + 1], Tag.Undefined, 0);
          pc += 2;
          break;
        case Op.LoadNull:
          setTagged(u32, R + 2 * code[pc + 1], Tag.Null, 0);
          pc += 2;
          break;
        case Op.LoadTrue:
          setTagged(u32, R + 2 * code[pc + 1], Tag.Bool, 1);
          pc += 2;
          break;
        case Op.LoadFalse:
          setTagged(u32, R + 2 * code[pc + 1], Tag.Bool, 0);
          pc += 2;
          break;
        case Op.LoadHole:
          setTagged(u32, R + 2 * code[pc + 1], Tag.Hole, 0);
          pc += 2;
          break;
        case Op.Mov: {
          const d = R + 2 * code[pc + 1];
          const s = R + 2 * code[pc + 2];
          u32[d] = u32[s];
          u32[d + 1] = u32[s + 1];
          pc += 3;
          break;
        }
        case Op.CheckHole:
          if (u32[R + 2 * code[pc + 1] + 1] === Tag.Hole) {
            const name = fn.constants[code[pc + 2]];
            throw this.error(fp, pc, 'ReferenceError', `Cannot access '${name}' before initialization`);
          }
          pc += 3;
          break;
        case Op.Add:
          arith.add(code, pc, R, fb, fp, fn);
          pc += 5;
          break;
        case Op.Sub:
          arith.sub(code, pc, R, fb, fp, fn);
          pc += 5;
          break;
        case Op.Mul:
        case Op.Div:
        case Op.Mod:
        case Op.Exp:
        case Op.BitAnd:
        case Op.BitOr:
        case Op.BitXor:
        case Op.Shl:
        case Op.Sar:
        case Op.Shr:
          arith.numeric(op, code, pc, R, fb, fp, fn);
          pc += 5;
          break;
        case Op.Inc:
        case Op.Dec:
          arith.incDec(op, code, pc, R, fb);
          pc += 4;
          break;
        case Op.Neg:
        case Op.ToNumber:
        case Op.BitNot:
          arith.unary(op, R + 2 * code[pc + 1], R + 2 * code[pc + 2], fb + code[pc + 3]);
          pc += 4;
          break;
        case Op.Not: {
          const d = R + 2 * code[pc + 1];
          const a = R + 2 * code[pc + 2];
          const truthy = isTruthy(heap, u32[a + 1], u32[a], a);
          setTagged(u32, d, Tag.Bool, truthy ? 0 : 1);
          pc += 3;
          break;
        }
        case Op.TypeOf: {
          const d = R + 2 * code[pc + 1];
          const a = R + 2 * code[pc + 2];
          setTagged(u32, d, Tag.Ptr, heap.internString(typeOfWord(heap, u32[a + 1], u32[a])));
          pc += 3;
          break;
        }
        case Op.Lt:
        case Op.Le:
        case Op.Gt:
        case Op.Ge:
          arith.relational(op, code, pc, R, fb);
          pc += 5;
          break;
        case Op.Eq:
        case Op.Ne:
        case Op.StrictEq:
        case Op.StrictNe: {
          arith.compare(op, R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3], fb + code[pc + 4]);
          pc += 5;
          break;
        }
        case Op.Jump:
          pc = code[pc + 1];
          break;
        case Op.JumpLoop: {
          // A back-edge counts work (the next call compiles the function) and, past the
          // budget, replaces this activation by OSR code entered at the loop header.
          pc = code[pc + 1];
          if (heap.gcRequested) this.cfg.hooks.safepoint(fp + frameBytes(fn));
          if (++profile.work <= profile.osrAt) break;
          const address = this.cfg.hooks.osr(profile, fp, pc);
          if (address === 0) break;
          const resumeFp = this.runOsr(address, fp);
          const fw = fp >> 2;
          if (resumeFp !== 0) {
            // The OSR code deoptimized: its frames are rebuilt from fp up; go on in the
            // innermost one (throwing there when it left through an exception exit).
            fp = resumeFp;
            pc = this.resumePc;
            const exception = this.resumeException;
            this.resumeException = undefined;
            if (exception) throw exception;
          } else {
            // The OSR code finished the activation: return its result like Return does.
            const returnPc = i32[fw + 2 * Frame.returnPcSlot];
            if (returnPc < 0) return;
            fp = u32[fw + 2 * Frame.callerFpSlot];
            pc = returnPc;
          }
          fnOffset = u32[(fp >> 2) + 2 * Frame.functionSlot];
          profile = profiles[heap.functionId(fnOffset)];
          fn = profile.fn;
          code = fn.code;
          cHi = this.constHi[fn.id];
          cLo = this.constLo[fn.id];
          fb = profile.feedbackOffset;
          R = (fp >> 2) + H;
          if (resumeFp === 0) {
            const d = R + 2 * code[pc + 1];
            u32[d] = u32[Globals.returnValue >> 2];
            u32[d + 1] = u32[(Globals.returnValue >> 2) + 1];
            pc += OPCODE_WORDS[code[pc]];
          }
          break;
        }
        case Op.JumpIfTrue:
        case Op.JumpIfFalse: {
          const a = R + 2 * code[pc + 1];
          const hi = u32[a + 1];
          const truthy = hi === Tag.Bool ? u32[a] !== 0 : isTruthy(heap, hi, u32[a], a);
          pc = truthy === (op === Op.JumpIfTrue) ? code[pc + 2] : pc + 3;
          break;
        }
        case Op.JumpIfNullish:
        case Op.JumpIfNotNullish: {
          const hi = u32[R + 2 * code[pc + 1] + 1];
          const nullish = hi === Tag.Null || hi === Tag.Undefined;
          pc = nullish === (op === Op.JumpIfNullish) ? code[pc + 2] : pc + 3;
          break;
        }
        case Op.Return: {
          const s = R + 2 * code[pc + 1];
          const fw = fp >> 2;
          const returnPc = i32[fw + 2 * Frame.returnPcSlot];
          if (returnPc < 0) {
            heap.setReturnValue(u32[s + 1], u32[s]);
            return;
          }
          const lo = u32[s];
          const hi = u32[s + 1];
          fp = u32[fw + 2 * Frame.callerFpSlot];
          fnOffset = u32[(fp >> 2) + 2 * Frame.functionSlot];
          profile = profiles[heap.functionId(fnOffset)];
          fn = profile.fn;
          code = fn.code;
          cHi = this.constHi[fn.id];
          cLo = this.constLo[fn.id];
          fb = profile.feedbackOffset;
          R = (fp >> 2) + H;
          const d = R + 2 * code[returnPc + 1];
          u32[d] = lo;
          u32[d + 1] = hi;
          pc = returnPc + OPCODE_WORDS[code[returnPc]];
          break;
        }
        case Op.Call:
        case Op.CallMethod:
        case Op.CallSpread: {
          // Operands: Call d f args n k | CallMethod d f this args n k | CallSpread d f this array k
          const callee = R + 2 * code[pc + 2];
          const target = u32[callee];
          if (u32[callee + 1] !== Tag.Ptr || heap.kindOf(target) !== Kind.Function) {
            const name = fn.constants[code[pc + (op === Op.Call ? 5 : op === Op.CallMethod ? 6 : 5)]];
            throw this.error(fp, pc, 'TypeError', `${name} is not a function`);
          }
          const newFp = fp + frameBytes(fn);
          let argc: number;
          let from: number;
          if (op === Op.CallSpread) {
            const arr = u32[R + 2 * code[pc + 4]];
            argc = rt.objects.arrayLength(arr);
            from = rt.objects.elementWord(arr, 0);
          } else {
            argc = code[pc + (op === Op.Call ? 4 : 5)];
            from = R + 2 * code[pc + (op === Op.Call ? 3 : 4)];
          }
          const id = heap.functionId(target);
          const native = id >= NATIVE_FUNCTION_ID_BASE;
          const calleeProfile = native ? profile : profiles[id];
          if (newFp + (native ? 8 * Frame.headerSlots : frameBytes(calleeProfile.fn)) + 8 * argc > this.vmStackEnd) {
            throw this.withStack(stackOverflow(), fp, pc);
          }
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
          const size = OPCODE_WORDS[op];
          if (native) {
            markNonInterpretedCall(u32, i32, nw, newFp - fp, pc);
            this.frames.runNative(newFp);
          } else {
            profile.recordCallTarget(pc, id);
            if (!this.frames.countCall(target, calleeProfile)) {
              i32[nw + 2 * Frame.returnPcSlot] = pc;
              fp = newFp;
              fnOffset = target;
              profile = calleeProfile;
              fn = profile.fn;
              this.frames.initFrame(fp, fn);
              code = fn.code;
              cHi = this.constHi[fn.id];
              cLo = this.constLo[fn.id];
              fb = profile.feedbackOffset;
              R = (fp >> 2) + H;
              pc = 0;
              if (heap.gcRequested) this.cfg.hooks.safepoint(fp + frameBytes(fn));
              break;
            }
            markNonInterpretedCall(u32, i32, nw, newFp - fp, pc);
            this.frames.callCompiled(target, newFp, fp, pc);
          }
          const d = R + 2 * code[pc + 1];
          u32[d] = u32[Globals.returnValue >> 2];
          u32[d + 1] = u32[(Globals.returnValue >> 2) + 1];
          pc += size;
          break;
        }
        case Op.CallBuiltin: {
          if (isHeapBuiltin(code[pc + 2])) {
            const args: Word[] = [];
            const first = R + 2 * code[pc + 3];
            for (let i = 0; i < code[pc + 4]; i++) args.push([u32[first + 2 * i + 1], u32[first + 2 * i]]);
            this.stackTop.top = fp + frameBytes(fn);
            const [hi, lo] = rt.callBuiltin(code[pc + 2], args);
            this.stackTop.top = baseTop;
            setTagged(u32, R + 2 * code[pc + 1], hi, lo);
            pc += 5;
            break;
          }
          const conv = this.cfg.converter;
          const args: HostValue[] = [];
          const first = R + 2 * code[pc + 3];
          for (let i = 0; i < code[pc + 4]; i++) args.push(conv.read(first + 2 * i));
          conv.write(R + 2 * code[pc + 1], callBuiltin(code[pc + 2] as Builtin, args));
          pc += 5;
          break;
        }
        case Op.CreateContext: {
          const fw = fp >> 2;
          const ctxAt = (this.u32[fw] + ObjectLayout.functionContextOffset) >> 2;
          const at = heap.allocContext(code[pc + 2], u32[ctxAt + 1], u32[ctxAt]);
          setTagged(u32, R + 2 * code[pc + 1], Tag.Ptr, at);
          pc += 3;
          break;
        }
        case Op.LoadClosureContext: {
          const ctxAt = (fnOffset + ObjectLayout.functionContextOffset) >> 2;
          const d = R + 2 * code[pc + 1];
          u32[d] = u32[ctxAt];
          u32[d + 1] = u32[ctxAt + 1];
          pc += 2;
          break;
        }
        case Op.LoadContextSlot:
        case Op.StoreContextSlot: {
          let ctx = u32[R + 2 * code[pc + 2]];
          for (let depth = code[pc + 3]; depth > 0; depth--) {
            ctx = u32[(ctx + ObjectLayout.contextParentOffset) >> 2];
          }
          const slot = (ctx + ObjectLayout.contextSlotsOffset) / 4 + 2 * code[pc + 4];
          const r = R + 2 * code[pc + 1];
          if (op === Op.LoadContextSlot) {
            u32[r] = u32[slot];
            u32[r + 1] = u32[slot + 1];
          } else {
            u32[slot] = u32[r];
            u32[slot + 1] = u32[r + 1];
          }
          pc += 5;
          break;
        }
        case Op.CreateClosure: {
          const c = R + 2 * code[pc + 3];
          const at = this.createClosure(code[pc + 2], u32[c + 1], u32[c]);
          setTagged(u32, R + 2 * code[pc + 1], Tag.Ptr, at);
          pc += 4;
          break;
        }
        case Op.LoadThis: {
          const d = R + 2 * code[pc + 1];
          u32[d] = u32[(fp >> 2) + 2 * Frame.thisSlot];
          u32[d + 1] = u32[(fp >> 2) + 2 * Frame.thisSlot + 1];
          pc += 2;
          break;
        }
        case Op.CreateObject:
          setTagged(u32, R + 2 * code[pc + 1], Tag.Ptr, rt.objects.allocObject());
          pc += 2;
          break;
        case Op.CreateArray: {
          const n = code[pc + 3];
          const a = rt.objects.allocArray(n);
          for (let i = 0, from = R + 2 * code[pc + 2]; i < n; i++) rt.objects.setElement(a, i, u32[from + 2 * i + 1], u32[from + 2 * i]);
          setTagged(u32, R + 2 * code[pc + 1], Tag.Ptr, a);
          pc += 4;
          break;
        }
        // Property accesses may call a getter or setter: nativeTop is raised around them.
        case Op.GetNamed:
          this.stackTop.top = fp + frameBytes(fn);
          caches.getNamed(profile, code[pc + 4], R + 2 * code[pc + 1], R + 2 * code[pc + 2], fn.constants[code[pc + 3]] as string);
          this.stackTop.top = baseTop;
          pc += 5;
          break;
        case Op.SetNamed:
          this.stackTop.top = fp + frameBytes(fn);
          caches.setNamed(profile, code[pc + 4], R + 2 * code[pc + 1], fn.constants[code[pc + 2]] as string, R + 2 * code[pc + 3]);
          this.stackTop.top = baseTop;
          pc += 5;
          break;
        case Op.GetKeyed:
          this.stackTop.top = fp + frameBytes(fn);
          caches.getKeyed(profile, code[pc + 4], R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3]);
          this.stackTop.top = baseTop;
          pc += 5;
          break;
        case Op.SetKeyed:
          this.stackTop.top = fp + frameBytes(fn);
          caches.setKeyed(profile, code[pc + 4], R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3]);
          this.stackTop.top = baseTop;
          pc += 5;
          break;
        case Op.DeleteProperty:
        case Op.HasProperty:
        case Op.ForInKeys:
        case Op.IterableToArray:
        case Op.ForOfIterable:
        case Op.ToString: {
          // r0 = generic operation on the registers that follow (shared with compiled code).
          const size = OPCODE_WORDS[op];
          const args: Word[] = [];
          for (let i = 2; i < size; i++) args.push([u32[R + 2 * code[pc + i] + 1], u32[R + 2 * code[pc + i]]]);
          this.stackTop.top = fp + frameBytes(fn);
          const [hi, lo] = rt.genericHeapOp(op, undefined, args);
          this.stackTop.top = baseTop;
          setTagged(u32, R + 2 * code[pc + 1], hi, lo);
          pc += size;
          break;
        }
        case Op.ArrayPush:
        case Op.ArrayAppend: {
          const a = R + 2 * code[pc + 1];
          const v = R + 2 * code[pc + 2];
          rt.genericHeapOp(op, undefined, [[u32[a + 1], u32[a]], [u32[v + 1], u32[v]]]);
          pc += 3;
          break;
        }
        case Op.CreateArguments:
        case Op.CreateRest:
          // Made by initFrame, before the registers holding extra arguments were reset.
          pc += OPCODE_WORDS[op];
          break;
        case Op.Construct: case Op.ClassEntry: case Op.CreateThis: case Op.DefineClass: case Op.DefineMember:
        case Op.SuperGet: case Op.SuperConstruct: case Op.CtorResult: case Op.InstanceOf:
        case Op.CheckSuperNotCalled: case Op.CheckThis:
          if (op === Op.Construct || op === Op.CreateThis || op === Op.SuperConstruct) {
            const v = R + 2 * code[pc + 2];
            const record = op === Op.Construct ? recordConstructTarget : op === Op.CreateThis ? recordCreateThis : recordSuperConstruct;
            record(rt, profile, pc, u32[v + 1], u32[v]);
          }
          this.stackTop.top = fp + frameBytes(fn);
          this.atOperation(fp, pc, () => runClassOp(rt, u32, code, pc, R, fn.constants));
          this.stackTop.top = baseTop;
          pc += OPCODE_WORDS[op];
          break;
        case Op.ThrowTypeError:
          throw this.error(fp, pc, 'TypeError', String(fn.constants[code[pc + 1]]));
        case Op.ThrowReferenceError:
          throw this.error(fp, pc, 'ReferenceError', `${fn.constants[code[pc + 1]]} is not defined`);
        case Op.ThrowConstAssign:
          throw this.error(fp, pc, 'TypeError', 'Assignment to constant variable.');
        case Op.Throw: {
          const v = R + 2 * code[pc + 1];
          throw this.withStack(thrownValue([u32[v + 1], u32[v]]), fp, pc);
        }
        case Op.LoadGlobal: {
          const [hi, lo] = rt.globals.get(fn.constants[code[pc + 2]] as string)!;
          setTagged(u32, R + 2 * code[pc + 1], hi, lo);
          pc += 3;
          break;
        }
        default:
          throw new Error(`kiln internal error: bad opcode ${op} at ${fn.name}@${pc}`);
      }
    }
    } catch (e) {
      this.stackTop.top = baseTop;
      const exception = asLanguageException(e);
      if (!exception) throw e;
      const caught = this.unwinder.unwind(this.withStack(exception, fp, pc), fp, pc);
      if (!caught) throw exception;
      fp = caught.fp;
      pc = caught.pc;
      fnOffset = u32[(fp >> 2) + 2 * Frame.functionSlot];
      profile = profiles[heap.functionId(fnOffset)];
      fn = profile.fn;
      code = fn.code;
      cHi = this.constHi[fn.id];
      cLo = this.constLo[fn.id];
      fb = profile.feedbackOffset;
      R = (fp >> 2) + H;
    }
    }
  }

  /** Closure creation is shared with tiering, which tracks every closure of a function. */
  createClosure: (functionId: number, ctxHi: number, ctxLo: number) => number = (id, hi, lo) =>
    this.heap.allocFunction(id, this.cfg.interpreterEntryLo + this.cfg.interpreterEntryHi * 0x100000000, hi, lo);

  /** Where a deoptimized OSR activation goes on (frame, bytecode offset); 0 while none. */
  private resumeFp = 0;
  private resumePc = 0;
  private resumeException: KilnThrow | undefined;

  /** Called by the deoptimizer for an exit of OSR code: the frames are rebuilt, and the
   *  dispatch loop that entered the OSR code continues them itself (no nested dispatch,
   *  so deopt after deopt of a long loop does not grow the native stack). */
  resumeAfterOsrDeopt(fp: number, pc: number, throwing?: KilnThrow): void {
    this.resumeFp = fp;
    this.resumePc = pc;
    this.resumeException = throwing;
  }

  /** Runs OSR code on the frame at fp. Meanwhile the frame says "return to native code"
   *  (returnPc -1), so a deopt or return inside finishes there; the caller's link is put
   *  back before the dispatch loop continues. Returns the frame to resume in (at
   *  resumePc) when the code deoptimized, 0 when it finished the activation. */
  private runOsr(address: number, fp: number): number {
    const at = (fp >> 2) + 2 * Frame.returnPcSlot;
    const returnPc = this.i32[at];
    this.i32[at] = -1;
    this.resumeFp = 0;
    try {
      this.cfg.hooks.enterOsr(address, fp);
    } finally {
      this.i32[at] = returnPc;
    }
    const resumeFp = this.resumeFp;
    this.resumeFp = 0;
    return resumeFp;
  }

  // ---- errors -------------------------------------------------------------------------
  error(fp: number, pc: number, name: 'TypeError' | 'ReferenceError', message: string): KilnThrow {
    return this.errors.error(fp, pc, name, message);
  }

  /** Attaches the positions of the frames from (fp, pc) outwards to an error. */
  withStack(e: KilnThrow, fp: number, pc: number): KilnThrow {
    return this.errors.withStack(e, fp, pc);
  }
}
