// The dispatch loop: one `switch` over the opcode at pc, with the running activation's
// state (frame, function, code, constants, feedback vector, register base) in locals.
// Interpreted calls and returns switch those locals in place, so a dispatch runs its
// activation and every interpreted callee without host recursion; exceptions unwind the
// frames it owns (unwind.ts). Moves, jumps, calls and returns are written out here; the
// other instruction families are handlers in their own files (arithmetic.ts, contexts.ts,
// inline-caches.ts, runtime-ops.ts, frames.ts for pushing a callee, osr.ts), each a method
// of one instance made here, so every call site stays monomorphic and the loop allocates
// nothing per instruction. Entering the loop from the host is interpreter.ts's job.

import { Op, OPCODE_WORDS } from '../bytecode/opcodes';
import type { FunctionProfile } from '../profile/function-profile';
import { asLanguageException, type KilnThrow, thrownValue } from '../runtime/errors';
import type { Heap } from '../runtime/heap';
import { Frame, Globals, Kind, NATIVE_FUNCTION_ID_BASE, Tag } from '../runtime/layout';
import type { Runtime } from '../runtime/runtime';
import { typeOfWord } from '../runtime/values';
import type { Word } from '../runtime/word';
import { Arithmetic } from './arithmetic';
import type { InterpreterConfig } from './config';
import type { ConstantPools } from './constants';
import { ContextOps } from './contexts';
import { frameBytes, HEADER_WORDS, markNonInterpretedCall, setTagged, type VmStackTop } from './frame-words';
import type { Frames } from './frames';
import { isTruthy } from './generic-ops';
import { PropertyCaches } from './inline-caches';
import { PrivateCaches } from './private-caches';
import { OsrEntry } from './osr';
import { RuntimeOps } from './runtime-ops';
import type { ErrorSites } from './stack-trace';
import { Unwinder } from './unwind';

const H = HEADER_WORDS;

export class Dispatcher {
  private readonly heap: Heap;
  private readonly u32: Uint32Array;
  private readonly i32: Int32Array;
  private readonly profiles: readonly FunctionProfile[];
  private readonly rt: Runtime;
  /** Per function id: its constants as value words (constants.ts). */
  private readonly constHi: Uint32Array[];
  private readonly constLo: Uint32Array[];
  private readonly caches: PropertyCaches;
  private readonly privates: PrivateCaches;
  private readonly arith: Arithmetic;
  private readonly ops: RuntimeOps;
  private readonly unwinder: Unwinder;
  readonly osr: OsrEntry;
  readonly contexts: ContextOps;

  constructor(
    private readonly cfg: InterpreterConfig,
    constants: ConstantPools,
    /** First free byte of the VM stack while a native runs (where callbacks' frames go). */
    private readonly stackTop: VmStackTop,
    private readonly frames: Frames,
    private readonly errors: ErrorSites,
  ) {
    this.heap = cfg.heap;
    this.u32 = cfg.heap.u32;
    this.i32 = cfg.heap.i32;
    this.profiles = cfg.profiles;
    this.rt = cfg.runtime;
    this.constHi = constants.hi;
    this.constLo = constants.lo;
    this.caches = new PropertyCaches(cfg.runtime);
    this.privates = new PrivateCaches(cfg.runtime);
    this.unwinder = new Unwinder(cfg.heap, cfg.profiles, cfg.runtime);
    this.arith = new Arithmetic(cfg.heap, cfg.runtime, stackTop);
    this.osr = new OsrEntry(cfg.heap.i32, cfg.hooks, errors.stacks.suspendedReturnPcs);
    this.ops = new RuntimeOps(cfg, stackTop, errors);
    this.contexts = new ContextOps(cfg);
  }

  /** Runs the activation at fp from bytecode offset pc until it returns (first throwing
   *  `throwing` there), with every interpreted callee it makes; see the file comment. */
  dispatch(fp: number, pc: number, throwing: KilnThrow | undefined): void {
    const { u32, i32, heap } = this;
    const profiles = this.profiles;
    let fnOffset = u32[(fp >> 2) + 2 * Frame.functionSlot];
    let profile = profiles[heap.functionId(fnOffset)];
    let fn = profile.fn;
    let code = fn.code;
    let cHi = this.constHi[fn.id];
    let cLo = this.constLo[fn.id];
    let fb = profile.feedbackOffset;
    let R = (fp >> 2) + H; // word index of register 0
    const caches = this.caches;
    const privates = this.privates;
    const arith = this.arith;
    const osr = this.osr;
    const ops = this.ops;
    const contexts = this.contexts;
    const rt = this.rt;
    const frames = this.frames;
    const errors = this.errors;
    // Runtime paths that may call back into the language (an object's toString, ...) put
    // the callee's frame above this dispatch's frames: stackTop is raised around them.
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
            throw errors.error(fp, pc, 'ReferenceError', `Cannot access '${name}' before initialization`);
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
          arith.incDec(op, code, pc, R, fb, fp, fn);
          pc += 4;
          break;
        case Op.Neg:
        case Op.ToNumber:
        case Op.ToNumeric:
        case Op.BitNot:
          arith.unary(op, R + 2 * code[pc + 1], R + 2 * code[pc + 2], fb + code[pc + 3], fp + frameBytes(fn));
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
          arith.relational(op, code, pc, R, fb, fp, fn);
          pc += 5;
          break;
        case Op.Eq:
        case Op.Ne:
        case Op.StrictEq:
        case Op.StrictNe: {
          arith.compare(op, R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3], fb + code[pc + 4], fp + frameBytes(fn));
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
          const resumeFp = osr.run(address, fp);
          const fw = fp >> 2;
          if (resumeFp !== 0) {
            // The OSR code deoptimized: its frames are rebuilt from fp up; go on in the
            // innermost one (throwing there when it left through an exception exit).
            fp = resumeFp;
            pc = osr.resumePc;
            const exception = osr.takeException();
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
        case Op.JumpIfObject: {
          const a = R + 2 * code[pc + 1];
          const kind = u32[a + 1] === Tag.Ptr ? u32[u32[a] >> 2] : 0;
          pc = kind === Kind.Object || kind === Kind.Array || kind === Kind.Function ? code[pc + 2] : pc + 3;
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
            throw errors.error(fp, pc, 'TypeError', `${name} is not a function`);
          }
          const newFp = fp + frameBytes(fn);
          const id = heap.functionId(target);
          const native = id >= NATIVE_FUNCTION_ID_BASE;
          const calleeProfile = native ? profile : profiles[id];
          frames.pushCall(op, code, pc, R, fp, newFp, target, native ? 8 * Frame.headerSlots : frameBytes(calleeProfile.fn));
          const nw = newFp >> 2;
          const size = OPCODE_WORDS[op];
          if (native) {
            markNonInterpretedCall(u32, i32, nw, newFp - fp, pc);
            frames.runNative(newFp);
          } else {
            profile.recordCallTarget(pc, id);
            if (!frames.countCall(target, calleeProfile)) {
              i32[nw + 2 * Frame.returnPcSlot] = pc;
              fp = newFp;
              fnOffset = target;
              profile = calleeProfile;
              fn = profile.fn;
              frames.initFrame(fp, fn);
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
            frames.callCompiled(target, newFp, fp, pc);
          }
          const d = R + 2 * code[pc + 1];
          u32[d] = u32[Globals.returnValue >> 2];
          u32[d + 1] = u32[(Globals.returnValue >> 2) + 1];
          pc += size;
          break;
        }
        case Op.CallBuiltin:
          ops.callBuiltin(code, pc, R, fp + frameBytes(fn), fp);
          pc += 5;
          break;
        case Op.CreateContext:
          contexts.createContext(code, pc, R, fp);
          pc += 3;
          break;
        case Op.LoadClosureContext:
          contexts.loadClosureContext(code, pc, R, fnOffset);
          pc += 2;
          break;
        case Op.LoadCallee:
          setTagged(u32, R + 2 * code[pc + 1], Tag.Ptr, fnOffset);
          pc += 2;
          break;
        case Op.LoadArgumentCount:
          setTagged(u32, R + 2 * code[pc + 1], Tag.Int32, u32[(fp >> 2) + 2 * Frame.argcSlot]);
          pc += 2;
          break;
        case Op.LoadContextSlot:
        case Op.StoreContextSlot:
          contexts.contextSlot(op, code, pc, R);
          pc += 5;
          break;
        case Op.CreateClosure:
          contexts.closure(code, pc, R);
          pc += 4;
          break;
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
        // Property accesses may call a getter or setter: stackTop is raised around them.
        case Op.GetNamed:
          this.stackTop.top = fp + frameBytes(fn);
          errors.recordAccess(fp, pc, this.stackTop.top);
          caches.getNamed(profile, code[pc + 4], R + 2 * code[pc + 1], R + 2 * code[pc + 2], fn.constants[code[pc + 3]] as string);
          this.stackTop.top = baseTop;
          errors.accessTop = -1;
          pc += 5;
          break;
        case Op.SetNamed:
          this.stackTop.top = fp + frameBytes(fn);
          errors.recordAccess(fp, pc, this.stackTop.top);
          caches.setNamed(profile, code[pc + 4], R + 2 * code[pc + 1], fn.constants[code[pc + 2]] as string, R + 2 * code[pc + 3], fn.strict === true);
          this.stackTop.top = baseTop;
          errors.accessTop = -1;
          pc += 5;
          break;
        case Op.GetKeyed:
          this.stackTop.top = fp + frameBytes(fn);
          errors.recordAccess(fp, pc, this.stackTop.top);
          caches.getKeyed(profile, code[pc + 4], R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3]);
          this.stackTop.top = baseTop;
          errors.accessTop = -1;
          pc += 5;
          break;
        case Op.SetKeyed:
          this.stackTop.top = fp + frameBytes(fn);
          errors.recordAccess(fp, pc, this.stackTop.top);
          caches.setKeyed(profile, code[pc + 4], R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3], fn.strict === true);
          this.stackTop.top = baseTop;
          errors.accessTop = -1;
          pc += 5;
          break;
        // Private members: the site's cache, else the generic operation (which throws).
        case Op.GetPrivate:
          if (!privates.get(profile, code[pc + 4], R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3])) {
            ops.classOp(op, code, pc, R, fp, fn, profile, fp + frameBytes(fn));
          }
          pc += 5;
          break;
        case Op.SetPrivate:
          if (!privates.set(profile, code[pc + 4], R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3])) {
            ops.classOp(op, code, pc, R, fp, fn, profile, fp + frameBytes(fn));
          }
          pc += 5;
          break;
        case Op.CheckPrivateBrand:
          if (code[pc + 4] !== 0 || !privates.has(profile, code[pc + 5], R + 2 * code[pc + 1], R + 2 * code[pc + 2])) {
            ops.classOp(op, code, pc, R, fp, fn, profile, fp + frameBytes(fn));
          }
          pc += 6;
          break;
        case Op.DeleteProperty:
        case Op.HasProperty:
        case Op.ForInKeys:
        case Op.IterableToArray:
        case Op.ForOfIterable:
        case Op.ToString:
          // The code it may call (a proxy trap, an iterator method, toString) links here.
          errors.recordAccess(fp, pc, fp + frameBytes(fn));
          ops.generic(op, code, pc, R, fp + frameBytes(fn), fn.strict === true);
          errors.accessTop = -1;
          pc += OPCODE_WORDS[op];
          break;
        case Op.ArrayPush:
        case Op.ArrayAppend:
          ops.append(op, code, pc, R, fp + frameBytes(fn));
          pc += 3;
          break;
        case Op.CreateArguments:
        case Op.CreateRest:
          // Made by initFrame, before the registers holding extra arguments were reset.
          pc += OPCODE_WORDS[op];
          break;
        case Op.SuperGet: {
          this.stackTop.top = fp + frameBytes(fn);
          const cached = caches.superGet(profile, code[pc + 5], R + 2 * code[pc + 1], R + 2 * code[pc + 2], R + 2 * code[pc + 3], fn.constants[code[pc + 4]] as string);
          this.stackTop.top = baseTop;
          if (!cached) ops.classOp(op, code, pc, R, fp, fn, profile, fp + frameBytes(fn));
          pc += 6;
          break;
        }
        case Op.Construct: case Op.ClassEntry: case Op.CreateThis: case Op.DefineClass: case Op.DefineMember:
        case Op.SuperConstruct: case Op.CtorResult: case Op.InstanceOf:
        case Op.CheckSuperNotCalled: case Op.CheckThis:
        case Op.ToPropertyKey: case Op.DefineComputed: case Op.CreatePrivateName: case Op.DefinePrivate:
        case Op.HasPrivate: case Op.LoadNewTarget: case Op.SuperSet: case Op.SuperGetKeyed: case Op.SuperSetKeyed:
          ops.classOp(op, code, pc, R, fp, fn, profile, fp + frameBytes(fn));
          pc += OPCODE_WORDS[op];
          break;
        case Op.ConstructSpread: case Op.CopyDataProperties: case Op.DefineKeyedGetter: case Op.DefineKeyedSetter:
        case Op.SetLiteralProto: case Op.GetTemplateObject: case Op.ToWithObject: case Op.WithHas:
        case Op.IsIntrinsicEval: case Op.DirectEval:
          ops.syntaxOp(code, pc, R, fp, fn, fp + frameBytes(fn));
          pc += OPCODE_WORDS[op];
          break;
        case Op.CreateGenerator: {
          this.stackTop.top = fp + frameBytes(fn);
          const gen = rt.generators.create(fp, fn.registerCount, code[pc + 2]);
          this.stackTop.top = baseTop;
          setTagged(u32, R + 2 * code[pc + 1], Tag.Ptr, gen);
          pc += 3;
          break;
        }
        case Op.Suspend:
          // The frame is saved; the Return that follows hands the value out.
          rt.generators.suspend(u32[R + 2 * code[pc + 2]], fp, fn.registerCount, pc, code[pc + 1], code[pc + 4], code[pc + 5]);
          pc += 6;
          break;
        case Op.ThrowTypeError:
          throw errors.error(fp, pc, 'TypeError', String(fn.constants[code[pc + 1]]));
        case Op.ThrowReferenceError:
          throw errors.error(fp, pc, 'ReferenceError', `${fn.constants[code[pc + 1]]} is not defined`);
        case Op.ThrowConstAssign:
          throw errors.error(fp, pc, 'TypeError', 'Assignment to constant variable.');
        case Op.Throw: {
          const v = R + 2 * code[pc + 1];
          throw errors.withStack(thrownValue([u32[v + 1], u32[v]]), fp, pc);
        }
        case Op.ReThrow: {
          const v = R + 2 * code[pc + 1];
          const value: Word = [u32[v + 1], u32[v]];
          throw rt.errors.rethrown(value) ?? errors.withStack(thrownValue(value), fp, pc);
        }
        case Op.LoadGlobal: case Op.LoadGlobalForTypeof: {
          this.stackTop.top = fp + frameBytes(fn);
          const [hi, lo] = rt.loadGlobal(fn.constants[code[pc + 2]] as string, op === Op.LoadGlobalForTypeof);
          this.stackTop.top = baseTop;
          setTagged(u32, R + 2 * code[pc + 1], hi, lo);
          pc += 3;
          break;
        }
        case Op.StoreGlobal: {
          this.stackTop.top = fp + frameBytes(fn);
          const v = R + 2 * code[pc + 1];
          rt.storeGlobal(fn.constants[code[pc + 2]] as string, [u32[v + 1], u32[v]], code[pc + 3] === 1);
          this.stackTop.top = baseTop;
          pc += 4;
          break;
        }
        default:
          throw new Error(`kiln internal error: bad opcode ${op} at ${fn.name}@${pc}`);
      }
    }
    } catch (e) {
      this.stackTop.top = baseTop;
      errors.accessTop = -1;
      const exception = asLanguageException(e);
      if (!exception) throw e;
      const caught = this.unwinder.unwind(errors.withStack(exception, fp, pc), fp, pc);
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
}
