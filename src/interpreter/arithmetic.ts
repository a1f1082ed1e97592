// The interpreter's arithmetic and compare handlers with their feedback recording: the
// int32 and double fast paths the dispatch loop calls per instruction (operands decoded
// here from the instruction at pc), and the generic semantics off them (strings, objects
// converted through their own valueOf/toString, mixed kinds). Each site records what it saw
// (int32 / number / other) for the JIT. One class, one instance per interpreter, so every
// call from the dispatch loop is monomorphic and V8 can inline the small handlers.

import type { BytecodeFunction } from '../bytecode/function';
import { Op } from '../bytecode/opcodes';
import { FeedbackBits } from '../profile/feedback';
import type { Heap } from '../runtime/heap';
import { Tag } from '../runtime/layout';
import type { Runtime } from '../runtime/runtime';
import { writeNumber } from '../runtime/values';
import { frameBytes, isNum, num, setTagged, type VmStackTop } from './frame-words';
import { genericBinary, genericCompare, genericUnary } from './generic-ops';

export class Arithmetic {
  private readonly u32: Uint32Array;
  private readonly i32: Int32Array;
  private readonly f64: Float64Array;
  private readonly u8: Uint8Array;

  constructor(
    private readonly heap: Heap,
    private readonly rt: Runtime,
    private readonly stack: VmStackTop,
  ) {
    this.u32 = heap.u32;
    this.i32 = heap.i32;
    this.f64 = heap.f64;
    this.u8 = heap.u8;
  }

  // ---- handlers: the instruction at pc of the frame with registers from word R, feedback
  // vector at byte fb; fp and fn name the frame for the generic path's callbacks ----------

  /** Add d a b site: int32 while the sum fits, then doubles, then the generic path. */
  add(code: Int32Array, pc: number, R: number, fb: number, fp: number, fn: BytecodeFunction): void {
    const { u32, i32, f64, u8 } = this;
    const d = R + 2 * code[pc + 1];
    const a = R + 2 * code[pc + 2];
    const b = R + 2 * code[pc + 3];
    const ha = u32[a + 1];
    const hb = u32[b + 1];
    if (ha === Tag.Int32 && hb === Tag.Int32) {
      const r = i32[a] + i32[b];
      if ((r | 0) === r) {
        i32[d] = r;
        u32[d + 1] = Tag.Int32;
        u8[fb + code[pc + 4]] |= FeedbackBits.Int32;
      } else {
        f64[d >> 1] = r;
        u8[fb + code[pc + 4]] |= FeedbackBits.Number;
      }
    } else if (isNum(ha) && isNum(hb)) {
      writeNumber(this.heap, d, num(i32, f64, a, ha) + num(i32, f64, b, hb));
      u8[fb + code[pc + 4]] |= FeedbackBits.Number;
    } else {
      this.binary(Op.Add, d, a, b, fp + frameBytes(fn));
      u8[fb + code[pc + 4]] |= FeedbackBits.Other;
    }
  }

  /** Sub d a b site: as add. */
  sub(code: Int32Array, pc: number, R: number, fb: number, fp: number, fn: BytecodeFunction): void {
    const { u32, i32, f64, u8 } = this;
    const d = R + 2 * code[pc + 1];
    const a = R + 2 * code[pc + 2];
    const b = R + 2 * code[pc + 3];
    const ha = u32[a + 1];
    const hb = u32[b + 1];
    if (ha === Tag.Int32 && hb === Tag.Int32) {
      const r = i32[a] - i32[b];
      if ((r | 0) === r) {
        i32[d] = r;
        u32[d + 1] = Tag.Int32;
        u8[fb + code[pc + 4]] |= FeedbackBits.Int32;
      } else {
        f64[d >> 1] = r;
        u8[fb + code[pc + 4]] |= FeedbackBits.Number;
      }
    } else if (isNum(ha) && isNum(hb)) {
      writeNumber(this.heap, d, num(i32, f64, a, ha) - num(i32, f64, b, hb));
      u8[fb + code[pc + 4]] |= FeedbackBits.Number;
    } else {
      this.binary(Op.Sub, d, a, b, fp + frameBytes(fn));
      u8[fb + code[pc + 4]] |= FeedbackBits.Other;
    }
  }

  /** Mul/Div/Mod/Exp and the bitwise and shift ops, d a b site: numbers on the host's
   *  operators (int32 feedback when both operands and the result are int32). */
  numeric(op: number, code: Int32Array, pc: number, R: number, fb: number, fp: number, fn: BytecodeFunction): void {
    const { u32, i32, f64, u8 } = this;
    const d = R + 2 * code[pc + 1];
    const a = R + 2 * code[pc + 2];
    const b = R + 2 * code[pc + 3];
    const ha = u32[a + 1];
    const hb = u32[b + 1];
    if (isNum(ha) && isNum(hb)) {
      const r = genericBinary(op, num(i32, f64, a, ha), num(i32, f64, b, hb)) as number;
      writeNumber(this.heap, d, r);
      const intResult = u32[d + 1] === Tag.Int32;
      u8[fb + code[pc + 4]] |=
        ha === Tag.Int32 && hb === Tag.Int32 && intResult ? FeedbackBits.Int32 : FeedbackBits.Number;
    } else {
      this.binary(op, d, a, b, fp + frameBytes(fn));
      u8[fb + code[pc + 4]] |= FeedbackBits.Other;
    }
  }

  /** Inc/Dec d a site: int32 while it fits, else the generic path. */
  incDec(op: number, code: Int32Array, pc: number, R: number, fb: number, fp: number, fn: BytecodeFunction): void {
    const { u32, i32 } = this;
    const d = R + 2 * code[pc + 1];
    const a = R + 2 * code[pc + 2];
    if (u32[a + 1] === Tag.Int32) {
      const r = op === Op.Inc ? i32[a] + 1 : i32[a] - 1;
      if ((r | 0) === r) {
        i32[d] = r;
        u32[d + 1] = Tag.Int32;
        this.u8[fb + code[pc + 3]] |= FeedbackBits.Int32;
        return;
      }
    }
    this.unary(op, d, a, fb + code[pc + 3], fp + frameBytes(fn));
  }

  /** Lt/Le/Gt/Ge d a b site: int32 operands compared here, anything else generically. */
  relational(op: number, code: Int32Array, pc: number, R: number, fb: number, fp: number, fn: BytecodeFunction): void {
    const { u32, i32 } = this;
    const a = R + 2 * code[pc + 2];
    const b = R + 2 * code[pc + 3];
    if (u32[a + 1] === Tag.Int32 && u32[b + 1] === Tag.Int32) {
      const x = i32[a];
      const y = i32[b];
      const r = op === Op.Lt ? x < y : op === Op.Le ? x <= y : op === Op.Gt ? x > y : x >= y;
      setTagged(u32, R + 2 * code[pc + 1], Tag.Bool, r ? 1 : 0);
      this.u8[fb + code[pc + 4]] |= FeedbackBits.Int32;
      return;
    }
    this.compare(op, R + 2 * code[pc + 1], a, b, fb + code[pc + 4], fp + frameBytes(fn));
  }

  // ---- the generic paths (also reached directly for Neg/ToNumber/BitNot and equality);
  // `top` is the end of the running frame, above which an operand's valueOf/toString gets
  // its frame --------------------------------------------------------------------------

  /** Unary arithmetic off the int32 fast path; records feedback at byte `site`. */
  unary(op: number, d: number, a: number, site: number, top: number): void {
    const { u32, i32, f64 } = this;
    const ha = u32[a + 1];
    if (isNum(ha)) {
      writeNumber(this.heap, d, genericUnary(op, num(i32, f64, a, ha)) as number);
      const intResult = u32[d + 1] === Tag.Int32;
      this.u8[site] |= ha === Tag.Int32 && intResult ? FeedbackBits.Int32 : FeedbackBits.Number;
    } else {
      const saved = this.stack.top;
      this.stack.top = top;
      const [hi, lo] = this.rt.operators.unary(op, [ha, u32[a]]);
      this.stack.top = saved;
      setTagged(u32, d, hi, lo);
      this.u8[site] |= FeedbackBits.Other;
    }
  }

  /** Comparison off the int32 fast path; records feedback at byte `site`. */
  compare(op: number, d: number, a: number, b: number, site: number, top: number): void {
    const { u32, i32, f64 } = this;
    const ha = u32[a + 1];
    const hb = u32[b + 1];
    let r: boolean;
    if (isNum(ha) && isNum(hb)) {
      r = genericCompare(op, num(i32, f64, a, ha), num(i32, f64, b, hb));
      this.u8[site] |= ha === Tag.Int32 && hb === Tag.Int32 ? FeedbackBits.Int32 : FeedbackBits.Number;
    } else {
      const saved = this.stack.top;
      this.stack.top = top;
      r = this.rt.operators.compare(op, [ha, u32[a]], [hb, u32[b]]);
      this.stack.top = saved;
      this.u8[site] |= FeedbackBits.Other;
    }
    setTagged(u32, d, Tag.Bool, r ? 1 : 0);
  }

  /** Arithmetic off the fast paths: string concatenation directly, the rest through the
   *  runtime's operators (which convert objects in the language). */
  binary(op: number, d: number, a: number, b: number, top: number): void {
    const u32 = this.u32;
    if (op === Op.Add) {
      const s = this.rt.addStrings(u32[a + 1], u32[a], u32[b + 1], u32[b]);
      if (s !== 0) return setTagged(u32, d, Tag.Ptr, s);
    }
    const saved = this.stack.top;
    this.stack.top = top;
    const [hi, lo] = this.rt.operators.binary(op, [u32[a + 1], u32[a]], [u32[b + 1], u32[b]]);
    this.stack.top = saved;
    setTagged(u32, d, hi, lo);
  }
}
